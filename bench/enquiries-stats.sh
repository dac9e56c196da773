#!/bin/sh
# Benchmark for the members' enquiries performance figures on a large register: about 200 000
# enquiries over ten years (probity demo --scale large), cached in bench/out/enquiries-large.
#
# Usage: bench/enquiries-stats.sh [--runs N] [--year YYYY]
#   --runs N     timed runs of each measurement (default 5); the median is printed
#   --year YYYY  the year whose enquiries are counted (default: last year)
#
# Prints the wall-clock time of 'probity stats enquiries --from YYYY-01-01 --to YYYY-12-31' (a
# whole process: start-up, opening the database and the figures), and the time of
# EnquiryService.performance() alone inside one JVM, after a warm-up call.
# Builds the launcher (mvn -B -q package -DskipTests) when it is missing or older than the sources;
# the first run also spends several minutes creating the demo data folder.
set -eu

runs=5
year=$(( $(date +%Y) - 1 ))
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --year) year=${2:?--year needs a year}; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "enquiries-stats.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$runs" in ''|*[!0-9]*|0) echo "enquiries-stats.sh: --runs must be a whole number of at least 1." >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/target/probity/bin/probity"
lib="$root/target/probity/lib"
out="$root/bench/out"
data="$out/enquiries-large"
mkdir -p "$out"

if [ ! -x "$launcher" ] || [ ! -f "$lib/probity.jar" ] \
        || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$lib/probity.jar" -type f 2>/dev/null | head -1)" ]; then
    echo "Building the launcher..."
    (cd "$root" && mvn -B -q package -DskipTests)
fi

if [ ! -f "$data/.complete" ]; then
    echo "Creating the large demo data folder in $data (several minutes, once)..."
    rm -rf "$data"
    started=$(date +%s)
    "$launcher" --data-dir "$data" demo --scale large
    echo "Demo data (people and enquiries) created in $(( $(date +%s) - started )) s."
    touch "$data/.complete"
fi

median() {
    sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

from="$year-01-01"
to="$year-12-31"
echo "probity stats enquiries --from $from --to $to:"
"$launcher" --data-dir "$data" stats enquiries --from "$from" --to "$to" | head -3
times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$launcher" --data-dir "$data" stats enquiries --from "$from" --to "$to" > /dev/null
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$(( i + 1 ))
done
echo "Wall clock, whole command (ms):$times"
echo "Median of $runs: $(printf '%s\n' $times | median) ms"

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
timing="$out/PerformanceTiming.java"
cat > "$timing" <<'JAVA'
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.probity.app.AppContext;
import org.probity.enquiries.EnquiryPerformance;

public class PerformanceTiming {
    public static void main(String[] args) {
        LocalDate from = LocalDate.parse(args[1]);
        LocalDate to = LocalDate.parse(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (AppContext app = AppContext.openEmbedded(Path.of(args[0]))) {
            EnquiryPerformance warm = app.enquiries().performance(from, to);
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                app.enquiries().performance(from, to);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.println("In-JVM performance() over " + warm.overall().count() + " enquiries (ms): "
                    + Arrays.toString(ms) + ", median " + sorted[runs / 2]);
        }
    }
}
JAVA
"$java" -cp "$lib/*" "$timing" "$data" "$from" "$to" "$runs" 2>/dev/null \
    || echo "(in-JVM timing could not be run)"

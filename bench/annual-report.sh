#!/bin/sh
# Benchmark for the annual report on the operation of the protocol with a large authority
# (probity demo --scale large: ten years of every register), cached in bench/out/demo-large.
#
# Usage: bench/annual-report.sh [--runs N] [--warm-ups N] [--year YYYY] [--profile]
#   --runs N     timed runs of each measurement (default 9); the median is printed
#   --warm-ups N reports made in the JVM before the warm ones are timed (default 10)
#   --year YYYY  the year the report covers (default: last year)
#   --profile    record the in-JVM runs with Java Flight Recorder and print the methods most
#                often on top of the stack (bench/out/annual-report/annual-report.jfr)
#
# Prints three times for the same report:
#   1. inside one running JVM, once the JIT compiler has settled (reading the registers and
#      rendering the PDF), with and without the database's result cache;
#   2. 'probity report annual --year YYYY --out F.pdf' as a fresh process (start-up included);
#   3. 'libreoffice --headless --convert-to pdf' of Probity's own DOCX of the report, the way
#      the report is turned into a PDF from Word today. LibreOffice Writer is installed with
#      apt-get when it is missing and the script runs as root.
# Builds the launcher (mvn -B -q package -DskipTests) when it is missing or older than the sources;
# the first run also spends several minutes creating the demo data folder.
set -eu

runs=9
warm_ups=10
profile_jfr=""
year=$(( $(date +%Y) - 1 ))
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --warm-ups) warm_ups=${2:?--warm-ups needs a number}; shift 2 ;;
        --year) year=${2:?--year needs a year}; shift 2 ;;
        --profile) profile_jfr=yes; shift ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "annual-report.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$runs" in ''|*[!0-9]*|0) echo "annual-report.sh: --runs must be a whole number of at least 1." >&2; exit 2 ;; esac
case "$warm_ups" in ''|*[!0-9]*) echo "annual-report.sh: --warm-ups must be a whole number." >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/target/probity/bin/probity"
lib="$root/target/probity/lib"
out="$root/bench/out"
data="$out/demo-large"
work="$out/annual-report"
mkdir -p "$out" "$work"

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
    echo "Demo data created in $(( $(date +%s) - started )) s."
    touch "$data/.complete"
fi

median() {
    sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

echo "1. In one running JVM (annual report for $year, open):"
recording=""
[ -n "$profile_jfr" ] && recording="-XX:StartFlightRecording=filename=$work/annual-report.jfr,settings=profile"
"$java" $recording -cp "$lib/*" "$root/bench/AnnualReportTiming.java" \
    "$data" "$year" "$runs" "$work" "$warm_ups" 2>/dev/null | tee "$work/in-jvm.txt"
if [ -n "$profile_jfr" ]; then
    echo "   Methods most often on top of the stack (samples, method):"
    jfr print --events jdk.ExecutionSample "$work/annual-report.jfr" \
        | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print }' \
        | sort | uniq -c | sort -rn | head -15 | sed 's/^/   /'
fi
warm=$(sed -n 's/^WARM_MEDIAN_MS=//p' "$work/in-jvm.txt")
pages=$(pdfinfo "$work/annual-report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
[ -n "$pages" ] && echo "   The report has $pages pages."

echo "2. As a fresh process: probity report annual --year $year --out F.pdf"
times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$launcher" --data-dir "$data" report annual --year "$year" --out "$work/fresh.pdf" > /dev/null
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$(( i + 1 ))
done
fresh=$(printf '%s\n' $times | median)
echo "   Wall clock (ms):$times; median $fresh"

echo "3. LibreOffice converting Probity's DOCX of the same report to PDF:"
office=$(command -v libreoffice || command -v soffice || true)
if [ -z "$office" ] && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "   Installing libreoffice-writer (a large download, once)..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer > "$work/apt.log" 2>&1 \
        || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive \
             apt-get install -y -q libreoffice-writer > "$work/apt.log" 2>&1; } || true
    office=$(command -v libreoffice || command -v soffice || true)
fi
if [ -z "$office" ]; then
    echo "   LibreOffice is not installed and could not be installed here (see $work/apt.log);"
    echo "   no comparison. Probity: warm ${warm} ms, fresh process ${fresh} ms."
    exit 0
fi
profile="$work/lo-profile"
# The first conversion creates LibreOffice's profile; it is not counted.
"$office" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work/lo" \
    "$work/annual-report.docx" > /dev/null 2>&1 || true
times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$office" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work/lo" \
        "$work/annual-report.docx" > /dev/null 2>&1
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$(( i + 1 ))
done
lo=$(printf '%s\n' $times | median)
echo "   Wall clock (ms):$times; median $lo"
echo
echo "Summary for the $year annual report: Probity warm ${warm} ms (target < 1000), fresh process ${fresh} ms,"
echo "LibreOffice conversion ${lo} ms: Probity is $(awk "BEGIN { printf \"%.1f\", $lo / $warm }")x faster warm and" \
     "$(awk "BEGIN { printf \"%.1f\", $lo / $fresh }")x faster as a fresh process (target >= 5x)."

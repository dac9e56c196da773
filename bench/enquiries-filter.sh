#!/bin/sh
# Enquiries list filtering benchmark: 200 000 enquiries over ten years in an in-memory
# database, read once into the list's view model, then each keystroke of several typed
# searches timed (typed a letter at a time and deleted again, several repetitions after a
# warm-up). Prints the median, 95th percentile and slowest keystroke (target: under 50 ms).
#
# Usage: bench/enquiries-filter.sh [ENQUIRIES] [REPETITIONS]   (defaults 200000 and 5)
# Needs a built application (mvn -B package) and a JDK 17 or newer.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
lib="$root/target/probity/lib"
if [ ! -f "$lib/probity.jar" ]; then
    echo "enquiries-filter.sh: no build found at $root/target/probity; run 'mvn -B package' first." >&2
    exit 2
fi
if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
    javac="$JAVA_HOME/bin/javac"
else
    java=$(command -v java || true)
    javac=$(command -v javac || true)
fi
if [ ! -x "$java" ] || [ ! -x "$javac" ]; then
    echo "enquiries-filter.sh: a JDK 17 or newer is needed (java and javac); set JAVA_HOME to one." >&2
    exit 2
fi

classpath=""
for jar in "$lib"/*.jar; do
    classpath="${classpath:+$classpath:}$jar"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$javac" -d "$work" -cp "$classpath" "$root/bench/EnquiryFilterBenchmark.java"
# With the memory setting the launcher gives the window (bin/probity).
"$java" -Xmx2g -XX:MaxTenuringThreshold=1 -cp "$work:$classpath" EnquiryFilterBenchmark "$@"

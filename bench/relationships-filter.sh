#!/bin/sh
# Register filter benchmark: with the large demo authority and about 5,000 declared
# relationships, how long the register list takes to follow each keystroke typed into its
# filter (target: well under 50 ms). Prints the median and 95th percentile per keystroke.
#
# Usage: bench/relationships-filter.sh [DATA_DIR [DECLARATIONS [TEXT [REPETITIONS]]]]
#   DATA_DIR      data folder built on the first run and reused (default /tmp/probity-relationships-bench)
#   DECLARATIONS  how many declarations (default 5000)
#   TEXT          what is typed, one character at a time (default "patel housing")
#   REPETITIONS   how many times it is typed after a warm-up (default 20)
# Builds the classes with Maven if needed; the first run takes some minutes to make the data.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
if [ ! -f target/classes/org/probity/relationships/ui/RelationshipsViewModel.class ]; then
    mvn -B -q -o compile
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$classpath" bench/RelationshipsFilterBench.java
exec java -Xmx2g -cp "target/bench-classes:$classpath" RelationshipsFilterBench "$@"

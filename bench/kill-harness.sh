#!/bin/sh
# Kills a saving Probity with SIGKILL ROUNDS times (default 200) and checks that every save it
# reported is still there and the database opens each time. Prints the figures; exits 1 on a loss.
set -eu
cd "$(dirname "$0")/.."
rounds="${1:-200}"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt >/dev/null
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.probity.storage.KillHarness "$dir/data" "$rounds"

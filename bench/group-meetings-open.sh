#!/bin/sh
# Group meetings benchmark: builds the large demo authority in a temporary data folder, adds
# about 20 000 requests over ten years (straight through the repository in one transaction, as
# the service's checks per save would dominate), then times what a user waits for:
# the list's rows as the screen first shows them (the last year and what is to come, with names,
# statuses, alerts and search keys), the whole list that follows in the background, and the
# parity of groups for one municipal year. Prints the median of several runs after two warm-ups.
#
# Usage: bench/group-meetings-open.sh [--meetings N] [--runs N] [--data-dir DIR]
#   --data-dir DIR keeps the data folder, so later runs skip building it
# Needs a built launcher (mvn -B package -DskipTests).
set -eu

meetings=20000
runs=7
data_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --meetings) meetings=${2:?--meetings needs a number}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --data-dir) data_dir=${2:?--data-dir needs a folder}; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "group-meetings-open.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
for n in "$meetings" "$runs"; do
    case "$n" in ''|*[!0-9]*|0) echo "group-meetings-open.sh: --meetings and --runs take whole numbers above 0." >&2; exit 2 ;; esac
done

root=$(cd "$(dirname "$0")/.." && pwd -P)
lib="$root/target/probity/lib"
if [ ! -f "$lib/probity.jar" ]; then
    echo "group-meetings-open.sh: no build found at $root/target/probity; run 'mvn -B package -DskipTests' first." >&2
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
    echo "group-meetings-open.sh: a JDK 17 or newer is needed (java and javac); set JAVA_HOME to one." >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
classpath=$(find "$lib" -name '*.jar' | tr '\n' ':')
"$javac" -d "$work" -cp "$classpath" "$root/bench/GroupMeetingsOpen.java"
"$java" -cp "$work:$classpath" GroupMeetingsOpen "$meetings" "$runs" ${data_dir:+"$data_dir"}

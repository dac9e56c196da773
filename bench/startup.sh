#!/bin/sh
# Start-up benchmark: time from launch to the main window being shown, for Probity and for a
# bare JavaFX window on the same machine in the same run, and their ratio (target: Probity at
# most 1.5 times the bare window).
#
# Usage: bench/startup.sh [--runs N] [--bare-only]
#   --runs N      launches of each program, alternating (default 7); the first of each is a warm-up
#   --bare-only   measure only the bare window (to check the set-up)
# Needs a built launcher (mvn -B package) and, without a DISPLAY, Xvfb and GTK 3:
#   apt-get install -y xvfb libgtk-3-0
#
# Each program writes System.currentTimeMillis() to the file named by -Dprobity.shownMarker when
# its main stage is first shown, and exits then because of -Dprobity.exitWhenShown=true; the
# launch time is this script's clock just before starting it.
set -eu

runs=7
bare_only=false
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --bare-only) bare_only=true; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "startup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$runs" in ''|*[!0-9]*|0|1) echo "startup.sh: --runs must be a whole number of at least 2." >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/target/probity/bin/probity"
lib="$root/target/probity/lib"
if [ ! -x "$launcher" ] || [ ! -f "$lib/probity.jar" ]; then
    echo "startup.sh: no build found at $root/target/probity; run 'mvn -B package' first." >&2
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
    echo "startup.sh: a JDK 17 or newer is needed (java and javac); set JAVA_HOME to one." >&2
    exit 2
fi

fx_path=""
for jar in "$lib"/javafx-*.jar; do
    fx_path="${fx_path:+$fx_path:}$jar"
done

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${DISPLAY:-}" ]; then
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "startup.sh: no DISPLAY and no Xvfb; install it with: apt-get install -y xvfb libgtk-3-0" >&2
        exit 2
    fi
    display=99
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    waited=0
    while [ ! -e "/tmp/.X11-unix/X$display" ]; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
            echo "startup.sh: Xvfb did not start on :$display ($(tail -n 1 "$work/xvfb.log"))." >&2
            exit 2
        fi
    done
    DISPLAY=":$display"
    export DISPLAY
fi
if command -v ldconfig >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    echo "startup.sh: GTK 3 is missing, which JavaFX needs for a window; install it with: apt-get install -y libgtk-3-0" >&2
    exit 2
fi

"$javac" -d "$work/classes" --module-path "$fx_path" --add-modules javafx.controls "$root/bench/BareWindow.java"
if [ "$bare_only" = false ]; then
    "$launcher" --data-dir "$work/data" demo --seed 1 >/dev/null
fi

# Prints the milliseconds from launch to window shown for one run of "run_$1".
measure() {
    kind=$1
    marker="$work/shown-$kind"
    rm -f "$marker"
    start=$(date +%s%3N)
    "run_$kind" "$marker" >"$work/$kind.log" 2>&1 || true
    if [ ! -s "$marker" ]; then
        return 1
    fi
    echo $(($(cat "$marker") - start))
}

run_bare() {
    timeout 60 "$java" -Dprobity.shownMarker="$1" -Dprobity.exitWhenShown=true \
        --module-path "$fx_path" --add-modules javafx.controls -cp "$work/classes" BareWindow
}

# The launcher hands PROBITY_JAVA_OPTS to the JVM; the work folder's path has no spaces.
run_probity() {
    PROBITY_JAVA_OPTS="-Dprobity.shownMarker=$1 -Dprobity.exitWhenShown=true" \
        timeout 60 "$launcher" --data-dir "$work/data"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

: >"$work/bare.times"
: >"$work/probity.times"
probity_failed=false
i=1
while [ "$i" -le "$runs" ]; do
    if ! t=$(measure bare); then
        echo "startup.sh: the bare window did not report being shown; its output:" >&2
        tail -n 5 "$work/bare.log" >&2
        exit 1
    fi
    [ "$i" -gt 1 ] && echo "$t" >>"$work/bare.times"
    if [ "$bare_only" = false ] && [ "$probity_failed" = false ]; then
        if t=$(measure probity); then
            [ "$i" -gt 1 ] && echo "$t" >>"$work/probity.times"
        else
            probity_failed=true
        fi
    fi
    i=$((i + 1))
done

measured=$((runs - 1))
bare_median=$(median <"$work/bare.times")
echo "Start-up to main window shown, median of $measured runs after a warm-up (DISPLAY $DISPLAY):"
printf '  %-20s %6d ms\n' "bare JavaFX window" "$bare_median"
if [ "$bare_only" = true ]; then
    exit 0
fi
if [ "$probity_failed" = true ]; then
    echo "startup.sh: Probity's window did not report being shown within 60 s: it must write the time to" \
        "the file named by -Dprobity.shownMarker (and exit if -Dprobity.exitWhenShown=true). Its output:" >&2
    tail -n 5 "$work/probity.log" >&2
    exit 1
fi
probity_median=$(median <"$work/probity.times")
printf '  %-20s %6d ms\n' "Probity" "$probity_median"
awk -v p="$probity_median" -v b="$bare_median" 'BEGIN {
    r = p / b
    printf "  %-20s %6.2f (target at most 1.50: %s)\n", "ratio", r, (r <= 1.5 ? "met" : "not met")
}'

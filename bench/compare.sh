#!/bin/bash
# Times the two outside checks of issue 5 against plain C -O2 doing the same arithmetic:
# whole processes, JVM start included, C and Java runs alternating, best of N each, the ratio and the
# load average after them; then a shorter run of each with a row every few steps, to check that both
# print the same numbers all the way.
# Usage: bench/compare.sh [N]   (after `mvn -q package -DskipTests`; needs gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/gradient-lab.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# No fused multiply-add where the source has a multiply and an add (gcc contracts them on some targets).
gcc -O2 -ffp-contract=off -o "$out/network" bench/c/network.c -lm
gcc -O2 -ffp-contract=off -o "$out/regression" bench/c/regression.c -lm

seconds() {  # wall-clock seconds of one run of a command, its output kept in $out/last.csv
    local start end
    start=$(date +%s%N)
    "$@" > "$out/last.csv"
    end=$(date +%s%N)
    echo "($end - $start) / 1000000000" | bc -l
}

compare() {  # name, java args..., --, C command...: C and Java runs alternate, best of $runs each
    local name=$1; shift
    local java_args=() c_cmd=()
    while [ "$1" != "--" ]; do java_args+=("$1"); shift; done; shift
    c_cmd=("$@")
    local c=999 java=999 t
    for _ in $(seq "$runs"); do
        t=$(seconds "${c_cmd[@]}"); c=$(echo "if ($t < $c) $t else $c" | bc -l)
        t=$(seconds java -jar "$jar" "${java_args[@]}"); java=$(echo "if ($t < $java) $t else $java" | bc -l)
    done
    printf '%-11s C %.3fs  Java %.3fs  ratio %.2f  (load %s)\n' "$name" "$c" "$java" "$(echo "$java / $c" | bc -l)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
}

same() {  # name, java args..., --, C command...: both tables, compared value by value as doubles
    local name=$1; shift
    local java_args=()
    while [ "$1" != "--" ]; do java_args+=("$1"); shift; done; shift
    "$@" > "$out/c.csv"
    java -jar "$jar" "${java_args[@]}" > "$out/java.csv"
    # C prints %.17g and Java its shortest form: equal doubles are the same numbers to the last bit.
    python3 - "$name" "$out/c.csv" "$out/java.csv" <<'PY'
import sys
name = sys.argv[1]
a = [l.strip().split(',') for l in open(sys.argv[2]) if l.strip()]
b = [l.strip().split(',') for l in open(sys.argv[3]) if l.strip()]
assert a[0] == b[0] and len(a) == len(b), 'different tables'
differ = [ra[0] for ra, rb in zip(a[1:], b[1:]) if [float(v) for v in ra] != [float(v) for v in rb]]
print(f'{name:11s} {len(a) - 1} rows, {len(differ)} differ' + (f' (first at step {differ[0]})' if differ else ''))
PY
}

compare network network --x 1.5 --y 0 --w1 0.5 --b1 0 --w2 -0.3 --b2 0 --lr 0.5 --steps 30000000 --every 30000000 \
    -- "$out/network" 1.5 0 0.5 0 -0.3 0 0.5 30000000 30000000
compare regression regression --generate 1000000 --seed 1 --w0 0 --w1 0 --lr 0.5 --reduction mean --steps 1000 --every 1000 \
    -- "$out/regression" 1000000 1 0 0 0.5 1000 1000

same network network --x 1.5 --y 0 --w1 0.5 --b1 0 --w2 -0.3 --b2 0 --lr 0.5 --steps 300000 --every 100 \
    -- "$out/network" 1.5 0 0.5 0 -0.3 0 0.5 300000 100
same regression regression --generate 100000 --seed 1 --w0 0 --w1 0 --lr 0.5 --reduction mean --steps 1000 --every 1 \
    -- "$out/regression" 100000 1 0 0 0.5 1000 1

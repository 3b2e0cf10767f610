#!/bin/bash
# Times the two outside checks of issue 5 against plain C -O2 doing the same arithmetic:
# whole processes, JVM start included, best of N runs each, and the ratio; then a shorter run of
# each with a row every few steps, to check that both print the same numbers all the way.
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

best() {  # best wall-clock seconds of a command over $runs runs, its output kept in $out/last.csv
    local best=999
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > "$out/last.csv"
        end=$(date +%s%N)
        best=$(echo "t = ($end - $start) / 1000000000; if (t < $best) t else $best" | bc -l)
    done
    printf '%.3f' "$best"
}

compare() {  # name, java args..., --, C command...
    local name=$1; shift
    local java_args=() c_cmd=()
    while [ "$1" != "--" ]; do java_args+=("$1"); shift; done; shift
    c_cmd=("$@")
    local c java
    c=$(best "${c_cmd[@]}"); cp "$out/last.csv" "$out/c.csv"
    java=$(best java -jar "$jar" "${java_args[@]}"); cp "$out/last.csv" "$out/java.csv"
    printf '%-11s C %ss  Java %ss  ratio %.2f\n' "$name" "$c" "$java" "$(echo "$java / $c" | bc -l)"
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

#!/bin/bash
# Times the two outside checks of issue 5 against plain C -O2 doing the same arithmetic:
# whole processes, JVM start included, best of N runs each (alternating), and the ratio.
# Usage: bench/compare.sh [N]   (after `mvn -q package -DskipTests`; needs gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/gradient-lab.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gcc -O2 -o "$out/network" bench/c/network.c -lm
gcc -O2 -o "$out/regression" bench/c/regression.c -lm

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
    # The same numbers, to the last digit (C prints %.17g, Java its shortest form: compare as doubles).
    python3 - "$out/c.csv" "$out/java.csv" <<'PY'
import sys
a = [l.strip().split(',') for l in open(sys.argv[1]) if l.strip()]
b = [l.strip().split(',') for l in open(sys.argv[2]) if l.strip()]
assert a[0] == b[0] and len(a) == len(b), 'different tables'
for ra, rb in zip(a[1:], b[1:]):
    assert [float(v) for v in ra] == [float(v) for v in rb], f'rows differ: {ra} {rb}'
PY
    printf '%-11s C %ss  Java %ss  ratio %.2f  (same numbers)\n' "$name" "$c" "$java" "$(echo "$java / $c" | bc -l)"
}

compare network network --x 1.5 --y 0 --w1 0.5 --b1 0 --w2 -0.3 --b2 0 --lr 0.5 --steps 30000000 --every 30000000 \
    -- "$out/network" 1.5 0 0.5 0 -0.3 0 0.5 30000000 30000000
compare regression regression --generate 1000000 --seed 1 --w0 0 --w1 0 --lr 0.5 --reduction mean --steps 1000 --every 1000 \
    -- "$out/regression" 1000000 1 0 0 0.5 1000 1000

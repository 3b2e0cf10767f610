#!/usr/bin/env bash
# Start-up of the app: seconds from `java -jar` until the window is visible, best and median of N runs.
#   bench/startup.sh [N] [java options...]
# Needs a display (DISPLAY, e.g. Xvfb :99) and xdotool; build first: mvn -q package -DskipTests.
# xdotool's own --sync polls every 0.5 s, so this script polls every 20 ms itself.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/gradient-lab.jar
export DISPLAY=${DISPLAY:-:99}

runs=${1:-5}
shift || true
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s.%N)
  java "$@" -jar "$jar" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name '^Gradient Lab$' >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
  sleep 1
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END {printf "runs %d: best %.2f s, median %.2f s (", NR, t[1], t[int((NR+1)/2)];
  for (i = 1; i <= NR; i++) printf "%s%.2f", (i > 1 ? " " : ""), t[i]; print ")"}'

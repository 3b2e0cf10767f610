#!/bin/sh
# One screenshot of the app under X: tools/screenshot.sh OUT.png TAB TEXT_STEPS STEPS [WIDTHxHEIGHT]
#   TAB: 1..5 (Descent, Network, Regression, Surface, Deep network); TEXT_STEPS: Ctrl+plus presses from
#   100% (5 = 200%); STEPS: Right-arrow steps taken. Needs DISPLAY (e.g. Xvfb), xdotool, ImageMagick,
#   and target/gradient-lab.jar. Fresh settings each time, so every picture starts from the same state.
set -e
out=$1; tab=$2; text=$3; steps=$4; size=${5:-1360x880}
w=${size%x*}; h=${size#*x}
prefs=$(mktemp -d)
java -Djava.util.prefs.userRoot="$prefs" -jar target/gradient-lab.jar & pid=$!
sleep 6
# --onlyvisible: the app also owns a hidden 10x10 window with the same name, which may come first.
win=$(xdotool search --sync --onlyvisible --pid $pid --name 'Gradient' | head -1)
xdotool windowsize "$win" "$w" "$h"
sleep 1
# The tabs sit under the menu; their row moves down with the text size.
xdotool mousemove --window "$win" 20 $((h / 2)) click 1
i=0; while [ $i -lt "$text" ]; do xdotool key ctrl+plus; i=$((i + 1)); sleep 0.3; done
sleep 3
tabx=$(echo "$tab $text" | awk '{ split("45 138 241 342 454", x, " "); s = ($2 >= 5 ? 2 : 1 + 0.2 * $2); print int(x[$1] * s) }')
taby=$(echo "$text" | awk '{ s = ($1 >= 5 ? 2 : 1 + 0.2 * $1); print int(59 * s) }')
xdotool mousemove --window "$win" "$tabx" "$taby" click 1
sleep 2
i=0; while [ $i -lt "$steps" ]; do xdotool key Right; i=$((i + 1)); sleep 0.3; done
sleep 2
# The window's own picture is black (JavaFX draws with OpenGL): cut it out of the root window.
eval "$(xdotool getwindowgeometry --shell "$win")"
import -window root -crop "${w}x${h}+${X}+${Y}" +repage "$out"
kill $pid
rm -rf "$prefs"

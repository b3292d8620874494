#!/usr/bin/env bash
# Cold start to the first drawn map, as a ratio to a bare JavaFX window on the same JDK.
# Needs a display (Xvfb) and a cache with boundaries in data/cache/atlas.sqlite.
# Usage: src/bench/cold-start.sh [runs]   (builds with: mvn -q -Pbench test-compile package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { apt-get update -qq && apt-get install -y -qq xvfb libgtk-3-0 >/dev/null; }
  Xvfb :95 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:95
  sleep 1
fi
CP="target/classes:target/test-classes:target/lib/*"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
bare=$(for _ in $(seq "$RUNS"); do java -cp "$CP" jp.chiikiatlas.app.BareWindow\$Launcher 2>/dev/null | grep -o '[0-9]* ms' | cut -d' ' -f1; done | median)
atlas=$(for _ in $(seq "$RUNS"); do java -Datlas.exitAfterFirstMap=true -cp "$CP" jp.chiikiatlas.app.Main 2>/dev/null | grep -o 'after [0-9]* ms' | cut -d' ' -f2; done | median)
echo "bare JavaFX window: median ${bare} ms; first drawn map: median ${atlas} ms; ratio $(echo "scale=2; $atlas / $bare" | bc)"

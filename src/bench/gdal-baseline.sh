#!/usr/bin/env bash
# GDAL baselines measured side by side with our JMH benchmarks (see docs/benchmarks.md):
#   ogr2ogr -f SQLite on the national N03 shapefile   (vs BoundaryImportBenchmark.parseAndStore)
#   gdal_rasterize of all municipalities at 1920x1080 (vs the map redraw benchmark)
# Prints the median wall time of N runs of each whole command.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHP=../shared/data/boundaries/n03-2021-01-01/shapefile/N03-21_210101.shp
RUNS=${RUNS:-11}
if ! command -v ogr2ogr >/dev/null || ! command -v bc >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin bc >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() { # name, command...
  local name=$1; shift
  for _ in $(seq "$RUNS"); do
    rm -f "$work"/out.*
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
  done | median | xargs printf "%s median of $RUNS runs: %.3f s\n" "$name"
}

time_runs "ogr2ogr -f SQLite" ogr2ogr -f SQLite "$work/out.sqlite" "$SHP"
time_runs "gdal_rasterize 1920x1080" gdal_rasterize -burn 200 -ts 1920 1080 -ot Byte -of GTiff "$SHP" "$work/out.tif"
gdalinfo --version

#!/usr/bin/env bash
# Benchmark of the knowledge base (issue 16): a JSON-stat 2.0 table of every
# municipality of 2024 (with the counties and the country) x 15 years x 3 genders x 2
# measures, imported by the release build into Kongsvinger's knowledge base (read,
# renumbered, stored in one transaction; a municipality without demo figures, so the
# table's two indicators are all it has), then both compared for Kongsvinger against
# Innlandet's municipalities and the country (figures read from the store and
# compared, as the page does). In the same run, the
# baseline: Python's json module parsing the same file.
#
#   bench/indicators/run.sh [RUNS]     (default 10; needs python3)
#
# Goals: import <= 0.5 s, comparison <= 10 ms. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=(--data-dir "$work/data")

python3 bench/indicators/make_table.py crates/domain/data/kommuner-2024.csv "$work/table.json"
"$bin" "${db[@]}" demo >/dev/null
for _ in $(seq 1 "$runs"); do
  # Each import replaces the last one's observations (same source, table and measure).
  "$bin" "${db[@]}" indicators import "$work/table.json" --org 3401 >>"$work/import.out" 2>/dev/null
  python3 -c "import json,sys,time; t=time.perf_counter(); json.load(open(sys.argv[1])); print((time.perf_counter()-t)*1000)" \
    "$work/table.json" >>"$work/python.out"
done
"$bin" "${db[@]}" indicators compare --org 3401 --repeat "$runs" 2>"$work/compare.out" >"$work/findings"

python3 - "$work" <<'PY'
import os, re, statistics, sys
work = sys.argv[1]
read = lambda name: open(f"{work}/{name}").read()
imports = [float(x) for x in re.findall(r"in ([\d.]+) ms", read("import.out"))]
values = re.findall(r"imported (\d+) values of (\d+) indicators", read("import.out"))[0]
python = [float(x) for x in read("python.out").split()]
compares = re.findall(r"compare \d+: ([\d.]+) ms \((\d+) indicators\)", read("compare.out"))
warm = [float(ms) for ms, _ in compares[1:]] or [float(compares[0][0])]
size = os.path.getsize(f"{work}/table.json") / 1e6
imp, py, cmp_ms = statistics.median(imports), statistics.median(python), statistics.median(warm)
print(f"table: {size:.1f} MB; stored {values[0]} values of {values[1]} indicators per import")
print(f"import (read, renumber, store): median {imp:.0f} ms of {len(imports)} (min {min(imports):.0f}, max {max(imports):.0f})")
print(f"baseline, Python's json.load of the same file: median {py:.0f} ms")
print(f"ratio import / Python parse: {imp / py:.2f}")
print(f"comparison for Kongsvinger ({compares[0][1]} indicators, from the store): first {float(compares[0][0]):.2f} ms, "
      f"then median {cmp_ms:.2f} ms of {len(warm)}")
print("findings:", " | ".join(read("findings").strip().splitlines()))
print("goal (import <= 500 ms):", "met" if imp <= 500 else "NOT met")
print("goal (comparison <= 10 ms):", "met" if cmp_ms <= 10 else "NOT met")
PY

#!/usr/bin/env bash
# Benchmark of the plan check on the largest demo plan: the demo plan for preventive
# work scaled up (~150 measures, ~60 inputs, every chapter written), checked by the
# release build — gathering its data from the store and running every rule, as the
# check's page and the plan's page do. In the same run, the baseline: the plan's own
# page served by the same build (signed in, over HTTP on loopback).
#
#   bench/check/run.sh [RUNS]     (default 20; needs python3 and curl)
#
# Goal (issue 15): the check <= 50 ms. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
port=18095
trap '[ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
db=(--data-dir "$work/data")

"$bin" "${db[@]}" demo >/dev/null
plan=$("$bin" "${db[@]}" plan list --org 3425 --json | python3 -c "import json,sys; print([p['id'] for p in json.load(sys.stdin) if p['type']=='preventive'][0])")
python3 bench/render/scale.py "$work/data/forebygg.db" "$plan" 144 54 "$work/measures.csv"
"$bin" "${db[@]}" measures import "$work/measures.csv" --plan "$plan" >/dev/null 2>&1

# The check, in one process: the first run is cold, the rest as in a running server.
"$bin" "${db[@]}" plan check --plan "$plan" --repeat "$runs" 2>"$work/check.out" >"$work/report"

# Baseline: the plan's page (which also shows the check's score), signed in.
"$bin" "${db[@]}" serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
jar="$work/jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
  --data-urlencode "email=planleiar@engerdal.demo" --data-urlencode "password=forebygg-demo" "$base/login"
for _ in $(seq 1 "$runs"); do
  curl -fs -o /dev/null -b "$jar" -w "%{time_total}\n" "$base/organisations/3425/plans/$plan" >>"$work/page.out"
  curl -fs -o /dev/null -b "$jar" -w "%{time_total}\n" "$base/organisations/3425/plans/$plan/check" >>"$work/checkpage.out"
done

python3 - "$work" <<'PY'
import re, statistics, sys
work = sys.argv[1]
read = lambda name: open(f"{work}/{name}").read()
runs = [(float(a), float(b), int(m), int(i)) for a, b, m, i in
        re.findall(r"check \d+: ([\d.]+) ms \(rules ([\d.]+) ms; (\d+) measures, (\d+) inputs\)", read("check.out"))]
first, warm = runs[0], runs[1:]
check_ms = statistics.median(r[0] for r in warm)
rules_ms = statistics.median(r[1] for r in warm)
page_ms = statistics.median(float(x) * 1000 for x in read("page.out").split())
check_page_ms = statistics.median(float(x) * 1000 for x in read("checkpage.out").split())
print(f"plan: {first[2]} measures, {first[3]} inputs; report: {read('report').splitlines()[0]}")
print(f"check (gather from the store + rules): first {first[0]:.1f} ms, then median {check_ms:.1f} ms "
      f"of {len(warm)} (rules alone {rules_ms:.2f} ms)")
print(f"baseline, the plan's page served (median of {len(read('page.out').split())}): {page_ms:.1f} ms; "
      f"the check's own page: {check_page_ms:.1f} ms")
print(f"ratio check / plan page: {check_ms / page_ms:.2f}")
print("goal (check <= 50 ms):", "met" if check_ms <= 50 else "NOT met")
PY

#!/usr/bin/env bash
# Benchmark of the plan document as PDF: the demo plan scaled up (~150 measures, ~60
# inputs, every chapter written; ~40 pages) rendered by the release build's typst
# renderer, cold (the first render in a fresh process: fonts, template, layout) and
# warm (the next renders in the same process, as in the server); in the same run, the
# baseline: LibreOffice converting our own DOCX of the same plan to PDF.
#
#   bench/render/run.sh [WARM_RENDERS]     (default 5; needs python3, GNU time,
#                                           libreoffice-writer-nogui, poppler-utils)
#
# Goal (issue 6): <= 1 s warm, <= 2 s cold, >= 5x faster than the baseline, peak RSS
# <= 300 MB. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
warm="${1:-5}"
cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=(--data-dir "$work/data")

"$bin" "${db[@]}" demo >/dev/null
plan=$("$bin" "${db[@]}" plan list --org 3425 --json | python3 -c "import json,sys; print([p['id'] for p in json.load(sys.stdin) if p['type']=='preventive'][0])")
python3 bench/render/scale.py "$work/data/forebygg.db" "$plan" 144 54 "$work/measures.csv"
"$bin" "${db[@]}" measures import "$work/measures.csv" --plan "$plan" >/dev/null 2>&1

# Cold processes: one render each (process start, database, fonts, template, layout).
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/cold$i" "$bin" "${db[@]}" document render --plan "$plan" --out "$work/plan.pdf" >/dev/null
done
# One process, 1 + WARM renders: the first is cold in-process, the rest warm.
/usr/bin/time -f "%e %M" -o "$work/warm" "$bin" "${db[@]}" document render --plan "$plan" --out "$work/plan.pdf" --repeat $((warm + 1)) >"$work/warm.out"
"$bin" "${db[@]}" document render --plan "$plan" --format docx --out "$work/plan.docx" >/dev/null
pdfinfo "$work/plan.pdf" | grep -E "^(Pages|Tagged)" >"$work/info"

# Baseline: LibreOffice converts the same plan's DOCX, a fresh process each time (the
# first also creates its profile).
for i in 1 2 3; do
  rm -f "$work/lo/plan.pdf"
  /usr/bin/time -f "%e %M" -o "$work/lo$i" libreoffice -env:UserInstallation="file://$work/lo-profile" \
    --headless --convert-to pdf --outdir "$work/lo" "$work/plan.docx" >/dev/null 2>&1
  test -s "$work/lo/plan.pdf"
done
lo_pages=$(pdfinfo "$work/lo/plan.pdf" | awk '/^Pages/ {print $2}')

python3 - "$work" "$lo_pages" <<'PY'
import re, statistics, sys
work, lo_pages = sys.argv[1], sys.argv[2]
read = lambda name: open(f"{work}/{name}").read()
colds = [tuple(map(float, read(f"cold{i}").split())) for i in (1, 2, 3)]
cold_s, cold_kb = statistics.median(c[0] for c in colds), max(c[1] for c in colds)
warm_s, warm_kb = map(float, read("warm").split())
renders = [float(m) for m in re.findall(r"render \d+: (\d+) ms", read("warm.out"))]
first_ms, warm_ms = renders[0], statistics.median(renders[1:])
info = dict(l.split(":", 1) for l in read("info").splitlines())
lo = [float(read(f"lo{i}").split()[0]) for i in (1, 2, 3)]
lo_cold, lo_warm = lo[0], statistics.median(lo[1:])
print(f"plan: {info['Pages'].strip()} pages (LibreOffice's PDF of our DOCX: {lo_pages} pages), tagged: {info['Tagged'].strip()}")
print(f"typst cold process (start, load, render, write; median of 3): {cold_s * 1000:.0f} ms "
      f"{[round(c[0] * 1000) for c in colds]}, peak RSS {cold_kb / 1024:.0f} MB")
print(f"typst first render in a process: {first_ms:.0f} ms; warm renders (median of {len(renders) - 1}): {warm_ms:.0f} ms "
      f"{renders[1:]}; peak RSS of that process {warm_kb / 1024:.0f} MB")
print(f"baseline LibreOffice DOCX -> PDF, a process each: first (new profile) {lo_cold * 1000:.0f} ms, "
      f"then {lo_warm * 1000:.0f} ms (median of 2)")
print(f"ratio baseline/typst: process against process {lo_warm / cold_s:.1f}x, "
      f"warm render in the server against it {lo_warm * 1000 / warm_ms:.1f}x")
ok = (warm_ms <= 1000 and cold_s <= 2 and lo_warm / cold_s >= 5 and lo_warm * 1000 / warm_ms >= 5
      and max(cold_kb, warm_kb) / 1024 <= 300)
print("goals (<= 1 s warm, <= 2 s cold, >= 5x, <= 300 MB):", "met" if ok else "NOT met")
PY

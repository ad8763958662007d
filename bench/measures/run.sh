#!/usr/bin/env bash
# Benchmark of the measures register: import 50,000 measures from CSV and from XLSX
# with the release build's CLI (wall time, peak RSS), and compute the coverage matrix
# over them; in the same run, the baseline of Python reading the same CSV and
# inserting it raw into SQLite with the same durability settings.
#
#   bench/measures/run.sh [ROWS]      (default 50000; needs python3 and GNU time)
#
# Goal (issue 5): import >= 20,000 rows/s, matrix <= 100 ms. It prints the figures;
# it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-50000}"
here="bench/measures"
cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=(--data-dir "$work/data")

"$bin" "${db[@]}" demo >/dev/null
plan_of() { "$bin" "${db[@]}" plan list --org 3425 --json | python3 -c "import json,sys; print([p['id'] for p in json.load(sys.stdin) if p['type']=='$1'][0])"; }
csv_plan=$(plan_of upbringing)
xlsx_plan=$(plan_of alcohol)

python3 "$here/make_rows.py" "$rows" "$work/measures.csv"
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }; cat "$work/time"; }

read -r csv_s csv_kb < <(timed "$bin" "${db[@]}" measures import "$work/measures.csv" --plan "$csv_plan")
"$bin" "${db[@]}" measures export --plan "$csv_plan" --format xlsx --out "$work/measures.xlsx"
read -r xlsx_s xlsx_kb < <(timed "$bin" "${db[@]}" measures import "$work/measures.xlsx" --plan "$xlsx_plan" --as-new)
coverage=$("$bin" "${db[@]}" measures coverage --plan "$csv_plan")
matrix_ms=$(sed -E 's/.*computed in ([0-9.]+) ms.*/\1/' <<<"$coverage")
read -r base_rows base_s < <(python3 "$here/baseline.py" "$work/measures.csv" "$work/baseline.db")

python3 - "$rows" "$csv_s" "$csv_kb" "$xlsx_s" "$xlsx_kb" "$matrix_ms" "$base_rows" "$base_s" "$coverage" \
  "$(stat -c %s "$work/measures.csv")" "$(stat -c %s "$work/measures.xlsx")" <<'PY'
import sys
rows, csv_s, csv_kb, xlsx_s, xlsx_kb, matrix_ms, base_rows, base_s, coverage, csv_bytes, xlsx_bytes = sys.argv[1:12]
rows = int(rows)
csv_rate, xlsx_rate, base_rate = rows / float(csv_s), rows / float(xlsx_s), int(base_rows) / float(base_s)
print()
print("forebygg bench/measures")
print(f"  CSV import   {rows} rows ({int(csv_bytes) // 1024} KiB) in {float(csv_s):.2f} s = {csv_rate:,.0f} rows/s, peak RSS {int(csv_kb) / 1024:.0f} MB   (goal >= 20,000 rows/s)")
print(f"  XLSX import  {rows} rows ({int(xlsx_bytes) // 1024} KiB) in {float(xlsx_s):.2f} s = {xlsx_rate:,.0f} rows/s, peak RSS {int(xlsx_kb) / 1024:.0f} MB")
print(f"  coverage     {coverage}   (goal <= 100 ms)")
print(f"  baseline     Python csv + raw SQLite insert (no checks): {base_rate:,.0f} rows/s")
print(f"  ratio        CSV import / baseline = {csv_rate / base_rate:.2f}; XLSX import / baseline = {xlsx_rate / base_rate:.2f}")
ok = csv_rate >= 20000 and xlsx_rate >= 20000 and float(matrix_ms) <= 100
print(f"  all goals met {ok}")
PY

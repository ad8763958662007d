#!/usr/bin/env bash
# Benchmark of surveys: a whole municipality's pupils answer in one go. 30,000 pupils
# (or PUPILS) each send a questionnaire of 60 answers with their class code over HTTP
# to a release build on loopback (SQLite, WAL, synchronous=FULL); then the survey is
# closed and its results, over all and by its two background questions (grade and
# gender), computed and shown on the survey's page. In the same run, the baseline: the
# same server's rate of hearing responses, 64 connections for 10 seconds.
#
#   bench/survey/run.sh [PUPILS]      (default 30000; needs wrk, curl and python3)
#
# Goal (issue 17): >= 2,000 completed questionnaires/s; all results <= 1 s; server RSS
# <= 150 MB. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
pupils="${1:-30000}"
here="bench/survey"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
db=(--data-dir "$work/data")

"$bin" "${db[@]}" demo >/dev/null
plan=$("$bin" "${db[@]}" plan list --org 3425 --json | python3 -c "import json,sys; print([p['id'] for p in json.load(sys.stdin) if p['type']=='preventive'][0])")
# Every request comes from this machine: the hearing limits per session and address
# would stop the baseline at once (the survey has none: a school answers from one address).
FOREBYGG_HEARING_LIMIT=10000000 FOREBYGG_HEARING_ADDRESS_LIMIT=10000000 "$bin" "${db[@]}" serve --addr "127.0.0.1:$port" \
  >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

python3 "$here/setup.py" "$base" "$plan" "$work/data/forebygg.db" "$pupils" 2 "$work/survey.lua" "$work/survey_url"
survey=$(cat "$work/survey_url")
rss_before_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")

echo "forebygg survey benchmark: $pupils pupils, 2 threads, 64 connections" >&2
python3 "$here/drive.py" "$work/data/forebygg.db" "$pupils" "$work/drive.txt" -- \
  wrk -t2 -c64 -d600s --latency -s "$here/answer.lua" "$base" -- "$work/survey.lua" >"$work/wrk.txt"
cat "$work/wrk.txt" >&2
rss_answering_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")

# Close the survey and read its results as the plan lead does, five times (the first cold).
jar="$work/jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
  --data-urlencode "email=planleiar@engerdal.demo" --data-urlencode "password=forebygg-demo" "$base/login"
token=$(curl -fs -b "$jar" "$base$survey" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -fs -o /dev/null -b "$jar" -w "close %{time_total}\n" --data-urlencode "csrf=$token" --data-urlencode "confirm=yes" "$base$survey/close" >"$work/close.out"
rss_closed_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
for _ in 1 2 3 4 5; do
  curl -fs -o "$work/results.html" -b "$jar" -w "%{time_total}\n" -H "Accept-Language: nb" "$base$survey" >>"$work/results.out"
done
rss_peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")

# Baseline: the same server's hearing responses (bench/hearing's request), 10 s.
hearing=$(curl -fs "$base/" | grep -o 'href="/hearings/[0-9a-z-]*/[0-9]*"' | head -n 1 | cut -d'"' -f2)
sessions="$work/sessions.lua"
echo "sessions = {" >"$sessions"
for i in $(seq 1 32); do
  page=$(curl -fs -c "$work/hjar$i" "$base$hearing")
  t=$(grep -o 'name="csrf" value="[^"]*"' <<<"$page" | head -n 1 | cut -d'"' -f4)
  cookie=$(awk '$6 == "fb_session" { print $7 }' "$work/hjar$i")
  echo "  { cookie = \"fb_session=$cookie\", token = \"$t\" }," >>"$sessions"
done
echo "}" >>"$sessions"
echo "path = \"$hearing\"" >>"$sessions"
wrk -t2 -c64 -d10s --latency -s bench/hearing/submit.lua "$base" -- "$sessions" >"$work/hearing.txt"
kill "$server"; wait "$server" 2>/dev/null || true; server=""

python3 - "$work" "$pupils" "$rss_before_kb" "$rss_peak_kb" "$rss_answering_kb" "$rss_closed_kb" <<'PY'
import re, sqlite3, statistics, sys
work, pupils, rss_before_kb, rss_peak_kb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rss_answering_kb, rss_closed_kb = int(sys.argv[5]), int(sys.argv[6])

def figures(name):
    out = {}
    for line in open(f"{work}/{name}"):
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[a-z0-9_]+", parts[0]):
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return out

s, h, d = figures("wrk.txt"), figures("hearing.txt"), figures("drive.txt")
thanked = s["requests"] - s["errors"]
rate = d["stored"] / d["elapsed_s"]
hearing_rate = (h["requests"] - h["errors"]) / h["duration_s"]
db = sqlite3.connect(f"{work}/data/forebygg.db")
survey_id = db.execute("SELECT id FROM surveys ORDER BY id DESC LIMIT 1").fetchone()[0]
stored = db.execute("SELECT COUNT(*) FROM survey_answers WHERE survey_id = ?", (survey_id,)).fetchone()[0]
used = db.execute("SELECT COUNT(*) FROM survey_codes WHERE survey_id = ? AND used", (survey_id,)).fetchone()[0]
sample = db.execute("SELECT answers FROM survey_answers WHERE survey_id = ? LIMIT 1000", (survey_id,)).fetchall()
db.close()
per = sum(a.count('"kind"') for (a,) in sample) / len(sample)
times = [float(x) * 1000 for x in open(f"{work}/results.out").read().split()]
close_ms = float(open(f"{work}/close.out").read().split()[1]) * 1000
html = open(f"{work}/results.html").read()
tables = html.count("<caption")
hidden = html.count("hidden-cell")
print()
print("forebygg bench/survey")
print(f"  questionnaires stored    {d['stored']:.0f} in {d['elapsed_s']:.2f} s = {rate:.0f}/s   (goal >= 2000/s)")
print(f"  thanked (wrk, until stopped) {thanked:.0f} in {s['duration_s']:.2f} s")
print(f"  answers per questionnaire {per:.1f} on average of 60 questions (an empty multiple choice is none; stored rows {stored}, codes used {used}; "
      f"stored == used: {stored == used}; >= thanked: {stored >= thanked})")
print(f"  latency p50 / p99        {s['p50_ms']:.2f} ms / {s['p99_ms']:.2f} ms")
print(f"  refused or failed        {s['errors']:.0f}")
print(f"  close (state only; no free text)  {close_ms:.0f} ms")
print(f"  results page, {tables} tables ({hidden} hidden cells): first {times[0]:.0f} ms, "
      f"then median {statistics.median(times[1:]):.0f} ms   (goal <= 1000 ms)")
print(f"  server RSS before / peak {rss_before_kb / 1024:.1f} MB / {rss_peak_kb / 1024:.1f} MB   (goal <= 150 MB)"
      f"; peak after answering {rss_answering_kb / 1024:.1f} MB, after closing {rss_closed_kb / 1024:.1f} MB")
print(f"  baseline: hearing responses on the same server  {hearing_rate:.0f}/s "
      f"(p99 {h['p99_ms']:.2f} ms)")
print(f"  ratio questionnaires / hearing responses  {rate / hearing_rate:.2f}")
met = rate >= 2000 and max(times) <= 1000 and rss_peak_kb / 1024 <= 150
print("  goals:", "all met" if met else "NOT all met")
PY

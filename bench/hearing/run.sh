#!/usr/bin/env bash
# Benchmark of the public hearing: sustained acknowledged hearing responses per second
# against a release build on loopback (SQLite, default settings: WAL, synchronous=FULL),
# with p50/p99 latency and the server's resident memory, and in the same run the raw
# SQLite insert rate with the same durability settings (one committed insert at a
# time) as the baseline.
#
#   bench/hearing/run.sh [SECONDS]      (default 60; needs wrk and python3)
#
# Goal (issue 4): >= 1,000 responses/s, p99 <= 50 ms, >= 50 % of the raw insert rate,
# RSS <= 100 MB. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-60}"
here="bench/hearing"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

cargo build --release --locked -p forebygg >&2
target="${CARGO_TARGET_DIR:-target}"
bin="$target/release/forebygg"

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The per-session limit (10 in ten minutes) and the per-address one (300) would stop a
# load test at once, since every request comes from this machine; the
# sessions below stand for a school's browsers, each allowed more than it will send.
FOREBYGG_HEARING_LIMIT=10000000 FOREBYGG_HEARING_ADDRESS_LIMIT=10000000 "$bin" --data-dir "$work/data" serve --demo --addr "127.0.0.1:$port" \
  >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"

# The open demo hearing, from the start page, as a visitor finds it.
hearing=$(curl -fs "$base/" | grep -o 'href="/hearings/[0-9a-z-]*/[0-9]*"' | head -n 1 | cut -d'"' -f2)
[[ -n "$hearing" ]] || { echo "no open hearing on the start page" >&2; exit 1; }

# 32 browser sessions, each with its cookie and CSRF token from the hearing page.
sessions="$work/sessions.lua"
echo "sessions = {" >"$sessions"
for i in $(seq 1 32); do
  jar="$work/jar$i"
  page=$(curl -fs -c "$jar" "$base$hearing")
  token=$(grep -o 'name="csrf" value="[^"]*"' <<<"$page" | head -n 1 | cut -d'"' -f4)
  cookie=$(awk '$6 == "fb_session" { print $7 }' "$jar")
  echo "  { cookie = \"fb_session=$cookie\", token = \"$token\" }," >>"$sessions"
done
echo "}" >>"$sessions"
echo "path = \"$hearing\"" >>"$sessions"

echo "forebygg hearing benchmark: $duration s, 2 threads, 64 connections, $hearing" >&2
wrk -t2 -c64 -d"${duration}s" --latency -s "$here/submit.lua" "$base" -- "$sessions" >"$work/wrk.txt"
cat "$work/wrk.txt" >&2

rss_peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
rss_now_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true; server=""

python3 "$here/report.py" "$work/wrk.txt" "$work/data/forebygg.db" "$rss_peak_kb" "$rss_now_kb" "$work/baseline.db"

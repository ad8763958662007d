#!/usr/bin/env bash
# Benchmark of the county dashboard (issue 18): the regional adviser's page of every
# municipality of Vestland (county 46, the largest: 43 municipalities), each with the
# demo's plans in one of six phases, their timelines and measures (`forebygg demo
# --county 46`). wrk, 16 connections, 2 threads, 20 s, signed in as the county's
# adviser; in the same run, the baseline: the server's plain municipality page
# (/organisations/4601, Bergen) at the same load. SQLite, release build, loopback.
#
#   bench/county/run.sh [COUNTY]      (default 46; needs wrk, curl and python3)
#
# Goal: the dashboard's p99 <= 50 ms. It prints the figures; it is not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
county="${1:-46}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

cargo build --release --locked -p forebygg >&2
bin="${CARGO_TARGET_DIR:-target}/release/forebygg"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
db=(--data-dir "$work/data")

"$bin" "${db[@]}" demo --county "$county" | tee "$work/demo.out" >&2
"$bin" "${db[@]}" serve --addr "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

jar="$work/jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
  --data-urlencode "email=radgiver.$county@statsforvalteren.demo" --data-urlencode "password=forebygg-demo" "$base/login"
cookie=$(awk '$6 == "fb_session" { print $7 }' "$jar")
dashboard="$(grep -o '/organisations/[a-z0-9-]*' "$work/demo.out" | tail -n 1)/county"
municipality="/organisations/${county}01"
rows=$(curl -fs -H "Cookie: fb_session=$cookie" -H "Accept-Language: nb" "$base$dashboard" | grep -c '<tr>' || true)
echo "forebygg county benchmark: $dashboard ($rows table rows) against $municipality; 16 connections, 2 threads, 20 s" >&2

run() { wrk -t2 -c16 -d20s --latency -H "Cookie: fb_session=$cookie" -H "Accept-Language: nb" "$base$1"; }
run "$dashboard" >"$work/dashboard.txt"
run "$municipality" >"$work/baseline.txt"
cat "$work/dashboard.txt" "$work/baseline.txt" >&2

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]

def figures(name):
    text = open(f"{work}/{name}.txt").read()
    def ms(label):
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {"p50": ms("50"), "p99": ms("99"), "rate": rate, "non2xx": int(bad.group(1)) if bad else 0}

d, b = figures("dashboard"), figures("baseline")
print(f"county dashboard:    p50 {d['p50']:.1f} ms, p99 {d['p99']:.1f} ms, {d['rate']:.0f} req/s, non-2xx {d['non2xx']}")
print(f"municipality page:   p50 {b['p50']:.1f} ms, p99 {b['p99']:.1f} ms, {b['rate']:.0f} req/s, non-2xx {b['non2xx']}")
print(f"ratio p99 dashboard / municipality page: {d['p99'] / b['p99']:.2f}")
print(f"goal p99 <= 50 ms: {'met' if d['p99'] <= 50 and d['non2xx'] == 0 else 'NOT met'}")
PY

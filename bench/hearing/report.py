"""Reads wrk's figures and the server's database, measures the baseline (raw SQLite
inserts with the server's durability settings, one committed insert at a time), and
prints the report of bench/hearing/run.sh."""

import os
import sqlite3
import sys
import time

wrk_file, db_file, rss_peak_kb, rss_now_kb, baseline_file = sys.argv[1:6]

figures = {}
for line in open(wrk_file):
    parts = line.split()
    if len(parts) == 2 and parts[0] in ("p50_ms", "p99_ms", "requests", "duration_s", "errors", "non_303"):
        figures[parts[0]] = float(parts[1])

acknowledged = figures["requests"] - figures["errors"]
rate = acknowledged / figures["duration_s"]

db = sqlite3.connect(db_file)
stored = db.execute("SELECT COUNT(*) FROM inputs WHERE channel = 'hearing'").fetchone()[0]
integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
db.close()

# Baseline: the same row, inserted into the same table shape, each insert its own
# durable transaction (WAL, synchronous=FULL), for ten seconds.
base = sqlite3.connect(baseline_file, isolation_level=None)
base.execute("PRAGMA journal_mode=WAL")
base.execute("PRAGMA synchronous=FULL")
base.execute(
    """CREATE TABLE inputs (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, plan_id INTEGER NOT NULL,
    hearing_id INTEGER, channel TEXT NOT NULL, body TEXT NOT NULL, sender_name TEXT,
    sender_organisation TEXT, sender_email TEXT, name_may_be_published INTEGER NOT NULL DEFAULT 0,
    receipt_token TEXT NOT NULL UNIQUE, received_at INTEGER NOT NULL)"""
)
text = "Flere trygge voksne på skoleveien og en åpen ungdomsklubb på fredager."
n = 0
start = time.perf_counter()
while time.perf_counter() - start < 10.0:
    base.execute(
        "INSERT INTO inputs (org_id, plan_id, hearing_id, channel, body, receipt_token, received_at) "
        "VALUES (1, 1, 1, 'hearing', ?, ?, ?)",
        (text, os.urandom(32).hex(), int(time.time())),
    )
    n += 1
raw_rate = n / (time.perf_counter() - start)
base.close()

peak_mb = int(rss_peak_kb) / 1024
now_mb = int(rss_now_kb) / 1024
ratio = rate / raw_rate
print()
print("forebygg bench/hearing")
print(f"  acknowledged responses   {acknowledged:.0f} in {figures['duration_s']:.1f} s = {rate:.0f}/s   (goal >= 1000/s)")
print(f"  latency p50 / p99        {figures['p50_ms']:.2f} ms / {figures['p99_ms']:.2f} ms   (goal p99 <= 50 ms)")
print(f"  refused or failed        {figures['errors']:.0f}")
print(f"  rows in the database     {stored}   (>= acknowledged: {stored >= acknowledged}); integrity_check: {integrity}")
print(f"  server RSS peak / end    {peak_mb:.1f} MB / {now_mb:.1f} MB   (goal <= 100 MB)")
print(f"  baseline: raw SQLite     {raw_rate:.0f} committed inserts/s (WAL, synchronous=FULL, one per transaction)")
print(f"  ratio to baseline        {ratio:.2f}   (goal >= 0.50)")
ok = rate >= 1000 and figures["p99_ms"] <= 50 and ratio >= 0.5 and peak_mb <= 100 and stored >= acknowledged
print(f"  all goals met            {ok}")

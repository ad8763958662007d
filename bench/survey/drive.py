"""Runs wrk (the rest of the command line) until the survey has PUPILS answers stored,
polling the database every 20 ms, then stops it (SIGINT: wrk prints its figures) and
writes the elapsed time and the count it saw.

    drive.py DB PUPILS OUT -- wrk ARGS...
"""

import signal
import sqlite3
import subprocess
import sys
import time

db, pupils, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
command = sys.argv[sys.argv.index("--") + 1:]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
survey = con.execute("SELECT id FROM surveys ORDER BY id DESC LIMIT 1").fetchone()[0]


def stored():
    return con.execute("SELECT COUNT(*) FROM survey_answers WHERE survey_id = ?", (survey,)).fetchone()[0]


before = stored()
start = time.perf_counter()
wrk = subprocess.Popen(command)
count = before
while wrk.poll() is None:
    count = stored()
    if count - before >= pupils:
        break
    time.sleep(0.02)
elapsed = time.perf_counter() - start
wrk.send_signal(signal.SIGINT)
wrk.wait()
with open(out, "w") as f:
    f.write(f"elapsed_s {elapsed:.3f}\nstored {count - before}\n")

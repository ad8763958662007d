"""The baseline: the same CSV read with Python's csv module and inserted into SQLite
with the server's durability settings (WAL, synchronous=FULL) in one transaction —
the raw work of getting the rows into the database, without checking them."""

import csv
import sqlite3
import sys
import time

path, db_path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))[1:]
db = sqlite3.connect(db_path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE measures (id INTEGER PRIMARY KEY, org_id INTEGER, plan_id INTEGER, name TEXT, owner TEXT, doc TEXT)")
with db:
    db.executemany(
        "INSERT INTO measures (org_id, plan_id, name, owner, doc) VALUES (1, 1, ?, ?, ?)",
        ((r[0], r[2], ";".join(r)) for r in rows),
    )
elapsed = time.perf_counter() - start
print(f"{len(rows)} {elapsed:.3f}")

"""Writes a JSON-stat 2.0 table as FHI's statistics API gives it: every municipality of
2024 (the shipped register), the counties and the country, 15 years, 3 genders, 2
measures (TELLER, RATE); some values missing or suppressed, flagged in `status`.

    python3 make_table.py REGISTER.csv OUT.json
"""
import csv
import json
import random
import sys

register, out = sys.argv[1], sys.argv[2]
with open(register, encoding="utf-8") as f:
    rows = list(csv.reader(f))[1:]
municipalities = [r[0] for r in rows]
counties = sorted({r[2] for r in rows})
geo = municipalities + counties + ["0"]
years = [str(y) for y in range(2010, 2025)]
genders = ["0", "1", "2"]
measures = ["TELLER", "RATE"]
rng = random.Random(16)
values, status = [], {}
for g in geo:
    for _ in years:
        for _ in genders:
            for m in measures:
                i = len(values)
                roll = rng.random()
                if roll < 0.02:
                    values.append(None)
                    status[str(i)] = ":"
                elif roll < 0.03:
                    values.append(None)
                    status[str(i)] = ".."
                else:
                    values.append(round(rng.uniform(1, 5000), 0) if m == "TELLER" else round(rng.uniform(2, 40), 1))
table = {
    "version": "2.0",
    "class": "dataset",
    "label": "Benchmark: every municipality, 15 years, 3 genders, 2 measures",
    "source": "Folkehelseinstituttet",
    "id": ["GEO", "AAR", "KJONN", "MEASURE_TYPE"],
    "size": [len(geo), len(years), len(genders), len(measures)],
    "role": {"geo": ["GEO"], "time": ["AAR"], "metric": ["MEASURE_TYPE"]},
    "dimension": {
        "GEO": {"category": {"index": {c: i for i, c in enumerate(geo)}}},
        "AAR": {"category": {"index": {y: i for i, y in enumerate(years)}}},
        "KJONN": {"category": {"index": {k: i for i, k in enumerate(genders)}}},
        "MEASURE_TYPE": {"category": {"index": {m: i for i, m in enumerate(measures)},
                                      "label": {"TELLER": "Antall", "RATE": "Prosent"}}},
    },
    "value": values,
    "status": status,
}
with open(out, "w", encoding="utf-8") as f:
    json.dump(table, f, ensure_ascii=False)
print(f"{len(values)} cells ({len(geo)} places x {len(years)} years x {len(genders)} genders x {len(measures)} measures)")

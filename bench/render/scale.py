"""Scales the demo plan up for bench/render: writes MEASURES more measures as an import
file (the CLI imports it, validated like any import), and adds inputs and a written text
for every chapter of the outline straight into the SQLite database (a fixture: the
command line has no bulk entry for those).

    python3 scale.py DB PLAN_ID MEASURES INPUTS OUT_CSV
"""
import random
import sqlite3
import sys
import time

db, plan, measures, inputs, out_csv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(15)
services = ["Helsestasjonen", "Skolen", "Barnehagene", "Barnevernet", "Kulturtjenesten", "NAV",
            "PP-tjenesten", "Frivilligsentralen", "Politiet", "Familiesenteret"]
words = ("barn unge foreldre trygghet mestring tilhørighet samarbeid tjenester tidlig innsats "
         "skole barnehage fritid helse oppvekst familie ressurser kartlegging oppfølging").split()

def sentence(n):
    s = " ".join(rng.choice(words) for _ in range(n))
    return s[0].upper() + s[1:] + "."

header = ("Navn;Beskrivelse;Eier (tjeneste);Samarbeidspartnere;Målgruppe;Forebyggingsnivå;Tema;Nivå;"
          "Evidens (Ungsinn 0-5);Kilde for evidens;Årlig kostnad (kr);Finansiering;Tilskudd;Tilskuddet slutter;"
          "Antall nådd per år;Status;Startdato;Evalueringsdato;Andre tema")
with open(out_csv, "w", encoding="utf-8") as f:
    f.write(header + "\n")
    for i in range(measures):
        owner = services[i % len(services)]
        partners = "; ".join(rng.sample([s for s in services if s != owner], 2))
        f.write(f"Tiltak {i + 1}: {sentence(3)[:-1]};{sentence(12)};{owner};\"{partners}\";13-15;universal;"
                f"psykisk helse;service;2;;10 000,00;within_budget;;;50;running;01.01.2025;"
                f"{rng.randint(1, 28):02}.{rng.randint(1, 12):02}.{rng.randint(2026, 2028)};\n")

con = sqlite3.connect(db)
org = con.execute("SELECT org_id FROM plans WHERE id = ?", (plan,)).fetchone()[0]
now = int(time.time())
year = time.localtime(now).tm_year
# Each input's reference number within the plan and year (`2026-015`) is unique.
seq = con.execute("SELECT COALESCE(MAX(ref_seq), 0) FROM inputs WHERE plan_id = ? AND ref_year = ?",
                  (plan, year)).fetchone()[0]
for i in range(inputs):
    decision = rng.choice([None, "taken_into_account", "partly_taken_into_account", "not_taken_into_account", "noted"])
    con.execute(
        "INSERT INTO inputs (org_id, plan_id, channel, body, sender_organisation, receipt_token, received_at, "
        "decision, justification, ref_year, ref_seq) VALUES (?, ?, 'hearing', ?, ?, ?, ?, ?, ?, ?, ?)",
        (org, plan, " ".join(sentence(14) for _ in range(3)), f"Høringsinstans {i + 1}", f"bench-{plan}-{i}",
         now, decision, sentence(16) if decision else "", year, seq + i + 1))
body = "\n\n".join([sentence(60), "## " + sentence(3)[:-1], sentence(80), "- " + sentence(8) + "\n- " + sentence(8),
                    "| Tjeneste | Ansvar |\n|---|---|\n" + "\n".join(f"| {s} | {sentence(6)} |" for s in services[:5]),
                    sentence(70)])
numbers = [f"{c}.{s}" for c, n in [(1, 7), (2, 4), (3, 4), (4, 2)] for s in range(1, n + 1)]
generated = {"1.7": "{{mål}}", "3.1": "{{tiltak}}", "3.2": "{{ansvar}}", "4.2": "{{tidslinje}}\n\n{{medvirkning}}"}
for number in numbers:
    text = body + ("\n\n" + generated[number] if number in generated else "")
    con.execute("INSERT OR REPLACE INTO plan_chapters (org_id, plan_id, chapter_key, body, updated_by, updated_at) "
                "VALUES (?, ?, ?, ?, 'Bench', ?)", (org, plan, number, text, now))
con.execute("INSERT OR REPLACE INTO plan_chapters (org_id, plan_id, chapter_key, body, updated_by, updated_at) "
            "VALUES (?, ?, '4', '{{merknader}}', 'Bench', ?)", (org, plan, now))
con.commit()

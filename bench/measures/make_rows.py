"""Writes N plausible measures as a Norwegian CSV (UTF-8 with BOM, semicolons, dates
dd.mm.yyyy, amounts with a decimal comma) in the import template's columns."""

import random
import sys

n, path = int(sys.argv[1]), sys.argv[2]
random.seed(15)
owners = ["Helsestasjonen", "Skolen", "Barnehagene", "Barnevernet", "NAV", "Kulturtjenesten",
          "PP-tjenesten", "Frivilligsentralen", "Rådmannens stab", "Politiet"]
bands = ["0-5", "6-12", "13-15", "16-19", "20-25", "foreldre", "ansatte"]
themes = ["omsorgssvikt", "vold", "seksuelle overgrep", "selvmord", "overdose", "rus og avhengighet",
          "atferdsproblemer", "fysisk helse", "psykisk helse", "folkehelse"]
levels = ["universell", "selektiv", "indisert"]
statuses = ["eksisterende", "foreslått", "pågår", "pauset", "avsluttet"]
header = ["Navn", "Beskrivelse", "Eier (tjeneste)", "Samarbeidspartnere", "Målgruppe", "Forebyggingsnivå",
          "Tema", "Nivå", "Evidens (Ungsinn 0-5)", "Kilde for evidens", "Årlig kostnad (kr)", "Finansiering",
          "Tilskudd", "Tilskuddet slutter", "Antall nådd per år", "Status", "Startdato", "Evalueringsdato"]
with open(path, "w", encoding="utf-8-sig", newline="") as out:
    out.write(";".join(header) + "\n")
    for i in range(n):
        kroner = random.randint(0, 2_000_000)
        row = [
            f"Tiltak {i} for trygge oppvekstvilkår",
            "Et tiltak med en beskrivelse av hva som gjøres, for hvem og hvorfor.",
            random.choice(owners),
            ", ".join(random.sample(owners, 2)),
            ", ".join(random.sample(bands, random.randint(1, 3))),
            random.choice(levels),
            ", ".join(random.sample(themes, random.randint(1, 3))),
            "tjeneste",
            str(random.randint(0, 5)),
            "https://ungsinn.no",
            f"{kroner:,}".replace(",", " ") + f",{random.randint(0, 99):02d}",
            "innenfor ramme",
            "",
            "",
            str(random.randint(5, 5000)),
            random.choice(statuses),
            f"{random.randint(1, 28):02d}.{random.randint(1, 12):02d}.{random.randint(2015, 2025)}",
            f"{random.randint(1, 28):02d}.{random.randint(1, 12):02d}.{random.randint(2025, 2030)}",
        ]
        out.write(";".join(row) + "\n")

"""Prepares bench/survey/run.sh: signs in as Engerdal's plan lead, writes a survey of
60 questions through the editor (two background questions, grade and gender), opens it
with class codes for every pupil (and a few spare), and writes the wrk script's data:
the codes per wrk thread, varied answer bodies, and 32 browser sessions (cookie and CSRF
token from the questionnaire's page).

    setup.py BASE PLAN DB PUPILS THREADS OUT.lua SURVEY_URL_FILE
"""

import http.cookiejar
import random
import re
import sqlite3
import sys
import urllib.parse
import urllib.request

base, plan, db, pupils, threads, out, url_file = sys.argv[1:8]
pupils, threads = int(pupils), int(threads)
SPARE = 1500  # per thread, for requests sent before wrk is stopped
CLASS_SIZE = 500  # the most codes made at once

jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def get(path):
    with opener.open(base + path) as r:
        return r.read().decode()


def csrf(page):
    return re.search(r'name="csrf" value="([^"]*)"', page).group(1)


def post(path, fields, token):
    data = urllib.parse.urlencode([("csrf", token)] + fields).encode()
    req = urllib.request.Request(base + path, data=data, headers={"Accept-Language": "nb"})
    try:
        with opener.open(req) as r:
            return r.status, r.headers.get("Location"), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), e.read().decode()


def expect_redirect(result, what):
    status, location, body = result
    if status != 303:
        sys.exit(f"{what}: {status} {body[:2000]}")
    return location


token = csrf(get("/login"))
expect_redirect(post("/login", [("email", "planleiar@engerdal.demo"), ("password", "forebygg-demo")], token), "login")
surveys = f"/organisations/3425/plans/{plan}/surveys"
token = csrf(get(surveys))
survey = expect_redirect(post(surveys, [("start", "empty")], token), "new survey")

likert = "Helt uenig\nLitt uenig\nVerken enig eller uenig\nLitt enig\nHelt enig"
questions = [
    [("kind", "single"), ("text_nb", "Hvilket trinn går du på?"), ("options_nb", "8. trinn\n9. trinn\n10. trinn"),
     ("required", "on"), ("background", "on")],
    [("kind", "single"), ("text_nb", "Er du jente eller gutt?"),
     ("options_nb", "Jente\nGutt\nAnnet eller vil ikke svare"), ("required", "on"), ("background", "on")],
]
kinds = ["likert"] * 40 + ["single"] * 10 + ["multiple"] * 6 + ["number"] * 2
for i, kind in enumerate(kinds):
    q = [("kind", kind), ("text_nb", f"Spørsmål {i + 3}")]
    if kind == "likert":
        q.append(("options_nb", likert))
    elif kind == "single":
        q.append(("options_nb", "Aldri\nNoen ganger\nOmtrent hver uke\nFlere ganger i uka"))
    elif kind == "multiple":
        q.append(("options_nb", "Idrett\nMusikk\nUngdomsklubb\nFriluftsliv\nAnnet"))
    else:
        q += [("min", "0"), ("max", "20")]
    questions.append(q)
for q in questions:
    expect_redirect(post(f"{survey}/questions", [("section", "0")] + q, token), f"question {q}")

classes = [f"K{i + 1}" for i in range((pupils + SPARE * threads + CLASS_SIZE - 1) // CLASS_SIZE)]
expect_redirect(post(f"{survey}/open", [("opens", "01.01.2020"), ("closes", "31.12.2099"),
                                         ("class", classes[0]), ("codes", str(CLASS_SIZE))], token), "open")
for c in classes[1:]:
    expect_redirect(post(f"{survey}/codes", [("class", c), ("codes", str(CLASS_SIZE))], token), f"codes {c}")
with open(url_file, "w") as f:
    f.write(survey)

con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
link_token, survey_id = con.execute("SELECT token, id FROM surveys ORDER BY id DESC LIMIT 1").fetchone()
codes = [c for (c,) in con.execute("SELECT code FROM survey_codes WHERE survey_id = ? ORDER BY code", (survey_id,))]
con.close()
share = pupils // threads
if len(codes) < pupils + SPARE * threads:
    sys.exit(f"only {len(codes)} codes")
link = f"/s/{link_token}"

# 32 browsers: a cookie and its CSRF token each, from the questionnaire as a pupil opens it.
sessions = []
for _ in range(32):
    pupil = http.cookiejar.CookieJar()
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(pupil))
    with o.open(base + link) as r:
        t = csrf(r.read().decode())
    cookie = next(c for c in pupil if c.name == "fb_session")
    sessions.append((f"fb_session={cookie.value}", t))

rng = random.Random(2026)


def body():
    fields = [("q1", rng.randrange(3)), ("q2", rng.choices(range(3), [48, 48, 4])[0])]
    for i, kind in enumerate(kinds):
        key = f"q{i + 3}"
        if kind == "likert":
            fields.append((key, rng.choices(range(5), [5, 10, 20, 35, 30])[0]))
        elif kind == "single":
            fields.append((key, rng.choices(range(4), [40, 30, 20, 10])[0]))
        elif kind == "multiple":
            fields += [(key, o) for o in range(5) if rng.random() < 0.4]
        else:
            fields.append((key, rng.randrange(21)))
    return urllib.parse.urlencode(fields)


with open(out, "w") as f:
    f.write(f'path = "{link}"\nsessions = {{\n')
    for cookie, t in sessions:
        f.write(f'  {{ cookie = "{cookie}", token = "{t}" }},\n')
    f.write("}\nbodies = {\n")
    for _ in range(500):
        f.write(f'  "{body()}",\n')
    f.write("}\ncodes = {\n")
    for t in range(threads):
        mine = codes[t * share:(t + 1) * share] + codes[pupils + t * SPARE:pupils + (t + 1) * SPARE]
        f.write("  {" + ",".join(f'"{c}"' for c in mine) + "},\n")
    f.write("}\n")
print(f"{len(questions)} questions, {len(codes)} codes in {len(classes)} classes, link {link}", file=sys.stderr)

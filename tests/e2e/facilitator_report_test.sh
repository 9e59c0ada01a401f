#!/usr/bin/env bash
# The facilitator's figures end to end: a seeded room of 60 learners (profiles from `lectern
# roster import`, two sessions, three groups; known answers, 1 to 3 attempts each, written by
# the real store and scored by the real quiz code through room_seed_tool) in a real SQLite file.
#   - `lectern report --item-analysis` (first and all attempts) equals an independent
#     computation in Python from the stored responses and the answer key, to 0.01;
#   - the HR CSV read back with Python's csv module equals the JSON records and figures
#     recomputed in Python; formula cells are neutralised, a score of 0 is 0, empty only where
#     no value exists; BOM, CRLF;
#   - --group and --session filter; an unknown one is a clear message and exit 1.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
SEED="$BUILD/room_seed_tool"
COURSE="$SRC/tests/data/facilitator/room-course"
db="$WORK/room.db"
[[ -x "$LECTERN" && -x "$SEED" ]] || fail "lectern and room_seed_tool must be built"

# --- the room: rosters, sessions and a seeding script, all known in advance ----------------
python3 - "$WORK" <<'PY'
import json, random, sys
work = sys.argv[1]
rnd = random.Random(13)
special = {0: '=HYPERLINK("http://x","y")', 1: "-Dash Person", 2: 'Zoë Ünïcode, "Z"', 3: "@at Person", 4: "+Plus Person"}
learners = []
for i in range(60):
    name = special.get(i, f"Learner {i + 1:02d}")
    group = "-Night shift" if i >= 55 else ("Team A" if i % 2 == 0 else "Team B")
    learners.append((f"E{i + 1:03d}", name, group))
def roster(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("external_id,full_name,group\r\n")
        for e, n, g in rows:
            q = lambda s: '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"') else s
            f.write(f"{e},{q(n)},{q(g)}\r\n")
roster(f"{work}/morning.csv", learners[:40])
roster(f"{work}/afternoon.csv", learners[40:])

wrong = {"q1": ["c", "c", "c", "a", "d"], "q2": ["b", "c"], "q4": [["a"], ["a", "b"], ["c", "d"]], "q5": [10, 12, 7],
         "p1": ["y"], "p3": ["x", "x", "y"]}
right = {"q1": "b", "q2": "a", "q3": True, "q4": ["a", "c"], "q5": 11, "p1": "x", "p2": False, "p3": "z"}
difficulty = {"q1": 0.1, "q2": 0.35, "q3": -0.9, "q4": 0.5, "q5": 0.25, "p1": 0.0, "p3": 0.3}
def answer(q, ability, k):
    if q == "p2":  # a coin toss whoever answers: it cannot discriminate
        return rnd.random() < 0.5
    p = ability + 0.15 * (k - 1) - difficulty[q]
    if rnd.random() < p:
        return right[q]
    if q == "q3":
        return False
    return rnd.choice(wrong[q])
lines = []
for i, (e, name, g) in enumerate(learners):
    if i == 59:
        continue  # never started
    lines.append(f"learner {name}")
    if i == 58:  # one attempt, every answer wrong: a score of 0
        lines.append('attempt basics basics-quiz {"q1":"c","q2":"b","q3":false,"q4":["a"],"q5":7}')
        continue
    ability = rnd.random()
    for k in range(1, 2 + i % 3):
        for quiz, qs in (("basics-quiz", ["q1", "q2", "q3", "q4", "q5"]), ("practice-quiz", ["p1", "p2", "p3"])):
            module = "basics" if quiz == "basics-quiz" else "practice"
            if quiz == "practice-quiz" and i >= 45:
                continue
            resp = {}
            for q in qs:
                if q == "q2" and k == 1 and i % 7 == 0:
                    continue  # left unanswered
                resp[q] = answer(q, ability, k)
            lines.append(f"attempt {module} {quiz} {json.dumps(resp)}")
    if i < 50:
        lines += ["read basics welcome", "read basics rules", f"time basics welcome {60 + i}", "time basics rules 30"]
    if i < 30:
        lines += ["read practice try", "time practice try 45.5"]
    if i < 20:
        lines.append("reflection practice take-away I will use the rules.")
open(f"{work}/seed.txt", "w").write("\n".join(lines) + "\n")
PY
"$LECTERN" roster import "$WORK/morning.csv" --session Morning --date 2026-12-01 --db "$db" >/dev/null || fail "roster import"
"$LECTERN" roster import "$WORK/afternoon.csv" --session Afternoon --date 2026-12-01 --db "$db" >/dev/null || fail "roster import"
"$SEED" --course "$COURSE" --db "$db" <"$WORK/seed.txt" >"$WORK/seed.out" || fail "seeding: $(cat "$WORK/seed.out")"
[ "$(sqlite3 "$db" 'SELECT COUNT(DISTINCT learner_id) FROM quiz_attempts')" -eq 59 ] || fail "59 learners should have attempts"
pass "a room of 60 learners seeded ($(cat "$WORK/seed.out"))"

# --- item analysis: the CLI against an independent computation ------------------------------
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis >"$WORK/ia-first.json" || fail "item analysis exited $?"
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --all-attempts --format json >"$WORK/ia-all.json" ||
  fail "item analysis --all-attempts exited $?"
cat >"$WORK/independent.py" <<'PY'
# Moodle's quiz statistics, computed from the stored responses and the answer key alone.
import json, math, sqlite3, statistics, sys
db, report, which = sys.argv[1], sys.argv[2], sys.argv[3]
key = {"basics-quiz": [("q1", "b", 1), ("q2", "a", 1), ("q3", True, 1), ("q4", ["a", "c"], 1), ("q5", 11, 2)],
       "practice-quiz": [("p1", "x", 1), ("p2", False, 1), ("p3", "z", 1)]}
def mark(answer, right, points):
    if isinstance(right, list):
        return points if isinstance(answer, list) and sorted(answer) == sorted(right) else 0
    if isinstance(right, bool) or isinstance(answer, bool):
        return points if answer is right else 0
    if isinstance(right, int):  # numeric: stored as a JSON number (11.0), tolerance 0
        return points if isinstance(answer, (int, float)) and float(answer) == right else 0
    return points if answer == right else 0
def close(a, b, what):
    if a is None or b is None:
        assert a is None and b is None, f"{what}: {a} vs {b}"
    else:
        assert abs(a - b) <= 0.01, f"{what}: lectern {a}, independent {b}"
doc = json.load(open(report))
assert doc["attempts"] == which and doc["thresholds"]["minAttempts"] == 10
con = sqlite3.connect(db)
checked = 0
for quiz in doc["quizzes"]:
    rows = con.execute("SELECT responses, number FROM quiz_attempts WHERE quiz_id = ? ORDER BY learner_id, number",
                       (quiz["quiz"],)).fetchall()
    rows = [json.loads(r) for r, n in rows if which == "all" or n == 1]
    qs = key[quiz["quiz"]]
    marks = [[mark(r.get(q), right, pts) for r in rows] for q, right, pts in qs]
    totals = [sum(m[n] for m in marks) for n in range(len(rows))]
    maxq = sum(p for _, _, p in qs)
    assert quiz["attempts"] == len(rows), (quiz["attempts"], len(rows))
    close(quiz["mean"], statistics.mean(totals), "quiz mean")
    close(quiz["median"], statistics.median(totals), "quiz median")
    close(quiz["sd"], statistics.stdev(totals), "quiz sd")
    close(quiz["meanPercent"], 100 * statistics.mean(totals) / maxq, "quiz mean %")
    k = len(qs)
    alpha = k / (k - 1) * (1 - sum(statistics.variance(m) for m in marks) / statistics.variance(totals))
    close(quiz["cronbachAlpha"], alpha, "Cronbach's alpha")
    for (q, right, pts), m, got in zip(qs, marks, quiz["questions"]):
        assert got["id"] == q and got["attempts"] == len(rows)
        close(got["facility"], 100 * statistics.mean(m) / pts, f"{q} facility")
        close(got["sd"], statistics.stdev(m), f"{q} sd")
        close(got["sdPercent"], 100 * statistics.stdev(m) / pts, f"{q} sd %")
        rest = [t - x for t, x in zip(totals, m)]
        disc = None
        if statistics.pstdev(m) > 0 and statistics.pstdev(rest) > 0:
            disc = 100 * statistics.correlation(m, rest)
        close(got["discrimination"], disc, f"{q} discrimination")
        assert got["unanswered"] == sum(1 for r in rows if q not in r), q
        if got["type"] in ("single", "true_false", "multiple"):
            counts = {}
            for r in rows:
                if q in r:
                    for c in (r[q] if isinstance(r[q], list) else [r[q]]):
                        c = {True: "true", False: "false"}.get(c, c) if isinstance(c, bool) else c
                        counts[c] = counts.get(c, 0) + 1
            for o in got["options"]:
                assert o["count"] == counts.get(o["id"], 0), (q, o, counts)
            wrong = [o for o in got["options"] if not o["correct"] and o["count"] > 0]
            if wrong:
                top = max(o["count"] for o in wrong)
                marked = [o for o in got["options"] if o["mostChosenWrong"]]
                assert len(marked) == 1 and marked[0]["count"] == top and not marked[0]["correct"], (q, got["options"])
        fac, d = got["facility"], got["discrimination"]
        flag = len(rows) >= 10 and (fac < 20 or fac > 90 or (d is not None and d < 30))
        assert got["check"] == flag, (q, fac, d, got["checkReasons"])
        checked += 1
print(checked)
PY
n=$(python3 "$WORK/independent.py" "$db" "$WORK/ia-first.json" first) || fail "first attempts differ from the independent computation"
python3 "$WORK/independent.py" "$db" "$WORK/ia-all.json" all >/dev/null || fail "all attempts differ from the independent computation"
python3 - "$WORK/ia-first.json" <<'PY' || fail "the seeded questions that do not work are not flagged"
import json, sys
qs = {q["id"]: q for quiz in json.load(open(sys.argv[1]))["quizzes"] for q in quiz["questions"]}
assert qs["q3"]["check"] and any("above 90%" in r for r in qs["q3"]["checkReasons"]), qs["q3"]
assert qs["p2"]["check"] and any("discrimination" in r for r in qs["p2"]["checkReasons"]), qs["p2"]
q1 = {o["id"]: o for o in qs["q1"]["options"]}
assert q1["c"]["mostChosenWrong"] and q1["b"]["correct"], q1
PY
pass "item analysis (first and all attempts, $n questions) equals the independent computation to 0.01"

"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --format text >"$WORK/ia.txt" || fail "text exited $?"
grep -q "discrimination is below 30% or its facility is outside 20-90%" "$WORK/ia.txt" || fail "text: thresholds not stated"
grep -q "CHECK: facility" "$WORK/ia.txt" || fail "text: no flagged question"
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --format csv >"$WORK/ia.csv" || fail "csv exited $?"
python3 - "$WORK/ia.csv" "$WORK/ia-first.json" <<'PY' || fail "item analysis CSV differs from its JSON"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
doc = json.load(open(sys.argv[2]))
qs = [(quiz, q) for quiz in doc["quizzes"] for q in quiz["questions"]]
assert len(rows) == len(qs)
for row, (quiz, q) in zip(rows, qs):
    assert row["question_id"] == q["id"] and int(row["attempts"]) == q["attempts"]
    for col, val in (("facility_percent", q["facility"]), ("discrimination_percent", q["discrimination"]),
                     ("sd", q["sd"]), ("quiz_cronbach_alpha", quiz["cronbachAlpha"])):
        assert (row[col] == "" and val is None) or abs(float(row[col]) - val) < 1e-9, (col, row[col], val)
    assert row["check"] == ("yes" if q["check"] else "no")
PY
pass "item analysis as text (thresholds stated) and CSV (same figures as the JSON)"

# --- the HR export --------------------------------------------------------------------------
"$LECTERN" report --db "$db" --course "$COURSE" --format csv >"$WORK/hr.csv" || fail "HR csv exited $?"
"$LECTERN" report --db "$db" --course "$COURSE" --format json >"$WORK/hr.json" || fail "HR json exited $?"
"$LECTERN" report --db "$db" --course "$COURSE" --format csv --per-module >"$WORK/hr-modules.csv" || fail "--per-module exited $?"
"$LECTERN" report --db "$db" --course "$COURSE" --format json --per-module >"$WORK/hr-modules.json" || fail "--per-module json exited $?"
cat >"$WORK/hr_check.py" <<'PY'
import csv, json, re, sqlite3, sys
csv_path, json_path, db, per_module = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
raw = open(csv_path, "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
assert raw.count(b"\r\n") == raw.count(b"\n"), "lines must end in CRLF"
rows = list(csv.DictReader(open(csv_path, encoding="utf-8-sig", newline="")))
records = json.load(open(json_path))["records"]
cols = ["external_id", "full_name", "group", "session", "course_id", "course_title"] + \
       (["module_id", "module_title"] if per_module else []) + \
       ["status", "completed_at", "score_percent", "time_on_task_minutes", "certificate_code"]
assert list(rows[0].keys()) == cols, list(rows[0].keys())
assert len(rows) == len(records) == 60 * (2 if per_module else 1), (len(rows), len(records))
def shown(v):  # what the CSV must hold for a JSON value
    if v is None: return ""
    if isinstance(v, (int, float)): return v
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
for row, rec in zip(rows, records):
    for c in cols:
        want = shown(rec[c])
        if isinstance(want, (int, float)):
            assert re.fullmatch(r"-?\d+(\.\d+)?", row[c]), (c, row[c])
            assert float(row[c]) == want, (c, row[c], want)
        else:
            assert row[c] == want, (c, row[c], want)
    assert (row["completed_at"] != "") == (row["status"] in ("completed", "passed")), row
    if row["completed_at"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["completed_at"]), row["completed_at"]
by_id = {}
for r in rows:
    by_id.setdefault(r["external_id"], []).append(r)
assert by_id["E001"][0]["full_name"] == "'=HYPERLINK(\"http://x\",\"y\")", by_id["E001"][0]["full_name"]
assert by_id["E002"][0]["full_name"] == "'-Dash Person" and by_id["E004"][0]["full_name"] == "'@at Person"
assert by_id["E005"][0]["full_name"] == "'+Plus Person" and by_id["E003"][0]["full_name"] == 'Zoë Ünïcode, "Z"'
assert by_id["E060"][0]["group"] == "'-Night shift"
assert by_id["E001"][0]["session"] == "Morning" and by_id["E041"][0]["session"] == "Afternoon"
zero, never = by_id["E059"][0], by_id["E060"][0]
assert zero["score_percent"] == "0" and zero["time_on_task_minutes"] == "0" and zero["status"] == "failed", zero
assert never["score_percent"] == "" and never["time_on_task_minutes"] == "0" and never["status"] == "not_started", never
assert never["completed_at"] == "" and never["certificate_code"] == ""
if not per_module:
    # The figures, recomputed from the file: best attempt per quiz (highest share), untried = 0.
    con = sqlite3.connect(db)
    ids = dict(con.execute("SELECT id, external_id FROM learners"))
    best = {}
    for lid, quiz, score, mx, passed in con.execute("SELECT learner_id, quiz_id, score, max_score, passed FROM quiz_attempts"):
        b = best.setdefault((ids[lid], quiz), [-1, 0, 0])
        if score / mx > b[0]: b[:] = [score / mx, score, b[2]]
        b[2] = b[2] or passed
    secs = {}
    for lid, s in con.execute("SELECT learner_id, seconds FROM section_progress"):
        secs[ids[lid]] = secs.get(ids[lid], 0) + s
    reads = dict(con.execute("SELECT learner_id, COUNT(*) FROM section_progress WHERE read_ms IS NOT NULL GROUP BY learner_id"))
    for ext, (r,) in by_id.items():
        tried = [best[(ext, q)] for q in ("basics-quiz", "practice-quiz") if (ext, q) in best]
        want = round(100 * sum(t[1] for t in tried) / 9, 1) if tried else None
        assert (r["score_percent"] == "" and want is None) or abs(float(r["score_percent"]) - want) < 1e-9, (ext, r, want)
        assert abs(float(r["time_on_task_minutes"]) - secs.get(ext, 0) / 60) <= 0.05 + 1e-9, (ext, r)
        lid = [k for k, v in ids.items() if v == ext][0]
        done = reads.get(lid, 0) == 3 and len(tried) == 2 and all(t[2] for t in tried)
        assert (r["status"] == "passed") == done, (ext, r["status"], done)
print(len(rows))
PY
python3 "$WORK/hr_check.py" "$WORK/hr.csv" "$WORK/hr.json" "$db" 0 >/dev/null || fail "HR CSV per course"
python3 "$WORK/hr_check.py" "$WORK/hr-modules.csv" "$WORK/hr-modules.json" "$db" 1 >/dev/null || fail "HR CSV per module"
pass "HR CSV (BOM, CRLF, neutralised formulas, 0 as 0) equals the JSON records and the figures recomputed from the file"

# --- filters --------------------------------------------------------------------------------
count() { python3 -c 'import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))))' "$1"; }
"$LECTERN" report --db "$db" --course "$COURSE" --format csv --session Afternoon >"$WORK/pm.csv" || fail "--session exited $?"
[ "$(count "$WORK/pm.csv")" -eq 20 ] || fail "--session Afternoon: $(count "$WORK/pm.csv") rows, want 20"
"$LECTERN" report --db "$db" --course "$COURSE" --format csv --session Morning --date 2026-12-01 --group "Team A" >"$WORK/ma.csv" ||
  fail "--session --group exited $?"
[ "$(count "$WORK/ma.csv")" -eq 20 ] || fail "--session Morning --group 'Team A': $(count "$WORK/ma.csv") rows, want 20"
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --group "-Night shift" >"$WORK/night.json" || fail "--group on item analysis"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["quizzes"][0]["attempts"] == 4, d["quizzes"][0]["attempts"]' \
  "$WORK/night.json" || fail "item analysis --group counts that group's first attempts only"
for bad in "--session Evening" "--group Team-C" "--session Morning --date 2026-12-02"; do
  set +e
  # shellcheck disable=SC2086
  "$LECTERN" report --db "$db" --course "$COURSE" --format csv $bad >"$WORK/out.txt" 2>"$WORK/err.txt"; rc=$?
  set -e
  [ "$rc" -eq 1 ] || fail "$bad: exit $rc, want 1"
  [ ! -s "$WORK/out.txt" ] || fail "$bad: printed a report"
  grep -q "Afternoon\|Team A" "$WORK/err.txt" || fail "$bad: the message does not list what exists: $(cat "$WORK/err.txt")"
done
grep -q "^lectern report: There is no onboarding session 'Morning' on 2026-12-02" "$WORK/err.txt" || fail "message: $(cat "$WORK/err.txt")"
pass "--session and --group filter; one that does not exist is named, with those that do, exit 1"

#!/usr/bin/env bash
# `lectern stats` on tests/data/courses/stats, whose figures are counted by hand in its modules'
# comments: the table, --format json, one module file, the bundled course and bad input.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
COURSE="$SRC/tests/data/courses/stats"

# 1. The table: one row per module and a total, then questions by type.
"$LECTERN" stats "$COURSE" >"$WORK/table" 2>"$WORK/err" || fail "stats: exit $?: $(cat "$WORK/err")"
row() { grep -E "^$1 " "$WORK/table" | head -1 | tr -s ' '; }
[ "$(row alpha)" = "alpha 27 1 min 5 min 2 1 1 3" ] || fail "alpha row: '$(row alpha)'"$'\n'"$(cat "$WORK/table")"
[ "$(row beta)" = "beta 18 1 min - 1 0 1 4" ] || fail "beta row: '$(row beta)'"
[ "$(row total)" = "total 45 1 min 5 min 3 1 2 7" ] || fail "total row: '$(row total)'"
types="$(sed -n '/^questions by type/,$p' "$WORK/table")"
grep -q 'single  multiple  true_false  short_text  numeric  ordering  matching' <<<"$types" || fail "type header: $types"
[ "$(grep -E '^alpha ' <<<"$types" | tr -s ' ')" = "alpha 1 1 1 0 0 0 0" ] || fail "alpha types: $types"
[ "$(grep -E '^beta ' <<<"$types" | tr -s ' ')" = "beta 0 0 0 1 1 1 1" ] || fail "beta types: $types"
[ "$(grep -E '^total ' <<<"$types" | tr -s ' ')" = "total 1 1 1 1 1 1 1" ] || fail "total types: $types"
pass "stats: the table's figures match the hand count"

# 2. JSON with the same figures.
"$LECTERN" stats "$COURSE" --format json >"$WORK/stats.json" || fail "stats --format json: exit $?"
python3 - "$WORK/stats.json" <<'PY' || fail "stats JSON: $(cat "$WORK/stats.json")"
import json, sys
j = json.load(open(sys.argv[1]))
a, b = j["modules"]
assert (a["id"], a["words"], a["sections"], a["reflections"], a["quizzes"], a["questions"], a["estimated_minutes"]) == ("alpha", 27, 2, 1, 1, 3, 5), a
assert a["questions_by_type"] == {"single": 1, "multiple": 1, "true_false": 1, "short_text": 0, "numeric": 0, "ordering": 0, "matching": 0}, a
assert (b["id"], b["words"], b["sections"], b["reflections"], b["questions"]) == ("beta", 18, 1, 0, 4), b
t = j["total"]
assert (t["words"], t["sections"], t["reflections"], t["quizzes"], t["questions"], t["reading_minutes"]) == (45, 3, 1, 2, 7, 1), t
assert t["reading_seconds"] == 14, t  # 45 words at 200 a minute: 13.5 s
assert all(v == 1 for v in t["questions_by_type"].values()), t
PY
pass "stats --format json: the same figures"

# 3. One module file; a module folder; the bundled course by default.
"$LECTERN" stats "$COURSE/modules/beta/module.md" >"$WORK/one" || fail "stats FILE: exit $?"
[ "$(grep -cE '^(alpha|beta) ' "$WORK/one")" -eq 2 ] || fail "one module: $(cat "$WORK/one")"  # beta in both tables
! grep -qE '^alpha ' "$WORK/one" || fail "one module file shows alpha"
[ "$(grep -E '^total ' "$WORK/one" | head -1 | tr -s ' ')" = "total 18 1 min - 1 0 1 4" ] || fail "one module total"
"$LECTERN" stats >"$WORK/bundled" || fail "stats (bundled): exit $?"
for id in history-of-the-dialogue future-processes cybercrime-treaty; do
  grep -qE "^$id " "$WORK/bundled" || fail "bundled course: no row for $id"
done
"$LECTERN" inspect --json >"$WORK/inspect.json"
"$LECTERN" stats --format json >"$WORK/bundled.json"
python3 - "$WORK/inspect.json" "$WORK/bundled.json" <<'PY' || fail "stats and inspect disagree on the bundled course"
import json, sys
inspect, stats = (json.load(open(p)) for p in sys.argv[1:3])
for i, s in zip(inspect["modules"], stats["modules"]):
    assert i["id"] == s["id"] and i["words"] == s["words"] and len(i["sections"]) == s["sections"], (i["id"], s)
    assert sum(len(q["questions"]) for q in i["quizzes"]) == s["questions"], s
PY
pass "stats: a module file, the bundled course (agrees with inspect --json)"

# 4. Bad input exits 2.
set +e
"$LECTERN" stats "$WORK/nothing-here" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing path: exit $rc"
grep -q "no such file or folder" "$WORK/err" || fail "missing path message: $(cat "$WORK/err")"
set +e
"$LECTERN" stats "$COURSE" --format xml >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--format xml: exit $rc"
grep -q "table or json" "$WORK/err" || fail "--format message: $(cat "$WORK/err")"
pass "stats: bad input exits 2"

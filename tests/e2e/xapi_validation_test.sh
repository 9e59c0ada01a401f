#!/usr/bin/env bash
# Every kind of xAPI statement the store writes, checked by Learning Locker's validator
# (@learninglocker/xapi-validation, an npm package installed outside the source tree by
# tools/xapi-validator): a real store and its writer record one of each kind of event in a
# course with every question type; the statements it kept, and the ones rendered for the
# rows of older databases (the v1 and v3 fixtures), must all be valid. A statement broken on
# purpose must make the validator fail, so this test can fail.
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
TOOL="$BUILD/xapi_statements_tool"
VALIDATE="$SRC/tests/xapi/validate_statements.js"
[[ -x "$TOOL" ]] || fail "$TOOL is not built"
command -v node >/dev/null || fail "node is missing: run tools/setup"
if [[ -z "${LECTERN_XAPI_VALIDATOR_DIR:-}" ]]; then
  LECTERN_XAPI_VALIDATOR_DIR="$("$SRC/tools/xapi-validator")" || fail "could not install the validator"
  export LECTERN_XAPI_VALIDATOR_DIR
fi

# A course with every question type and a reflection, with its own IRI and home page.
COURSE="$WORK/course"
"$SRC/tests/xapi/every_block_course.sh" "$COURSE" xapi-check

# 1. Statements written by the store, one of every kind.
"$TOOL" --course "$COURSE" --db "$WORK/new.db" >"$WORK/new.jsonl" 2>"$WORK/tool.err" || fail "tool: $(cat "$WORK/tool.err")"
python3 - "$WORK/new.jsonl" <<'PY' || fail "the statements do not cover every kind"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
verbs = {r["verb"]["id"].rsplit("/", 1)[1] for r in rows}
need = {"experienced", "progressed", "suspended", "passed", "failed", "answered", "responded", "bookmarked", "commented", "adjusted"}
assert len(verbs & need) >= len(need) - 1, verbs          # one of passed/failed
types = {r["object"]["definition"].get("interactionType") for r in rows if r["verb"]["id"].endswith("/answered")}
assert types >= {"choice", "true-false", "fill-in", "numeric", "sequencing", "matching"}, types
assert all(r["actor"]["account"]["homePage"] == "https://learners.lectern.example" for r in rows)
assert all("Amina" not in json.dumps(r["actor"]) for r in rows)
# cmi5's shape: one registration for the learner and course on every statement, the sitting's
# id on all of them, initialized first, terminated last with a duration, completed and passed
# about the course in the "moveon" category.
assert len({r["context"]["registration"] for r in rows}) == 1, "one registration"
SID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
assert {r["context"].get("extensions", {}).get(SID) for r in rows} == {"6f1c2b4a-8d3e-4f5a-9b6c-7d8e9f0a1b2c"}
assert rows[0]["verb"]["id"].endswith("/initialized") and rows[-1]["verb"]["id"].endswith("/terminated"), [rows[0]["verb"], rows[-1]["verb"]]
assert rows[-1]["result"]["duration"] == "PT754.250S", rows[-1]["result"]
MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon"
outcomes = [r for r in rows if MOVEON in json.dumps(r["context"].get("contextActivities", {}).get("category", []))]
assert [r["verb"]["id"].rsplit("/", 1)[1] for r in outcomes] == ["completed", "passed"], outcomes
assert all(r["object"]["id"] == "https://lectern.example/courses/xapi-check" for r in outcomes)
PY
node "$VALIDATE" "$WORK/new.jsonl" >"$WORK/new.out" || fail "invalid statements from the store:
$(cat "$WORK/new.out")"
pass "store statements: $(tail -1 "$WORK/new.out")"

# 2. Rows of databases made by earlier releases, rendered by the same mapping.
for v in 1 3; do
  python3 - "$WORK/v$v.db" "$SRC/tests/data/store/v${v}_progress.sql" "$v" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript(open(sys.argv[2]).read())
db.execute("PRAGMA user_version = %d" % int(sys.argv[3]))
db.commit()
PY
  "$TOOL" --course "$COURSE" --db "$WORK/v$v.db" --no-write >"$WORK/v$v.jsonl" 2>"$WORK/tool.err" || fail "v$v: $(cat "$WORK/tool.err")"
  node "$VALIDATE" "$WORK/v$v.jsonl" >"$WORK/v$v.out" || fail "invalid statements from a v$v database:
$(cat "$WORK/v$v.out")"
  pass "v$v rows: $(tail -1 "$WORK/v$v.out")"
done

# 3. The validator does fail: a statement whose response is a JSON object, and one whose
# timestamp is not ISO 8601.
head -1 "$WORK/new.jsonl" | python3 -c '
import json, sys
s = json.loads(sys.stdin.read())
s["result"] = {"response": {"q1": "a"}}
print(json.dumps(s))
s["timestamp"] = "yesterday"
print(json.dumps(s))' >"$WORK/broken.jsonl"
if node "$VALIDATE" "$WORK/broken.jsonl" >"$WORK/broken.out"; then
  fail "the validator accepted broken statements"
fi
grep -q "result.response" "$WORK/broken.out" || fail "no message about result.response: $(cat "$WORK/broken.out")"
grep -q "timestamp" "$WORK/broken.out" || fail "no message about the timestamp: $(cat "$WORK/broken.out")"
pass "a broken statement is refused: $(tail -1 "$WORK/broken.out")"

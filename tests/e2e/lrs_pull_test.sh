#!/usr/bin/env bash
# Records back from a real LRS and through files: a learner machine syncs to the LRS (xapi-
# statements on 127.0.0.1, tests/lrs/lrs_lib.sh); the facilitator's laptop pulls the course's
# statements (`lectern sync --pull`, paging through `more`) and its report then shows each of
# those learners with the same progress (sections, time, attempts, scores, completion) as the
# machine they studied on; a second pull changes nothing; what was pulled is never sent back.
# The same through a file: export-xapi on the machine, import-xapi on another, twice.
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
source "$SRC/tests/lrs/lrs_lib.sh"
trap cleanup_work EXIT
TOOL="$BUILD/xapi_statements_tool"
[[ -x "$TOOL" ]] || fail "$TOOL is not built"
COURSE="$WORK/course"
"$SRC/tests/xapi/every_block_course.sh" "$COURSE" pull-check
MACHINE="$WORK/machine.db" LAPTOP="$WORK/laptop.db" OTHER="$WORK/other.db"

KEY="room-3" SECRET="pull-$RANDOM$RANDOM"
port=""
lrs_start port "$KEY" "$SECRET"
"$LECTERN" config set lrs.endpoint "$LRS_ENDPOINT" >/dev/null
"$LECTERN" config set lrs.key "$KEY" >/dev/null
printf '%s\n' "$SECRET" | "$LECTERN" config set lrs.secret >/dev/null

"$TOOL" --course "$COURSE" --db "$MACHINE" --learners 40 >/dev/null 2>&1 || fail "seeding the machine"
"$LECTERN" sync --db "$MACHINE" --course "$COURSE" >/dev/null 2>"$WORK/err" || fail "sync: $(cat "$WORK/err")"
"$TOOL" --course "$COURSE" --db "$LAPTOP" --learner "Facilitator's own" >/dev/null 2>&1

# The progress of every learner of FILE_B, by UUID, equals FILE_A's: names (statements carry
# none), reflections (never sent unless shared) and last activity (a private note's time) apart.
same_progress() {  # REPORT_A.json REPORT_B.json
  python3 - "$1" "$2" <<'PY'
import json, sys
def learners(path):
    out = {}
    for l in json.load(open(path))["learners"]:
        mods = [{k: v for k, v in m.items() if k != "reflections"} for m in l["modules"]]
        out[l["uuid"]] = mods
    return out
a, b = learners(sys.argv[1]), learners(sys.argv[2])
common = set(a) & set(b)
assert len(common) == 40, len(common)
for u in common:
    assert a[u] == b[u], (u, a[u], b[u])
PY
}
report() { "$LECTERN" report --db "$1" --course "$COURSE" --format json >"$2" || fail "report of $1"; }

# 1. Pull: every statement, paging through `more`.
"$LECTERN" sync --pull --db "$LAPTOP" --course "$COURSE" >"$WORK/pull1.out" 2>"$WORK/err" || fail "pull: $(cat "$WORK/err")"
sent=$(sqlite3 -batch -noheader "$MACHINE" "SELECT count(*) FROM outbox WHERE state = 'sent'")
grep -Eq "^pulled $sent statements \(([2-9]|[1-9][0-9]+) pages\): [0-9]+ new, 0 already present, 0 refused$" "$WORK/pull1.out" ||
  fail "first pull: $(cat "$WORK/pull1.out") (the machine sent $sent)"
report "$MACHINE" "$WORK/machine.json"; report "$LAPTOP" "$WORK/laptop.json"
same_progress "$WORK/machine.json" "$WORK/laptop.json" || fail "the laptop's report differs from the machine's"
python3 -c 'import json,sys; n=[l["name"] for l in json.load(open(sys.argv[1]))["learners"]]; assert sum(x.startswith("Learner ") for x in n)==40, n' "$WORK/laptop.json" ||
  fail "pulled learners are not named by their UUID"
pass "pulled: $(cat "$WORK/pull1.out"); the laptop's report shows the 40 learners as the machine does"

# 2. Again: nothing new; and what was pulled is never sent back (only the laptop's own records wait).
"$LECTERN" sync --pull --db "$LAPTOP" --course "$COURSE" >"$WORK/pull2.out" 2>&1 || fail "second pull: $(cat "$WORK/pull2.out")"
grep -Eq ": 0 new, [0-9]+ already present, 0 refused$" "$WORK/pull2.out" || fail "second pull: $(cat "$WORK/pull2.out")"
own=$(sqlite3 -batch -noheader "$LAPTOP" "SELECT count(*) FROM events e JOIN learners l ON l.id = e.learner_id WHERE l.name = 'Facilitator''s own' AND e.kind NOT IN ('note', 'reflection')")
"$LECTERN" sync --db "$LAPTOP" --course "$COURSE" >"$WORK/sync.out" 2>&1 || fail "laptop sync: $(cat "$WORK/sync.out")"
sent_now=$(sed -n 's/^sent \([0-9]*\),.*/\1/p' "$WORK/sync.out")
own_statements=$(sqlite3 -batch -noheader "$LAPTOP" "SELECT count(*) FROM outbox o JOIN events e ON e.seq = o.event_seq JOIN learners l ON l.id = e.learner_id WHERE l.name = 'Facilitator''s own' AND o.state = 'sent'")
[ "$sent_now" = "$own_statements" ] && ((own > 0)) || fail "the laptop sent $sent_now statements, its own are $own_statements"
[ "$(sqlite3 -batch -noheader "$LAPTOP" "SELECT count(*) FROM outbox WHERE state = 'received'")" = "$sent" ] || fail "pulled statements are not marked received"
pass "second pull: $(cat "$WORK/pull2.out"); the laptop sent only its own $sent_now"

# 3. Through a file: export-xapi, import-xapi twice.
"$LECTERN" export-xapi --db "$MACHINE" --course "$COURSE" "$WORK/machine.jsonl" >"$WORK/export.out" || fail "export-xapi"
[ "$(wc -l <"$WORK/machine.jsonl")" = "$sent" ] || fail "export-xapi wrote $(wc -l <"$WORK/machine.jsonl"), want $sent"
[ "$(stat -c %a "$WORK/machine.jsonl")" = 600 ] || fail "the export is not private"
! grep -q "Read again before the exam." "$WORK/machine.jsonl" || fail "a note was exported"
"$LECTERN" import-xapi --db "$OTHER" --course "$COURSE" "$WORK/machine.jsonl" >"$WORK/import1.out" || fail "import-xapi"
"$LECTERN" import-xapi --db "$OTHER" --course "$COURSE" "$WORK/machine.jsonl" >"$WORK/import2.out" || fail "import-xapi again"
grep -Eq "^[1-9][0-9]* new, 0 already present, 0 refused$" "$WORK/import1.out" || fail "import: $(cat "$WORK/import1.out")"
grep -Eq "^0 new, [1-9][0-9]* already present, 0 refused$" "$WORK/import2.out" || fail "import again: $(cat "$WORK/import2.out")"
report "$OTHER" "$WORK/other.json"
same_progress "$WORK/machine.json" "$WORK/other.json" || fail "the imported report differs"
printf 'not json\n{"id":"x"}\n' >"$WORK/bad.jsonl"
"$LECTERN" import-xapi --db "$OTHER" --course "$COURSE" "$WORK/bad.jsonl" >"$WORK/bad.out" 2>"$WORK/bad.err" || fail "a file of bad statements: exit $?"
grep -q "^0 new, 0 already present, 2 refused$" "$WORK/bad.out" || fail "bad statements: $(cat "$WORK/bad.out")"
grep -q "refused statement 1: not JSON" "$WORK/bad.err" || fail "no reason given: $(cat "$WORK/bad.err")"
pass "export-xapi / import-xapi: $(cat "$WORK/import1.out"), then $(cat "$WORK/import2.out"); bad lines refused with a reason"

#!/usr/bin/env bash
# `lectern sync` against a real LRS (Learning Locker's xapi-statements on 127.0.0.1, real Basic
# authentication; tests/lrs/lrs_lib.sh): 10,000 events go, and the LRS then holds exactly the
# outbox's statements, each valid (@learninglocker/xapi-validation); a wrong secret stops with a
# clear error and marks nothing sent; a statement edited in the outbox is flagged as a conflict
# while the rest goes on; a kill -9 of the LRS in mid-sync, then a fresh LRS: it gets exactly
# what was not acknowledged; a kill -9 of lectern in mid-sync: the next run sends the rest,
# nothing twice.
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
source "$SRC/tests/lrs/lrs_lib.sh"
trap cleanup_work EXIT
TOOL="$BUILD/xapi_statements_tool"
VALIDATE="$SRC/tests/xapi/validate_statements.js"
[[ -x "$TOOL" ]] || fail "$TOOL is not built"
if [[ -z "${LECTERN_XAPI_VALIDATOR_DIR:-}" ]]; then
  LECTERN_XAPI_VALIDATOR_DIR="$("$SRC/tools/xapi-validator")" || fail "could not install the validator"
  export LECTERN_XAPI_VALIDATOR_DIR
fi
command -v sqlite3 >/dev/null || fail "sqlite3 is missing: run tools/setup"

COURSE="$WORK/course"
"$SRC/tests/xapi/every_block_course.sh" "$COURSE" sync-check
DB="$WORK/progress.db"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
sync_run() { "$LECTERN" sync --db "$DB" --course "$COURSE" >"$WORK/sync.out" 2>"$WORK/sync.err"; }

KEY="room-12" SECRET="s3cret-$RANDOM$RANDOM"
port=""
lrs_start port "$KEY" "$SECRET"
"$LECTERN" config set lrs.endpoint "$LRS_ENDPOINT" >/dev/null
"$LECTERN" config set lrs.key "$KEY" >/dev/null
printf '%s\n' "$SECRET" | "$LECTERN" config set lrs.secret >/dev/null
"$LECTERN" config get >"$WORK/config.out"
grep -q "lrs.secret = (set; not shown)" "$WORK/config.out" || fail "config get: $(cat "$WORK/config.out")"
! grep -rq "$SECRET" "$WORK/config.out" "$XDG_DATA_HOME" 2>/dev/null || fail "the secret is printed or in the data folder"
pass "configured $LRS_ENDPOINT"

# 1. 10,010 events (715 learners, every kind of event each), all sent; the LRS holds exactly
# the outbox's statements (notes and unshared reflections stay here), each valid.
"$TOOL" --course "$COURSE" --db "$DB" --learners 715 >/dev/null 2>"$WORK/tool.err" || fail "seeding: $(cat "$WORK/tool.err")"
events=$(q "SELECT count(*) FROM events")
((events >= 10000)) || fail "only $events events"
start=$(date +%s%N)
sync_run || fail "sync: $(cat "$WORK/sync.err")"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
sent=$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'waiting'")" = 0 ] || fail "still waiting after sync"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'private'")" = $((2 * 715)) ] || fail "notes and reflections: $(q "SELECT count(*) FROM outbox WHERE state = 'private'") kept, want 1430"
lrs_dump "$WORK/lrs1.jsonl" 1000 >/dev/null
python3 - "$WORK/lrs1.jsonl" <<PY || fail "the LRS does not hold exactly the outbox's statements"
import json, sqlite3, sys
held = [json.loads(l) for l in open(sys.argv[1])]
ids = [s["id"] for s in held]
assert len(ids) == len(set(ids)), "a statement twice"
db = sqlite3.connect("$DB")
sent = {r[0] for r in db.execute("SELECT statement_id FROM outbox WHERE state = 'sent'")}
assert set(ids) == sent, (len(ids), len(sent))
private = {r[0] for r in db.execute("SELECT statement_id FROM outbox WHERE state = 'private'")}
assert not (set(ids) & private), "a note or an unshared reflection left the machine"
assert not any("Read again before the exam." in json.dumps(s) for s in held)
PY
node "$VALIDATE" "$WORK/lrs1.jsonl" >"$WORK/valid.out" || fail "invalid statements in the LRS: $(head -5 "$WORK/valid.out")"
"$LECTERN" sync --db "$DB" --course "$COURSE" --status --format json >"$WORK/status.json"
python3 - "$WORK/status.json" "$sent" <<'PY' || fail "sync --status: $(cat "$WORK/status.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["waiting"] == 0 and s["sent"] == int(sys.argv[2]) and s["flagged"] == 0 and s["lastError"] is None, s
assert s["lastSent"] is not None
PY
pass "$events events: $sent statements sent in ${ms} ms, the LRS holds exactly them ($(tail -1 "$WORK/valid.out"))"

# 2. A wrong secret: a clear error, exit 1, nothing marked sent.
"$TOOL" --course "$COURSE" --db "$DB" --learner "Wrong secret" >/dev/null 2>&1
printf 'not-the-secret\n' | "$LECTERN" config set lrs.secret >/dev/null
if sync_run; then fail "sync with a wrong secret exited 0"; fi
grep -q "refused the key and secret (HTTP 401)" "$WORK/sync.err" || fail "wrong secret: $(cat "$WORK/sync.err")"
! grep -q "not-the-secret" "$WORK/sync.err" "$WORK/sync.out" || fail "the secret is printed"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")" = "$sent" ] || fail "something was marked sent with a wrong secret"
"$LECTERN" sync --db "$DB" --course "$COURSE" --status >"$WORK/status.txt"
grep -q "the LRS refused the key and secret since" "$WORK/status.txt" || fail "status after a wrong secret: $(cat "$WORK/status.txt")"
printf '%s\n' "$SECRET" | "$LECTERN" config set lrs.secret >/dev/null
pass "wrong secret: $(cat "$WORK/sync.err")"

# 3. A statement edited in the outbox (another timestamp format): a conflict, flagged with its
# id; the rest (the waiting learner's statements) goes on.
edited=$(q "SELECT statement_id FROM outbox WHERE state = 'sent' ORDER BY event_seq LIMIT 1")
python3 - "$DB" "$edited" <<'PY'
import json, re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
(body,) = db.execute("SELECT body FROM outbox WHERE statement_id = ?", (sys.argv[2],)).fetchone()
# The same instant written another way: 2026-12-02T09:00:00.123Z -> 2026-12-02T09:00:00.123+00:00
changed = re.sub(r'"timestamp":"([^"]+)Z"', r'"timestamp":"\1+00:00"', body)
assert changed != body
db.execute("UPDATE outbox SET body = ?, state = 'waiting' WHERE statement_id = ?", (changed, sys.argv[2]))
db.commit()
PY
before=$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")
if sync_run; then fail "sync with a conflict exited 0"; fi
[ "$(q "SELECT state || ' ' || http_status FROM outbox WHERE statement_id = '$edited'")" = "conflict 409" ] ||
  fail "the edited statement: $(q "SELECT state, http_status, message FROM outbox WHERE statement_id = '$edited'")"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'waiting'")" = 0 ] || fail "the rest did not go on"
after=$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")
((after > before)) || fail "nothing else was sent"
"$LECTERN" sync --db "$DB" --course "$COURSE" --status >"$WORK/status.txt"
grep -q "conflict $edited (HTTP 409)" "$WORK/status.txt" || fail "status does not list the conflict: $(cat "$WORK/status.txt")"
pass "an edited statement flagged as a conflict ($edited), $((after - before)) others sent"

# 4. kill -9 of the LRS in mid-sync, then a fresh (empty) LRS on the same port: after one more
# sync it holds exactly the statements that were not acknowledged before.
"$TOOL" --course "$COURSE" --db "$DB" --learners 300 --learner "Outage" >/dev/null 2>&1
"$LECTERN" sync --db "$DB" --course "$COURSE" >"$WORK/sync4.out" 2>"$WORK/sync4.err" &
syncer=$!
for ((i = 0; i < 600; i++)); do
  (( $(q "SELECT count(*) FROM outbox WHERE state = 'sent'") > after )) && break
  sleep 0.05
done
lrs_kill9
wait "$syncer" && fail "sync went on without its LRS" || true
grep -q "cannot be reached" "$WORK/sync4.err" || fail "after the LRS died: $(cat "$WORK/sync4.err")"
acked=$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")
waiting=$(q "SELECT count(*) FROM outbox WHERE state = 'waiting'")
((waiting > 0 && acked > after)) || fail "the LRS was not killed in mid-sync (acked $acked, waiting $waiting)"
q "SELECT statement_id FROM outbox WHERE state = 'waiting'" | sort >"$WORK/unacked.txt"
"$LECTERN" sync --db "$DB" --course "$COURSE" --status >"$WORK/status.txt"
grep -q "$waiting records waiting" "$WORK/status.txt" || fail "status during the outage: $(cat "$WORK/status.txt")"
grep -q "LRS unreachable since" "$WORK/status.txt" || fail "status during the outage: $(cat "$WORK/status.txt")"
lrs_start port "$KEY" "$SECRET"
sync_run || fail "sync to the fresh LRS: $(cat "$WORK/sync.err")"
lrs_dump "$WORK/lrs2.jsonl" 1000 >/dev/null
python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$WORK/lrs2.jsonl" | sort >"$WORK/fresh.txt"
cmp -s "$WORK/unacked.txt" "$WORK/fresh.txt" || fail "the fresh LRS holds $(wc -l <"$WORK/fresh.txt"), not the $(wc -l <"$WORK/unacked.txt") unacknowledged"
"$LECTERN" sync --db "$DB" --course "$COURSE" --status --format json >"$WORK/status.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s["waiting"]==0 and s["lastError"] is None, s' "$WORK/status.json" ||
  fail "status after the outage: $(cat "$WORK/status.json")"
pass "LRS killed with $waiting waiting: the fresh LRS got exactly those"

# 5. kill -9 of lectern in mid-sync: the next run sends the rest; the LRS holds each once.
base=$(lrs_count 1000)
"$TOOL" --course "$COURSE" --db "$DB" --learners 300 --learner "Killed" >/dev/null 2>&1
sent_before=$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")
"$LECTERN" sync --db "$DB" --course "$COURSE" >/dev/null 2>&1 &
syncer=$!
for ((i = 0; i < 600; i++)); do
  (( $(q "SELECT count(*) FROM outbox WHERE state = 'sent'") > sent_before )) && break
  sleep 0.05
done
kill -9 "$syncer"; wait "$syncer" 2>/dev/null || true
((  $(q "SELECT count(*) FROM outbox WHERE state = 'waiting'") > 0 )) || fail "lectern was not killed in mid-sync"
[ "$(q "PRAGMA integrity_check")" = ok ] || fail "the progress file is damaged after kill -9"
sync_run || fail "sync after kill -9: $(cat "$WORK/sync.err")"
lrs_dump "$WORK/lrs3.jsonl" 1000 >/dev/null   # fails on a statement held twice
expected=$(( base + $(q "SELECT count(*) FROM outbox WHERE state = 'sent'") - sent_before ))
[ "$(wc -l <"$WORK/lrs3.jsonl")" = "$expected" ] || fail "the LRS holds $(wc -l <"$WORK/lrs3.jsonl"), want $expected"
pass "lectern killed in mid-sync: the next run sent the rest, nothing twice"

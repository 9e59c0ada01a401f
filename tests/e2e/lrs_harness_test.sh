#!/usr/bin/env bash
# The real LRS the sync tests use (tests/lrs/lrs_lib.sh): Learning Locker's statements service
# listening on 127.0.0.1 only, letting in only its key and secret, storing what an xAPI client
# sends, answering as the sync client's design expects (200 with ids, 204, 409 to a re-rendered
# statement, 400 with its reason, 401), reading everything back across pages through `more`,
# and empty again after a kill -9 and a fresh start on the same port.
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh" "$@"
source "$SRC/tests/lrs/lrs_lib.sh"
trap cleanup_work EXIT

KEY="lectern-room-1" SECRET="s3cret-$RANDOM-$RANDOM"
port=""
lrs_start port "$KEY" "$SECRET"
pass "LRS up at $LRS_ENDPOINT"

# 1. Loopback only: its one listener is 127.0.0.1:PORT (not 0.0.0.0 or [::]), and so is the
# credentials endpoint's; the machine's other addresses refuse a connection.
listeners="$(lrs_listeners "$port")"
[ "$listeners" = "127.0.0.1:$port" ] || fail "the LRS listens on: ${listeners:-nothing} (want only 127.0.0.1:$port)"
auth_port="$(cat "$WORK/lrs/1/auth.port")"
[ "$(lrs_listeners "$auth_port")" = "127.0.0.1:$auth_port" ] || fail "the credentials endpoint listens on: $(lrs_listeners "$auth_port")"
for address in $(hostname -I 2>/dev/null || true); do
  [[ "$address" == 127.* || "$address" == ::1 ]] && continue
  [[ "$address" == *:* ]] && url="http://[$address]:$port/xAPI/about" || url="http://$address:$port/xAPI/about"
  if node "$LRS_LIB_DIR/request.js" GET "$url" >/dev/null 2>&1; then fail "the LRS answers on $address"; fi
done
pass "listening on $listeners only"

# 2. Three statements in one POST: 200 and their ids, in order.
statement() {  # ID NAME TIMESTAMP
  printf '{"id":"%s","actor":{"objectType":"Agent","account":{"homePage":"https://learners.lectern.example","name":"%s"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced"}},"object":{"objectType":"Activity","id":"https://lectern.example/courses/harness"},"timestamp":"%s"}' "$1" "$2" "$3"
}
ids=(0b1e7a3c-1f2d-4c5b-8a9e-000000000001 0b1e7a3c-1f2d-4c5b-8a9e-000000000002 0b1e7a3c-1f2d-4c5b-8a9e-000000000003)
printf '[%s,%s,%s]' "$(statement "${ids[0]}" learner-1 2026-12-02T09:00:00.000Z)" \
  "$(statement "${ids[1]}" learner-2 2026-12-02T09:00:01.000Z)" \
  "$(statement "${ids[2]}" learner-3 2026-12-02T09:00:02.000Z)" >"$WORK/three.json"
lrs_request POST /statements "$WORK/three.json"
[ "$LRS_STATUS" = 200 ] || fail "POST of 3 statements: $LRS_STATUS $LRS_BODY"
[ "$LRS_BODY" = "[\"${ids[0]}\",\"${ids[1]}\",\"${ids[2]}\"]" ] || fail "POST answered $LRS_BODY"
pass "POST of 3 statements: 200 $LRS_BODY"

# 3. Read back with pages of 2: all three, once each, as sent.
summary="$(lrs_dump "$WORK/dump.jsonl" 2)"
[ "$summary" = "3 statements, 2 pages" ] || fail "read back: $summary"
python3 - "$WORK/dump.jsonl" "$WORK/three.json" <<'PY' || fail "the statements read back differ from the ones sent"
import json, sys
got = {s["id"]: s for s in map(json.loads, open(sys.argv[1]))}
sent = {s["id"]: s for s in json.load(open(sys.argv[2]))}
assert got.keys() == sent.keys(), (got.keys(), sent.keys())
for i, s in sent.items():
    g = got[i]
    for k in ("actor", "verb", "object", "timestamp"):
        assert g[k] == s[k], (i, k, g[k], s[k])
    assert g["stored"] and g["authority"], g   # the LRS adds its own
PY
[ "$(lrs_count)" = 3 ] || fail "lrs_count says $(lrs_count)"
# `more` is a path from the host's root, its cursor a time-ordered id (tests/lrs/ordered_cursors.js;
# a v1 UUID there would read a store older than 7 minutes back short).
lrs_request GET "/statements?limit=2"
more="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["more"])' "$LRS_BODY")"
[[ "$more" =~ ^/xAPI/statements\?limit=2\&cursor=[0-9a-f]{8}-[0-9a-f]{4}-6[0-9a-f]{3}- ]] || fail "more: $more"
pass "read back: $summary (more: $more)"

# 4. A wrong secret: 401 to a write and a read, and nothing stored.
printf '[%s]' "$(statement 0b1e7a3c-1f2d-4c5b-8a9e-000000000004 learner-4 2026-12-02T09:00:03.000Z)" >"$WORK/fourth.json"
LRS_AS_SECRET="wrong" lrs_request POST /statements "$WORK/fourth.json"
[ "$LRS_STATUS" = 401 ] || fail "a wrong secret got $LRS_STATUS $LRS_BODY"
LRS_AS_SECRET="wrong" lrs_request GET /statements
[ "$LRS_STATUS" = 401 ] || fail "a read with a wrong secret got $LRS_STATUS $LRS_BODY"
LRS_AS_KEY="other-room" LRS_AS_SECRET="$SECRET" lrs_request GET /statements
[ "$LRS_STATUS" = 401 ] || fail "a wrong key got $LRS_STATUS $LRS_BODY"
[ "$(lrs_count)" = 3 ] || fail "a statement sent with a wrong secret was stored"
pass "a wrong secret: 401, nothing stored"

# 5. What the sync client relies on: resending the same statements is harmless (200, 204), a
# re-rendered one (same id, same instant, another timestamp format) is a 409 naming the id and
# stores nothing of its batch, an invalid one is a 400 that says what is wrong.
lrs_request POST /statements "$WORK/three.json"
[ "$LRS_STATUS" = 200 ] || fail "resending the same batch: $LRS_STATUS $LRS_BODY"
statement "${ids[0]}" learner-1 2026-12-02T09:00:00.000Z >"$WORK/first.json"
lrs_request PUT "/statements?statementId=${ids[0]}" "$WORK/first.json"
[ "$LRS_STATUS" = 204 ] || fail "PUT of a stored, identical statement: $LRS_STATUS $LRS_BODY"
printf '[%s,%s]' "$(statement 0b1e7a3c-1f2d-4c5b-8a9e-000000000005 learner-5 2026-12-02T09:00:04.000Z)" \
  "$(statement "${ids[0]}" learner-1 2026-12-02T09:00:00Z)" >"$WORK/rerendered.json"
lrs_request POST /statements "$WORK/rerendered.json"
[ "$LRS_STATUS" = 409 ] || fail "a re-rendered statement got $LRS_STATUS $LRS_BODY"
[[ "$LRS_BODY" == *"${ids[0]} is conflicting"* ]] || fail "the 409 does not name the statement: $LRS_BODY"
printf '[{"actor":{"account":{"homePage":"https://learners.lectern.example","name":"x"}},"verb":{"id":"experienced"},"object":{"id":"https://lectern.example/courses/harness"}}]' >"$WORK/invalid.json"
lrs_request POST /statements "$WORK/invalid.json"
[ "$LRS_STATUS" = 400 ] || fail "an invalid statement got $LRS_STATUS $LRS_BODY"
[[ "$LRS_BODY" == *"statements.0.verb.id"* ]] || fail "the 400 does not say what is wrong: $LRS_BODY"
[ "$(lrs_count)" = 3 ] || fail "a refused batch left statements behind"
pass "resend 200/204, re-rendered 409, invalid 400 ($LRS_BODY)"

# 6. kill -9 and a fresh start on the same port: the same endpoint, empty.
endpoint="$LRS_ENDPOINT"
lrs_kill9
lrs_start port "$KEY" "$SECRET"
[ "$LRS_ENDPOINT" = "$endpoint" ] || fail "restarted at $LRS_ENDPOINT, not $endpoint"
[ "$(lrs_count)" = 0 ] || fail "a fresh LRS holds statements"
pass "after kill -9, a fresh LRS at the same endpoint is empty"

# 7. Stopped: nothing listens any more.
pid="$LRS_PID"
lrs_stop
kill -0 "$pid" 2>/dev/null && fail "the LRS still runs"
[ -z "$(lrs_listeners "$port")" ] || fail "port $port still listening"
pass "stopped"

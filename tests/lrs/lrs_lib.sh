# The real LRS for end-to-end tests: Learning Locker's statements service (npm xapi-statements,
# installed by tools/lrs), on 127.0.0.1 only, with real HTTP Basic authentication (its `fetch`
# auth mode against tests/lrs/auth_server.js), statements in memory (a restart loses them all),
# its paging mended (tests/lrs/ordered_cursors.js: without it, a store older than 7 minutes can
# read back short).
# What it answers to what: tests/lrs/README.md.
#
#   source "$(dirname "$0")/lib.sh" "$@"; source "$SRC/tests/lrs/lrs_lib.sh"
#   trap cleanup_work EXIT          # your own trap first: lrs_start chains lrs_cleanup before it
#   port=""; lrs_start port KEY SECRET   # a free port, or $port when set (a restart on the same one)
#   ... $LRS_ENDPOINT (http://127.0.0.1:PORT/xAPI, what lrs.endpoint takes), $LRS_STATEMENTS ...
#   lrs_request POST /statements FILE; [ "$LRS_STATUS" = 200 ] ...  (also LRS_BODY)
#   lrs_dump FILE [PAGE_SIZE]; lrs_count; lrs_kill9; lrs_start port KEY SECRET; lrs_stop
# Needs lib.sh's $WORK, $SRC and fail; node on the PATH.
# shellcheck shell=bash

LRS_LIB_DIR="$SRC/tests/lrs"
LRS_PID="" LRS_AUTH_PID="" LRS_PORT="" LRS_ENDPOINT="" LRS_STATEMENTS="" LRS_LOG=""
_lrs_key="" _lrs_secret="" _lrs_runs=0 _lrs_trapped=0

# _lrs_wait_file FILE PID WHAT: waits (15 s) for FILE to appear while PID lives.
_lrs_wait_file() {
  local file="$1" pid="$2" what="$3" i
  for ((i = 0; i < 150; i++)); do
    [ -s "$file" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "--- $what log:" >&2; tail -20 "${file%.port}.log" >&2 || true
  fail "$what did not start"
}

# _lrs_end PID: SIGTERM, then SIGKILL after 10 s (a busy LRS never runs its signal handler).
_lrs_end() {
  local pid="$1" i
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# lrs_start PORT_VAR KEY SECRET: starts the credentials endpoint and the LRS, waits until the LRS
# answers GET /xAPI/about, sets PORT_VAR, LRS_PORT, LRS_PID, LRS_ENDPOINT, LRS_STATEMENTS and
# LRS_LOG. Only KEY:SECRET is let in. Each start is a fresh, empty LRS.
lrs_start() {
  # Locals named so they never shadow the caller's PORT_VAR.
  local _lrs_port_var="$1" _lrs_fixed_port="${!1:-}"
  _lrs_key="$2" _lrs_secret="$3"
  if [ -z "$_lrs_key" ] || [ -z "$_lrs_secret" ]; then fail "lrs_start PORT_VAR KEY SECRET"; fi
  command -v node >/dev/null || fail "node is missing: run tools/setup"
  if [ -z "${LECTERN_LRS_DIR:-}" ]; then
    LECTERN_LRS_DIR="$("$SRC/tools/lrs")" || fail "could not install the LRS (tools/lrs)"
    export LECTERN_LRS_DIR
  fi
  local _lrs_main="$LECTERN_LRS_DIR/node_modules/xapi-statements/dist/index.js"
  [ -f "$_lrs_main" ] || fail "no LRS at $_lrs_main (run tools/lrs)"
  if ((!_lrs_trapped)); then
    # Before whatever the test's EXIT trap does (cleanup_work removes $WORK, the LRS's folder).
    eval "set -- $(trap -p EXIT)"
    # shellcheck disable=SC2064  # the test's own trap command, as text, now
    trap "lrs_cleanup; ${3:-}" EXIT
    _lrs_trapped=1
  fi
  lrs_stop
  _lrs_runs=$((_lrs_runs + 1))
  local _lrs_run="$WORK/lrs/$_lrs_runs"
  mkdir -p "$_lrs_run/storage" "$_lrs_run/access"

  LRS_AUTH_KEY="$_lrs_key" LRS_AUTH_SECRET="$_lrs_secret" \
    node "$LRS_LIB_DIR/auth_server.js" "$_lrs_run/auth.port" >"$_lrs_run/auth.log" 2>&1 &
  LRS_AUTH_PID=$!
  _lrs_wait_file "$_lrs_run/auth.port" "$LRS_AUTH_PID" "the LRS's credentials endpoint"

  # The LRS's working folder is $_lrs_run: it reads a .env from there (none) and keeps its files there.
  # EXPRESS_PORT=0 lets the kernel pick a free port; bind_loopback.js writes it to lrs.port.
  LRS_LOG="$_lrs_run/lrs.log"
  (cd "$_lrs_run" && exec env \
    EXPRESS_PORT="${_lrs_fixed_port:-0}" LECTERN_LISTEN_PORT_FILE="$_lrs_run/lrs.port" \
    AUTH_REPO=fetch LL_CLIENT_INFO_ENDPOINT="http://127.0.0.1:$(cat "$_lrs_run/auth.port")/client" \
    EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=local \
    FS_LOCAL_STORAGE_DIR="$_lrs_run/storage" EXPRESS_MORGAN_DIRECTORY="$_lrs_run/access" \
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 \
    node -r "$LRS_LIB_DIR/bind_loopback.js" -r "$LRS_LIB_DIR/ordered_cursors.js" "$_lrs_main") >"$LRS_LOG" 2>&1 &
  LRS_PID=$!
  _lrs_wait_file "$_lrs_run/lrs.port" "$LRS_PID" "the LRS"
  LRS_PORT="$(cat "$_lrs_run/lrs.port")"
  LRS_ENDPOINT="http://127.0.0.1:$LRS_PORT/xAPI"
  LRS_STATEMENTS="$LRS_ENDPOINT/statements"
  export LRS_ENDPOINT LRS_STATEMENTS LRS_PORT LRS_PID
  printf -v "$_lrs_port_var" '%s' "$LRS_PORT"

  local i
  for ((i = 0; i < 150; i++)); do
    if node -e '
      require("http").get(process.argv[1], (r) => process.exit(r.statusCode === 200 ? 0 : 1))
        .on("error", () => process.exit(1));' "$LRS_ENDPOINT/about" 2>/dev/null; then
      return 0
    fi
    kill -0 "$LRS_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "--- LRS log:" >&2; tail -20 "$LRS_LOG" >&2
  fail "the LRS does not answer $LRS_ENDPOINT/about"
}

# lrs_kill9: kills the LRS with SIGKILL (an outage; what it held in memory is gone). The
# credentials endpoint stays up until the next lrs_start or lrs_stop.
lrs_kill9() {
  [ -n "$LRS_PID" ] || fail "lrs_kill9: no LRS running"
  kill -9 "$LRS_PID" 2>/dev/null || true
  wait "$LRS_PID" 2>/dev/null || true
  LRS_PID=""
}

# lrs_stop: stops the LRS and its credentials endpoint (SIGTERM, SIGKILL after 10 s).
lrs_stop() {
  _lrs_end "$LRS_PID"; LRS_PID=""
  _lrs_end "$LRS_AUTH_PID"; LRS_AUTH_PID=""
}
lrs_cleanup() { lrs_stop; }

# lrs_request METHOD PATH [BODY_FILE]: one request as the LRS's client (PATH under
# $LRS_ENDPOINT, e.g. "/statements?statementId=..."); sets LRS_STATUS and LRS_BODY.
# LRS_AS_KEY / LRS_AS_SECRET, when set, replace the credentials (a wrong secret).
lrs_request() {
  local out
  out="$(LRS_KEY="${LRS_AS_KEY:-$_lrs_key}" LRS_SECRET="${LRS_AS_SECRET:-$_lrs_secret}" \
    node "$LRS_LIB_DIR/request.js" "$1" "$LRS_ENDPOINT$2" ${3:+"$3"})" || fail "no answer from the LRS to $1 $2"
  # shellcheck disable=SC2034  # for the caller
  LRS_STATUS="${out%%$'\n'*}" LRS_BODY="${out#*$'\n'}"
}

# lrs_dump FILE [PAGE_SIZE]: every statement the LRS holds, one JSON per line (newest first),
# read page by page through `more`; prints "N statements, P pages". Fails on a statement twice.
lrs_dump() {
  LRS_KEY="$_lrs_key" LRS_SECRET="$_lrs_secret" \
    node "$LRS_LIB_DIR/read_statements.js" "$LRS_ENDPOINT" "$1" ${2:+"$2"} || fail "could not read the LRS's statements back"
}

# lrs_count [PAGE_SIZE]: prints how many statements the LRS holds.
lrs_count() {
  local summary
  summary="$(lrs_dump "$WORK/lrs/count.jsonl" "${1:-}")" || exit 1
  echo "${summary%% *}"
}

# lrs_listeners PORT: the local addresses listening on TCP PORT ("127.0.0.1:PORT", "0.0.0.0:PORT",
# "[::]:PORT"), one a line, read from /proc/net/tcp and tcp6 (what ss shows, with no iproute2).
lrs_listeners() {
  awk -v port="$1" '
    function hex(s,   i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1; return n }
    FNR > 1 && $4 == "0A" {
      split($2, a, ":"); if (hex(a[2]) != port) next
      h = a[1]
      if (length(h) == 8) {
        printf "%d.%d.%d.%d:%d\n", hex(substr(h, 7, 2)), hex(substr(h, 5, 2)), hex(substr(h, 3, 2)), hex(substr(h, 1, 2)), port
      } else if (h == "00000000000000000000000000000000") {
        printf "[::]:%d\n", port
      } else if (substr(h, 1, 24) == "0000000000000000FFFF0000") {
        x = substr(h, 25, 8)
        printf "[::ffff:%d.%d.%d.%d]:%d\n", hex(substr(x, 7, 2)), hex(substr(x, 5, 2)), hex(substr(x, 3, 2)), hex(substr(x, 1, 2)), port
      } else {
        printf "[%s]:%d\n", h, port
      }
    }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

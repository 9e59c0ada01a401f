# Shared by the end-to-end tests. Usage: source lib.sh "$@"  (args: BUILD_DIR SOURCE_DIR)
# shellcheck shell=bash
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
LECTERN="$BUILD/lectern"
source "$SRC/tools/lib.sh"
# Run by tools/test two at a time, each test on a display of its own (ctest's resource
# allocation: tests/CMakeLists.txt, tools/test): keyboard focus and screenshots are per display.
if [ -n "${CTEST_RESOURCE_GROUP_0_DISPLAYS:-}" ]; then
  display_id="${CTEST_RESOURCE_GROUP_0_DISPLAYS#id:}"
  export DISPLAY=":${display_id%%,*}"
fi
WORK="$(mktemp -d)"
# Tests never touch the real learner's files.
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
# The tests read the English interface whatever the tester's own locale (LANGUAGE comes first).
export LANGUAGE=en
cleanup_work() { rm -rf "$WORK"; }

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# wait_for_log FILE EVENT [SECONDS]: waits until a JSON line with that event appears.
wait_for_log() {
  local file="$1" event="$2" limit="${3:-60}" i
  for ((i = 0; i < limit * 10; i++)); do
    grep -q "\"event\":\"$event\"" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# cpu_ticks PID: user+system clock ticks the process has used.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# --- Driving a real window with xdotool (keyboard tests) ---------------------------------------
# focus_window PID: finds the app's window (sets $window) and gives it the keyboard; there is no
# window manager under Xvfb to do it.
focus_window() {
  window=$(xdotool search --sync --onlyvisible --pid "$1" 2>/dev/null | head -1)
  [ -n "$window" ] || fail "no window for the app"
  xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
  sleep 0.5
}

# key COMBO...: presses keys with a pause after each, so every key gets its own frames.
key() {
  local k
  for k in "$@"; do xdotool key --clearmodifiers "$k"; sleep 0.35; done
}

# expect_log LOG PATTERN WHAT [SECONDS]: a log line matching the extended regex must appear.
expect_log() {
  local file="$1" pattern="$2" what="$3" limit="${4:-15}" i
  for ((i = 0; i < limit * 10; i++)); do
    grep -Eq "$pattern" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "--- log:" >&2; cat "$file" >&2
  fail "$what"
}

# set_mark LOG, then expect_new LOG PATTERN WHAT: like expect_log, for a line after the ones the
# log had at the mark.
mark=0
set_mark() { mark=$(wc -l <"$1"); }
expect_new() {
  local file="$1" pattern="$2" what="$3" i
  for ((i = 0; i < 150; i++)); do
    tail -n +$((mark + 1)) "$file" | grep -Eq "$pattern" && return 0
    sleep 0.1
  done
  echo "--- log:" >&2; cat "$file" >&2
  fail "$what"
}

# db_query SQL: one value from the progress file $DB, read with Python's sqlite3 (a second reader).
db_query() {
  python3 - "$DB" "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = con.execute(sys.argv[2]).fetchone()
print("" if row is None else row[0])
PY
}

# wait_exit: waits for the app ($pid) to quit by itself, and for a zero exit code.
wait_exit() {
  local i
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then tail -5 "$WORK"/*.jsonl >&2; fail "the app did not quit within 15 s"; fi
  wait "$pid" || fail "the app exited with code $?"
}

#!/usr/bin/env bash
# Writing by keyboard alone in a real window (xdotool): a reflection and a section note with
# accented letters and an emoji (a character past the 16-bit plane ImGui keeps) reach the
# progress file exactly as typed, and a long reflection wraps in its box instead of running on.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"

COURSE="$SRC/tests/data/courses/keyboard"
DB="$WORK/progress.db"
REFLECTION="Les États membres 🌍 coopèrent — ñandú, Zürich, Ελλάδα"
NOTE="Idée à revoir 🌍 avec Ana"

key() {
  local k
  for k in "$@"; do xdotool key --clearmodifiers "$k"; sleep 0.35; done
}
db_query() {
  python3 - "$DB" "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = con.execute(sys.argv[2]).fetchone()
print("" if row is None else row[0])
PY
}
expect_log() {
  local file="$1" pattern="$2" what="$3" limit="${4:-15}" i
  for ((i = 0; i < limit * 10; i++)); do
    grep -Eq "$pattern" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "$what"
}

log="$WORK/run.jsonl"
(cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --learner ana --size 1000x700 --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
window=$(xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1)
[ -n "$window" ] || fail "no window for the app"
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep 0.5

key Return                                  # open the module from the catalogue
expect_log "$log" '"location":"first-steps#' "Enter on the catalogue did not open the module"
key bracketright bracketright               # the reflection's section
expect_log "$log" '"location":"first-steps#reflect"' "] did not reach the reflection section"
key Tab Return                              # into the reflection's text box
xdotool type --delay 60 "$REFLECTION"
sleep 0.5
key Escape                                  # leaving the box saves at once
expect_log "$log" '"event":"saved".*"what":"reflection' "the reflection was not saved"
got="$(db_query "select text from reflection_revisions where reflection_id='own-words' order by revision desc")"
[ "$got" = "$REFLECTION" ] || fail "the reflection was stored as '$got', typed as '$REFLECTION'"
pass "a reflection with accents and an emoji is stored as typed"

key F6                                      # the contents: first section, then down to the note
key Down Down Down Down                     # 3 sections, the bookmark toggle, the notes box
key Return                                  # Enter starts writing in the focused notes box
xdotool type --delay 60 "$NOTE"
sleep 0.5
key Escape
expect_log "$log" '"event":"saved".*"what":"note' "the note was not saved"
got="$(db_query "select text from notes order by rowid desc")"
[ "$got" = "$NOTE" ] || fail "the note was stored as '$got', typed as '$NOTE'"
pass "a note written by keyboard alone is stored as typed"

key ctrl+q
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wait "$pid" || fail "the app exited with code $?"
pass "quit cleanly"

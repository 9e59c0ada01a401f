#!/usr/bin/env bash
# Two learners share one window (issue 12), by the keyboard alone through xdotool: Ann finds
# her name by typing, signs in with her PIN, writes a reflection and signs out (Ctrl+L); Bo
# signs in on the same window and his reflection box is empty (Ann's text is not his); he
# writes his own. Five wrong PINs for Ann show the wait ("pin-wait"), and after a restart the
# wait is still there. PINs never reach the log or the database in clear.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"

COURSE="$SRC/tests/data/courses/keyboard"
DB="$WORK/progress.db"
printf 'external_id,full_name,group,pin\nE1,Ann Lee,Ops,246813\nE2,Bo Park,Ops,135792\n' >"$WORK/room.csv"
"$LECTERN" roster import "$WORK/room.csv" --db "$DB" >/dev/null || fail "the roster did not import"

start_app() {
  local log="$1"; shift
  (cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --size 1000x700 --log "$log" "$@") &
  pid=$!
  wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
  focus_window "$pid"
}

# expect_new LOG PATTERN WHAT: like expect_log, for a line after the ones the log had at `mark`.
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

# sign_in LOG NAME PIN: types the name's first letters, Enter, the PIN, Enter: the catalogue.
sign_in() {
  set_mark "$1"
  xdotool type --delay 80 "$2"; sleep 0.4
  key Return
  expect_new "$1" '"location":"pin"' "choosing $2 did not ask for the PIN"
  set_mark "$1"
  xdotool type --delay 80 "$3"; sleep 0.3
  key Return
  expect_new "$1" '"location":"catalogue"' "the right PIN did not sign $2 in"
}

# write_reflection LOG TEXT: from the catalogue into the module's reflection, typed and saved.
write_reflection() {
  set_mark "$1"
  key Return
  expect_new "$1" '"location":"first-steps#' "Enter on the catalogue did not open the module"
  key bracketright bracketright
  expect_new "$1" '"location":"first-steps#reflect"' "] did not reach the reflection section"
  key Tab Return
  xdotool type --delay 40 "$2"
  sleep 0.4
  set_mark "$1"
  key Escape
  expect_new "$1" '"event":"saved".*"what":"reflection' "the reflection was not saved"
}

log1="$WORK/first.jsonl"
start_app "$log1"
expect_log "$log1" '"location":"learners"' "the app did not start on the start screen"
pass "several learners with PINs: the start screen, nobody signed in"

ANN_TEXT="Ann wrote this privately"
sign_in "$log1" "ann" 246813
write_reflection "$log1" "$ANN_TEXT"
pass "Ann signed in with her PIN and wrote a reflection"

set_mark "$log1"
key ctrl+l
expect_new "$log1" '"location":"learners"' "Ctrl+L did not sign out to the start screen"
sign_in "$log1" "bo" 135792
pass "Bo signed in on the same window"
BO_TEXT="Bo has his own view"
write_reflection "$log1" "$BO_TEXT"
ann_id=$(db_query "select id from learners where full_name='Ann Lee'")
bo_id=$(db_query "select id from learners where full_name='Bo Park'")
[ "$(db_query "select text from reflection_revisions where learner_id=$bo_id order by revision desc")" = "$BO_TEXT" ] ||
  fail "Bo's reflection is not his own text alone (Ann's text was in his box?)"
[ "$(db_query "select text from reflection_revisions where learner_id=$ann_id order by revision desc")" = "$ANN_TEXT" ] ||
  fail "Ann's reflection changed"
pass "Bo's reflection box was empty: his text is his own, Ann's is unchanged"

set_mark "$log1"
key ctrl+l
expect_new "$log1" '"location":"learners"' "Ctrl+L did not sign Bo out"
set_mark "$log1"
xdotool type --delay 80 "ann"; sleep 0.4
key Return
expect_new "$log1" '"location":"pin"' "choosing Ann did not ask for her PIN"
# Digits typed while a PIN is being checked are ignored (the screen says "Checking…"), and a
# check takes longer on a loaded machine: type the next wrong PIN only after the last one's
# answer, until the wait shows (the fifth wrong PIN starts it).
for i in 1 2 3 4 5 6 7 8; do
  xdotool type --delay 60 "111111"; sleep 0.2
  key Return
  sleep 1.5
  tail -n +$((mark + 1)) "$log1" | grep -q '"location":"pin-wait"' && break
done
expect_new "$log1" '"location":"pin-wait"' "five wrong PINs did not show the wait"
pass "five wrong PINs show the wait"
key ctrl+q
wait_exit

log2="$WORK/second.jsonl"
start_app "$log2"
expect_log "$log2" '"location":"learners"' "the restarted app did not show the start screen"
xdotool type --delay 80 "ann"; sleep 0.4
key Return
expect_log "$log2" '"location":"pin-wait"' "after a restart the wait was gone"
pass "the wait is still there after a restart"
key ctrl+q
wait_exit

for pin in 246813 135792 111111; do
  grep -q "$pin" "$log1" "$log2" && fail "a PIN reached the log"
  grep -aq "$pin" "$DB" "$DB-wal" 2>/dev/null && fail "a PIN is in the database in clear"
done
pass "no PIN in the logs or the database"

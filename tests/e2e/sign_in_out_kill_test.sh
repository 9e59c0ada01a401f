#!/usr/bin/env bash
# kill -9 during a sign-in and during a sign-out (issue 12) loses nothing that was
# acknowledged. Ann's reflection is saved (the log says "saved"); then the app is killed at
# several moments just after Ctrl+L (sign-out: the session flushes and closes) and just after
# the PIN's Enter (sign-in: the PIN is being checked, the session opening). After each kill the
# file passes integrity_check, Ann's reflection is there as saved, her PIN still signs her in
# (a kill is not a wrong PIN) and the app starts on the start screen.
source "$(dirname "$0")/lib.sh" "$@"
source "$(dirname "$0")/onboarding_lib.sh"
open_room

ANN_TEXT="Saved before the power went"
run=0
# after_kill: the file is whole and Ann's acknowledged reflection is in it.
after_kill() {
  wait "$pid" 2>/dev/null || true
  [ "$(db_query "pragma integrity_check")" = ok ] || fail "$1: the progress file is damaged"
  ann_id=$(db_query "select id from learners where full_name='Ann Lee'")
  [ "$(db_query "select text from reflection_revisions where learner_id=$ann_id order by revision desc")" = "$ANN_TEXT" ] ||
    fail "$1: Ann's saved reflection is gone"
  [ "$(db_query "select count(*) from learners where pin_hash is not null")" = 2 ] || fail "$1: a PIN was lost"
}

next_log() { run=$((run + 1)); log="$WORK/run$run.jsonl"; }

next_log
start_app "$log"
expect_log "$log" '"location":"learners"' "the app did not start on the start screen"
sign_in "$log" "ann" 246813
write_reflection "$log" "$ANN_TEXT"
pass "Ann's reflection saved (acknowledged in the log)"
kill -9 "$pid"
after_kill "a kill after the save"

# Sign-out: Ctrl+L, then kill -9 at once, and a little later.
for delay in 0 0.05 0.3; do
  next_log
  start_app "$log"
  expect_log "$log" '"location":"learners"' "after a kill the app did not start on the start screen"
  sign_in "$log" "ann" 246813
  xdotool key --clearmodifiers ctrl+l
  sleep "$delay"
  kill -9 "$pid"
  after_kill "kill -9 ${delay} s into a sign-out"
done
pass "kill -9 during a sign-out (0, 0.05 and 0.3 s after Ctrl+L): the file whole, nothing acknowledged lost"

# Sign-in: the PIN's Enter, then kill -9 while it is checked.
for delay in 0 0.1 0.4; do
  next_log
  start_app "$log"
  expect_log "$log" '"location":"learners"' "after a kill the app did not start on the start screen"
  set_mark "$log"
  xdotool type --delay 80 "ann"; sleep 0.4
  key Return
  expect_new "$log" '"location":"pin"' "choosing Ann did not ask for her PIN"
  xdotool type --delay 60 "246813"; sleep 0.2
  xdotool key --clearmodifiers Return
  sleep "$delay"
  kill -9 "$pid"
  after_kill "kill -9 ${delay} s into a sign-in"
done
pass "kill -9 during a sign-in (0, 0.1 and 0.4 s after the PIN): the file whole, nothing lost"

# And after all that Ann still signs in with her PIN: the kills were not wrong PINs.
next_log
start_app "$log"
expect_log "$log" '"location":"learners"' "the app did not start on the start screen"
sign_in "$log" "ann" 246813
[ "$(db_query "select pin_failures from learners where full_name='Ann Lee'")" = 0 ] ||
  fail "a killed sign-in counted as a wrong PIN"
key ctrl+q
wait_exit
pass "Ann signs in with her PIN after the kills"

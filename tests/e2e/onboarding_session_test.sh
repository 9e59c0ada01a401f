#!/usr/bin/env bash
# Two learners share one window (issue 12), by the keyboard alone through xdotool: Ann finds
# her name by typing, signs in with her PIN, writes a reflection and signs out (Ctrl+L); Bo
# signs in on the same window and his reflection box is empty (Ann's text is not his); he
# writes his own. Five wrong PINs for Ann show the wait ("pin-wait"), and after a restart the
# wait is still there. The facilitator resets Bo's PIN by keyboard and Bo chooses a new one.
# PINs never reach the log or the database in clear.
source "$(dirname "$0")/lib.sh" "$@"
source "$(dirname "$0")/onboarding_lib.sh"
open_room

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

# The facilitator (first use: the PIN chosen, typed twice) resets Bo's PIN by keyboard: the
# list has the keyboard on Ann's first button; Down is Bo's row, Right his "Reset PIN".
bo_hash_before=$(db_query "select pin_hash from learners where full_name='Bo Park'")
set_mark "$log2"
key Escape
expect_new "$log2" '"location":"learners"' "Esc on the wait did not go back to the list"
key Escape  # empties the filter ("ann")
sleep 0.3
set_mark "$log2"
key F2
expect_new "$log2" '"location":"facilitator-pin"' "F2 did not ask for the facilitator PIN"
set_mark "$log2"
choose_pin 975318
expect_new "$log2" '"location":"facilitator"' "the facilitator PIN, chosen twice, did not open facilitator mode"
sleep 0.5
key Down; sleep 0.2; key Right; sleep 0.2; key Return
for _ in $(seq 1 50); do
  [ "$(db_query "select pin_hash is null from learners where full_name='Bo Park'")" = 1 ] && break
  sleep 0.1
done
[ "$(db_query "select pin_hash is null from learners where full_name='Bo Park'")" = 1 ] ||
  fail "Down, Right, Enter in facilitator mode did not reset Bo's PIN"
[ "$(db_query "select count(*) from profile_events where kind='pin_reset' and learner_id=$bo_id")" = 1 ] ||
  fail "the PIN reset is not recorded as an event"
[ "$(db_query "select pin_hash is not null from learners where full_name='Ann Lee'")" = 1 ] ||
  fail "Ann's PIN was reset too"
pass "the facilitator reset Bo's PIN by keyboard (an event; Ann's PIN kept)"

set_mark "$log2"
key Escape
expect_new "$log2" '"location":"learners"' "Esc did not leave facilitator mode"
key Escape  # empties the filter, if any
sleep 0.3
set_mark "$log2"
xdotool type --delay 80 "bo"; sleep 0.4
key Return
expect_new "$log2" '"location":"pin"' "Bo, his PIN reset, was not asked to choose one"
set_mark "$log2"
choose_pin 8642
expect_new "$log2" '"location":"(catalogue|first-steps)' "Bo's new PIN, chosen twice, did not sign him in"
bo_hash_after=$(db_query "select pin_hash from learners where full_name='Bo Park'")
[ -n "$bo_hash_after" ] && [ "$bo_hash_after" != "$bo_hash_before" ] || fail "Bo's new PIN was not stored"
pass "Bo chose a new PIN at his next sign-in"
key ctrl+q
wait_exit

for pin in 246813 135792 111111 975318 8642; do
  grep -q "$pin" "$log1" "$log2" && fail "a PIN reached the log"
  grep -aq "$pin" "$DB" "$DB-wal" 2>/dev/null && fail "a PIN is in the database in clear"
done
pass "no PIN in the logs or the database"

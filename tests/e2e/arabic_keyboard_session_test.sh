#!/usr/bin/env bash
# A learner's session in Arabic, by the keyboard alone, in a real window: `--lang ar` on a
# course written in Arabic; the quiz answered (a typed answer in Arabic), a reflection typed on the Arabic
# keyboard layout; the progress file holds the answer and every letter as typed. A screenshot
# of the reflection shows the text drawn (shaped, right to left: tests/ui/shaped_text_test.cpp).
source "$(dirname "$0")/lib.sh" "$@"
trap 'setxkbmap us 2>/dev/null || true; kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"

COURSE="$SRC/tests/data/courses/keyboard-ar"
DB="$WORK/progress.db"
REFLECTION="اللجنة الأولى تعنى بنزع السلاح والأمن الدولي"
ANSWER="اللجنة الأولى"

log="$WORK/session.jsonl"
(cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --learner amina --lang ar --size 1000x700 --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
focus_window "$pid"
expect_log "$log" '"location":"catalogue"' "the app did not start on the catalogue"

key Return
expect_log "$log" '"location":"first-steps#' "Enter on the catalogue did not open the module"
key bracketright
expect_log "$log" '"location":"first-steps#check"' "] did not move to the quiz section"
# True chosen; Down Down to the typed answer's box, Enter opens it; the answer typed on the
# Arabic layout, Enter leaves the box; Down to Submit.
key Tab Return space Down Down Return
setxkbmap ara || fail "setxkbmap ara failed"
xdotool type --delay 60 "$ANSWER"
setxkbmap us
sleep 0.3
key Return Down Return
expect_log "$log" '"event":"saved".*"what":"quiz_attempt"' "submitting the quiz saved no attempt"
pass "the quiz answered with the keyboard in the Arabic interface, the typed answer in Arabic"
key Escape

key bracketright
expect_log "$log" '"location":"first-steps#reflect"' "] did not move to the reflection section"
key Tab Return
setxkbmap ara || fail "setxkbmap ara failed"
xdotool type --delay 60 "$REFLECTION"
setxkbmap us
sleep 0.5
key Escape
expect_log "$log" '"event":"saved".*"what":"reflection' "the reflection was not saved"
pass "a reflection typed in Arabic and saved"

key ctrl+q
wait_exit
[ "$(db_query "select count(*) from quiz_attempts where quiz_id='check-quiz' and passed=1 and score=max_score")" = 1 ] ||
  fail "the progress file has no attempt of check-quiz with both answers right"
answered="$(db_query "select json_extract(responses, '\$.q2') from quiz_attempts where quiz_id='check-quiz'")"
[ "$answered" = "$ANSWER" ] || fail "the progress file holds the typed answer '$answered', not '$ANSWER' as typed"
saved="$(db_query "select text from reflection_revisions where reflection_id='own-words' order by revision desc limit 1")"
[ "$saved" = "$REFLECTION" ] || fail "the progress file holds '$saved', not the Arabic as typed"
pass "the attempt and the Arabic reflection are in the progress file, letter for letter"

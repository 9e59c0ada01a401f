#!/usr/bin/env bash
# The quiz flow by keyboard alone, in a real window: a wrong answer submitted, then from the
# verdict (which has the focus after Submit) Down to Retry, which puts the focus on the question
# to change; Space picks the right answer and the second attempt passes (issue 10, item 4).
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"

DB="$WORK/progress.db"
log="$WORK/quiz.jsonl"
(cd "$WORK" && exec "$LECTERN" --course "$SRC/tests/data/courses/keyboard" --db "$DB" --learner ana \
   --size 1000x700 --open "first-steps#check" --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
focus_window "$pid"

# attempts WHERE: how many attempts of the quiz the progress file holds (a second reader).
attempts() {
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(f"file:{sys.argv[1]}?mode=ro",uri=True); print(c.execute("select count(*) from quiz_attempts where quiz_id=\"check-quiz\" and "+sys.argv[2]).fetchone()[0])' "$DB" "$1"
}
# saved N: waits for the Nth saved attempt in the log.
saved() {
  for _ in $(seq 1 150); do
    [ "$(grep -c '"what":"quiz_attempt"' "$log")" -ge "$1" ] && return 0
    sleep 0.1
  done
  fail "attempt $1 was not saved"
}

key Tab Return     # into the quiz: "True" has the focus
key Down space     # "False", picked: the wrong answer
key Down Return    # Submit
saved 1
pass "a wrong answer submitted by keyboard"
# The verdict has the focus: Down passes the "Revisit" link and reaches Retry.
key Down Down Return
key space          # Retry put the focus on the question to change: "True"
key Down Down Return
saved 2
pass "retried by keyboard from the verdict, the focus on the question to change"
key ctrl+q
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wait "$pid" || fail "the app exited with code $?"
[ "$(attempts 'passed=0')" = 1 ] && [ "$(attempts 'passed=1')" = 1 ] ||
  fail "expected one failed and one passed attempt, the file has $(attempts 'passed=0') and $(attempts 'passed=1')"
pass "the progress file has the failed attempt and the passed retry"

#!/usr/bin/env bash
# One window per progress file (platform/instance_lock.h): a second `lectern` on the same file
# says Lectern is already open, brings the first window forward and exits, and the first keeps
# working; once the first is killed (-9, so the lock is released by the system, not by us) a new
# start opens normally. Two starts on different files both open.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${first:-}" "${other:-}" "${again:-}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb

db="$WORK/progress.db"
(cd "$WORK" && exec "$LECTERN" --db "$db" --log "$WORK/first.jsonl") &
first=$!
wait_for_log "$WORK/first.jsonl" course_ready 90 || fail "the first window did not show the course within 90 s"

set +e
second_err="$(cd "$WORK" && timeout 30 "$LECTERN" --db "$db" --log "$WORK/second.jsonl" 2>&1 >/dev/null)"
second_status=$?
set -e
[ "$second_status" -ne 124 ] || fail "the second start did not exit within 30 s"
[ "$second_status" -eq 0 ] || fail "the second start exited with $second_status: $second_err"
echo "$second_err" | grep -q "Lectern is already open on the progress file $db" ||
  fail "the second start did not say Lectern is already open: $second_err"
grep -q '"event":"first_frame"' "$WORK/second.jsonl" 2>/dev/null && fail "the second start opened a window"
wait_for_log "$WORK/first.jsonl" brought_to_front 20 || fail "the first window was not brought to the front"
kill -0 "$first" || fail "the first window closed when the second start was refused"
pass "a second start on the same file brings the first window forward and exits"

# Another progress file is another learner record: it opens beside the first.
(cd "$WORK" && exec "$LECTERN" --db "$WORK/other.db" --log "$WORK/other.jsonl") &
other=$!
wait_for_log "$WORK/other.jsonl" course_ready 90 || fail "a window on another progress file did not open"
kill -TERM "$other"; wait "$other" || true
pass "a window on another progress file opens beside it"

# kill -9: the operating system releases the lock; nobody is locked out.
kill -9 "$first"; wait "$first" 2>/dev/null || true
(cd "$WORK" && exec "$LECTERN" --db "$db" --log "$WORK/again.jsonl") &
again=$!
wait_for_log "$WORK/again.jsonl" course_ready 90 || fail "after kill -9 of the first window, a new start did not open"
kill -TERM "$again"; wait "$again" || fail "the new window did not close cleanly"
pass "after kill -9 the file opens again at once"

# Shared by the onboarding end-to-end tests (source after lib.sh): the app on the keyboard
# course with a roster's progress file $DB, and the steps a learner takes by keyboard.
# shellcheck shell=bash
COURSE="$SRC/tests/data/courses/keyboard"

# open_room: a display, and the progress file $DB with a roster of Ann Lee (PIN 246813) and
# Bo Park (PIN 135792); the app is killed when the test ends.
open_room() {
  trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
  start_xvfb
  command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"
  DB="$WORK/progress.db"
  printf 'external_id,full_name,group,pin\nE1,Ann Lee,Ops,246813\nE2,Bo Park,Ops,135792\n' >"$WORK/room.csv"
  "$LECTERN" roster import "$WORK/room.csv" --db "$DB" >/dev/null || fail "the roster did not import"
}

# start_app LOG [ARGS...]: starts the app on $DB (sets $pid), waits for the course, focuses it.
start_app() {
  local log="$1"; shift
  (cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --size 1000x700 --log "$log" "$@") &
  pid=$!
  wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
  focus_window "$pid"
}

# choose_pin PIN: types a new PIN and Enter, twice (the prompt asks to repeat it).
choose_pin() {
  local twice
  for twice in 1 2; do
    xdotool type --delay 80 "$1"; sleep 0.3
    key Return; sleep 0.5
  done
}

# sign_in LOG NAME PIN: types the name's first letters, Enter, the PIN, Enter: signed in.
sign_in() {
  set_mark "$1"
  xdotool type --delay 80 "$2"; sleep 0.4
  key Return
  expect_new "$1" '"location":"pin"' "choosing $2 did not ask for the PIN"
  set_mark "$1"
  xdotool type --delay 80 "$3"; sleep 0.3
  key Return
  # The catalogue, or the module where they left off.
  expect_new "$1" '"location":"(catalogue|first-steps)' "the right PIN did not sign $2 in"
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


#!/usr/bin/env bash
# Shortcuts on a German keyboard (setxkbmap de), in a real window through xdotool: "]" and "["
# (AltGr+9 and AltGr+8 there) change section, Ctrl++ (the "+" key, where a US keyboard has "]")
# and Ctrl+- change the text size, and the keypad's + still works. The character a key types
# counts, not its US position (ui/keys.h: forTypedCharacter).
source "$(dirname "$0")/lib.sh" "$@"
trap 'setxkbmap -display "${DISPLAY:-:0}" us 2>/dev/null || true; kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"
command -v setxkbmap >/dev/null || fail "setxkbmap is missing (tools/setup installs x11-xkb-utils)"

COURSE="$SRC/tests/data/courses/keyboard"
DB="$WORK/progress.db"
log="$WORK/de.jsonl"
setxkbmap de || fail "setxkbmap de failed"
(cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --learner ana --size 1000x700 --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
focus_window "$pid"

font_steps() {
  python3 - "$DB" <<'PY'
import json, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = con.execute("select json from learner_settings order by ts_ms desc limit 1").fetchone()
print(json.loads(row[0]).get("fontSteps", 0) if row else 0)
PY
}

key Return
expect_log "$log" '"location":"first-steps#' "Enter on the catalogue did not open the module"
key bracketright
expect_log "$log" '"location":"first-steps#check"' "] (AltGr+9 on a German keyboard) did not move to the next section"
key bracketleft
expect_log "$log" '"view".*"location":"first-steps#welcome"' "[ (AltGr+8 on a German keyboard) did not move back"
pass "[ and ] change section on a German keyboard"

key ctrl+plus ctrl+plus
sleep 2  # settings are saved when the size changes
[ "$(font_steps)" = 2 ] || fail "Ctrl++ on a German keyboard did not make the text larger (fontSteps $(font_steps))"
key ctrl+minus
sleep 2
[ "$(font_steps)" = 1 ] || fail "Ctrl+- on a German keyboard did not make the text smaller (fontSteps $(font_steps))"
key ctrl+KP_Add
sleep 2
[ "$(font_steps)" = 2 ] || fail "Ctrl with the keypad's + did not make the text larger (fontSteps $(font_steps))"
pass "Ctrl++, Ctrl+- and the keypad's + change the text size on a German keyboard"

key ctrl+q
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "Ctrl+Q did not quit on a German keyboard"
pass "Ctrl+Q quits on a German keyboard"

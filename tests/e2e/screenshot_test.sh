#!/usr/bin/env bash
# `lectern --screenshot` under Xvfb: a real window, a real frame, a PNG that is not blank,
# and the JSON log a facilitator or a test can read.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
start_xvfb

shot="$WORK/catalogue.png"
log="$WORK/log.jsonl"
timeout 120 "$LECTERN" --db "$WORK/progress.db" --size 1024x700 --screenshot "$shot" --log "$log" \
  || fail "lectern --screenshot exited $?"
[ -s "$shot" ] || fail "no PNG written"
read -r w h colours nonbg < <(python3 "$SRC/tests/e2e/png_stats.py" "$shot")
[ "$w" -eq 1024 ] && [ "$h" -eq 700 ] || fail "PNG is ${w}x${h}, expected 1024x700"
[ "$colours" -ge 8 ] || fail "PNG looks blank: only $colours colours"
python3 - "$nonbg" <<'PY' || fail "PNG looks blank: only $nonbg of it differs from the background"
import sys; sys.exit(0 if float(sys.argv[1]) > 0.01 else 1)
PY
pass "screenshot ${w}x${h}, $colours colours, $nonbg non-background"

for event in start first_frame course_loaded course_ready screenshot exit; do
  grep -q "\"event\":\"$event\"" "$log" || fail "log has no '$event' line"
done
python3 - "$log" <<'PY' || fail "log lines are not valid JSON with ts and event"
import json, sys
for line in open(sys.argv[1]):
    j = json.loads(line)
    assert "ts" in j and "event" in j, line
    if j["event"] == "first_frame":
        assert j["latency_ms"] > 0, line
PY
pass "JSON log: start, first_frame with latency, course_loaded, screenshot, exit"

[ ! -e "$XDG_CONFIG_HOME/lectern/imgui.ini" ] || fail "a screenshot run wrote imgui.ini"
[ ! -e "./imgui.ini" ] || fail "imgui.ini written in the working directory"
pass "no imgui.ini left by a screenshot run"

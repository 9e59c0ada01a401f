#!/usr/bin/env bash
# The facilitator's dashboard (issue 13) in the real window, by the keyboard alone through
# xdotool: a room of 30 seeded learners (two sessions, three groups, known answers through
# room_seed_tool); F2 and the facilitator PIN open facilitator mode, F3 the dashboard; S sorts,
# G and N filter, Enter opens a learner, Esc goes back, I opens a module's item analysis and A
# shows all attempts; Esc twice leaves facilitator mode. Each step is checked in the log's
# "view" lines (the table's sort and filters by number: never a name), and a screenshot of
# each view is taken (xwd; into $LECTERN_SHOTS_DIR when set, e.g. docs/screenshots by
# tools/dev/screenshots). The PIN never reaches the log.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"
command -v xwd >/dev/null && command -v xwdtopnm >/dev/null || fail "xwd and netpbm are missing (tools/setup installs them)"
SEED="$BUILD/room_seed_tool"
[[ -x "$LECTERN" && -x "$SEED" ]] || fail "lectern and room_seed_tool must be built"
COURSE="$SRC/tests/data/facilitator/room-course"
DB="$WORK/room.db"
SHOTS="${LECTERN_SHOTS_DIR:-$WORK/shots}"
mkdir -p "$SHOTS"
PIN=246810

# --- the room ----------------------------------------------------------------------------------
python3 - "$WORK" <<'PY'
import json, random, sys
work = sys.argv[1]
rnd = random.Random(7)
first = ["Amina", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jana"]
last = ["Diallo", "Silva", "Wei", "Haddad", "Okafor"]
people = [(f"E{i:03d}", f"{first[i % 10]} {last[i // 10 % 5]}{'' if i < 10 else ' ' + str(i)}",
           ["Team A", "Team B", "Night shift"][i % 3]) for i in range(30)]
for name, rows in (("morning", people[:18]), ("afternoon", people[18:])):
    with open(f"{work}/{name}.csv", "w", encoding="utf-8") as f:
        f.write("external_id,full_name,group\n")
        for e, n, g in rows:
            f.write(f"{e},{n},{g}\n")
right = {"q1": "b", "q2": "a", "q3": True, "q4": ["a", "c"], "q5": 11, "p1": "x", "p2": False, "p3": "z"}
wrong = {"q1": "c", "q2": "b", "q3": False, "q4": ["a"], "q5": 7, "p1": "y", "p2": True, "p3": "x"}
lines = []
for i, (e, n, g) in enumerate(people):
    if i % 10 == 9:
        continue  # never started
    lines.append(f"learner {n}")
    ability = rnd.random()
    for k in range(1, 2 + i % 2):
        resp = {q: (right[q] if rnd.random() < ability + 0.2 * k else wrong[q]) for q in ["q1", "q2", "q3", "q4", "q5"]}
        lines.append(f"attempt basics basics-quiz {json.dumps(resp)}")
        if i % 3 != 2:
            resp = {q: (right[q] if rnd.random() < ability + 0.2 * k else wrong[q]) for q in ["p1", "p2", "p3"]}
            lines.append(f"attempt practice practice-quiz {json.dumps(resp)}")
    lines += ["read basics welcome", f"time basics welcome {40 + 10 * i}"]
    if i % 2 == 0:
        lines += ["read basics rules", "time basics rules 90", "read practice try", "time practice try 120"]
open(f"{work}/seed.txt", "w").write("\n".join(lines) + "\n")
PY
"$LECTERN" roster import "$WORK/morning.csv" --session Morning --date 2026-12-01 --db "$DB" >/dev/null || fail "roster import"
"$LECTERN" roster import "$WORK/afternoon.csv" --session Afternoon --date 2026-12-01 --db "$DB" >/dev/null || fail "roster import"
"$SEED" --course "$COURSE" --db "$DB" <"$WORK/seed.txt" >"$WORK/seed.out" || fail "seeding: $(cat "$WORK/seed.out")"
printf '%s\n%s\n' "$PIN" "$PIN" | "$LECTERN" facilitator init --db "$DB" >/dev/null || fail "facilitator init"
pass "a room of 30 learners seeded ($(cat "$WORK/seed.out")), the facilitator PIN set"

# --- the window --------------------------------------------------------------------------------
log="$WORK/app.jsonl"
(cd "$WORK" && exec "$LECTERN" --course "$COURSE" --db "$DB" --size 1400x900 --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
focus_window "$pid"
xdotool mousemove --window "$window" 5 5  # the pointer off the table: no row under it is lit
expect_log "$log" '"location":"learners"' "the app did not start on the start screen"

# step PATTERN WHAT KEY...: presses the keys and waits for a "view" line matching PATTERN.
step() {
  local pattern="$1" what="$2"; shift 2
  set_mark "$log"
  key "$@"
  expect_new "$log" "$pattern" "$what"
}
shot() {
  sleep 0.8  # the figures arrive from the room service's worker, then a few frames are drawn
  xwd -silent -id "$window" | xwdtopnm 2>/dev/null | pnmtopng >"$SHOTS/$1.png" || fail "screenshot $1"
  [ -s "$SHOTS/$1.png" ] || fail "screenshot $1 is empty"
}

step '"location":"facilitator-pin"' "F2 did not ask for the facilitator PIN" F2
set_mark "$log"
xdotool type --delay 80 "$PIN"; sleep 0.3
key Return
expect_new "$log" '"location":"facilitator"' "the facilitator PIN did not open facilitator mode"
step '"location":"facilitator-dashboard\(sort 0 asc, group 0, session 0\)"' "F3 did not open the dashboard" F3
shot dashboard
pass "F2, the PIN and F3: the dashboard"

step 'facilitator-dashboard\(sort 0 desc' "S did not reverse the sort by name" s
step 'facilitator-dashboard\(sort 4 asc' "Right x4 and S did not sort by the first module's score" Right Right Right Right s
step 'facilitator-dashboard\(sort 4 desc' "S again did not reverse the score sort" s
pass "S sorts by the chosen column, again reversed"

step 'facilitator-dashboard\(sort 4 desc, group 1, session 0\)' "G did not filter by the first group" g
step 'facilitator-dashboard\(sort 4 desc, group 1, session 1\)' "N did not filter by the first session" n
shot dashboard-filtered
step 'facilitator-dashboard\(sort 4 desc, group 0, session 1\)' "Shift+G did not go back to every group" shift+g
pass "G and N filter by group and session"

step '"location":"facilitator-dashboard-learner"' "Enter did not open the learner" Home Return
shot dashboard-learner
step '"location":"facilitator-dashboard\(' "Esc did not go back to the table" Escape
pass "Enter opens the chosen learner; Esc goes back to the table"

step '"location":"facilitator-dashboard-items\(first\)"' "I did not open the item analysis" Left i
shot item-analysis
step '"location":"facilitator-dashboard-items\(all\)"' "A did not show all attempts" a
step '"location":"facilitator-dashboard\(' "Esc did not go back from the item analysis" Escape
step '"location":"learners"' "Esc did not leave facilitator mode" Escape
pass "I opens the module's item analysis (first attempts), A all attempts; Esc back, Esc leaves"

grep -q "$PIN" "$log" && fail "the PIN reached the log"
grep -q "Amina" "$log" && fail "a learner's name reached the log"
set_mark "$log"
key ctrl+q
wait_exit
for f in dashboard dashboard-filtered dashboard-learner item-analysis; do
  python3 "$SRC/tests/e2e/png_stats.py" "$SHOTS/$f.png" >/dev/null 2>&1 || fail "$f.png is not a PNG"
done
pass "screenshots in $SHOTS; the PIN and the names never reached the log"

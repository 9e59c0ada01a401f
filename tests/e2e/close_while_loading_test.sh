#!/usr/bin/env bash
# Closing the window while a large course loads ends the program at once (issue 11, item 8):
# the load is cancelled between modules and between the steps of one module, instead of the
# process lingering, windowless, until the whole course is parsed. The figures are printed.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${app:-}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb

# A course that takes seconds to load: 60 modules of about 1.4 MB of headings and prose.
course="$WORK/course"
python3 - "$course" <<'PY'
import os, sys
root = sys.argv[1]
para = ("The Open-ended Working Group met in New York and agreed, by consensus, on a report that "
        "names norms, confidence-building measures and capacity building. ") * 3
for m in range(60):
    d = os.path.join(root, "modules", f"m{m:02d}")
    os.makedirs(d)
    with open(os.path.join(d, "module.md"), "w") as f:
        f.write(f"---\nid: m{m:02d}\ntitle: Module {m}\n---\n\n")
        for s in range(3000):
            f.write(f"## Section {s}\n\n{para}*Note {s}* and **more**.\n\n")
PY

# The reference: how long the whole load takes here (check parses exactly what the app does).
t0=$(date +%s.%N)
"$LECTERN" check "$course" >/dev/null 2>&1 || true
full=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "full load (lectern check): ${full} s"

(cd "$WORK" && exec "$LECTERN" --course "$course" --db "$WORK/progress.db" --log "$WORK/log.jsonl") &
app=$!
wait_for_log "$WORK/log.jsonl" first_frame 60 || fail "the window did not show while the course loads"
sleep 0.2  # the loop is running; the course is still being parsed (the full load takes seconds)
grep -q '"event":"course_ready"' "$WORK/log.jsonl" && fail "the course loaded too fast to test closing during the load"
t1=$(date +%s.%N)
kill -TERM "$app"  # closes the window like its close button (runtime/app/signal_watcher.h)
for ((i = 0; i < 300; i++)); do kill -0 "$app" 2>/dev/null || break; sleep 0.05; done
kill -0 "$app" 2>/dev/null && fail "still running 15 s after the window was closed during loading"
wait "$app" || true
took=$(awk -v a="$t1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "closed during the load: exited after ${took} s (the full load takes ${full} s)"
grep -q '"event":"course_ready"' "$WORK/log.jsonl" && fail "the course finished loading before the program ended"
# Loose: the exit must not wait for the rest of the course (a tenth of it at most, or 2 s).
limit=$(awk -v f="$full" 'BEGIN { l = f / 10; printf "%.2f", (l > 2 ? l : 2) }')
awk -v t="$took" -v l="$limit" 'BEGIN { exit !(t < l) }' || fail "exiting took ${took} s, over ${limit} s: the load was not cancelled"
pass "closing the window while loading ends the program in ${took} s"

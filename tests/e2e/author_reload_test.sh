#!/usr/bin/env bash
# `lectern --author` under Xvfb on a copy of the bundled course (issue 15, live reload): the
# reader is in a section of the longest module; the test saves the module the way vim does
# (a swap file renamed over it) and the way a plain editor does (truncate and write). Each
# time the new heading is drawn (the window's pixels change, the reader's section has the new
# title), the reader stays where it was (same section, same offset), `course_reloaded` is
# logged. A module saved half-way shows its error in the problems panel, keeps the last good
# version on screen, and Enter in the panel opens $VISUAL at the line; fixed, the panel goes.
source "$(dirname "$0")/lib.sh" "$@"
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; cleanup_work' EXIT
start_xvfb
command -v xdotool >/dev/null || fail "xdotool is missing (tools/setup installs it)"
command -v xwd >/dev/null && command -v xwdtopnm >/dev/null || fail "xwd and netpbm are missing (tools/setup installs them)"

COURSE="$WORK/course"
mkdir -p "$COURSE"
cp -r "$SRC/modules" "$SRC/content" "$COURSE/"
MODULE=history-of-the-dialogue
FILE="$COURSE/modules/$MODULE/module.md"
ORIGINAL="$WORK/original.md"
cp "$FILE" "$ORIGINAL"
# An editor that writes what it was asked to open.
cat >"$WORK/fake-editor" <<SH
#!/bin/sh
printf '%s\n' "\$@" >"$WORK/editor-args"
SH
chmod +x "$WORK/fake-editor"

log="$WORK/author.jsonl"
(cd "$WORK" && VISUAL="$WORK/fake-editor" exec "$LECTERN" --author --course "$COURSE" --db "$WORK/p.db" --learner ana \
   --size 1200x800 --open "$MODULE#gge-years" --log "$log") &
pid=$!
wait_for_log "$log" course_ready 90 || fail "the app did not show the course within 90 s"
focus_window "$pid"
expect_log "$log" "\"location\":\"$MODULE#gge-years\"" "the reader did not open the section"
key Down Down
sleep 1

shot() { xwd -silent -id "$window" | xwdtopnm 2>/dev/null | pnmtopng >"$WORK/$1.png" || fail "screenshot $1"; }
same_png() { cmp -s "$WORK/$1.png" "$WORK/$2.png"; }
# last_json EVENT FIELD: the field of the last line with that event.
last_json() {
  python3 - "$log" "$1" "$2" <<'PY'
import json, sys
value = ""
for line in open(sys.argv[1]):
    try: j = json.loads(line)
    except ValueError: continue
    if j.get("event") == sys.argv[2]: value = j.get(sys.argv[3])
print(json.dumps(value) if isinstance(value, (list, dict, bool)) else value)
PY
}
# with_heading TITLE: the original module with the section's heading changed.
with_heading() { sed "s/^## Expert groups (GGEs), 2004-2017 {#gge-years}/## $1 {#gge-years}/" "$ORIGINAL"; }

shot before
t0=$(date +%s%N)

# --- vim's way: the new text in a swap file, renamed over the module ---------------------------
set_mark "$log"
with_heading "Expert groups, saved by vim" >"$(dirname "$FILE")/.module.md.swp"
mv "$(dirname "$FILE")/.module.md.swp" "$FILE"
expect_new "$log" "\"event\":\"course_reloaded\",\"module\":\"$MODULE\"" "no course_reloaded after the vim-style save"
expect_new "$log" '"event":"course_shown".*"section_title":"Expert groups, saved by vim"' "the reader did not draw the new heading"
ms=$(last_json course_reloaded ms)
location=$(last_json course_shown location)
offset1=$(last_json course_shown offset_px)
[ "$location" = "$MODULE#gge-years" ] || fail "the reader moved to $location"
awk -v o="$offset1" 'BEGIN{exit !(o > 0)}' || fail "the reader's offset in the section is $offset1, not below its top"
sleep 0.5
shot vim
same_png before vim && fail "the window did not change after the vim-style save"
pass "vim-style save: reloaded in $ms ms, the new heading drawn, the reader still at $location (+$offset1 px)"

# --- a plain editor: truncate and write in place ---------------------------------------------
set_mark "$log"
with_heading "Expert groups, written in place" >"$WORK/plain.md"
python3 - "$FILE" "$WORK/plain.md" <<'PY'
import sys, time
text = open(sys.argv[2], "rb").read()
with open(sys.argv[1], "r+b") as f:  # truncate, then write in two pieces
    f.truncate(0); f.flush()
    f.write(text[: len(text) // 2]); f.flush(); time.sleep(0.01)
    f.write(text[len(text) // 2 :])
PY
expect_new "$log" '"event":"course_shown".*"section_title":"Expert groups, written in place"' "the plain save was not drawn"
offset2=$(last_json course_shown offset_px)
[ "$(last_json course_shown location)" = "$MODULE#gge-years" ] || fail "the reader moved after the plain save"
awk -v a="$offset1" -v b="$offset2" 'BEGIN{d=a-b; if (d<0) d=-d; exit !(d <= 2)}' || fail "the offset moved from $offset1 to $offset2 px"
sleep 0.5
shot plain
same_png vim plain && fail "the window did not change after the plain save"
pass "truncate-and-write: the new heading drawn, the reader at the same place (+$offset2 px)"

# --- saved half-way: the error in the panel, the last good version stays ---------------------
set_mark "$log"
printf -- '---\nid: %s\ntitle: "The UN dia' "$MODULE" >"$FILE"
expect_new "$log" "\"event\":\"diagnostic\",\"file\":\"[^\"]*modules/$MODULE/module.md\".*\"severity\":\"error\"" "no diagnostic for the half-saved module"
expect_new "$log" "\"event\":\"problems_panel\",\"shown\":true,\"rows\":\\[[^]]*modules/$MODULE/module.md(:[0-9]+)*: error: " "the problems panel did not list the error"
[ "$(last_json course_shown section_title)" = "Expert groups, written in place" ] || fail "the last good version did not stay on screen"
grep '"event":"view"' "$log" | tail -1 | grep -q "\"location\":\"$MODULE#gge-years\"" || fail "the reader left its section"
pass "a half-saved module: the error listed in the panel, the last good version stays"

key F8 Return
for _ in $(seq 1 50); do [ -s "$WORK/editor-args" ] && break; sleep 0.1; done
[ -s "$WORK/editor-args" ] || fail "Enter in the panel did not start \$VISUAL"
head -1 "$WORK/editor-args" | grep -Eq '^\+[0-9]+$' || fail "the editor was not given +LINE: $(cat "$WORK/editor-args")"
sed -n 2p "$WORK/editor-args" | grep -q "modules/$MODULE/module.md" || fail "the editor was not given the module: $(cat "$WORK/editor-args")"
pass "Enter in the panel opened \$VISUAL with $(tr '\n' ' ' <"$WORK/editor-args")"

# --- fixed: the panel goes ---------------------------------------------------------------------
set_mark "$log"
cp "$ORIGINAL" "$FILE"
expect_new "$log" '"event":"problems_panel","shown":false' "the problems panel did not go when the module was fixed"
expect_new "$log" '"event":"course_shown".*"section_title":"Expert groups \(GGEs\), 2004-2017"' "the fixed module was not drawn"
pass "fixed: the panel is gone, the module is back ($(( ($(date +%s%N) - t0) / 1000000 )) ms of edits)"

key ctrl+q
wait_exit

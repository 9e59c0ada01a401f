#!/usr/bin/env bash
# `lectern export-html` as a reviewer runs it: the real binary on every bundled module, the page
# read back with Python's html.parser (well formed, landmarks, the <h2>s inside <main> equal to
# the sections `lectern inspect --json` lists, nothing outside the page, no answer without
# --answers) and drawn by a headless Chromium (Debian's `chromium`): a PNG that is not blank.
# Then the bad input: an unknown module id, -o into a folder that does not exist.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT

command -v chromium >/dev/null || fail "chromium is not installed (tools/setup installs it)"
"$LECTERN" inspect --json >"$WORK/inspect.json" || fail "lectern inspect --json failed"
mapfile -t modules < <(python3 -c 'import json,sys; [print(m["id"]) for m in json.load(open(sys.argv[1]))["modules"]]' "$WORK/inspect.json")
[ "${#modules[@]}" -ge 3 ] || fail "the bundled course has ${#modules[@]} modules"

# check_page FILE MODULE answers|learner: the structure a screen reader relies on.
check_page() {
  python3 - "$1" "$2" "$3" "$WORK/inspect.json" <<'PY'
import json, sys
from html.parser import HTMLParser

path, module_id, mode, inspect = sys.argv[1:5]
module = next(m for m in json.load(open(inspect))["modules"] if m["id"] == module_id)
VOID = {"meta", "img", "input", "br", "hr", "link"}

class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.counts = [], [], {}
        self.h2_in_main, self.text_of, self.srcs, self.aside_labels = [], None, [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "img":
            self.srcs.append(a.get("src", ""))
            if "alt" not in a: self.errors.append("an <img> without alt")
        if tag == "aside": self.aside_labels.append(a.get("aria-label", ""))
        if tag == "h2" and "main" in self.stack: self.text_of = ""
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID: self.stack.pop()
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()
        if tag == "h2" and self.text_of is not None:
            self.h2_in_main.append(" ".join(self.text_of.split()))
            self.text_of = None
    def handle_data(self, data):
        if self.text_of is not None: self.text_of += data

html = open(path, encoding="utf-8").read()
p = Page(); p.feed(html); p.close()
problems = list(p.errors)
if p.stack: problems.append(f"never closed: {p.stack}")
for landmark in ("header", "nav", "main", "footer"):
    if p.counts.get(landmark) != 1: problems.append(f"{p.counts.get(landmark, 0)} <{landmark}>")
if p.counts.get("h1") != 1: problems.append(f"{p.counts.get('h1', 0)} <h1>")
sections = [" ".join(s["title"].split()) for s in module["sections"]]
if p.h2_in_main != sections: problems.append(f"h2 in main {p.h2_in_main} != sections {sections}")
questions = sum(len(q["questions"]) for q in module["quizzes"])
if p.counts.get("form", 0) != len(module["quizzes"]): problems.append("forms != quizzes")
if p.counts.get("fieldset", 0) != questions: problems.append(f"{p.counts.get('fieldset', 0)} fieldsets, {questions} questions")
if p.counts.get("textarea", 0) != len(module["reflections"]): problems.append("textareas != reflections")
if not all(p.aside_labels): problems.append("an <aside> without aria-label")
if p.counts.get("script") or p.counts.get("link") or p.counts.get("iframe"): problems.append("script, link or iframe")
if any(not s.startswith("data:image/") for s in p.srcs): problems.append(f"external image: {p.srcs}")
if "@media print" not in html: problems.append("no print CSS")
keys = html.count('aria-label="Answer key"')
if mode == "learner" and (keys or " checked" in html or " selected>" in html or "Reviewer's copy" in html):
    problems.append("a learner's page shows answers")
if mode == "answers" and keys != questions: problems.append(f"{keys} answer keys for {questions} questions")
if problems:
    print("\n".join(problems)); sys.exit(1)
PY
}

# 1. Every bundled module, the learner's page and the reviewer's copy.
for id in "${modules[@]}"; do
  "$LECTERN" export-html "$id" -o "$WORK/$id.html" 2>"$WORK/err" || fail "$id: exit $?: $(cat "$WORK/err")"
  "$LECTERN" export-html "$id" --answers -o "$WORK/$id-answers.html" 2>"$WORK/err" || fail "$id --answers: exit $?"
  out="$(check_page "$WORK/$id.html" "$id" learner)" || fail "$id: $out"
  out="$(check_page "$WORK/$id-answers.html" "$id" answers)" || fail "$id --answers: $out"
done
pass "export-html: ${#modules[@]} modules, well formed, h2s = sections, no answers without --answers"

# 2. Without -o the page goes to standard output; --course takes another course.
"$LECTERN" export-html "${modules[0]}" >"$WORK/stdout.html" || fail "to standard output: exit $?"
[ "$(head -c 15 "$WORK/stdout.html")" = '<!DOCTYPE html>' ] || fail "no page on standard output"
cmp -s "$WORK/stdout.html" "$WORK/${modules[0]}.html" || fail "standard output and -o FILE differ"
"$LECTERN" export-html alpha --course "$SRC/tests/data/courses/stats" -o "$WORK/alpha.html" || fail "--course: exit $?"
grep -q '<h1>Alpha</h1>' "$WORK/alpha.html" || fail "--course: not the fixture's module"
pass "export-html: standard output by default, --course DIR"

# 3. Headless Chromium draws each page: a PNG of the right size that is not a blank page.
for id in "${modules[@]}"; do
  shot="$WORK/$id.png"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/chromium" \
    --run-all-compositor-stages-before-draw --virtual-time-budget=5000 \
    --screenshot="$shot" --window-size=1200,1600 "file://$WORK/$id.html" >"$WORK/chromium.log" 2>&1 ||
    fail "$id: chromium exited $?: $(tail -5 "$WORK/chromium.log")"
  [ -s "$shot" ] || fail "$id: no screenshot"
  read -r w h colours nonbg < <(python3 "$SRC/tests/e2e/png_stats.py" "$shot")
  [ "$w" -eq 1200 ] && [ "$h" -eq 1600 ] || fail "$id: screenshot is ${w}x${h}"
  [ "$colours" -ge 8 ] || fail "$id: screenshot looks blank: $colours colours"
  python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > 0.02 else 1)' "$nonbg" ||
    fail "$id: screenshot looks blank: only $nonbg differs from the background"
  [ -z "${LECTERN_KEEP_SCREENSHOTS:-}" ] || cp "$shot" "$LECTERN_KEEP_SCREENSHOTS/"
done
pass "export-html: Chromium draws every page (${w}x${h}, $colours colours, $nonbg non-background for the last)"

# 4. Bad input: a clear message, a non-zero exit, nothing written.
set +e
"$LECTERN" export-html no-such-module -o "$WORK/none.html" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown module: exit $rc"
grep -q "no module 'no-such-module'" "$WORK/err" || fail "unknown module message: $(cat "$WORK/err")"
for id in "${modules[@]}"; do grep -q "$id" "$WORK/err" || fail "unknown module: the message does not list $id"; done
[ ! -e "$WORK/none.html" ] || fail "unknown module: a file was written"
set +e
"$LECTERN" export-html "${modules[0]}" -o "$WORK/missing/folder/page.html" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing folder: exit $rc"
grep -q "does not exist" "$WORK/err" || fail "missing folder message: $(cat "$WORK/err")"
[ ! -e "$WORK/missing" ] || fail "missing folder: something was created"
pass "export-html: unknown module and missing output folder exit 2 with a message"

# 5. A module with errors is not exported: its errors are printed, exit 1, nothing written.
cp -r "$SRC/tests/data/courses/stats" "$WORK/broken"
sed -i 's/type: numeric/type: no-such-type/' "$WORK/broken/modules/beta/module.md"
set +e
"$LECTERN" export-html beta --course "$WORK/broken" -o "$WORK/broken.html" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "module with errors: exit $rc"
grep -Eq '^.*beta/module.md:[0-9]+:[0-9]+: error: ' "$WORK/err" || fail "module with errors: no FILE:LINE:COL error: $(cat "$WORK/err")"
grep -q "fix them (lectern check) before exporting" "$WORK/err" || fail "module with errors: $(cat "$WORK/err")"
[ ! -e "$WORK/broken.html" ] || fail "module with errors: a page was written"
"$LECTERN" export-html alpha --course "$WORK/broken" -o "$WORK/alpha-ok.html" 2>/dev/null || fail "a sound module beside a broken one: exit $?"
pass "export-html: a module with errors is refused with its errors; the others still export"

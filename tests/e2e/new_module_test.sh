#!/usr/bin/env bash
# `lectern new module ID` on a copy of the bundled course: the new module passes `lectern check`
# with nothing to report, holds every block kind, is listed at the end of course.yaml with the
# file's comments kept, exports as a page; an existing or invalid id is refused.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
COURSE="$WORK/course"
mkdir -p "$COURSE"
cp -r "$SRC/content" "$SRC/modules" "$COURSE/"
before="$(cat "$COURSE/content/course.yaml")"

# 1. A new module.
"$LECTERN" new module data-protection --course "$COURSE" >"$WORK/out" 2>"$WORK/err" || fail "new module: exit $?: $(cat "$WORK/err")"
file="$COURSE/modules/data-protection/module.md"
[ -s "$file" ] || fail "no $file"
grep -q "data-protection" "$WORK/out" || fail "the message does not name the module: $(cat "$WORK/out")"
out="$("$LECTERN" check "$COURSE" 2>"$WORK/summary")" || fail "check after new module: $out"
[ -z "$out" ] || fail "check reports: $out"
[ "$(cat "$WORK/summary")" = "4 modules, 0 errors, 0 warnings" ] || fail "check summary: $(cat "$WORK/summary")"
pass "new module: the module passes lectern check with nothing to report"

# 2. course.yaml: one line added at the end of modules:, every other line (comments too) kept.
diff <(printf '%s\n' "$before") "$COURSE/content/course.yaml" >"$WORK/diff" && fail "course.yaml unchanged"
[ "$(grep -c '^[<>]' "$WORK/diff")" -eq 1 ] || fail "course.yaml: more than one line changed: $(cat "$WORK/diff")"
grep -qx '>   - data-protection' "$WORK/diff" || fail "course.yaml: $(cat "$WORK/diff")"
grep -q '^# The base of this course' "$COURSE/content/course.yaml" || fail "course.yaml lost its comments"
"$LECTERN" inspect --json "$COURSE" >"$WORK/inspect.json"
python3 - "$WORK/inspect.json" <<'PY' || fail "the course does not list the module last, with every block"
import json, sys
m = json.load(open(sys.argv[1]))["modules"]
assert m[-1]["id"] == "data-protection", [x["id"] for x in m]
new = m[-1]
assert len(new["reflections"]) == 1 and len(new["quizzes"]) == 1, new
types = sorted(q["type"] for q in new["quizzes"][0]["questions"])
assert types == sorted(["single", "multiple", "true_false", "short_text", "numeric", "ordering", "matching"]), types
PY
for kind in '```reflection' '```timeline' '```quiz' '[!GOALS]' '[!ENGAGE]' '[!NOTE]' '[!TIP]' '[!IMPORTANT]' '[!WARNING]' '[!CAUTION]' '| Year |' '### '; do
  grep -qF "$kind" "$file" || fail "the template has no $kind"
done
"$LECTERN" export-html data-protection --course "$COURSE" -o "$WORK/new.html" 2>/dev/null || fail "the new module does not export"
pass "new module: listed last in course.yaml, comments kept, every block kind, exports"

# 3. The same id again, an invalid id, a missing course: refused, nothing changed.
after="$(cat "$COURSE/content/course.yaml")"
set +e
"$LECTERN" new module data-protection --course "$COURSE" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "existing id: exit $rc"
grep -q "already exists" "$WORK/err" || fail "existing id message: $(cat "$WORK/err")"
rm -r "$COURSE/modules/data-protection"  # listed in course.yaml, no folder: still taken
set +e
"$LECTERN" new module data-protection --course "$COURSE" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "id listed in course.yaml: exit $rc"
grep -q "already lists 'data-protection'" "$WORK/err" || fail "listed id message: $(cat "$WORK/err")"
[ ! -e "$COURSE/modules/data-protection" ] || fail "a refused id left a folder"
for bad in "Bad Id" "../escape" ".hidden" "a/b" "-x"; do
  set +e
  "$LECTERN" new module --course "$COURSE" -- "$bad" >/dev/null 2>"$WORK/err"; rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "invalid id '$bad': exit $rc: $(cat "$WORK/err")"
  grep -q "is not a module id" "$WORK/err" || fail "invalid id '$bad' message: $(cat "$WORK/err")"
done
[ "$(cat "$COURSE/content/course.yaml")" = "$after" ] || fail "a refused id changed course.yaml"
set +e
"$LECTERN" new module fine-id --course "$WORK/no-course" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing course: exit $rc"
pass "new module: an existing, listed or invalid id and a missing course are refused"

# 4. A one-line list and a course without course.yaml.
mkdir -p "$WORK/flow/content" "$WORK/flow/modules"
printf 'id: flow\ntitle: Flow  # a comment\nmodules: []   # none yet\n' >"$WORK/flow/content/course.yaml"
"$LECTERN" new module first --course "$WORK/flow" >/dev/null || fail "flow list: exit $?"
"$LECTERN" new module second --course "$WORK/flow" >/dev/null || fail "flow list, second: exit $?"
grep -qx 'modules: \[first, second\]   # none yet' "$WORK/flow/content/course.yaml" ||
  fail "flow list: $(cat "$WORK/flow/content/course.yaml")"
out="$("$LECTERN" check "$WORK/flow" 2>/dev/null)" || fail "flow course: $out"
mkdir -p "$WORK/bare/modules"
"$LECTERN" new module only --course "$WORK/bare" >"$WORK/out" || fail "bare course: exit $?"
grep -q "no content/course.yaml" "$WORK/out" || fail "bare course message: $(cat "$WORK/out")"
pass "new module: a one-line modules: list, a course without course.yaml"

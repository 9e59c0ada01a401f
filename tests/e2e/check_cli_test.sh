#!/usr/bin/env bash
# `lectern check` and `lectern inspect` as an author runs them from a terminal: the real
# binary on the fixture modules and courses, checking output lines, summary and exit codes.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
DATA="$SRC/tests/data"

# 1. Every fixture: run from inside the case folder, so printed paths are relative and the
#    output must equal expected.txt exactly; exit 1 when it lists an error, else 0.
for expected in "$DATA"/modules/*/expected.txt "$DATA"/courses/*/expected.txt; do
  dir="$(dirname "$expected")"
  set +e
  out="$(cd "$dir" && "$LECTERN" check . 2>"$WORK/err")"; rc=$?
  set -e
  diff <(printf '%s\n' "$out" | sed '/^$/d') <(sed '/^$/d' "$expected") >"$WORK/diff" ||
    fail "$(basename "$dir"): output differs from expected.txt:\n$(cat "$WORK/diff")"
  want=0; grep -q ': error: ' "$expected" && want=1
  [ "$rc" -eq "$want" ] || fail "$(basename "$dir"): exit $rc, expected $want"
  grep -Eq '^[0-9]+ modules?, [0-9]+ errors?, [0-9]+ warnings?$' "$WORK/err" ||
    fail "$(basename "$dir"): no summary line on stderr: $(cat "$WORK/err")"
done
pass "check: every fixture prints its expected diagnostics and exit code"

# 2. A clean course, given as a path with a trailing slash.
out="$("$LECTERN" check "$DATA/courses/demo/" 2>"$WORK/err")" || fail "demo course: non-zero exit"
[ -z "$out" ] || fail "demo course printed: $out"
[ "$(cat "$WORK/err")" = "2 modules, 0 errors, 0 warnings" ] || fail "demo summary: $(cat "$WORK/err")"
pass "check: a clean course exits 0 with '2 modules, 0 errors, 0 warnings'"

# 3. GCC-style lines an editor can jump to: FILE:LINE:COL: error|warning: MESSAGE.
set +e
out="$("$LECTERN" check "$DATA/modules/quiz-answer-keys/module.md" 2>/dev/null)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "quiz-answer-keys: exit $rc"
bad="$(grep -Ev '^[^:]+:[0-9]+:[0-9]+: (error|warning): .+' <<<"$out" || true)"
[ -z "$bad" ] || fail "lines not in GCC form: $bad"
pass "check: every line is FILE:LINE:COL: error|warning: MESSAGE"

# 4. Usage errors exit 2.
set +e
"$LECTERN" check --no-such-flag >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown option: exit $rc"
grep -q "^lectern: unknown option '--no-such-flag'" "$WORK/err" || fail "unknown option message: $(cat "$WORK/err")"
grep -q "^Run 'lectern help check'" "$WORK/err" || fail "unknown option: no hint: $(cat "$WORK/err")"
set +e
"$LECTERN" check "$WORK/does-not-exist" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing path: exit $rc"
grep -q "^lectern: $WORK/does-not-exist: no such file or folder" "$WORK/err" || fail "missing path message: $(cat "$WORK/err")"
# Options after "--" are paths.
set +e
"$LECTERN" check -- --looks-like-an-option >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "'--' then a missing path: exit $rc"
grep -q "^lectern: --looks-like-an-option: no such file or folder" "$WORK/err" || fail "after --: $(cat "$WORK/err")"
pass "check: usage errors exit 2"

# 5. Robustness through the binary: a binary file and a 50 MB file give errors, not crashes.
mkdir -p "$WORK/bad"
head -c 200000 /dev/urandom >"$WORK/bad/binary.md"
head -c 52428800 /dev/zero | tr '\0' 'a' >"$WORK/bad/huge.md"
set +e
out="$("$LECTERN" check "$WORK/bad/binary.md" "$WORK/bad/huge.md" 2>/dev/null)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "binary/huge: exit $rc (a crash is >1)"
grep -q "huge.md: error: file is 50 MiB, over the limit of 8 MiB" <<<"$out" || fail "huge file message: $out"
pass "check: binary and 50 MB files are errors, not crashes"

# 6. inspect --json: valid JSON with the documented shape.
"$LECTERN" inspect --json "$DATA/courses/demo" >"$WORK/demo.json" || fail "inspect exited non-zero"
"$LECTERN" inspect "$DATA/courses/demo" --json | cmp -s - "$WORK/demo.json" || fail "inspect PATH --json differs from --json PATH"
python3 - "$WORK/demo.json" <<'PY' || fail "inspect --json shape"
import json, sys
j = json.load(open(sys.argv[1]))
m = j["modules"]
assert [x["id"] for x in m] == ["intro", "deep-dive"], m
for x in m:
    assert set(["id", "title", "file", "sections", "reflections", "quizzes", "words"]) <= set(x), x.keys()
    for s in x["sections"]: assert set(s) >= {"id", "title", "line"}
    for q in x["quizzes"]:
        for qq in q["questions"]:
            assert qq["type"] in ["single", "multiple", "true_false", "short_text", "numeric", "ordering", "matching"]
assert m[0]["quizzes"][0]["questions"][0] == {"id": "q1", "type": "true_false", "line": 25,
    "iri": j["course"]["iri"] + "/modules/intro/quizzes/intro-quiz/questions/q1"}
assert [g["term"] for g in j["glossary"]] == ["GGE", "Open-ended Working Group"]
PY
pass "inspect --json: modules, sections, quizzes, questions and glossary"

# 7. The bundled course (no path): check runs and exits 0 or 1, never crashes.
set +e
"$LECTERN" check >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -le 1 ] || fail "check of the bundled course exited $rc: $(cat "$WORK/err")"
grep -Eq '^[0-9]+ modules?, ' "$WORK/err" || fail "bundled course summary: $(cat "$WORK/err")"
pass "check: the bundled course (default path) is checked: $(tail -n 1 "$WORK/err")"

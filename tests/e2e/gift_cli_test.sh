#!/usr/bin/env bash
# `lectern import-gift` and `lectern export-gift` as a facilitator runs them: the real binary
# imports a Moodle bank, `lectern check` passes on the module written, a bad bank exits 1 and
# writes nothing, and the module exported to GIFT imports again to the same module.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
PEER="$SRC/tests/data/gift-pegjs/questions"

cat >"$WORK/bank.gift" <<'GIFT'
$CATEGORY: $course$/top/Grant

// [id:tomb]
::Tomb::Who's buried in Grant's tomb?{~Grant#No. =no one#Right. ####It is a mausoleum.}

Grant is {~buried =entombed ~living} in Grant's tomb.

Grant is buried in Grant's tomb.{FALSE#Entombed, not buried.#Right.}

When was Ulysses S. Grant born?{#
  =1822:0#Yes.
  =%50%1822:2#Close.
}

Which two are in the tomb? {~%50%Grant ~%50%Julia Grant ~%-100%Lincoln}

Match the country to its capital. {=Canada -> Ottawa =Italy -> Rome = -> Paris}

Write about Grant's presidency. {}
GIFT

# 1. Import, then check the module written (as a module folder of a course).
mkdir -p "$WORK/course/modules/grant"
"$LECTERN" import-gift "$WORK/bank.gift" -o "$WORK/course/modules/grant/module.md" --module grant 2>"$WORK/err" ||
  fail "import-gift of a good bank failed: $(cat "$WORK/err")"
grep -q "7 question(s) written" "$WORK/err" || fail "import-gift summary: $(cat "$WORK/err")"
"$LECTERN" check "$WORK/course/modules/grant/module.md" >"$WORK/out" 2>"$WORK/err" ||
  fail "lectern check on the imported module: $(cat "$WORK/out" "$WORK/err")"
grep -q "0 errors" "$WORK/err" || fail "check summary: $(cat "$WORK/err")"
pass "import-gift: a Moodle bank becomes a module that passes lectern check"

# 2. Without -o the module goes to standard output.
"$LECTERN" import-gift "$WORK/bank.gift" >"$WORK/stdout.md" 2>/dev/null || fail "import-gift to stdout failed"
grep -q '^```quiz' "$WORK/stdout.md" || fail "no quiz block on stdout"
pass "import-gift: standard output without -o"

# 3. Bad banks: exit 1, FILE:LINE:COL errors, nothing written.
check_bad() {  # NAME CONTENT WANT
  printf '%b' "$2" >"$WORK/$1.gift"
  set +e
  "$LECTERN" import-gift "$WORK/$1.gift" -o "$WORK/$1.md" >"$WORK/out" 2>"$WORK/err"; rc=$?
  set -e
  [ "$rc" -eq 1 ] || fail "$1: exit $rc, expected 1"
  [ ! -e "$WORK/$1.md" ] || fail "$1: a module was written"
  [ ! -s "$WORK/out" ] || fail "$1: printed on stdout"
  grep -q "^$WORK/$1.gift:$3" "$WORK/err" || fail "$1: want '$3' in: $(cat "$WORK/err")"
  ls "$WORK" | grep -q "$1.md.tmp" && fail "$1: a temporary file was left"
  true
}
check_bad not-utf8 'Fine {=a}\n\nBad \xff byte {=a}\n' "3:5: error: not UTF-8"
check_bad one-brace 'Who is {=Grant ~Lee\n' "1:8: error: '{' without a closing '}'"
check_bad empty-answers 'Q {####feedback}\n' "1:3: error: empty answer list"
check_bad one-pair 'Match {=a -> b}\n' "1:8: error: a matching question needs at least 2 pairs"
check_bad not-a-number 'Year? {#abc}\n' "1:9: error: numeric answer 'abc' is not a number"
pass "import-gift: bad banks exit 1 with FILE:LINE:COL errors and write nothing"

# 4. Export and import again: the same module.
"$LECTERN" export-gift "$WORK/course/modules/grant/module.md" -o "$WORK/again.gift" 2>"$WORK/err" ||
  fail "export-gift failed: $(cat "$WORK/err")"
grep -q '^\$CATEGORY: ' "$WORK/again.gift" || fail "no \$CATEGORY in the export"
"$LECTERN" import-gift "$WORK/again.gift" -o "$WORK/again.md" --module grant 2>/dev/null || fail "re-import failed"
diff "$WORK/course/modules/grant/module.md" "$WORK/again.md" >"$WORK/diff" ||
  fail "import -> export -> import differs:\n$(cat "$WORK/diff")"
pass "export-gift: import, export, import gives the same module"

# 5. Every file of the peer corpus imports and passes check (or is refused with an error).
n=0
for g in "$PEER"/*.gift; do
  out="$WORK/peer-$(basename "$g" .gift).md"
  if "$LECTERN" import-gift "$g" -o "$out" 2>"$WORK/err"; then
    "$LECTERN" check "$out" >/dev/null 2>"$WORK/cerr" || fail "$(basename "$g"): check fails: $(cat "$WORK/cerr")"
    n=$((n + 1))
  elif grep -q "error: no question found" "$WORK/err"; then
    [ ! -e "$out" ] || fail "$(basename "$g"): written although it holds no question"
  else
    fail "$(basename "$g"): import failed: $(cat "$WORK/err")"
  fi
done
[ "$n" -ge 49 ] || fail "only $n files of the corpus imported"
pass "import-gift: $n files of the gift-pegjs corpus import and pass lectern check (the 2 holding only a \$CATEGORY are refused: no question)"

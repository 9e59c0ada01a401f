#!/usr/bin/env bash
# The command line a user meets first: --help, --version, help COMMAND, bad flags and commands,
# --opt=value, no display. Every usage error is "lectern: WHAT" then a hint, and exit 2.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT

# run_lectern ARGS...: runs the binary; its stderr goes to $err, its exit status to $rc.
run_lectern() {
  set +e
  err="$("$LECTERN" "$@" 2>&1 >/dev/null)"; rc=$?
  set -e
}

# expect_usage_error 'FIRST LINE' 'HINT' ARGS...: exit 2, the error on the first line, then only
# the hint "Run 'lectern help[ COMMAND]' ...".
expect_usage_error() {
  local want="$1" hint="$2"; shift 2
  run_lectern "$@"
  [ "$rc" -eq 2 ] || fail "lectern $*: exit $rc, expected 2 ($err)"
  [ "$(sed -n 1p <<<"$err")" = "lectern: $want" ] || fail "lectern $*: first line '$(sed -n 1p <<<"$err")', want 'lectern: $want'"
  grep -q "^Run 'lectern help$hint'" <<<"$err" || fail "lectern $*: no hint to 'lectern help$hint': $err"
  [ "$(grep -c . <<<"$err")" -eq 2 ] || fail "lectern $*: printed more than the error and the hint: $err"
}

out="$("$LECTERN" --help)" || fail "--help exited non-zero"
grep -q "^Usage: lectern" <<<"$out" || fail "--help does not print usage"
grep -q -- "--screenshot" <<<"$out" || fail "--help does not list --screenshot"
pass "--help"

out="$("$LECTERN" --version)" || fail "--version exited non-zero"
[[ "$out" =~ ^lectern\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"
pass "--version"

expect_usage_error "unknown option '--frobnicate'" "" --frobnicate
pass "unknown flag: the error and a hint to 'lectern help' on stderr, exit 2"

run_lectern --size huge
[ "$rc" -eq 2 ] || fail "--size huge exited $rc, expected 2"
grep -q "WIDTHxHEIGHT" <<<"$err" || fail "--size message: $err"
pass "bad --size value: exit 2 with the expected form"

# One parser for the whole command line: --opt=value is --opt value, everywhere.
run_lectern --size=huge
[ "$rc" -eq 2 ] || fail "--size=huge exited $rc, expected 2"
grep -q "WIDTHxHEIGHT" <<<"$err" || fail "--size=huge message: $err"
run_lectern --course="$WORK/no-such-course"
[ "$rc" -eq 2 ] || fail "--course=DIR (missing) exited $rc, expected 2"
grep -q "no course folder at $WORK/no-such-course" <<<"$err" || fail "--course=DIR was not read as the course: $err"
expect_usage_error "--db: needs a value" "" --db=
run_lectern --db
[ "$rc" -eq 2 ] || fail "--db without a value exited $rc, expected 2"
grep -q "^lectern: .*--db" <<<"$err" || fail "--db without a value: $err"
pass "--opt=value and --opt value read alike; empty or missing values are usage errors"

# help COMMAND, COMMAND --help and the list of commands.
out="$("$LECTERN" --help)"
for c in check inspect report help; do
  grep -Eq "^  $c +[a-z]" <<<"$out" || fail "--help does not list the command $c: $out"
done
for c in check inspect report; do
  a="$("$LECTERN" help "$c")" || fail "help $c exited non-zero"
  b="$("$LECTERN" "$c" --help)" || fail "$c --help exited non-zero"
  [ "$a" = "$b" ] || fail "help $c and $c --help differ:\n$a\n---\n$b"
  grep -q "^Usage: lectern $c" <<<"$a" || fail "help $c does not show its usage: $a"
done
grep -q -- "--format" <<<"$("$LECTERN" help report)" || fail "help report does not list --format"
grep -q -- "--json" <<<"$("$LECTERN" help inspect)" || fail "help inspect does not list --json"
pass "help COMMAND equals COMMAND --help, and --help lists every command"

# Unknown commands and misplaced options: one format, exit 2.
expect_usage_error "unknown command 'frobnicate'" "" frobnicate
expect_usage_error "no command 'frobnicate'" "" help frobnicate
expect_usage_error "unknown option '--bogus'" " check" check --bogus
expect_usage_error "unknown option '--bogus=1'" " report" report --bogus=1
expect_usage_error "unexpected argument 'extra'" " report" report extra
expect_usage_error "--size is an option of the window app, not of 'check'" " check" --size 800x600 check
expect_usage_error "--format must be json, csv, progress-csv or pdf, not 'xml'" " report" report --format=xml
pass "unknown commands, unknown options and misplaced options: one message format, exit 2"

set +e
err="$(env -u DISPLAY -u WAYLAND_DISPLAY "$LECTERN" --db "$WORK/p.db" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "no display exited $rc, expected 1 (output: $err)"
grep -q "xvfb-run" <<<"$err" || fail "no display message does not suggest xvfb-run: $err"
[ "$(grep -c . <<<"$err")" -le 2 ] || fail "no display printed more than a clear sentence: $err"
pass "no display: one clear sentence suggesting xvfb-run, exit 1"

run_lectern --course "$WORK/no-such-course"
[ "$rc" -eq 2 ] || fail "a missing --course folder exited $rc, expected 2"
grep -q "no course folder at $WORK/no-such-course" <<<"$err" || fail "missing --course message: $err"
pass "missing --course folder: a clear message, exit 2, no window"

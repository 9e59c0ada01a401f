#!/usr/bin/env bash
# The command line a user meets first: --help, --version, bad flags, no display.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT

out="$("$LECTERN" --help)" || fail "--help exited non-zero"
grep -q "^Usage: lectern" <<<"$out" || fail "--help does not print usage"
grep -q -- "--screenshot" <<<"$out" || fail "--help does not list --screenshot"
pass "--help"

out="$("$LECTERN" --version)" || fail "--version exited non-zero"
[[ "$out" =~ ^lectern\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"
pass "--version"

set +e
err="$("$LECTERN" --frobnicate 2>&1 >/dev/null)"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown flag exited $rc, expected 2"
grep -q "unknown option '--frobnicate'" <<<"$err" || fail "unknown flag message: $err"
grep -q "^Usage: lectern" <<<"$err" || fail "unknown flag does not print usage on stderr"
pass "unknown flag: usage on stderr, exit 2"

set +e
err="$("$LECTERN" --size huge 2>&1 >/dev/null)"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--size huge exited $rc, expected 2"
grep -q "WIDTHxHEIGHT" <<<"$err" || fail "--size message: $err"
pass "bad --size value: exit 2 with the expected form"

set +e
err="$(env -u DISPLAY -u WAYLAND_DISPLAY "$LECTERN" --db "$WORK/p.db" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "no display exited $rc, expected 1 (output: $err)"
grep -q "xvfb-run" <<<"$err" || fail "no display message does not suggest xvfb-run: $err"
[ "$(grep -c . <<<"$err")" -le 2 ] || fail "no display printed more than a clear sentence: $err"
pass "no display: one clear sentence suggesting xvfb-run, exit 1"

set +e
err="$("$LECTERN" --course "$WORK/no-such-course" 2>&1 >/dev/null)"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "a missing --course folder exited $rc, expected 2"
grep -q "no course folder at $WORK/no-such-course" <<<"$err" || fail "missing --course message: $err"
pass "missing --course folder: a clear message, exit 2, no window"

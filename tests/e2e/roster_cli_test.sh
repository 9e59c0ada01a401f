#!/usr/bin/env bash
# Onboarding from the command line, through the real binary: `lectern roster import` (dry run,
# real, again: no change; a bad roster leaves the database byte-identical), `roster export`
# (same columns, no PIN, formulas neutralised), `facilitator init` from standard input; and no
# PIN ever in the output, the database or its -wal.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
db="$WORK/room.db"

# run_lectern ARGS...: stdout to $out, stderr to $err, exit status to $rc.
run_lectern() {
  set +e
  out="$("$LECTERN" "$@" 2>"$WORK/stderr")"; rc=$?
  err="$(cat "$WORK/stderr")"
  set -e
}

printf '\xEF\xBB\xBFexternal_id,Full_Name,GROUP,pin\r\nE-1,"Okafor, Chidi",Finance,482913\r\nE-2,محمد عبد الله,Finance,*\r\nE-3,"=HYPERLINK(""http://x"",""y"")",HR,\r\nE-4,"Li\r\nWei",HR,735102\r\n' >"$WORK/room.csv"

run_lectern roster import "$WORK/room.csv" --dry-run --db "$db"
[ "$rc" -eq 0 ] || fail "dry run exited $rc: $err"
[ "$out" = "4 new, 0 updated, 0 unchanged (dry run: nothing was written)" ] || fail "dry run printed '$out'"
[ ! -e "$db" ] || fail "a dry run created the database"
pass "roster import --dry-run: the counts, and no database created"

run_lectern roster import "$WORK/room.csv" --session "Day 1" --date 2026-12-01 --db "$db"
[ "$rc" -eq 0 ] || fail "import exited $rc: $err"
[ "$(sed -n 1p <<<"$out")" = "4 new, 0 updated, 0 unchanged" ] || fail "import printed '$out'"
[ "$(sed -n 2p <<<"$out")" = '4 joined session "Day 1" of 2026-12-01' ] || fail "import printed '$out'"
[ "$(sqlite3 "$db" "SELECT full_name FROM learners WHERE external_id = 'E-3'")" = '=HYPERLINK("http://x","y")' ] ||
  fail "the formula name was not stored as given"
pass "roster import: 4 learners and their session"

before="$(sha256sum "$db" | cut -d' ' -f1)"
run_lectern roster import "$WORK/room.csv" --session "Day 1" --date 2026-12-01 --db="$db"
[ "$rc" -eq 0 ] || fail "re-import exited $rc: $err"
[ "$(sed -n 1p <<<"$out")" = "0 new, 0 updated, 4 unchanged" ] || fail "re-import printed '$out'"
[ "$(sed -n 2p <<<"$out")" = '0 joined session "Day 1" of 2026-12-01' ] || fail "re-import printed '$out'"
pass "roster import again: nothing changes"

printf 'external_id,full_name,group,pin\nE-1,Chidi Okafor,Legal,\nE-5,,HR,\nE-6,Ana,HR,12\nE-6,Ana,HR,\nE-7,Bo,HR\n' >"$WORK/bad.csv"
before="$(sha256sum "$db" | cut -d' ' -f1)"
run_lectern roster import "$WORK/bad.csv" --db "$db"
[ "$rc" -eq 1 ] || fail "a bad roster exited $rc"
want="$WORK/bad.csv:3: error: missing full_name.
$WORK/bad.csv:4: error: the pin is not 4 to 6 digits (0 to 9); leave it empty or write * to keep the current PIN.
$WORK/bad.csv:5: error: duplicate external_id \"E-6\" (already on row 4).
$WORK/bad.csv:6: error: 3 fields where the header has 4 (a name with a comma needs double quotes around it).
lectern roster import: nothing was imported (4 error(s)); correct the file and run again."
[ "$err" = "$want" ] || fail "bad roster messages:
$err"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] || fail "a bad roster changed the database"
[ "$(sqlite3 "$db" "SELECT group_name FROM learners WHERE external_id = 'E-1'")" = "Finance" ] || fail "a good row of a bad roster was imported"
pass "a bad roster: every row as FILE:ROW: error: WHAT, exit 1, the database byte-identical"

printf 'external_id,full_name,group\nE-1,Zo\xeb,HR\n' >"$WORK/latin1.csv"
run_lectern roster import "$WORK/latin1.csv" --db "$db"
[ "$rc" -eq 1 ] || fail "a Windows-1252 roster exited $rc"
grep -q "^$WORK/latin1.csv: error: line 2 is not valid UTF-8 (byte 0xEB.*Windows-1252" <<<"$err" || fail "Windows-1252: $err"
printf '\xff\xfee\x00x\x00' >"$WORK/utf16.csv"
run_lectern roster import "$WORK/utf16.csv" --db "$db"
[ "$rc" -eq 1 ] || fail "a UTF-16 roster exited $rc"
grep -q "^$WORK/utf16.csv: error: the file is UTF-16" <<<"$err" || fail "UTF-16: $err"
run_lectern roster import "$WORK/missing.csv" --db "$db"
[ "$rc" -eq 1 ] || fail "a missing roster exited $rc"
grep -q "^$WORK/missing.csv: error: " <<<"$err" || fail "missing roster: $err"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] || fail "an unreadable roster changed the database"
pass "UTF-16, Windows-1252 and missing rosters: a clear error, nothing imported"

run_lectern roster export --db "$db"
[ "$rc" -eq 0 ] || fail "export exited $rc: $err"
want="$(printf 'external_id,full_name,group\r\nE-1,"Okafor, Chidi",Finance\r\nE-2,محمد عبد الله,Finance\r\nE-3,"'"'"'=HYPERLINK(""http://x"",""y"")",HR\r\nE-4,"Li\r\nWei",HR\r')"
[ "$out" = "$want" ] || fail "export printed:
$out"
run_lectern roster export --session "Day 1" --db "$db"
[ "$rc" -eq 0 ] || fail "export --session exited $rc: $err"
[ "$(grep -c '^E-' <<<"$out")" -eq 4 ] || fail "export --session: $out"
run_lectern roster export --session "Day 9" --db "$db"
[ "$rc" -eq 1 ] && grep -q 'no session "Day 9"' <<<"$err" || fail "export of an unknown session: $rc $err"
pass "roster export: the same columns, a formula neutralised, no PIN"

run_lectern roster export --date 2026-12-01 --db "$db"
[ "$rc" -eq 2 ] && grep -q "^lectern: --date goes with --session NAME" <<<"$err" || fail "--date alone: $rc $err"
run_lectern roster import "$WORK/room.csv" --session X --date 2026-02-30 --db "$db"
[ "$rc" -eq 2 ] && grep -q "^lectern: --date must be a day written YYYY-MM-DD" <<<"$err" || fail "bad --date: $rc $err"
run_lectern roster frobnicate
[ "$rc" -eq 2 ] || fail "roster frobnicate exited $rc"
pass "roster usage errors exit 2"

# facilitator init from standard input: twice the same PIN, else nothing changes.
set +e
printf '246810\n246811\n' | "$LECTERN" facilitator init --db "$db" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "the two PINs differ" "$WORK/err" || fail "different PINs: $rc $(cat "$WORK/err")"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM facilitator")" = 0 ] || fail "different PINs set a facilitator PIN"
set +e
printf '12ab\n12ab\n' | "$LECTERN" facilitator init --db "$db" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "a PIN is 4 to 6 digits" "$WORK/err" || fail "letters: $rc $(cat "$WORK/err")"
printf '246810\n246810\n' | "$LECTERN" facilitator init --db "$db" >"$WORK/out" 2>"$WORK/err" || fail "facilitator init: $(cat "$WORK/err")"
[ "$(cat "$WORK/out")" = "Set the facilitator PIN of $db." ] || fail "facilitator init printed $(cat "$WORK/out")"
sqlite3 "$db" "SELECT pin_hash FROM facilitator" | grep -q '^\$argon2id\$' || fail "no argon2id facilitator hash"
printf '135790\n135790\n' | "$LECTERN" facilitator init --db "$db" >"$WORK/out" 2>"$WORK/err" || fail "facilitator init again"
[ "$(cat "$WORK/out")" = "Replaced the facilitator PIN of $db." ] || fail "second init printed $(cat "$WORK/out")"
pass "facilitator init: two lines on standard input; different or non-digit PINs change nothing"

for pin in 482913 735102 246810 135790; do
  if grep -qa "$pin" "$db" "$db-wal" "$WORK/out" "$WORK/err" 2>/dev/null; then fail "the PIN $pin is in clear text"; fi
done
pass "no PIN in clear in the database, its -wal or the output"

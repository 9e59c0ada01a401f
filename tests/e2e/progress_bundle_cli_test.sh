#!/usr/bin/env bash
# Progress on a USB stick, through the real binary: `lectern export-progress` writes a bundle
# (0600, a manifest line first, signed once the facilitator has a key), `lectern
# import-progress` merges it and prints "N new, M already present, K refused"; a second
# import adds nothing; two Aminas with different UUIDs stay two and the output says so; a
# bundle with one byte changed, or cut short, exits 1 and leaves the database as it was.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
SEED="$BUILD/room_seed_tool"
COURSE="$SRC/tests/data/facilitator/room-course"
[[ -x "$LECTERN" && -x "$SEED" ]] || fail "lectern and room_seed_tool must be built"
a="$WORK/a.db" b="$WORK/b.db" hub="$WORK/hub.db"

seed() {  # seed DB NAME...: each learner reads, spends time and tries the first quiz
  local db="$1"; shift
  for name in "$@"; do
    printf 'learner %s\nread basics welcome\ntime basics welcome 120\nattempt basics basics-quiz {"q1":"b"}\n' "$name"
  done >"$WORK/seed.txt"
  "$SEED" --course "$COURSE" --db "$db" <"$WORK/seed.txt" >"$WORK/seed.out" 2>&1 || fail "seeding: $(cat "$WORK/seed.out")"
}
seed "$a" Amina Bo
seed "$b" Amina Chidi

run_lectern() {  # stdout to $out, stderr to $err, exit status to $rc
  set +e
  out="$("$LECTERN" "$@" 2>"$WORK/stderr")"; rc=$?
  err="$(cat "$WORK/stderr")"
  set -e
}
count() { sqlite3 "$1" "SELECT COUNT(*) FROM events"; }

run_lectern export-progress --db "$a" "$WORK/a.lectern"
[ "$rc" -eq 0 ] || fail "export exited $rc: $err"
n=$(count "$a")
[ "$out" = "exported 2 learners and $n events to $WORK/a.lectern (unsigned: no facilitator key)" ] || fail "export printed '$out'"
[ "$(stat -c %a "$WORK/a.lectern")" = 600 ] || fail "the bundle is $(stat -c %a "$WORK/a.lectern"), not 600"
head -1 "$WORK/a.lectern" | grep -q '"format":"lectern-progress-bundle"' || fail "no manifest on the first line"
[ "$(wc -l <"$WORK/a.lectern")" -eq $((1 + 2 + n)) ] || fail "not one line per learner and event after the manifest"
ls "$WORK" | grep -q '\.part$' && fail "a temporary file was left behind"
pass "export-progress: $n events, 0600, manifest first, written whole"

run_lectern import-progress --db "$hub" "$WORK/a.lectern"
[ "$rc" -eq 0 ] || fail "import exited $rc: $err"
[ "$out" = "$n new, 0 already present, 0 refused" ] || fail "import printed '$out'"
[ "$(count "$hub")" -eq "$n" ] || fail "the hub has $(count "$hub") events, not $n"
[ "$(sqlite3 "$hub" "SELECT COUNT(*) FROM quiz_attempts")" -eq 2 ] || fail "the attempts were not rebuilt from the events"
run_lectern import-progress --db "$hub" "$WORK/a.lectern"
[ "$rc" -eq 0 ] || fail "second import exited $rc: $err"
[ "$out" = "0 new, $n already present, 0 refused" ] || fail "second import printed '$out'"
pass "import-progress: $n new, then 0 new, $n already present"

"$LECTERN" export-progress --db "$b" "$WORK/b.lectern" >/dev/null
run_lectern import-progress --db "$hub" "$WORK/b.lectern"
[ "$rc" -eq 0 ] || fail "import of b exited $rc: $err"
grep -q '^note: learner "Amina" (.*) is another person than the "Amina" already here: added as "Amina (2)"$' <<<"$out" ||
  fail "no note about the second Amina: '$out'"
[ "$(wc -l <<<"$out")" -eq 2 ] || fail "more than the note and the summary line on stdout: '$out'"
[ "$(sqlite3 "$hub" "SELECT group_concat(name, '|') FROM (SELECT name FROM learners ORDER BY name)")" = "Amina|Amina (2)|Bo|Chidi" ] ||
  fail "learners: $(sqlite3 "$hub" "SELECT group_concat(name, '|') FROM learners")"
pass "two Aminas with different UUIDs stay two, and the output says so"

before="$(sha256sum "$hub" | cut -d' ' -f1)"
cp "$WORK/a.lectern" "$WORK/bad.lectern"
printf 'X' | dd of="$WORK/bad.lectern" bs=1 seek=$(($(stat -c %s "$WORK/a.lectern") / 2)) conv=notrunc status=none
run_lectern import-progress --db "$hub" "$WORK/bad.lectern"
[ "$rc" -eq 1 ] || fail "an altered bundle exited $rc"
grep -q "not a complete, unaltered progress bundle.*Nothing was imported" <<<"$err" || fail "altered bundle: '$err'"
head -c $(($(stat -c %s "$WORK/a.lectern") - 7)) "$WORK/a.lectern" >"$WORK/cut.lectern"
run_lectern import-progress --db "$hub" "$WORK/cut.lectern"
[ "$rc" -eq 1 ] || fail "a cut-short bundle exited $rc"
grep -q "cut short" <<<"$err" || fail "cut-short bundle: '$err'"
[ "$(sha256sum "$hub" | cut -d' ' -f1)" = "$before" ] || fail "a refused bundle changed the database"
pass "one byte changed, or cut short: exit 1, a clear message, the database byte-identical"

"$LECTERN" keys init --issuer "Ministry of Examples" >/dev/null 2>&1 || fail "keys init"
run_lectern export-progress --db "$a" "$WORK/signed.lectern"
[ "$rc" -eq 0 ] || fail "signed export exited $rc: $err"
grep -Eq "\(signed by key [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)$" <<<"$out" || fail "signed export printed '$out'"
run_lectern import-progress --db "$hub" "$WORK/signed.lectern"
[ "$rc" -eq 0 ] || fail "signed import exited $rc: $err"
grep -q "signed by key" <<<"$err" || fail "the import does not name the signing key: '$err'"
[ "$out" = "0 new, $n already present, 0 refused" ] || fail "signed import printed '$out'"
pass "with the facilitator's key: signed, and the import names the key"

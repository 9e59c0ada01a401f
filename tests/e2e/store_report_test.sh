#!/usr/bin/env bash
# `lectern report` end to end: a progress file written by a real store process, a real course
# folder, JSON a tool can parse, CSV a spreadsheet can read, and the exit codes of misuse.
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
LECTERN="$BUILD/lectern"
WRITER="$BUILD/store_writer_tool"
COURSE="$SRC/tests/data/store/report-course"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
[[ -x "$LECTERN" ]] || fail "$LECTERN is not built"
[[ -x "$WRITER" ]] || fail "$WRITER is not built"

DB="$WORK/progress.db"
write() { "$WRITER" --db "$DB" --learner "$1" --course store-report-course --stdin >/dev/null; }
printf '%s\n' "read m1 start" "read m1 middle" "quiz m1 quiz-a 0 1" "quiz m1 quiz-a 1 1" \
  "reflection m1 r1 I learned, \"a lot\"" "read removed-module x" "flush 10000" quit | write 'Amina, "A."'
printf '%s\n' "read m1 start" "read m1 middle" "read m1 end" "read m2 only" "flush 10000" quit | write 'Bo'
printf '%s\n' "flush 10000" quit | write 'Zed'

# JSON
"$LECTERN" report --db "$DB" --course "$COURSE" >"$WORK/report.json" 2>"$WORK/err.txt" || fail "report exited $?"
grep -q "1 saved record(s) belong to" "$WORK/err.txt" || fail "orphan count not shown: $(cat "$WORK/err.txt")"
python3 - "$WORK/report.json" <<'PY' || fail "JSON report content"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["course"]["id"] == "store-report-course", doc["course"]
assert doc["orphanedRecords"] == 1
names = [l["name"] for l in doc["learners"]]
assert names == ['Amina, "A."', "Bo", "Zed"], names
amina, bo, zed = doc["learners"]
m1 = amina["modules"][0]
assert m1["id"] == "m1" and m1["sectionsRead"] == 2, m1
assert m1["percentComplete"] == round(100 * 2 / m1["sectionsTotal"], 1), m1
assert m1["quizzes"][0]["attempts"] == 2 and m1["quizzes"][0]["bestScore"] == 1 and m1["quizzes"][0]["passed"]
assert amina["reflections"] == 1 and amina["orphanedRecords"] == 1
assert amina["lastActivity"].endswith("Z")
assert all(m["percentComplete"] == 100 for m in bo["modules"]), bo["modules"]
assert zed["lastActivity"] is None and zed["reflections"] == 0
PY
pass "JSON report"

# CSV
"$LECTERN" report --db "$DB" --course "$COURSE" --format progress-csv >"$WORK/report.csv" 2>/dev/null || fail "csv exited $?"
python3 - "$WORK/report.csv" <<'PY' || fail "CSV report content"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 6, len(rows)  # 3 learners x 2 modules
assert rows[0]["learner_name"] == 'Amina, "A."' and rows[0]["module_id"] == "m1"
assert rows[0]["sections_read"] == "2" and rows[0]["quiz_attempts"] == "2" and rows[0]["best_quiz_score"] == "1"
assert rows[2]["learner_name"] == "Bo" and rows[2]["percent_complete"] == "100"
assert rows[5]["last_activity"] == ""
PY
python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); assert d.count(b"\r\n") == d.count(b"\n") == 7' \
  "$WORK/report.csv" || fail "CSV lines must end in CRLF (RFC 4180)"
pass "CSV report"

# --flag=value works too, and the defaults come from XDG_DATA_HOME
mkdir -p "$XDG_DATA_HOME/lectern" && cp "$DB" "$XDG_DATA_HOME/lectern/progress.db"
"$LECTERN" report --course="$COURSE" --format=progress-csv 2>/dev/null | grep -q '^1,' || fail "default --db"
pass "default database path"

# Misuse
set +e
"$LECTERN" report --bogus >/dev/null 2>"$WORK/err.txt"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "unknown flag: exit $rc, want 2"
grep -q "^lectern: unknown option '--bogus'" "$WORK/err.txt" || fail "unknown flag: $(cat "$WORK/err.txt")"
grep -q "lectern help report" "$WORK/err.txt" || fail "unknown flag: no hint to lectern help report"
set +e
"$LECTERN" report --format xml --db "$DB" --course "$COURSE" >/dev/null 2>&1; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "bad format: exit $rc, want 2"
set +e
"$LECTERN" report --format=xml --db="$DB" --course="$COURSE" >/dev/null 2>&1; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "bad format: exit $rc, want 2"
set +e
"$LECTERN" report --db "$WORK/missing.db" --course "$COURSE" >/dev/null 2>"$WORK/err.txt"; rc=$?
set -e
[[ $rc -eq 1 ]] || fail "missing db: exit $rc, want 1"
grep -q "no progress database at $WORK/missing.db" "$WORK/err.txt" || fail "missing db message: $(cat "$WORK/err.txt")"
[[ ! -e "$WORK/missing.db" ]] || fail "report created the missing database"
pass "usage errors and missing database"

# A report never changes the database.
before="$(sha256sum "$DB")"
"$LECTERN" report --db "$DB" --course "$COURSE" >/dev/null 2>&1
[[ "$(sha256sum "$DB")" == "$before" ]] || fail "report modified the database"
pass "report is read-only"

# A folder or a FIFO given as --db: clear words and exit 1 at once, never a hang (the FIFO
# has no writer: opening it would block for ever). `timeout` turns a hang into a failure.
mkdir -p "$WORK/folder.db"
mkfifo "$WORK/fifo.db"
for bad in folder fifo; do
  set +e
  timeout 20 "$LECTERN" report --db "$WORK/$bad.db" --course "$COURSE" >/dev/null 2>"$WORK/err.txt"; rc=$?
  set -e
  [[ $rc -eq 1 ]] || fail "$bad as --db: exit $rc, want 1 ($(cat "$WORK/err.txt"))"
  grep -q "is a folder\|is a named pipe" "$WORK/err.txt" || fail "$bad as --db: $(cat "$WORK/err.txt")"
done
pass "a folder or FIFO as --db is refused in words"

# A file its user may read but not write, in a folder they may not write: the report works.
if [[ $(id -u) -eq 0 ]] && id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  RO="$(mktemp -d)"
  cp "$DB" "$RO/ro.db"
  chmod 0444 "$RO/ro.db"; chmod 0755 "$RO"
  cp "$LECTERN" "$RO/lectern"; cp -r "$COURSE" "$RO/course"; chmod -R a+rX "$RO"
  set +e
  timeout 20 setpriv --reuid=nobody --regid=nogroup --clear-groups "$RO/lectern" report --db "$RO/ro.db" \
    --course "$RO/course" >"$WORK/ro.json" 2>"$WORK/err.txt"; rc=$?
  set -e
  rm -rf "$RO"
  [[ $rc -eq 0 ]] || fail "read-only file: exit $rc ($(cat "$WORK/err.txt"))"
  grep -q '"learners"' "$WORK/ro.json" || fail "read-only file: no report"
  pass "a read-only file in a read-only folder is reported"
fi

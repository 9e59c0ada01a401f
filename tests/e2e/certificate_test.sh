#!/usr/bin/env bash
# Certificates and printing end to end, with the real `lectern` binary on a real progress file
# (profiles from `lectern roster import`, answers written by room_seed_tool through the real
# store and quiz scoring):
#   - `keys init`: the secret 0600, never printed; no overwrite without --force;
#   - `certificate issue` for a learner named in Arabic and one in Latin script: pdftotext
#     gives the name (Arabic in logical order) and the code, pdffonts shows every font
#     embedded; a learner who has not completed is refused with what is missing; an
#     ambiguous name lists the matches; --all issues one per completer;
#   - `certificate verify` exits 0 for the file and its code (any case), 1 for a copy with one
#     changed byte, a forged code and another issuer's key, saying which;
#   - the HR CSV carries the code; `report --format pdf` prints the names and the CSV's figures.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
SEED="$BUILD/room_seed_tool"
COURSE="$SRC/tests/data/facilitator/room-course"
db="$WORK/room.db"
[[ -x "$LECTERN" && -x "$SEED" ]] || fail "lectern and room_seed_tool must be built"
command -v pdftotext >/dev/null && command -v pdffonts >/dev/null || fail "pdftotext and pdffonts (poppler-utils) are needed: run tools/setup"
ARABIC="أمينة الحسيني"

# --- the issuer's keys -----------------------------------------------------------------------
"$LECTERN" keys init --issuer "Ministry of Examples" >"$WORK/keys.out" 2>&1 || fail "keys init: $(cat "$WORK/keys.out")"
key="$XDG_CONFIG_HOME/lectern/issuer.key" pub="$XDG_CONFIG_HOME/lectern/issuer.pub"
[ "$(stat -c %a "$key")" = 600 ] || fail "the secret key is $(stat -c %a "$key"), not 600"
grep -q "public key:  $pub" "$WORK/keys.out" || fail "keys init does not say where the public key is"
grep -Eq "fingerprint: [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}" "$WORK/keys.out" || fail "no fingerprint printed"
secret=$(sed 's/^lectern-ed25519-secret //' "$key")
grep -qF "$secret" "$WORK/keys.out" && fail "keys init printed the secret key"
before=$(sha256sum "$key")
if "$LECTERN" keys init >"$WORK/again.out" 2>&1; then fail "keys init replaced a key pair without --force"; fi
grep -q -- "--force" "$WORK/again.out" || fail "the refusal does not mention --force: $(cat "$WORK/again.out")"
[ "$(sha256sum "$key")" = "$before" ] || fail "the refused keys init changed the key"
pass "keys init: secret 0600 and never printed, public key and fingerprint shown, no overwrite without --force"

# --- the room ---------------------------------------------------------------------------------
printf 'external_id,full_name,group\r\nE001,%s,Team A\r\nE002,Jean-Luc Dupont,Team A\r\nE003,Not Done,Team B\r\nE004,Sam Lee,Team B\r\nE005,Sam Lee,Team B\r\n' \
  "$ARABIC" >"$WORK/roster.csv"
"$LECTERN" roster import "$WORK/roster.csv" --db "$db" >/dev/null || fail "roster import"
done_all() {
  cat <<S
learner $1
read basics welcome
read basics rules
time basics welcome 300
attempt basics basics-quiz {"q1":"b","q2":"a","q3":true,"q4":["a","c"],"q5":$2}
read practice try
time practice try 200
attempt practice practice-quiz {"p1":"x","p2":false,"p3":"z"}
S
}
{
  done_all "$ARABIC" 11
  done_all "Jean-Luc Dupont" 7
  done_all "Sam Lee" 11
  printf 'learner Not Done\nread basics welcome\nattempt basics basics-quiz {"q1":"c"}\n'
} >"$WORK/seed.txt"
"$SEED" --course "$COURSE" --db "$db" <"$WORK/seed.txt" >"$WORK/seed.out" 2>&1 || fail "seeding: $(cat "$WORK/seed.out")"

# --- issuing ----------------------------------------------------------------------------------
issue() { "$LECTERN" certificate issue --db "$db" --course "$COURSE" "$@"; }
issue --learner "$ARABIC" -o "$WORK/amina.pdf" >"$WORK/amina.out" 2>&1 || fail "issue (Arabic name): $(cat "$WORK/amina.out")"
code_a=$(grep -Eo '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}' "$WORK/amina.out" | head -1)
[ -n "$code_a" ] || fail "no code printed: $(cat "$WORK/amina.out")"
issue --external-id E002 -o "$WORK/jl.pdf" >"$WORK/jl.out" 2>&1 || fail "issue (Latin name): $(cat "$WORK/jl.out")"
code_j=$(grep -Eo '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}' "$WORK/jl.out" | head -1)
[ "$(stat -c %a "$WORK/amina.pdf")" = 600 ] || fail "the certificate file is not private to its owner"

# The text as a reader copies it: bidi marks pdftotext wraps around right-to-left runs dropped.
pdf_text() { pdftotext -enc UTF-8 "$1" - | python3 -c 'import sys,re; sys.stdout.write(re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", sys.stdin.read()))'; }
# Amina answered every question right; Jean-Luc missed q5 (2 of 6 points): 7 of 9 over both quizzes.
for f in amina:"$ARABIC":"$code_a":100 jl:"Jean-Luc Dupont":"$code_j":77.8; do
  IFS=: read -r file name code score <<<"$f"
  pdf_text "$WORK/$file.pdf" >"$WORK/$file.txt" || fail "pdftotext cannot read $file.pdf"
  grep -qxF "$name" "$WORK/$file.txt" || { cat "$WORK/$file.txt" >&2; fail "pdftotext of $file.pdf does not give the name '$name' on its line"; }
  grep -qF "$code" "$WORK/$file.txt" || fail "pdftotext of $file.pdf does not give the code $code"
  for word in "Onboarding day" "Ministry of Examples" "time on task 8.3 minutes" "score $score%" "Certificate of completion" \
              "Completed on $(date -u +%Y-%m-%d)"; do
    grep -qF "$word" "$WORK/$file.txt" || fail "$file.pdf lacks '$word'"
  done
  pdffonts "$WORK/$file.pdf" >"$WORK/$file.fonts" || fail "pdffonts cannot read $file.pdf"
  fonts=$(tail -n +3 "$WORK/$file.fonts" | wc -l)
  [ "$fonts" -ge 1 ] || fail "$file.pdf lists no fonts"
  awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' "$WORK/$file.fonts" || { cat "$WORK/$file.fonts" >&2; fail "$file.pdf has a font not embedded"; }
  awk 'NR > 2 && $(NF-2) != "yes" {bad=1} END {exit bad}' "$WORK/$file.fonts" || fail "$file.pdf has a font without its Unicode map"
done
grep -q "NotoSansArabic" "$WORK/amina.fonts" || fail "the Arabic name is not set in Noto Sans Arabic: $(cat "$WORK/amina.fonts")"
# Logical order: the first letter of the name (alef with hamza) comes first, not last.
python3 - "$WORK/amina.txt" "$ARABIC" <<'PY' || fail "the Arabic name is not in logical order"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
name = sys.argv[2]
assert name in lines and name[::-1] not in lines, lines
PY
pass "certificates for '$ARABIC' ($code_a) and Jean-Luc Dupont ($code_j): name and code in pdftotext, every font embedded with its Unicode map"

if issue --learner "Not Done" -o "$WORK/nd.pdf" >"$WORK/nd.out" 2>&1; then fail "a learner who has not completed got a certificate"; fi
grep -q "has not completed" "$WORK/nd.out" && grep -q "sections read" "$WORK/nd.out" && grep -q 'quiz "Check the basics" not passed yet' "$WORK/nd.out" \
  || fail "the refusal does not say what is missing: $(cat "$WORK/nd.out")"
[ ! -e "$WORK/nd.pdf" ] || fail "a refused certificate left a file"
if issue --learner "Sam Lee" -o "$WORK/sam.pdf" >"$WORK/sam.out" 2>&1; then fail "an ambiguous name was issued a certificate"; fi
grep -q "2 learners are named \"Sam Lee\"" "$WORK/sam.out" && grep -q "E004" "$WORK/sam.out" && grep -q "E005" "$WORK/sam.out" \
  || fail "the ambiguity does not list the matches: $(cat "$WORK/sam.out")"
pass "refused: a learner who has not completed (what is missing), an ambiguous name (the matches listed)"

# --- verifying --------------------------------------------------------------------------------
verify() { "$LECTERN" certificate verify "$@"; }
verify "$WORK/amina.pdf" >"$WORK/v1.out" 2>&1 || fail "verify refused a genuine file: $(cat "$WORK/v1.out")"
grep -q "genuine" "$WORK/v1.out" || fail "verify does not say genuine"
verify "$code_j" --db "$db" >/dev/null 2>&1 || fail "verify refused a genuine code"
verify "$(echo "$code_a" | tr 'A-Z' 'a-z' | tr -d -)" --db "$db" >/dev/null 2>&1 || fail "verify refused the code typed in lower case"
python3 - "$WORK/amina.pdf" "$WORK/changed.pdf" "$WORK/changed-seal.pdf" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
one = bytearray(data); one[len(one) // 2] ^= 0x01
open(sys.argv[2], "wb").write(one)
seal = bytearray(data); seal[len(seal) - 30] ^= 0x01
open(sys.argv[3], "wb").write(seal)
PY
pdftotext "$WORK/changed-seal.pdf" - >/dev/null 2>&1 || fail "poppler cannot read a sealed file"
for f in changed changed-seal; do
  set +e; verify "$WORK/$f.pdf" >"$WORK/$f.out" 2>&1; rc=$?; set -e
  [ "$rc" = 1 ] || fail "verify of a copy with one changed byte ($f) exited $rc, not 1"
  grep -q "changed after it was issued" "$WORK/$f.out" || fail "verify does not say the file was tampered with: $(cat "$WORK/$f.out")"
done
forged="${code_a:0:13}$( [ "${code_a:13:1}" = A ] && echo B || echo A)"
set +e; verify "$forged" --db "$db" >"$WORK/forged.out" 2>&1; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "unknown code $forged" "$WORK/forged.out" || fail "a forged code: exit $rc, $(cat "$WORK/forged.out")"
XDG_CONFIG_HOME="$WORK/other" "$LECTERN" keys init >/dev/null || fail "second key pair"
set +e; verify "$WORK/amina.pdf" --key "$WORK/other/lectern/issuer.pub" >"$WORK/wrong.out" 2>&1; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "signed with another key" "$WORK/wrong.out" || fail "a wrong key: exit $rc, $(cat "$WORK/wrong.out")"
set +e; verify "$code_a" --db "$db" --key "$WORK/other/lectern/issuer.pub" >"$WORK/wrong2.out" 2>&1; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "signed with another key" "$WORK/wrong2.out" || fail "a code with a wrong key: exit $rc"
set +e; verify "$WORK/seed.txt" >"$WORK/nocert.out" 2>&1; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "no Lectern certificate seal" "$WORK/nocert.out" || fail "a file that is no certificate: exit $rc"
pass "verify: 0 for the file and its code (any case); 1 for one changed byte (drawing, seal), a forged code, another key, saying which"

# --- in bulk, and the HR export ----------------------------------------------------------------
issue --all -o "$WORK/all" >"$WORK/all.out" 2>&1 || fail "issue --all: $(cat "$WORK/all.out")"
n=$(find "$WORK/all" -name '*.pdf' | wc -l)
[ "$n" = 3 ] || fail "--all issued $n certificates, not 3 (the completers): $(cat "$WORK/all.out")"
grep -q "2 learner(s) have not completed" "$WORK/all.out" || fail "--all does not count who has not completed"
for f in "$WORK"/all/*.pdf; do verify "$f" >/dev/null 2>&1 || fail "a bulk certificate does not verify: $f"; done
"$LECTERN" report --db "$db" --course "$COURSE" --format csv >"$WORK/hr.csv" || fail "report csv"
python3 - "$WORK/hr.csv" "$WORK/all.out" "$code_j" <<'PY' || fail "the HR export's certificate_code is not the latest code issued"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
latest = {l.split("\t")[1]: l.split("\t")[0] for l in open(sys.argv[2], encoding="utf-8") if "\t" in l}
for r in rows:
    want = latest.get(r["full_name"], "") if r["status"] in ("passed", "completed") else ""
    assert r["certificate_code"] == want, (r["full_name"], r["certificate_code"], want)
assert sys.argv[3] not in [r["certificate_code"] for r in rows]  # re-issued in bulk: the newer one
PY
pass "--all: one verified certificate per completer into a folder; the HR CSV's certificate_code is each learner's latest"

# --- printing ---------------------------------------------------------------------------------
"$LECTERN" report --db "$db" --course "$COURSE" --format pdf -o "$WORK/room.pdf" >/dev/null || fail "report --format pdf"
pdf_text "$WORK/room.pdf" >"$WORK/room.txt"
pdftotext -layout -enc UTF-8 "$WORK/room.pdf" "$WORK/room-layout.txt"
python3 - "$WORK/hr.csv" "$WORK/room.txt" "$WORK/room-layout.txt" <<'PY' || fail "the printed dashboard differs from the CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
text = open(sys.argv[2], encoding="utf-8").read()
layout = open(sys.argv[3], encoding="utf-8").read().split("\n")
for r in rows:
    assert r["full_name"] in text, r["full_name"]
    if not r["external_id"] or r["full_name"].isascii() is False:
        continue
    line = next(l for l in layout if r["external_id"] in l and r["full_name"] in l)
    cells = line.split()
    for field in ("status", "score_percent", "time_on_task_minutes", "certificate_code"):
        if r[field]:
            assert r[field] in cells, (field, r[field], line)
PY
pdffonts "$WORK/room.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || fail "the printed report has a font not embedded"
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --format pdf -o "$WORK/ia.pdf" >/dev/null || fail "report --item-analysis --format pdf"
"$LECTERN" report --db "$db" --course "$COURSE" --item-analysis --format csv >"$WORK/ia.csv" || fail "item analysis csv"
pdftotext -layout -enc UTF-8 "$WORK/ia.pdf" "$WORK/ia.txt"
python3 - "$WORK/ia.csv" "$WORK/ia.txt" <<'PY' || fail "the printed item analysis differs from the CSV"
import csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
def one_decimal(x):  # as the printed table writes a figure: one decimal, half away from zero
    return f"{math.copysign(math.floor(abs(x) * 10 + 0.5) / 10, x) + 0.0:.10g}"
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
assert rows
for r in rows:
    qid = r["question_id"]
    line = next(l for l in lines if f" {qid} " in f" {l} " and r["quiz_id"] in l)
    for field in ("facility_percent", "discrimination_percent"):
        if r[field]:
            assert one_decimal(float(r[field])) in line.split(), (qid, field, r[field], line)
PY
set +e; "$LECTERN" report --db "$db" --course "$COURSE" --format pdf >/dev/null 2>"$WORK/noout.err"; rc=$?; set -e
[ "$rc" = 2 ] && grep -q -- "-o FILE.pdf" "$WORK/noout.err" || fail "--format pdf without -o: exit $rc"
pass "printing: the dashboard and the item analysis to PDF, names and figures equal to the CSV's"

#!/usr/bin/env bash
# The interface language of the real app: --lang, the environment (in a bare `env -i` with no
# generated locale), a --lang that is not available (a message naming the available ones,
# English used), the app's words coming from the catalogue chosen, and a first Chinese frame
# shown with all its glyphs.
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
start_xvfb

# run NAME [ENV...] -- [ARGS...]: a screenshot run in a bare environment; log in $WORK/NAME.jsonl.
run() {
  local name="$1"; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  env -i PATH="$PATH" HOME="$HOME" USER=learner DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    ${LIBGL_ALWAYS_SOFTWARE:+LIBGL_ALWAYS_SOFTWARE="$LIBGL_ALWAYS_SOFTWARE"} \
    XDG_DATA_HOME="$XDG_DATA_HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "${envs[@]}" \
    timeout 120 "$LECTERN" --db "$WORK/$name.db" --size 1024x700 --screenshot "$WORK/$name.png" \
    --log "$WORK/$name.jsonl" "$@" 2>"$WORK/$name.err" || fail "lectern ($name) exited $?: $(cat "$WORK/$name.err")"
}
language_of() {
  python3 -c 'import json, sys
for j in map(json.loads, open(sys.argv[1])):
    if j["event"] == "ui_language": print(j["tag"], j["from"])' "$WORK/$1.jsonl"
}

run en --
[ "$(language_of en)" = "en default" ] || fail "no LANG: expected English by default, got '$(language_of en)'"
run fr LANG=fr_FR.UTF-8 --
[ "$(language_of fr)" = "fr LANG" ] || fail "LANG=fr_FR.UTF-8 gave '$(language_of fr)'"
run ru LANGUAGE=de:ru LANG=fr_FR.UTF-8 --
[ "$(language_of ru)" = "ru LANGUAGE" ] || fail "LANGUAGE=de:ru gave '$(language_of ru)'"
run zh LANG=fr_FR.UTF-8 -- --lang zh_CN
[ "$(language_of zh)" = "zh-Hans --lang" ] || fail "--lang zh_CN gave '$(language_of zh)'"
pass "language from --lang, LANGUAGE and LANG, English without them"

# The first frame shown in Chinese is whole: the glyphs its words need were put in the atlas
# before it was shown (a frame that found some missing was drawn again, not shown), so no atlas
# is rebuilt after the first frame for the words already on screen.
python3 - "$WORK/zh.jsonl" <<'PY' || fail "the atlas was rebuilt after the first Chinese frame: it was shown with glyphs missing"
import json, sys
events = [json.loads(line)["event"] for line in open(sys.argv[1])]
first = events.index("first_frame")
assert "font_atlas" in events[:first], "no atlas before the first frame"
assert "font_atlas" not in events[first:], events[first:]
PY
pass "the first Chinese frame is shown with every glyph it needs"

run bad LANG=fr_FR.UTF-8 -- --lang klingon
grep -q "'klingon' is not available" "$WORK/bad.err" || fail "no message for --lang klingon: $(cat "$WORK/bad.err")"
grep -q "ar en es fr ru zh-Hans" "$WORK/bad.err" || fail "the message does not list the languages: $(cat "$WORK/bad.err")"
[ "$(language_of bad)" = "en --lang" ] || fail "--lang klingon gave '$(language_of bad)', not English"
pass "--lang klingon: $(cat "$WORK/bad.err")"

# The app's own lookup (logged with the choice) comes back in the language chosen.
grep -q '"sample":"Se déconnecter"' "$WORK/fr.jsonl" || fail "French chosen but 'Sign out' is not French: $(grep ui_language "$WORK/fr.jsonl")"
grep -q '"sample":"退出登录"' "$WORK/zh.jsonl" || fail "Chinese chosen but 'Sign out' is not Chinese: $(grep ui_language "$WORK/zh.jsonl")"
grep -q '"sample":"Sign out"' "$WORK/bad.jsonl" || fail "English fallback but 'Sign out' is not English"
pass "the words come from the catalogue of the language chosen, in a bare env -i"

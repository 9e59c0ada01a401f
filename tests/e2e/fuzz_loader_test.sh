#!/usr/bin/env bash
# Runs the libFuzzer loader target for ~30 s over the seed corpus (tests/fuzz/corpus/).
# The binary comes from $LECTERN_FUZZ_BIN (tools/test sets it to build-fuzz/loader_fuzz) or
# BUILD_DIR/loader_fuzz; without one (a gcc build) the test prints "skipped" and passes.
# New inputs the fuzzer finds go to a temp dir: the repository's corpus is never modified.
# Usage: fuzz_loader_test.sh BUILD_DIR SOURCE_DIR [SECONDS]
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
SECONDS_TO_RUN="${3:-30}"
FUZZ="${LECTERN_FUZZ_BIN:-$BUILD/loader_fuzz}"
if [ ! -x "$FUZZ" ]; then
  echo "skipped: no fuzz binary at $FUZZ (configure with -DLECTERN_FUZZ=ON and clang)"
  exit 0
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/new" "$WORK/artifacts"
# -timeout: one input taking over 10 s is a hang; -rss_limit_mb: bounded memory.
set +e
"$FUZZ" "$WORK/new" "$SRC/tests/fuzz/corpus" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
  -max_len=262144 -artifact_prefix="$WORK/artifacts/" -print_final_stats=1 >"$WORK/log" 2>&1
rc=$?
set -e
tail -n 15 "$WORK/log"
if [ "$rc" -ne 0 ] || ls "$WORK/artifacts/"* >/dev/null 2>&1; then
  echo "FAIL: the loader fuzzer found a crash, hang or leak (exit $rc); the reproducer:" >&2
  for f in "$WORK/artifacts/"*; do [ -e "$f" ] && { echo "$f" >&2; base64 "$f" | head -c 4000 >&2; echo >&2; }; done
  grep -m 20 -E "ERROR|SUMMARY|runtime error" "$WORK/log" >&2 || true
  exit 1
fi
echo "ok: loader fuzzed for ${SECONDS_TO_RUN}s without a finding"

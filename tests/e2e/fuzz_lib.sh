# Shared by the fuzz_*_test.sh scripts: runs one libFuzzer target briefly over its seed corpus.
# New inputs the fuzzer finds go to a temp dir: the repository's corpus is never modified.
# Without a fuzz binary (a gcc build) the test prints "skipped" and passes.
# shellcheck shell=bash

# run_fuzzer WHAT BINARY CORPUS_DIR SECONDS [MAX_LEN]
run_fuzzer() {
  local what="$1" fuzz="$2" corpus="$3" seconds="$4" max_len="${5:-262144}" work rc f
  if [ ! -x "$fuzz" ]; then
    echo "skipped: no fuzz binary at $fuzz (configure with -DLECTERN_FUZZ=ON and clang)"
    return 0
  fi
  work="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" EXIT
  mkdir -p "$work/new" "$work/artifacts"
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: bounded memory.
  set +e
  "$fuzz" "$work/new" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$work/log" 2>&1
  rc=$?
  set -e
  tail -n 15 "$work/log"
  if [ "$rc" -ne 0 ] || ls "$work/artifacts/"* >/dev/null 2>&1; then
    echo "FAIL: the $what fuzzer found a crash, hang or leak (exit $rc); the reproducer:" >&2
    for f in "$work/artifacts/"*; do [ -e "$f" ] && { echo "$f" >&2; base64 "$f" | head -c 4000 >&2; echo >&2; }; done
    grep -m 20 -E "ERROR|SUMMARY|runtime error" "$work/log" >&2 || true
    return 1
  fi
  echo "ok: $what fuzzed for ${seconds}s without a finding"
}

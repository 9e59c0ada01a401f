#!/usr/bin/env bash
# Runs the libFuzzer GIFT-importer target for ~20 s over the gift-pegjs banks
# (tests/data/gift-pegjs/questions/): a bank that imports is also written, loaded, exported
# and parsed again. The binary: gift_fuzz beside $LECTERN_FUZZ_BIN (tools/test builds it in
# build-fuzz/) or BUILD_DIR/gift_fuzz; without one (a gcc build) the test prints "skipped".
# Usage: fuzz_gift_test.sh BUILD_DIR SOURCE_DIR [SECONDS]
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
source "$SRC/tests/e2e/fuzz_lib.sh"
bin="$BUILD/gift_fuzz"
[ -n "${LECTERN_FUZZ_BIN:-}" ] && bin="$(dirname "$LECTERN_FUZZ_BIN")/gift_fuzz"
run_fuzzer gift "$bin" "$SRC/tests/data/gift-pegjs/questions" "${3:-20}" 65536

#!/usr/bin/env bash
# Runs the libFuzzer loader target for ~30 s over the seed corpus (tests/fuzz/corpus/).
# The binary comes from $LECTERN_FUZZ_BIN (tools/test sets it to build-fuzz/loader_fuzz) or
# BUILD_DIR/loader_fuzz; without one (a gcc build) the test prints "skipped" and passes.
# Usage: fuzz_loader_test.sh BUILD_DIR SOURCE_DIR [SECONDS]
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
source "$SRC/tests/e2e/fuzz_lib.sh"
run_fuzzer loader "${LECTERN_FUZZ_BIN:-$BUILD/loader_fuzz}" "$SRC/tests/fuzz/corpus" "${3:-30}"

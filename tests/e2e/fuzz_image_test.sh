#!/usr/bin/env bash
# Runs the libFuzzer image-decoder target for ~20 s over its seeds (tests/fuzz/image_corpus/:
# tiny PNGs and JPEGs of every colour type, interlaced, progressive, truncated, a PPM, an HDR).
# The binary: image_fuzz beside $LECTERN_FUZZ_BIN (tools/test builds both in build-fuzz/) or
# BUILD_DIR/image_fuzz; without one (a gcc build) the test prints "skipped" and passes.
# Usage: fuzz_image_test.sh BUILD_DIR SOURCE_DIR [SECONDS]
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
source "$SRC/tests/e2e/fuzz_lib.sh"
bin="$BUILD/image_fuzz"
[ -n "${LECTERN_FUZZ_BIN:-}" ] && bin="$(dirname "$LECTERN_FUZZ_BIN")/image_fuzz"
run_fuzzer image "$bin" "$SRC/tests/fuzz/image_corpus" "${3:-20}" 1048576

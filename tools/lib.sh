# Shared by tools/run, tools/test and tools/bench: paths and the build step.
# shellcheck shell=bash
LECTERN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="$(nproc 2>/dev/null || echo 2)"

# configure_and_build DIR BUILD_TYPE [extra cmake args...] -- [targets...]
configure_and_build() {
  local dir="$1" type="$2"; shift 2
  local cmake_args=() targets=()
  while (($#)); do
    if [ "$1" = "--" ]; then shift; targets=("$@"); break; fi
    cmake_args+=("$1"); shift
  done
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$LECTERN_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${cmake_args[@]}" >/dev/null
  fi
  local target_args=()
  for t in "${targets[@]}"; do target_args+=(--target "$t"); done
  cmake --build "$dir" -j "$JOBS" "${target_args[@]}"
}

# start_xvfb: gives this script a virtual display (Mesa software OpenGL) unless one is set.
start_xvfb() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
  local n
  for n in $(seq 90 140); do
    [ -e "/tmp/.X${n}-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    LECTERN_XVFB_PID=$!
    for _ in $(seq 1 50); do
      [ -e "/tmp/.X11-unix/X$n" ] && break
      sleep 0.1
    done
    if kill -0 "$LECTERN_XVFB_PID" 2>/dev/null; then
      export DISPLAY=":$n"
      export LIBGL_ALWAYS_SOFTWARE=1
      trap 'kill "$LECTERN_XVFB_PID" 2>/dev/null || true' EXIT
      return 0
    fi
  done
  echo "could not start Xvfb" >&2
  return 1
}

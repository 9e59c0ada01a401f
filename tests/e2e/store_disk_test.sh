#!/usr/bin/env bash
# A real full disk and a real read-only folder under a running store, on a tiny tmpfs.
# Needs root and permission to mount (a container may refuse): otherwise it says so and passes
# without testing (tests/core/store_full_disk_test.cpp covers the full disk through a VFS).
# Args: BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
WRITER="$BUILD/store_writer_tool"
WORK="$(mktemp -d)"
MNT="$WORK/mnt"
mkdir -p "$MNT"
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
[[ -x "$WRITER" ]] || fail "$WRITER is not built"

if [[ $(id -u) -ne 0 ]] || ! mount -t tmpfs -o size=2m lectern-store-test "$MNT" 2>/dev/null; then
  echo "SKIP: cannot mount a tmpfs here (needs root and mount permission); the full-disk case is covered by the VFS unit test"
  rm -rf "$WORK"
  exit 0
fi
cleanup() {
  if [[ -n "${WRITER_PID:-}" ]]; then
    kill "$WRITER_PID" 2>/dev/null || true
    wait "$WRITER_PID" 2>/dev/null || true
  fi
  umount "$MNT" 2>/dev/null || umount -l "$MNT" 2>/dev/null || true
  mountpoint -q "$MNT" || rm -rf "$WORK"
}
trap cleanup EXIT

DB="$MNT/progress.db"
big() { python3 -c "print('$1 ' + 'x' * 60000)"; }

coproc WRITER_PROC { "$WRITER" --db "$DB" --learner Amina --course c --stdin 2>"$WORK/writer.err"; }
WRITER_PID=$WRITER_PROC_PID
say() { echo "$1" >&"${WRITER_PROC[1]}"; }
hear() { local line; IFS= read -r -t 60 line <&"${WRITER_PROC[0]}" || fail "writer did not answer"; echo "$line"; }

say "reflect before the disk filled"
say "flush 5000"
[[ "$(hear)" == "flushed 1 saved 0 "* ]] || fail "first save"
pass "saved on a healthy disk"

# Fill the disk completely.
dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null || true
for i in 1 2 3; do say "reflect $(big "full-$i")"; done
say "flush 2000"
line="$(hear)"
[[ "$line" == "flushed 0 failed 3 Could not save: the disk is full."* ]] || fail "full disk status: $line"
pass "full disk reported: ${line#flushed 0 failed 3 }"

rm -f "$MNT/filler"
say "retry"
say "flush 20000"
line="$(hear)"
[[ "$line" == "flushed 1 saved 0 "* ]] || fail "after freeing space: $line"
pass "saved after space was freed"
say "quit"
wait "$WRITER_PID" || fail "writer exit status"
WRITER_PID=

n=$(sqlite3 "$DB" "SELECT COUNT(*) FROM reflection_revisions WHERE text LIKE 'full-%' OR text = 'before the disk filled'")
[[ "$n" == 4 ]] || fail "expected 4 reflections on disk, found $n"
[[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" == ok ]] || fail "integrity after full disk"
pass "every answer written during the full disk is on disk"

# Read-only: the folder (the whole tmpfs) becomes read-only.
mount -o remount,ro "$MNT"
before="$(sha256sum "$DB")"
set +e
"$WRITER" --db "$DB" --learner Amina --count 1 >/dev/null 2>"$WORK/ro.err"; rc=$?
set -e
mount -o remount,rw "$MNT"
[[ $rc -eq 3 ]] || fail "read-only folder: writer exit $rc, want 3 (open failed): $(cat "$WORK/ro.err")"
grep -q "cannot be written" "$WORK/ro.err" || fail "read-only message: $(cat "$WORK/ro.err")"
[[ "$(sha256sum "$DB")" == "$before" ]] || fail "read-only open changed the database"
pass "read-only folder refused clearly: $(head -c 160 "$WORK/ro.err")"

#!/usr/bin/env bash
# Hostile images with the real binary (issue 11, items 5, 6, 15): a course whose module shows a
# FIFO, a 16-bit PPM named photo.png, a truncated HDR and a 16384 x 16384 PNG beside a good
# picture. `lectern check` names each refused file at FILE:LINE:COL, promptly; the app opened
# with a RELATIVE --course path starts, shows the good picture (red in the screenshot), does
# not hang on the FIFO (twice: the resume point is in that module) and keeps its memory low.
# Every file is made here (Python's standard library writes the PNGs).
source "$(dirname "$0")/lib.sh" "$@"
trap cleanup_work EXIT
[ -n "${KEEP_WORK:-}" ] && trap - EXIT
COURSE="$WORK/course"
MOD="$COURSE/modules/pics"
mkdir -p "$MOD"
cat >"$MOD/module.md" <<'EOF'
---
id: pics
title: Pictures
---
# Pictures

![A pipe](pipe.png)

![A photo](photo.png)

![Light](light.hdr.png)

![Red square](red.png)

![Huge](huge.png)

After the pictures.
EOF
mkfifo "$MOD/pipe.png"
printf 'P6\n8 8\n65535\n' >"$MOD/photo.png"; head -c 384 /dev/zero >>"$MOD/photo.png"
printf '#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 64 +X 64\n\x02\x02\x00\x40\x80' >"$MOD/light.hdr.png"
python3 - "$MOD" <<'EOF'
import struct, sys, zlib
def png(path, w, h, colour, row):  # colour 0 = grey, 2 = RGB; `row` is one row's bytes
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    z = zlib.compressobj(9)
    idat = b"".join(z.compress(b"\0" + row) for _ in range(h)) + z.flush()
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, colour, 0, 0, 0))
                + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
png(sys.argv[1] + "/huge.png", 16384, 16384, 0, b"\x80" * 16384)
png(sys.argv[1] + "/red.png", 200, 120, 2, b"\xff\x00\x00" * 200)
EOF
echo "huge.png: $(stat -c %s "$MOD/huge.png") bytes"

# 1. check: one error per refused image, at its line, within seconds (the FIFO never blocks).
set +e
out="$(cd "$WORK" && timeout 30 "$LECTERN" check course 2>"$WORK/err")"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "check exited $rc (124 = it hung), expected 1: $out $(cat "$WORK/err")"
for want in "course/modules/pics/module.md:7:1: error: image 'pipe.png' is a named pipe (FIFO), not a file" \
            "course/modules/pics/module.md:9:1: error: image 'photo.png' is not a PNG or JPEG file" \
            "course/modules/pics/module.md:11:1: error: image 'light.hdr.png' is not a PNG or JPEG file"; do
  grep -qF "$want" <<<"$out" || fail "check did not print: $want\n--- it printed:\n$out"
done
grep -q "huge.png\|red.png" <<<"$out" && fail "check refused a good image: $out"
pass "check: the FIFO, the PPM and the HDR are each named at FILE:LINE:COL; the big PNG is accepted"

# 2. The app, twice (the second start resumes inside the module), with a relative --course.
for run in 1 2; do
  shot="$WORK/shot$run.png"
  args=(--course course --db "$WORK/progress.db" --size 900x700 --screenshot "$shot" --log "$WORK/log$run")
  [ "$run" -eq 1 ] && args+=(--open pics)
  set +e
  (cd "$WORK" && timeout 60 /usr/bin/time -f '%M' -o "$WORK/rss$run" "$LECTERN" "${args[@]}") 2>"$WORK/app-err"; rc=$?
  set -e
  [ "$rc" -eq 0 ] || fail "run $run: lectern exited $rc (124 = it hung on the FIFO): $(cat "$WORK/app-err")"
  red="$(python3 - "$shot" "$SRC/tests/e2e" <<'EOF'
import sys
sys.path.insert(0, sys.argv[2])
from png_stats import read_png
w, h, bpp, rows = read_png(sys.argv[1])
print(sum(1 for row in rows for x in range(0, w * bpp, bpp) if row[x] > 200 and row[x + 1] < 60 and row[x + 2] < 60))
EOF
)"
  [ "$red" -gt 10000 ] || fail "run $run: the red picture does not show ($red red pixels) with a relative --course"
  rss_kb="$(tail -n 1 "$WORK/rss$run")"
  echo "run $run: peak RSS $((rss_kb / 1024)) MiB, $red red pixels"
  [ "$rss_kb" -lt $((600 * 1024)) ] || fail "run $run: peak memory ${rss_kb} KiB: the 16384 x 16384 PNG was kept whole"
done
pass "app: starts twice with the FIFO in the resumed module, shows the picture, peak memory under 600 MiB"

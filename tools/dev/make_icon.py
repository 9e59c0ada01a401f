#!/usr/bin/env python3
"""Draws Lectern's window icon (an open book on a blue rounded square) as PNGs in
assets/icons/. Standard library only; run again after changing the drawing."""
import math
import struct
import sys
import zlib
from pathlib import Path


def png(path, size, pixel):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(data)


def icon(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    r = 0.18  # corner radius of the tile
    dx, dy = max(abs(u - 0.5) - (0.5 - r), 0), max(abs(v - 0.5) - (0.5 - r), 0)
    if math.hypot(dx, dy) > r:
        return (0, 0, 0, 0)
    # Two pages meeting at the spine, slightly raised at the outer edges.
    page_top = 0.30 + 0.06 * abs(u - 0.5) * 2
    page_bottom = 0.72 + 0.04 * abs(u - 0.5) * 2
    if 0.16 < u < 0.84 and page_top < v < page_bottom and abs(u - 0.5) > 0.015:
        # Lines of text on the pages.
        line = (v - page_top) / 0.07
        if 0.22 < u < 0.45 or 0.55 < u < 0.78:
            if line % 1 < 0.35 and 0.6 < line < 5.5:
                return (120, 150, 200, 255)
        return (250, 250, 245, 255)
    if 0.47 < u < 0.53 and 0.72 < v < 0.86:  # the lectern's stand
        return (250, 250, 245, 255)
    if 0.34 < u < 0.66 and 0.84 < v < 0.88:
        return (250, 250, 245, 255)
    return (32, 74, 135, 255)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "assets" / "icons")
    for size in (32, 64, 128):
        png(out / f"lectern-{size}.png", size, icon)

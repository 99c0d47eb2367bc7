"""A minimal TrueType subsetter that keeps glyph ids (for CID ``Identity`` fonts).

Embedding all of Sarabun costs ~60 kB per face in every packet. A document
uses a few hundred glyphs, so we empty the outlines of the others while keeping
every glyph id where it was: the text operators already name glyphs by id and
``CIDToGIDMap /Identity`` needs them unchanged. Only the tables a PDF renderer
reads for a CIDFontType2 are kept (no GSUB/GPOS: shaping is already done).
fontTools would do this too, but is not a dependency of the app.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterable

logger = logging.getLogger(__name__)

_KEEP = (b"cmap", b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"prep")
_ARG_WORDS, _HAVE_SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x1, 0x8, 0x20, 0x40, 0x80


def _tables(data: bytes) -> dict[bytes, bytes]:
    (num_tables,) = struct.unpack_from(">H", data, 4)
    out = {}
    for i in range(num_tables):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        out[tag] = data[offset : offset + length]
    return out


def _components(glyph: bytes) -> list[int]:
    """Glyph ids a composite glyph is built from (empty for simple glyphs)."""
    if len(glyph) < 10 or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return []
    found, pos = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", glyph, pos)
        found.append(gid)
        pos += 4 + (4 if flags & _ARG_WORDS else 2)
        if flags & _HAVE_SCALE:
            pos += 2
        elif flags & _XY_SCALE:
            pos += 4
        elif flags & _TWO_BY_TWO:
            pos += 8
        if not flags & _MORE:
            return found


def _checksum(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def subset_keep_ids(data: bytes, used: Iterable[int]) -> bytes:
    """Return ``data`` with outlines only for ``used`` glyph ids (and their parts).

    Args:
        data: A TrueType (glyf-flavoured) font file.
        used: Glyph ids drawn in the document; ``.notdef`` is always kept.

    Returns:
        A smaller font file in which glyph ids are unchanged.
    """
    tables = _tables(data)
    head = bytearray(tables[b"head"])
    (long_loca,) = struct.unpack_from(">h", head, 50)
    (num_glyphs,) = struct.unpack_from(">H", tables[b"maxp"], 4)
    loca_raw = tables[b"loca"]
    if long_loca:
        loca = list(struct.unpack(f">{num_glyphs + 1}I", loca_raw[: 4 * (num_glyphs + 1)]))
    else:
        loca = [
            2 * v for v in struct.unpack(f">{num_glyphs + 1}H", loca_raw[: 2 * (num_glyphs + 1)])
        ]
    glyf = tables[b"glyf"]

    keep: set[int] = set()
    todo = [0, *used]
    while todo:
        gid = todo.pop()
        if gid in keep or not 0 <= gid < num_glyphs:
            continue
        keep.add(gid)
        todo.extend(_components(glyf[loca[gid] : loca[gid + 1]]))

    new_glyf = bytearray()
    new_loca = [0]
    for gid in range(num_glyphs):
        if gid in keep:
            new_glyf += glyf[loca[gid] : loca[gid + 1]]
            new_glyf += b"\0" * (-len(new_glyf) % 4)
        new_loca.append(len(new_glyf))
    struct.pack_into(">h", head, 50, 1)  # long loca offsets
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, fixed below
    tables[b"glyf"] = bytes(new_glyf)
    tables[b"loca"] = struct.pack(f">{len(new_loca)}I", *new_loca)
    tables[b"head"] = bytes(head)

    tags = [t for t in sorted(tables) if t in _KEEP]
    out, offsets = _assemble({t: tables[t] for t in tags})
    adjust = (0xB1B0AFBA - _checksum(out)) & 0xFFFFFFFF
    result = bytearray(out)
    struct.pack_into(">I", result, offsets[b"head"] + 8, adjust)
    logger.debug(
        "subset font: %d of %d glyphs, %d -> %d bytes",
        len(keep),
        num_glyphs,
        len(data),
        len(result),
    )
    return bytes(result)


def _assemble(tables: dict[bytes, bytes]) -> tuple[bytes, dict[bytes, int]]:
    """Write an sfnt file; also return where each table starts."""
    n = len(tables)
    power = 1
    while power * 2 <= n:
        power *= 2
    search_range = power * 16
    entry_selector = power.bit_length() - 1
    header = struct.pack(
        ">IHHHH", 0x00010000, n, search_range, entry_selector, n * 16 - search_range
    )
    offset = 12 + 16 * n
    records, bodies = [], []
    offsets: dict[bytes, int] = {}
    for tag, table in tables.items():
        offsets[tag] = offset
        records.append(struct.pack(">4sIII", tag, _checksum(table), offset, len(table)))
        padded = table + b"\0" * (-len(table) % 4)
        bodies.append(padded)
        offset += len(padded)
    return header + b"".join(records) + b"".join(bodies), offsets

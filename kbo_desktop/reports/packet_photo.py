"""The chosen product photo: scaled to fit its box, aspect kept, embedded at print size."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, Table, TableStyle

from kbo_desktop.reports.packet_data import PacketProduct
from kbo_desktop.reports.packet_styles import MUTED, RULE, PacketStyles, para

log = logging.getLogger(__name__)

PHOTO_WIDTH = 5.4 * cm
PHOTO_HEIGHT = 6.5 * cm
PHOTO_DPI = 200  # enough for print; keeps a 20-photo packet small
OVERSIZE = 1.6  # a JPEG up to this much larger than needed is embedded unchanged
_EXIF_ORIENTATION = 0x0112


def photo_block(item: PacketProduct, styles: PacketStyles) -> Flowable | None:
    assert item.photo_file is not None
    image = load_photo(item.photo_file, PHOTO_WIDTH, PHOTO_HEIGHT)
    if image is None:
        return None
    cells: list[list[Flowable]] = [[image]]
    caption = item.photo.caption if item.photo is not None else ""
    if caption:
        cells.append(
            [para(caption, styles.cell_center.derive(color=MUTED, font_size=9, leading=13))]
        )
    block = Table(cells, colWidths=[PHOTO_WIDTH], hAlign="RIGHT")
    block.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BOX", (0, 0), (0, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return block


def load_photo(path: Path, max_width: float, max_height: float) -> Image | None:
    """The photo scaled to fit the box with its aspect kept, at print size.

    Photos are stored up to 2000 px; embedding them whole would make a
    20-product packet tens of megabytes for no visible gain, so large ones are
    re-encoded at :data:`PHOTO_DPI`. An upright JPEG that is already about
    print size is embedded as it is: no decoding, no second compression.
    """
    limit = (int(max_width / 72 * PHOTO_DPI), int(max_height / 72 * PHOTO_DPI))
    try:
        with PILImage.open(path) as opened:
            if _print_ready(opened, limit):
                source: str | io.BytesIO = str(path)
                size = opened.size
            else:
                source, size = _reencoded(opened, limit)
    except (OSError, UnidentifiedImageError, PILImage.DecompressionBombError) as exc:
        log.warning("photo %s cannot be read (%s); packet shows none", path, exc)
        return None
    scale = min(max_width / size[0], max_height / size[1])
    return Image(source, width=size[0] * scale, height=size[1] * scale)


def _print_ready(opened: PILImage.Image, limit: tuple[int, int]) -> bool:
    upright = opened.getexif().get(_EXIF_ORIENTATION, 1) == 1
    small = opened.size[0] <= limit[0] * OVERSIZE and opened.size[1] <= limit[1] * OVERSIZE
    return opened.format == "JPEG" and opened.mode in ("RGB", "L") and upright and small


def _reencoded(
    opened: PILImage.Image, limit: tuple[int, int]
) -> tuple[io.BytesIO, tuple[int, int]]:
    opened.draft("RGB", limit)  # JPEG decodes at reduced size: much faster
    picture = ImageOps.exif_transpose(opened)
    if picture.mode in ("RGBA", "LA", "P"):
        rgba = picture.convert("RGBA")
        picture = PILImage.new("RGB", rgba.size, "white")
        picture.paste(rgba, mask=rgba.split()[-1])
    else:
        picture = picture.convert("RGB")
    picture.thumbnail(limit, PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    buffer.seek(0)
    return buffer, picture.size

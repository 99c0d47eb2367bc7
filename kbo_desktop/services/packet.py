"""The committee meeting packet: gather a meeting's data, render it, write the PDF.

The meetings tab and ``kbo-desktop packet`` share these three calls:

* :func:`gather_packet` reads everything the packet shows in one short read
  session, a fixed number of queries whatever the agenda's length, and
  returns plain :class:`PacketData`;
* :func:`build_packet` renders it to PDF bytes, reporting progress per
  product and stopping with :class:`PacketCancelled` when asked to, so the
  tab can run it in a worker thread;
* :func:`write_packet` writes the file atomically: a crash or a cancel never
  leaves a half-written PDF where the user expects a whole one.

Personal data (phone numbers, national ID numbers) is removed while gathering
(:mod:`.packet_gather`), before the renderer sees anything, unless
:attr:`PacketOptions.include_personal_data`.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import KboError
from kbo_desktop.reports.packet import PacketRenderer
from kbo_desktop.reports.packet_data import PacketData, PacketProduct
from kbo_desktop.services.packet_gather import PacketGatherer, product_photos, redact_personal
from kbo_desktop.services.records import load_row
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import to_record

log = logging.getLogger(__name__)

__all__ = [
    "PacketCancelled",
    "PacketData",
    "PacketOptions",
    "PacketProduct",
    "build_packet",
    "gather_packet",
    "product_photos",
    "redact_personal",
    "write_packet",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PacketCancelled(KboError):
    """The user cancelled packet generation; nothing was written."""

    def __init__(self) -> None:
        super().__init__("ยกเลิกการสร้างเอกสารประกอบการประชุมแล้ว", "packet generation was cancelled")


@dataclass
class PacketOptions:
    """Choices the user makes before generating a packet.

    Attributes:
        include_personal_data: print producers' phone numbers and leave phone
            and ID numbers in free text; off by default because packets are
            handed round a committee room.
        photo_ids: photos chosen for this packet; for each product the
            first of its photos (or of the visit photos ticked for it) in
            this set is shown. ``None`` means no choice was made: the photo
            ticked "in the packet" on the latest visit, else the product's
            first photo.
    """

    include_personal_data: bool = False
    photo_ids: set[str] | None = None


def gather_packet(
    db: Database, meeting_id: str, options: PacketOptions | None = None
) -> PacketData:
    """Everything a meeting's packet shows, as plain data (one short read session).

    Agenda products that were deleted since are left out. Certifications are
    flagged relative to the meeting date; plans are those of the meeting's
    fiscal year (else each product's newest plan).

    Raises:
        NotFoundError: no live meeting has this id.
    """
    options = options or PacketOptions()
    with db.reading() as session:
        meeting = to_record(load_row(session, r.Meeting, meeting_id))
        assert isinstance(meeting, r.Meeting)
        gatherer = PacketGatherer(
            session, meeting, personal=options.include_personal_data, photo_ids=options.photo_ids
        )
    return gatherer.packet(db)


def build_packet(
    db: Database,
    meeting_id: str,
    options: PacketOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The meeting's packet as PDF bytes.

    Args:
        progress: called as ``progress(done, total)`` with ``total`` the
            number of agenda products: ``(0, n)`` once the data is read, then
            as each product's section is laid out, and ``(n, n)`` at the end.
            Called on the worker's thread; a Qt worker should emit a signal.
        cancelled: polled before reading and between products; when it
            returns True generation stops with :class:`PacketCancelled`.

    Raises:
        NotFoundError: no such meeting.
        PacketCancelled: ``cancelled()`` turned true.
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            log.info("packet for meeting %s cancelled", meeting_id)
            raise PacketCancelled()

    check()
    data = gather_packet(db, meeting_id, options)
    total = len(data.products)

    reported = -1

    def on_section(done: int, _total: int) -> None:
        nonlocal reported
        check()
        if progress is not None and done != reported:
            reported = done
            progress(done, total)

    on_section(0, total)
    pdf = PacketRenderer(data).render(on_section=on_section)
    if progress is not None:
        progress(total, total)
    log.info("packet for meeting %s: %d products, %d bytes", meeting_id, total, len(pdf))
    return pdf


def write_packet(
    db: Database,
    meeting_id: str,
    target: Path,
    options: PacketOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Build the packet and write it to ``target`` atomically; returns ``target``.

    The PDF goes to a temporary file beside ``target`` that replaces it only
    once complete, so an existing file survives a failed or cancelled run.

    Raises:
        NotFoundError, PacketCancelled: as :func:`build_packet`.
        KboError: the folder cannot be written.
    """
    target = Path(target)
    pdf = build_packet(db, meeting_id, options, progress=progress, cancelled=cancelled)
    # A named temporary file opened with "xb" (not mkstemp) so the PDF gets
    # the user's usual permissions rather than owner-only ones.
    temp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "xb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _write_error(target: Path, exc: OSError) -> KboError:
    return KboError(
        f"บันทึกไฟล์ไม่ได้: {exc.strerror or exc}",
        f"cannot write the file: {exc.strerror or exc}",
        record=str(target),
    )

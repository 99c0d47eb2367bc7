"""Photos of a visit: stored by hash the moment they are added, saved with the visit.

The records come back unsaved so a visit that is not stored yet (or only a
draft) can already have photos; :meth:`VisitService.save_visit` saves them
with the visit. Whether a photo goes into the committee packet is kept in
``extra["in_packet"]`` so the choice travels in bundles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind
from kbo_desktop.domain.errors import KboError
from kbo_desktop.services.photos import store_files
from kbo_desktop.store.database import Database

IN_PACKET = "in_packet"


@dataclass
class PhotoBatch:
    """Photos prepared for a visit (files stored, records not yet saved)."""

    added: list[r.Photo] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, KboError]] = field(default_factory=list)


def in_packet(photo: r.Photo) -> bool:
    """Whether the officer chose this photo for the committee packet."""
    return bool(photo.extra.get(IN_PACKET, False))


def with_in_packet(photo: r.Photo, chosen: bool) -> r.Photo:
    return replace(photo, extra={**photo.extra, IN_PACKET: bool(chosen)})


def import_photos(
    db: Database,
    owner_id: str,
    paths: Iterable[Path],
    have: Iterable[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> PhotoBatch:
    """Scale down and store image files (once, by hash) as photos of a visit.

    The records are returned unsaved: they are saved with the visit, so a
    visit not yet stored can have photos too. Files whose content is in
    ``have`` (hashes already on the visit) are skipped; unreadable files
    are reported without stopping the rest. Safe to run off the GUI thread.
    """
    files = store_files(db, paths, have, progress)
    batch = PhotoBatch(duplicates=files.duplicates, failed=list(files.failed))
    for _path, digest, ext, taken in files.stored:
        photo = r.Photo(
            sha256=digest,
            ext=ext,
            owner_kind=PhotoOwnerKind.VISIT,
            owner_id=owner_id,
            taken_on=taken,
            extra={IN_PACKET: False},
        )
        batch.added.append(photo)
    return batch

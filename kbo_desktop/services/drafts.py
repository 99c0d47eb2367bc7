"""Crash-safe drafts of forms being typed: one small JSON file per draft.

Why files and not a table: a draft is this laptop's unfinished typing, not a
record. It must not travel in bundles, must not wait for the database's write
lock (a bundle import holds it for seconds, and typing must never stall), and
needs no schema migration. Each draft is written whole to a temporary file,
flushed to disk with ``fsync`` and moved over the old one with ``os.replace``,
which is atomic: after a power cut the file holds either the previous draft
or the new one, never half of each. The folder sits beside the database
(``<home>/<stem>-drafts/``), so a copied database folder keeps its drafts.

The state is whatever JSON the form gives (its widgets' raw text, so even a
half-typed date comes back exactly as it was typed).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kbo_desktop.store.database import Database

log = logging.getLogger(__name__)

FORMAT = 1
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


@dataclass(frozen=True)
class Draft:
    """One saved draft.

    Attributes:
        key: what the draft is of (e.g. the visit's id), also its file name.
        kind: which form wrote it (``"visit"``).
        state: the form's state, as the form gave it.
        summary: a few display strings for lists (producer, date, purpose).
        saved_at: when it was written (UTC).
        explicit: the user chose "keep as draft"; otherwise it was saved
            automatically while typing and is offered back after a crash.
    """

    key: str
    kind: str
    state: dict[str, Any]
    summary: dict[str, str] = field(default_factory=dict)
    saved_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    explicit: bool = False


class DraftStore:
    """The drafts of one database."""

    def __init__(self, db: Database | None = None, *, folder: Path | None = None):
        if folder is None:
            assert db is not None
            folder = db.home / f"{db.stem}-drafts"
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"draft key {key!r} is not a plain identifier")
        return self.folder / f"{key}.json"

    def save(self, draft: Draft) -> None:
        """Write ``draft`` durably, replacing any earlier draft with its key."""
        target = self._path(draft.key)
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "key": draft.key,
            "kind": draft.kind,
            "explicit": draft.explicit,
            "saved_at": draft.saved_at.isoformat(),
            "summary": draft.summary,
            "state": draft.state,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            with open(partial, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(partial, target)
        except OSError:
            partial.unlink(missing_ok=True)
            raise
        _sync_folder(self.folder)
        log.debug("draft %s written (%d bytes)", draft.key, len(data))

    def load(self, key: str) -> Draft | None:
        path = self._path(key)
        return _read(path) if path.is_file() else None

    def all(self, kind: str | None = None) -> list[Draft]:
        """Every readable draft, newest first; an unreadable file is set aside."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("*.json"):
            draft = _read(path)
            if draft is not None and (kind is None or draft.kind == kind):
                found.append(draft)
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


def _read(path: Path) -> Draft | None:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return Draft(
            key=str(payload["key"]),
            kind=str(payload["kind"]),
            state=dict(payload["state"]),
            summary={str(k): str(v) for k, v in payload.get("summary", {}).items()},
            saved_at=datetime.fromisoformat(payload["saved_at"]),
            explicit=bool(payload.get("explicit")),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("draft %s is unreadable (%s); set aside", path, exc)
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(".unreadable"))
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory fsync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""The packet benchmark's plain-ReportLab reference sets the packet's own text (issue 8).

The speed target compares the packet with "plain unshaped ReportLab paragraphs
of the same text"; a reference carrying less text would flatter nothing and
mislead everyone, so the text both PDFs give back is compared here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

from bench.packet import build_plain, packet_texts
from kbo_desktop.domain import records as r
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.packet import gather_packet, write_packet
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database


def _letters(pdf: Path) -> Counter[str]:
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext (poppler-utils) is required"
    out = subprocess.run([exe, str(pdf), "-"], check=True, capture_output=True)
    return Counter(re.sub(r"[\s\-]", "", out.stdout.decode("utf-8")))


def test_plain_reference_carries_the_packets_text_in_sarabun(tmp_path: Path) -> None:
    db = Database(tmp_path / "demo.db")
    build_demo(db, today=date(2023, 6, 1))
    meeting = RecordService(db).list(r.Meeting)[0]
    packet = write_packet(db, meeting.id, tmp_path / "packet.pdf")
    texts = packet_texts(gather_packet(db, meeting.id))
    reference = tmp_path / "plain.pdf"
    reference.write_bytes(build_plain(texts))
    db.close()

    assert {size for _, size, _ in texts} >= {9, 10, 12, 17, 22}
    assert any(bold for _, _, bold in texts) and not all(bold for _, _, bold in texts)
    # Page numbers, running headers and footers are part of the packet's text too.
    assert any(t == "- ๒ -" for t, _, _ in texts)

    ours, plain = _letters(packet), _letters(reference)
    assert sum(plain.values()) > 50_000
    # The packet repeats table header rows on continuation pages; otherwise the same letters.
    assert abs(sum(ours.values()) - sum(plain.values())) < 0.01 * sum(ours.values())
    differing = sum(abs(ours[c] - plain[c]) for c in ours.keys() | plain.keys())
    assert differing < 0.01 * sum(ours.values())
    assert b"Sarabun" in reference.read_bytes(), "the reference embeds the same Sarabun TTF"

"""An import killed with SIGKILL halfway leaves a whole database with all of the bundle or none."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.exchange import export_bundle
from kbo_desktop.store.database import Database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]
SCALE = 30


def _import(bundle: Path, target: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "kbo_desktop", "import", str(bundle), "--db", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip


def _producers(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return connection.execute("SELECT count(*) FROM producers").fetchone()[0]


def _empty_target(path: Path) -> Path:
    Database(path).close()  # migrated in advance, so the only writing left is the import
    return path


def test_sigkill_during_a_large_import_leaves_all_or_nothing(tmp_path):
    source = Database(tmp_path / "district.db")
    counts = build_demo(source, scale=SCALE, today=date(2024, 6, 1))
    bundle = export_bundle(source, tmp_path / "big.kbo").file
    source.close()

    # Wait until the import's one transaction is spilling into the write-ahead log (records are
    # being written; the target was migrated in advance, so nothing else writes to it), then SIGKILL.
    target = _empty_target(tmp_path / "target.db")
    wal = Path(f"{target}-wal")
    victim = _import(bundle, target)
    deadline = time.monotonic() + 25
    while time.monotonic() < deadline and victim.poll() is None:
        if wal.exists() and wal.stat().st_size > 512 * 1024:
            break
        time.sleep(0.005)
    was_running = victim.poll() is None
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    stderr = victim.stderr.read().decode() if victim.stderr else ""
    assert was_running, f"the import ended before it could be killed: {stderr}"
    assert victim.returncode == -signal.SIGKILL

    found = _producers(target)
    assert found in (0, counts["producers"])
    reopened = Database(target)  # and the program opens it again as usual
    reopened.close()

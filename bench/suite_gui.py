"""Cold start to the first painted MainWindow vs a bare QMainWindow, each in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

DRIVER = Path(__file__).resolve().parent / "coldstart_driver.py"


def cold_start(kind: str, db: Path | None, timeout: float = 120) -> dict[str, float]:
    """Seconds to the first paint ("painted") and, for KBO, to the first paint with
    the data in ("ready"), plus the process's peak memory ("peak_mb")."""
    args = [sys.executable, str(DRIVER), kind] + ([str(db)] if db else [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    proc = subprocess.run(args + [repr(t0)], capture_output=True, text=True, env=env, timeout=timeout)
    found: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        label, _, rest = line.partition(" ")
        if label in ("PAINTED", "READY"):
            seconds, peak = rest.split()
            found[label.lower()] = float(seconds)
            found["peak_mb"] = float(peak)
    if "painted" not in found or (kind != "bare" and "ready" not in found):
        raise RuntimeError(f"no paint from {kind}: {proc.stderr[-2000:]}")
    return found

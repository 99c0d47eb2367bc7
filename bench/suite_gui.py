"""Cold start to the first painted MainWindow vs a bare QMainWindow, each in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

DRIVER = Path(__file__).resolve().parent / "coldstart_driver.py"


def cold_start(kind: str, db: Path | None, timeout: float = 120) -> tuple[float, float]:
    args = [sys.executable, str(DRIVER), kind] + ([str(db)] if db else [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    proc = subprocess.run(args + [repr(t0)], capture_output=True, text=True, env=env, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, seconds, peak = line.split()
            return float(seconds), float(peak)
    raise RuntimeError(f"no paint from {kind}: {proc.stderr[-2000:]}")

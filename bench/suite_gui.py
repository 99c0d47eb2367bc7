"""Cold start to the first painted MainWindow vs a bare QMainWindow, each in a fresh process."""

from __future__ import annotations

import compileall
import functools
import os
import subprocess
import sys
import time
from pathlib import Path

DRIVER = Path(__file__).resolve().parent / "coldstart_driver.py"


@functools.cache
def _write_bytecode() -> None:
    """Compile KBO Desktop's modules once, as installing a package does (pip writes
    the bytecode of what it installs). Without this, a machine that sets
    PYTHONDONTWRITEBYTECODE (this one does) compiles every module from source on
    every start, while PySide6, installed by pip, starts from bytecode."""
    import kbo_desktop

    compileall.compile_dir(Path(kbo_desktop.__file__).parent, quiet=1)


def cold_start(kind: str, db: Path | None, timeout: float = 120) -> dict[str, float]:
    """Seconds to the first paint ("painted") and, for KBO, to the first paint with
    the data in ("ready"), plus the process's peak memory ("peak_mb")."""
    _write_bytecode()
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

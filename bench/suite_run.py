"""Run one ``bench.worker`` measurement in its own subprocess (own peak memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def measure(name: str, db: Path, runs: int, timeout: float) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        proc = subprocess.run([sys.executable, "-m", "bench.worker", name, str(db), str(runs)],
                              capture_output=True, text=True, env=env, timeout=timeout,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    return {"error": (proc.stderr or proc.stdout)[-1500:]}

"""Build (or reuse) the demo database of each scale with ``kbo-desktop demo --scale N``.

Databases are cached as ``bench/out/db/scale-N/kbo.db``; the build time and peak
memory of the build are stored beside them (``build.json``) so a cached run still
reports them. A cached database is rebuilt when the demo generator or the
migrations have changed since it was built (their fingerprint is in ``build.json``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
DB_ROOT = OUT / "db"
_RSS = "import resource,sys;print('RSS',resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,file=sys.stderr)"


def fingerprint() -> str:
    """Hash of what decides a demo database's content: the generator and the schema."""
    package = Path(__file__).resolve().parents[1] / "kbo_desktop"
    files = sorted(package.glob("services/demo*.py")) + sorted(
        package.glob("store/migrations/versions/*.py")
    )
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def db_path(scale: int) -> Path:
    return DB_ROOT / f"scale-{scale}" / "kbo.db"


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [n for (n,) in con.execute("select name from sqlite_master where type='table'")]
        wanted = [n for n in names if n in ("producers", "products", "swot_items", "visits", "plans", "plan_actions", "photos")]
        return {n: con.execute(f"select count(*) from {n}").fetchone()[0] for n in wanted}
    finally:
        con.close()


def ensure(scale: int, *, log=print) -> dict[str, object]:  # noqa: ANN001
    folder = db_path(scale).parent
    meta = folder / "build.json"
    if meta.is_file() and db_path(scale).is_file():
        cached = json.loads(meta.read_text())
        if cached.get("fingerprint") == fingerprint():
            return cached
        log(f"scale {scale}: the demo generator or schema changed since it was built; rebuilding")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"building scale {scale} with `kbo-desktop demo --scale {scale}` ...")
    code = (
        "import sys,runpy,resource;"
        f"sys.argv=['kbo-desktop','demo','--db',{str(db_path(scale))!r},'--scale','{scale}'];"
        "from kbo_desktop.cli import main\n"
        "try:\n  rc=main()\nexcept SystemExit as e:\n  rc=e.code\n"
        "print('RSS',resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,file=sys.stderr);sys.exit(rc or 0)"
    )
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"demo --scale {scale} failed:\n{proc.stdout}\n{proc.stderr}")
    rss = [int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("RSS ")]
    result = {
        "scale": scale,
        "fingerprint": fingerprint(),
        "build_s": seconds,
        "build_peak_mb": rss[-1] / 1024 if rss else None,
        "db_mb": db_path(scale).stat().st_size / 2**20,
        "counts": counts(db_path(scale)),
    }
    meta.write_text(json.dumps(result, indent=1))
    log(f"  scale {scale}: {seconds:.1f} s, {result['counts']}")
    return result


if __name__ == "__main__":
    for s in sys.argv[1:]:
        print(json.dumps(ensure(int(s))))

"""One measurement in its own process: ``python -m bench.worker NAME DB RUNS``.

Prints one JSON line: per-run seconds for each step and the process's peak RSS
(``ru_maxrss``), so every measurement's memory peak is its own.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _copy_db(src: Path, folder: Path) -> Path:
    """A private copy of a cached database (and its photos) for measurements that write."""
    dst = folder / "kbo.db"
    shutil.copy2(src, dst)
    for item in src.parent.iterdir():
        if item.is_dir():
            shutil.copytree(item, folder / item.name)
    return dst


def m_producers(db_file: Path, runs: int) -> dict[str, list[float]]:
    """ProducersTab: open (construct + first load + first paint), scroll to end, sort, filter."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.producers.list_model import COL_AMPHOE
    from kbo_desktop.ui.producers.tab import ProducersTab

    app = create_application(["bench"])
    db = Database(db_file)
    steps: dict[str, list[float]] = {"open": [], "scroll": [], "sort": [], "filter": [], "rows": []}
    for _ in range(runs + 1):  # the first (cold: imports, fonts, caches) is reported apart
        t0 = time.perf_counter()
        tab = ProducersTab(db)
        tab.resize(1280, 800)
        tab.show()
        QApplication.processEvents()
        t1 = time.perf_counter()
        table = tab.ui.producerTable
        table.scrollToBottom()
        QApplication.processEvents()
        t2 = time.perf_counter()
        table.sortByColumn(COL_AMPHOE, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        t3 = time.perf_counter()
        tab.ui.searchEdit.setText("น้ำพริก")
        tab._on_filters_changed()  # what the debounce timer fires (its delay left out)
        QApplication.processEvents()
        t4 = time.perf_counter()
        steps["rows"].append(tab.proxy.rowCount())
        steps["open"].append(t1 - t0)
        steps["scroll"].append(t2 - t1)
        steps["sort"].append(t3 - t2)
        steps["filter"].append(t4 - t3)
        tab.close()
        tab.deleteLater()
        # Destroy it now: processEvents() leaves deferred deletes alone, and a tab
        # left alive runs its filter debounce (armed by the filter step) during
        # the next run's open: a 30 ms text filter counted as part of opening.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    db.close()
    del app
    for key in ("open", "scroll", "sort", "filter"):
        steps[key + "_first"] = [steps[key].pop(0)]
    return steps


WORD = "สมุนไพร"


def m_search(db_file: Path, runs: int) -> dict[str, list[float]]:
    """services.search over each typed prefix of a Thai word; seconds per call."""
    from kbo_desktop.services.search import search
    from kbo_desktop.store.database import Database

    db = Database(db_file)
    search(db, "ก")  # warm-up: imports, first connection
    per_call: list[float] = []
    slowest: list[float] = []
    hits: list[float] = []
    for _ in range(runs):
        worst = 0.0
        for i in range(1, len(WORD) + 1):
            t0 = time.perf_counter()
            found = search(db, WORD[:i])
            dt = time.perf_counter() - t0
            per_call.append(dt)
            worst = max(worst, dt)
        hits.append(len(found))
        slowest.append(worst)
    db.close()
    return {"keystroke": per_call, "slowest_keystroke": slowest, "hits_full_word": hits}


def m_visit(db_file: Path, runs: int) -> dict[str, list[float]]:
    """VisitService.save_visit of an existing visit with its observations (a copy of the db per run)."""
    from kbo_desktop.domain import records as r
    from kbo_desktop.services.records import RecordService
    from kbo_desktop.services.visits import VisitService
    from kbo_desktop.store.database import Database

    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            db = Database(_copy_db(db_file, Path(folder)))
            service = VisitService(db)
            with db.reading() as session:
                from sqlalchemy import select

                from kbo_desktop.store.mapping import ROW_TYPES

                row_type = ROW_TYPES[r.Visit]
                visit_id = session.scalars(select(row_type.id).limit(1)).first()
            detail = service.load_visit(visit_id)
            visit = detail.visit.model_copy(update={"findings": detail.visit.findings + " (bench)"}) \
                if hasattr(detail.visit, "model_copy") else detail.visit
            t0 = time.perf_counter()
            service.save_visit(visit, detail.observations, detail.photos)
            times.append(time.perf_counter() - t0)
            db.close()
    del RecordService
    return {"save_visit": times}


def m_exchange(db_file: Path, runs: int) -> dict[str, list[float]]:
    """export_bundle of the whole database; import_bundle of it into an empty database."""
    from kbo_desktop.services.exchange import export_bundle, import_bundle
    from kbo_desktop.store.database import Database

    out: dict[str, list[float]] = {"export": [], "import": [], "bundle_mb": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            db = Database(_copy_db(db_file, folder / "src" if (folder / "src").mkdir() is None else folder))
            bundle = folder / "all.kbo"
            t0 = time.perf_counter()
            export_bundle(db, bundle, officer="bench", province="เลย")
            out["export"].append(time.perf_counter() - t0)
            out["bundle_mb"].append(bundle.stat().st_size / 2**20)
            db.close()
            target = Database(folder / "dst" / "kbo.db")
            t0 = time.perf_counter()
            import_bundle(target, bundle, backup=False)
            out["import"].append(time.perf_counter() - t0)
            target.close()
    return out


def m_preview(db_file: Path, runs: int) -> dict[str, list[float]]:
    """The import preview dialog, as a user opens it, on the whole database's bundle into
    an empty database (every record listed): shown at once, filled, scrolled to the end.

    The bundle is exported by a child process (``kbo-desktop export``), so the peak is
    the preview's own. ``peak_after_run_mb`` is the peak after each run: the first is
    one preview in a fresh window; later runs show what previewing again in the same
    window adds (memory the allocator keeps after the first dialog is freed).
    """
    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtWidgets import QApplication

    from kbo_desktop.store.database import Database
    from kbo_desktop.ui.app import create_application
    from kbo_desktop.ui.exchange.import_preview import ImportPreviewDialog

    app = create_application(["bench"])
    out: dict[str, list[float]] = {"preview": [], "listed": [], "peak_after_run_mb": []}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "src").mkdir()
        source = _copy_db(db_file, folder / "src")  # exporting logs the exchange
        bundle = folder / "all.kbo"
        subprocess.run([sys.executable, "-m", "kbo_desktop", "export", "--db", str(source), "--officer", "bench",
                        "--province", "เลย", str(bundle)], check=True, capture_output=True)  # fmt: skip
        for run in range(runs):
            target = Database(folder / f"dst{run}" / "kbo.db")
            t0 = time.perf_counter()
            dialog = ImportPreviewDialog(target, bundle)
            dialog.show()
            loop = QEventLoop()
            dialog.loaded.connect(loop.quit)
            loop.exec()
            QApplication.processEvents()
            dialog.changes_view.scrollToBottom()
            QApplication.processEvents()
            out["preview"].append(time.perf_counter() - t0)
            if dialog.preview is None:
                raise RuntimeError(f"the preview failed: {dialog.error}")
            out["listed"].append(len(dialog.preview.changes))
            out["peak_after_run_mb"].append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            dialog.close()
            dialog.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # freed before the next run
            target.close()
    del app
    return out


def m_packet(db_file: Path, runs: int) -> dict[str, list[float]]:
    """The committee packet of the first meeting vs plain ReportLab (bench.packet's references)."""
    from bench.packet import build_plain, build_plain_layout, packet_texts
    from kbo_desktop.domain import records as r
    from kbo_desktop.services.packet import build_packet, gather_packet
    from kbo_desktop.services.records import RecordService
    from kbo_desktop.store.database import Database

    db = Database(db_file)
    meeting = RecordService(db).list(r.Meeting)[0]
    t0 = time.perf_counter()
    build_packet(db, meeting.id)
    first = time.perf_counter() - t0
    data = gather_packet(db, meeting.id)
    texts = packet_texts(data)
    build_plain(texts[:5])
    build_plain_layout(db, meeting.id)
    out: dict[str, list[float]] = {"first_packet": [first], "packet": [], "plain_text": [], "plain_layout": [],
                                   "products": [len(data.products)]}
    for _ in range(runs):
        t0 = time.perf_counter()
        build_packet(db, meeting.id)
        t1 = time.perf_counter()
        build_plain(texts)
        t2 = time.perf_counter()
        build_plain_layout(db, meeting.id)
        t3 = time.perf_counter()
        out["packet"].append(t1 - t0)
        out["plain_text"].append(t2 - t1)
        out["plain_layout"].append(t3 - t2)
    db.close()
    return out


MEASURES = {"producers": m_producers, "search": m_search, "visit": m_visit, "exchange": m_exchange,
            "preview": m_preview,
            "packet": m_packet}


def main() -> None:
    name, db_file, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    result = MEASURES[name](db_file, runs)
    result_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.flush()
    print("BENCH-JSON " + json.dumps({"steps": result, "peak_mb": result_peak}), flush=True)
    os._exit(0)  # skip Qt/SQLAlchemy teardown


if __name__ == "__main__":
    main()

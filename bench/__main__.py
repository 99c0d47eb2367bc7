"""KBO Desktop benchmark suite.

    python -m bench [--scales 1,50,500] [--runs 3] [--quick] [--timeout 600]

Builds (or reuses, cached under bench/out/db/) demo databases with
``kbo-desktop demo --scale N`` and measures, each kind in its own subprocess
(peak memory = that process's ru_maxrss), medians of ``--runs``:
cold start vs bare PySide6, producers tab (open / scroll to end / sort / filter),
search per keystroke, saving a visit, bundle export and import (into an empty
database), the import preview dialog on that whole bundle, and the 20-product
committee packet vs plain ReportLab.
Prints a table and writes bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time

from bench import suite_build, suite_gui, suite_run

OUT = suite_build.OUT / "results.json"


def med(values):  # noqa: ANN001, ANN201
    return statistics.median(values) if values else None


def run(scales: list[int], runs: int, timeout: float) -> dict:
    results: dict = {"scales": {}, "runs": runs, "python": platform.python_version(), "started": time.ctime()}
    for scale in scales:
        res: dict = results["scales"].setdefault(str(scale), {})
        res["build"] = suite_build.ensure(scale)
        db = suite_build.db_path(scale)
        print(f"[scale {scale}] cold start ...", flush=True)
        bare, app, ready, bare_mb, app_mb = [], [], [], [], []
        for _ in range(runs):
            found = suite_gui.cold_start("bare", None)
            bare.append(found["painted"])
            bare_mb.append(found["peak_mb"])
            found = suite_gui.cold_start("kbo", db)
            app.append(found["painted"])
            ready.append(found["ready"])
            app_mb.append(found["peak_mb"])
        res["cold_start"] = {"steps": {"app": app, "ready": ready, "bare": bare},
                             "peak_mb": max(app_mb), "bare_peak_mb": max(bare_mb)}  # fmt: skip
        for name in ("producers", "search", "visit", "exchange", "preview", "packet"):
            print(f"[scale {scale}] {name} ...", flush=True)
            t0 = time.perf_counter()
            res[name] = suite_run.measure(name, db, runs, timeout)
            res[name]["wall_s"] = time.perf_counter() - t0
            if "error" in res[name]:
                print(f"   {name}: {res[name]['error'][-300:]}", flush=True)
        OUT.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return results


ROWS = [  # (label, measure, step, unit)
    ("demo build", "build", None, "s"),
    ("cold start MainWindow", "cold_start", "app", "s"),
    ("cold start bare QMainWindow", "cold_start", "bare", "s"),
    ("cold start to first tab with data", "cold_start", "ready", "s"),
    ("producers tab: first open in process", "producers", "open_first", "s"),
    ("producers tab: open (median)", "producers", "open", "s"),
    ("producers tab: scroll to end", "producers", "scroll", "s"),
    ("producers tab: sort by amphoe", "producers", "sort", "s"),
    ("producers tab: text filter", "producers", "filter", "s"),
    ("search per keystroke (median)", "search", "keystroke", "ms"),
    ("search slowest keystroke", "search", "slowest_keystroke", "ms"),
    ("save visit", "visit", "save_visit", "ms"),
    ("export bundle (all)", "exchange", "export", "s"),
    ("import bundle into empty db", "exchange", "import", "s"),
    ("import preview dialog, whole bundle", "preview", "preview", "s"),
    ("packet, first in process", "packet", "first_packet", "s"),
    ("packet (median)", "packet", "packet", "s"),
    ("plain ReportLab text ref", "packet", "plain_text", "s"),
    ("plain layout ref", "packet", "plain_layout", "s"),
]


def figure(res: dict, measure: str, step: str | None, unit: str) -> str:
    data = res.get(measure, {})
    if measure == "build":
        return f"{data.get('build_s', float('nan')):.1f}"
    if "error" in data:
        return "ERR"
    value = med(data.get("steps", {}).get(step, []))
    if value is None:
        return "-"
    return f"{value * 1000:.1f}" if unit == "ms" else f"{value:.3f}"


def table(results: dict) -> str:
    scales = list(results["scales"])
    lines = []
    head = f"{'measure (median of %d runs)' % results['runs']:44}" + "".join(f"{'scale ' + s:>13}" for s in scales)
    lines.append(head)
    lines.append(f"{'producers':44}" + "".join(
        f"{results['scales'][s]['build']['counts']['producers']:>13}" for s in scales))
    for label, measure, step, unit in ROWS:
        lines.append(f"{label + ' (' + unit + ')':44}" + "".join(
            f"{figure(results['scales'][s], measure, step, unit):>13}" for s in scales))
    def ratio(s, a, b, m):  # noqa: ANN001, ANN202
        st = results["scales"][s].get(m, {}).get("steps", {})
        return f"{med(st[a]) / med(st[b]):.2f}x" if st.get(a) and st.get(b) else "-"
    lines.append(f"{'cold start ratio app/bare':44}" + "".join(f"{ratio(s, 'app', 'bare', 'cold_start'):>13}" for s in scales))
    first = scales[0]
    def against_first(s):  # noqa: ANN001, ANN202
        st, base = (results["scales"][x].get("producers", {}).get("steps", {}) for x in (s, first))
        return f"{med(st['open']) / med(base['open']):.2f}x" if st.get("open") and base.get("open") else "-"
    lines.append(f"{'producers open / scale ' + first:44}" + "".join(f"{against_first(s):>13}" for s in scales))
    lines.append(f"{'packet / plain text ref':44}" + "".join(f"{ratio(s, 'packet', 'plain_text', 'packet'):>13}" for s in scales))
    lines.append(f"{'packet / plain layout ref':44}" + "".join(f"{ratio(s, 'packet', 'plain_layout', 'packet'):>13}" for s in scales))
    for m in ("cold_start", "producers", "search", "visit", "exchange", "preview", "packet"):
        lines.append(f"{'peak MB: ' + m:44}" + "".join(
            f"{results['scales'][s].get(m, {}).get('peak_mb', float('nan')):>13.0f}" for s in scales))
    def first_preview(s):  # noqa: ANN001, ANN202
        peaks = results["scales"][s].get("preview", {}).get("steps", {}).get("peak_after_run_mb")
        return f"{peaks[0]:.0f}" if peaks else "-"
    lines.append(f"{'peak MB: preview, first run':44}" + "".join(f"{first_preview(s):>13}" for s in scales))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="KBO Desktop benchmark suite")
    parser.add_argument("--scales", default="1,50,500")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="scales 1,20")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per measurement subprocess")
    args = parser.parse_args()
    scales = [1, 20] if args.quick else [int(s) for s in args.scales.split(",")]
    suite_build.OUT.mkdir(parents=True, exist_ok=True)
    results = run(scales, args.runs, args.timeout)
    text = table(results)
    results["table"] = text
    OUT.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(text)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

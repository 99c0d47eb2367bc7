"""Regenerate ``resources/translations/kbo_en.ts`` from the sources, keeping its translations.

Usage::

    python tools/update_translations.py           # update kbo_en.ts, list what needs English, compile the .qm files
    python tools/update_translations.py --check   # change nothing; exit 1 if anything needs English or a .qm is stale

Run it after adding or changing a user-visible string, then give every message
it lists an English translation (in Qt Linguist: ``pyside6-linguist
resources/translations/kbo_en.ts``, or by editing the XML: replace
``<translation type="unfinished">`` by ``<translation>English</translation>``;
a ``%n`` message has two ``<numerusform>`` entries, singular then plural).
It then compiles every ``kbo_*.ts`` into the ``kbo_*.qm`` shipped beside it
(PySide6's lrelease; the output is byte-for-byte repeatable), which the program
loads at start-up (:func:`kbo_desktop.ui.app.compiled_translation`). ``--check``
also fails while a shipped ``.qm`` differs from its ``.ts``.

What lupdate finds (the source strings are Thai; ``kbo_en.ts`` turns them into English):

* ``self.tr("…")`` in QObject subclasses; the context is the class name;
* ``QCoreApplication.translate("Context", "…")`` anywhere else; write it out in
  full each time, as lupdate does not see through aliases such as
  ``tr = QCoreApplication.translate`` or a ``_tr()`` helper;
* ``QT_TRANSLATE_NOOP("Context", "…")`` for constants (table headers, command
  lists): it only marks the text; translate it where it is shown with
  ``QCoreApplication.translate("Context", TEXT)``;
* every text property of ``forms/*.ui``; the context is the form's ``<class>``.
  Mark strings that are not words (style sheets, arrows) ``notr="true"``.

lupdate does not look inside f-strings: ``f"{self.tr('…')}"`` is invisible to it.

``kbo_th.ts`` is not touched: its messages are Thai for Qt's own texts (dialog
buttons, context menus), which Qt ships no Thai catalogue for; our own strings
are already Thai in the source.

Messages whose source text has gone are dropped (``-no-obsolete``), so the file
holds exactly what the program can show.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "kbo_en.ts"
SOURCE_LANGUAGE = "th_TH"
TARGET_LANGUAGE = "en"


def lupdate_tool() -> Path:
    """The lupdate shipped in the PySide6 wheel (it reads Python as well as .ui)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"lupdate not found in {folder}; is PySide6 installed?")


def source_files() -> list[Path]:
    """Every file whose strings the window can show: UI Python modules and forms."""
    python = sorted((ROOT / "kbo_desktop" / "ui").rglob("*.py"))
    forms = sorted((ROOT / "forms").glob("*.ui"))
    return [p for p in python + forms if "__pycache__" not in p.parts]


def catalogues() -> list[Path]:
    """Every translation source: ``kbo_en.ts`` and ``kbo_th.ts``."""
    return sorted(TS_FILE.parent.glob("kbo_*.ts"))


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file`` with the lrelease shipped in PySide6."""
    from kbo_desktop.ui.app import lrelease_tool

    tool = lrelease_tool()
    if tool is None:
        raise SystemExit("lrelease not found beside PySide6; is PySide6 installed?")
    result = subprocess.run([str(tool), "-silent", str(ts_file), "-qm", str(qm_file)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts_file.name}:\n{result.stderr.strip()}")


def stale_catalogues() -> list[Path]:
    """The shipped ``.qm`` files that are missing or differ from a fresh compile of their ``.ts``."""
    stale = []
    with tempfile.TemporaryDirectory(prefix="kbo-qm-check-") as scratch:
        for ts_file in catalogues():
            fresh = Path(scratch) / ts_file.with_suffix(".qm").name
            compile_catalogue(ts_file, fresh)
            shipped = ts_file.with_suffix(".qm")
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(shipped)
    return stale


def run_lupdate(ts_file: Path) -> str:
    """Merge the sources' strings into ``ts_file``; returns lupdate's report."""
    with tempfile.TemporaryDirectory(prefix="kbo-lupdate-") as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        command = [
            str(lupdate_tool()),
            "-source-language", SOURCE_LANGUAGE,
            "-target-language", TARGET_LANGUAGE,
            "-no-obsolete",
            "-locations", "absolute",
            f"@{listing}",
            "-ts", str(ts_file),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    report = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed ({result.returncode}):\n{report}")
    return report


def unfinished_messages(ts_file: Path) -> list[tuple[str, str, str]]:
    """``(context, source, "file:line")`` of every message without a finished translation."""
    root = ET.parse(ts_file).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [] if translation is None else list(translation.iter("numerusform"))
            if forms:
                texts = [f.text for f in forms]
            else:
                texts = [translation.text if translation is not None else ""]
            if kind == "unfinished" or not all(t and t.strip() for t in texts):
                missing.append((name, message.findtext("source") or "", _where(ts_file, message)))
    return missing


def _where(ts_file: Path, message: ET.Element) -> str:
    """``path:line`` of a message's first location, relative to the repository."""
    location = message.find("location")
    if location is None:
        return ""
    path = (ts_file.parent / location.get("filename", "")).resolve()
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{shown}:{location.get('line', '')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="update a scratch copy only; exit 1 if any message lacks English",
    )
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory(prefix="kbo-ts-check-") as scratch:
            copy = Path(scratch) / TS_FILE.name
            shutil.copyfile(TS_FILE, copy)
            run_lupdate(copy)
            missing = unfinished_messages(copy)
        stale = stale_catalogues()
    else:
        print(run_lupdate(TS_FILE))
        missing = unfinished_messages(TS_FILE)
        for ts_file in catalogues():
            compile_catalogue(ts_file, ts_file.with_suffix(".qm"))
        stale = []
    for qm_file in stale:
        print(f"{qm_file.relative_to(ROOT)} is not compiled from its .ts: run python tools/update_translations.py")
    for context, source, at in missing:
        if context:
            print(f"needs English: [{context}] {source!r}")
        else:  # a translate() whose text is not a literal, e.g. inside a helper
            print(f"lupdate cannot read the call at {at}: write translate('Context', 'text') out")
    print(f"{len(missing)} message(s) without English in {TS_FILE.relative_to(ROOT)}")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``kbo-desktop`` command: the window, and headless subcommands for scripts.

Exit status 0 on success; 2 on bad input, with one line naming the file,
record and field (English, then Thai), and nothing half-written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from kbo_desktop import __version__
from kbo_desktop.domain.errors import KboError

log = logging.getLogger(__name__)
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _open_db(args: argparse.Namespace):  # -> Database, imported lazily to keep --help fast
    from kbo_desktop.store.database import Database

    return Database(args.db)


def _cmd_demo(args: argparse.Namespace) -> int:
    from kbo_desktop.services.demo import build_demo

    db = _open_db(args)
    summary = build_demo(db, scale=args.scale)
    print(f"demo data written to {db.display_name()}")
    for name, count in summary.items():
        print(f"  {name}: {count}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    db = _open_db(args)
    if path.suffix.lower() in (".xlsx", ".csv"):
        from kbo_desktop.services.spreadsheets import check_spreadsheet, import_spreadsheet

        if args.dry_run:
            run = check_spreadsheet(db, path)
            print(f"dry run of {path}: {'nothing would be written' if run.ok else 'refused'}")
            for line in run.lines():
                print(f"  {line}")
            return EXIT_OK if run.ok else EXIT_BAD_INPUT
        lines = import_spreadsheet(db, path).lines()
    elif args.dry_run:
        from kbo_desktop.services.exchange import preview_bundle

        print(f"dry run of {path}: nothing written to {db.display_name()}")
        for line in preview_bundle(db, path).lines():
            print(f"  {line}")
        return EXIT_OK
    else:
        from kbo_desktop.services.exchange import import_bundle
        from kbo_desktop.services.search import sync_index

        lines = import_bundle(db, path).lines()
        sync_index(db)  # so the first searches afterwards are quick
    print(f"imported {path} into {db.display_name()}")
    for line in lines:
        print(f"  {line}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from kbo_desktop.services.exchange import export_bundle

    db = _open_db(args)
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            raise KboError(
                f"วันที่ --since {args.since!r} ไม่ถูกต้อง (ใช้รูปแบบ 2026-11-01)",
                f"--since {args.since!r} is not an ISO date (e.g. 2026-11-01)",
                record="--since",
            ) from None
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
    summary = export_bundle(
        db, Path(args.file), officer=args.officer, province=args.province,
        since=since, office=args.office or None, amphoe=args.amphoe or None,
    )  # fmt: skip
    print(f"exported {db.display_name()} to {summary.file}")
    for name, count in summary.counts.items():
        print(f"  {name}: {count}")
    print(f"  photo files: {summary.photos}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from kbo_desktop.services.backup import backup_database

    db = _open_db(args)
    target = backup_database(db, reason="manual", target=Path(args.file) if args.file else None)
    print(f"backup written to {target}")
    return EXIT_OK


def _cmd_packet(args: argparse.Namespace) -> int:
    from kbo_desktop.services.packet import PacketOptions, write_packet

    db = _open_db(args)
    options = PacketOptions(include_personal_data=args.include_personal_data)
    target = write_packet(db, args.meeting, Path(args.output), options)
    print(f"packet for meeting {args.meeting} written to {target}")
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from kbo_desktop.services.conflicts import conflict_fields, list_conflicts

    db = _open_db(args)
    conflicts = list_conflicts(db)
    print(f"{len(conflicts)} open conflicts in {db.display_name()}")
    for c in conflicts:
        fields = ", ".join(d.field for d in conflict_fields(c)) or "-"
        print(f"  #{c.id} {c.collection} {c.record_name!r} ({c.record_id}): differs in {fields}; kept {c.winner}")
    return EXIT_OK


def _cmd_template(args: argparse.Namespace) -> int:
    from kbo_desktop.services.spreadsheet_template import write_template

    target = write_template(Path(args.file))
    print(f"producers template written to {target}")
    return EXIT_OK


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from kbo_desktop.ui.screenshots import render_screenshots

    db = _open_db(args)
    shots = render_screenshots(
        db, Path(args.dir), args.tab, font_size=args.font_size, language=args.language
    )
    for path in shots:
        print(f"wrote {path}")
    return EXIT_OK


def _cmd_window(args: argparse.Namespace) -> int:
    from kbo_desktop.ui.app import run_window

    return run_window(args.db)


def _build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the subcommand; SUPPRESS keeps a value
    # given before it from being reset by the subparser's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: kbo.db in the user data folder)",
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="kbo-desktop",
        description="KBO Desktop: records and committee packets for provincial KBO networks.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    demo = add("demo", _cmd_demo, "fill a database with realistic Thai demo data (Loei province)")
    demo.add_argument("--scale", type=int, default=1, metavar="N", help="N times the base set (default 1)")
    imp = add("import", _cmd_import, "merge a .kbo bundle (or a producers spreadsheet) into the database")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file and show what would change; write nothing")
    exp = add("export", _cmd_export, "write every record and photo to a .kbo bundle")
    exp.add_argument("file", metavar="FILE.kbo")
    exp.add_argument("--officer", default="", help="name of the officer exporting, recorded in the bundle")
    exp.add_argument("--province", default="", help="province the data belongs to, recorded in the bundle")
    exp.add_argument("--since", metavar="DATE", help="only records changed after this ISO date or time (UTC)")
    exp.add_argument("--office", default="", help="only what changed since the last bundle exported to this office")
    exp.add_argument("--amphoe", default="", help="only this district's producers and what hangs off them")
    bak = add("backup", _cmd_backup, "copy the database to FILE (or to the rotating backups folder)")
    bak.add_argument("file", metavar="FILE", nargs="?")
    shots = add("screenshots", _cmd_screenshots, "render every tab (or one) to DIR/<key>.png at 1280x800, no window shown")
    shots.add_argument("dir", metavar="DIR")
    shots.add_argument("--tab", metavar="KEY", help="only this tab: producers, analysis, planning, visits, meetings, network")
    shots.add_argument("--font-size", type=int, default=11, metavar="PT", help="application font size (default 11)")
    shots.add_argument("--language", choices=("th", "en"), default="th", help="window language (default th)")
    add("conflicts", _cmd_conflicts, "list open conflicts: records two machines changed independently")
    tpl = add("template", _cmd_template, "write the producers spreadsheet template (.xlsx) to FILE")
    tpl.add_argument("file", metavar="FILE.xlsx")
    pkt = add("packet", _cmd_packet, "write the PDF packet of a committee meeting")
    pkt.add_argument("--meeting", required=True, metavar="ID", help="id of the meeting")
    pkt.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    pkt.add_argument(
        "--include-personal-data", action="store_true",
        help="print producers' phone numbers (left out by default)",
    )  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "handler", _cmd_window)
    if handler is _cmd_demo and args.scale < 1:
        parser.error("--scale must be 1 or more")
    try:
        return handler(args)
    except KboError as exc:
        print(f"kbo-desktop: error: {exc.one_line('en')} / {exc.message('th')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

"""Bad input never hurts: every broken bundle, sheet or backup is refused, naming where, and changes nothing."""

from __future__ import annotations

import copy
import io
import json
import shutil
import sqlite3
import struct
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import BundleError, KboError
from kbo_desktop.services.backup import (
    backup_database,
    backup_on_start,
    list_backups,
    restore_backup,
)
from kbo_desktop.services.exchange import build_document, export_bundle, import_bundle
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.spreadsheets import check_spreadsheet, import_spreadsheet
from kbo_desktop.store.database import Database
from tests.bundles import read_parts, write_bundle
from tests.factories import small_province
from tests.test_spreadsheets import GOOD_ROWS, row, write_xlsx

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A target database with records of its own, and a valid bundle from another laptop."""
    folder = tmp_path_factory.mktemp("world")
    target = Database(folder / "target.db")
    small_province(target, folder)
    target.close()
    other = Database(folder / "other.db")
    small_province(other, folder)
    bundle = export_bundle(other, folder / "good.kbo").file
    other.close()
    return {"target": folder / "target.db", "bundle": bundle}


@pytest.fixture
def target(world: dict[str, Path], tmp_path: Path) -> Database:
    path = tmp_path / "target.db"
    shutil.copy(world["target"], path)
    return Database(path)


def _state(db: Database) -> dict:
    return build_document(db)["records"]


def _mutated(world: dict[str, Path], tmp_path: Path, kind: str) -> Path:
    manifest, data, photos = read_parts(world["bundle"])
    target = tmp_path / f"{kind}.kbo"
    records = data["records"]
    if kind == "wrong_type_name":
        records["producers"][0]["name"] = 12345
    elif kind == "wrong_type_records":
        data["records"] = ["producers"]
    elif kind == "string_for_number":
        records["products"][0]["price_thb"] = "ห้าร้อย"
    elif kind == "missing_required":
        del records["plans"][0]["title"]
    elif kind == "bad_date":
        records["visits"][0]["visited_on"] = "31/02/2566"
    elif kind == "unknown_version":
        data["version"] = 99
    elif kind == "missing_reference":
        records["plan_actions"][0]["plan_id"] = str(uuid.uuid4())
    elif kind == "missing_member":
        records["plan_actions"][0]["responsible_member_id"] = str(uuid.uuid4())
    elif kind == "photo_bytes":
        name = next(iter(photos))
        photos[name] = b"\xff\xd8 not the photo"
    elif kind == "zip_slip":
        photos["photos/../../../etc/evil.jpg"] = b"x"
    elif kind == "absolute_path":
        photos["/tmp/evil.jpg"] = b"x"
    elif kind == "duplicate_id":
        records["products"].append(dict(records["products"][0]))
    elif kind == "data_not_object":
        return write_bundle(target, manifest, "[1, 2, 3]", photos)
    elif kind == "data_not_utf8":
        return write_bundle(target, manifest, b"\xff\xfe\x00bad", photos)
    elif kind == "no_data":
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
        return target
    else:  # pragma: no cover
        raise AssertionError(kind)
    return write_bundle(target, manifest, data, photos)


BROKEN = {
    "wrong_type_name": "producers[0]",
    "wrong_type_records": "does not follow kbo-exchange-v1",
    "string_for_number": "products[0]",
    "missing_required": "plans[0]",
    "bad_date": "visits[0]",
    "unknown_version": "unknown bundle version 99",
    "missing_reference": "plan_actions[0]",
    "missing_member": "responsible_member_id",
    "photo_bytes": "do not match the sha256",
    "zip_slip": "outside the bundle",
    "absolute_path": "outside the bundle",
    "duplicate_id": "appears twice",
    "data_not_object": "must be a JSON object",
    "data_not_utf8": "not UTF-8",
    "no_data": "has no data.json",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_each_broken_bundle_is_refused_naming_the_record(kind, world, target, tmp_path, capsys):
    before = _state(target)
    bad = _mutated(world, tmp_path, kind)
    assert main(["import", str(bad), "--db", str(target.file)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and bad.name in err and BROKEN[kind] in err, err
    assert _state(target) == before


def _zip_with_declared_size(source: Path, target: Path, entry: str, size: int) -> Path:
    """Copy a zip, lying in the central directory about one entry's unpacked size."""
    raw = bytearray(source.read_bytes())
    start = 0
    while (start := raw.find(b"PK\x01\x02", start)) != -1:
        name_length = struct.unpack_from("<H", raw, start + 28)[0]
        if raw[start + 46 : start + 46 + name_length].decode() == entry:
            struct.pack_into("<I", raw, start + 24, size)
        start += 4
    target.write_bytes(bytes(raw))
    return target


def test_a_huge_declared_file_and_a_zip_bomb_are_refused(world, target, tmp_path, capsys):
    before = _state(target)
    manifest, data, photos = read_parts(world["bundle"])
    name = next(iter(photos))
    huge = _zip_with_declared_size(world["bundle"], tmp_path / "huge.kbo", name, 0xFFFFFFF0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", json.dumps(data))
        archive.writestr(
            "photos/" + "0" * 64 + ".jpg", bytes(30 * 1024**2)
        )  # 30 MB of zeros, ~30 kB packed
    bomb = tmp_path / "bomb.kbo"
    bomb.write_bytes(buffer.getvalue())
    for bad in (huge, bomb):
        assert main(["import", str(bad), "--db", str(target.file)]) == 2
        err = capsys.readouterr().err
        assert bad.name in err and ("suspiciously compressed" in err or "too much data" in err), err
    assert _state(target) == before


def test_a_truncated_bundle_is_refused(world, target, tmp_path, capsys):
    before = _state(target)
    raw = world["bundle"].read_bytes()
    for cut in (10, len(raw) // 3, len(raw) - 30):
        bad = tmp_path / f"cut{cut}.kbo"
        bad.write_bytes(raw[:cut])
        assert main(["import", str(bad), "--db", str(target.file)]) == 2
        assert bad.name in capsys.readouterr().err
    assert _state(target) == before


# --- generated bundles ---------------------------------------------------------------------

_BREAKERS = {
    "number_for_text": lambda item: item.__setitem__(_text_key(item), 7),
    "list_for_text": lambda item: item.__setitem__(_text_key(item), ["x"]),
    "bad_id": lambda item: item.__setitem__("id", "not-a-uuid"),
    "bad_timestamp": lambda item: item.__setitem__("updated_at", "เมื่อวาน"),
    "bad_date_time": lambda item: item.__setitem__("updated_at", "2024-13-45T99:00:00Z"),
    "null_required": lambda item: item.__setitem__(_text_key(item), None),
    "deleted_as_text": lambda item: item.__setitem__("deleted", "yes"),
}


def _text_key(item: dict) -> str:
    for key in ("name", "title", "text", "description", "sha256", "visited_on", "visit_id"):
        if key in item:
            return key
    return "id"


@SETTINGS
@given(data=st.data())
def test_generated_broken_bundles_are_refused_and_change_nothing(world, target, tmp_path, data):
    before = _state(target)
    manifest, document, photos = read_parts(world["bundle"])
    collection = data.draw(st.sampled_from(sorted(k for k, v in document["records"].items() if v)))
    index = data.draw(st.integers(0, len(document["records"][collection]) - 1))
    breaker = data.draw(st.sampled_from(sorted(_BREAKERS)))
    _BREAKERS[breaker](document["records"][collection][index])
    bad = write_bundle(tmp_path / f"gen-{uuid.uuid4().hex[:8]}.kbo", manifest, document, photos)
    with pytest.raises(BundleError) as caught:
        import_bundle(target, bad, backup=False)
    assert bad.name in caught.value.one_line()
    assert _state(target) == before


@SETTINGS
@given(data=st.data())
def test_generated_valid_bundles_import_and_corrupted_bytes_never_half_apply(world, tmp_path, data):
    folder = tmp_path / uuid.uuid4().hex[:8]
    folder.mkdir()
    shutil.copy(world["target"], folder / "target.db")
    target = Database(folder / "target.db")  # fresh per example: earlier versions must not win ties
    manifest, document, photos = read_parts(world["bundle"])
    document = copy.deepcopy(document)
    for item in document["records"]["producers"] + document["records"]["products"]:
        item["name"] = data.draw(
            st.text(alphabet="กขคงจฉ abc", min_size=1, max_size=12).filter(str.strip)
        )
        item[data.draw(st.sampled_from(["x_note", "line_id"]))] = data.draw(
            st.text(max_size=5)
        )  # unknown property
    good = write_bundle(tmp_path / f"ok-{uuid.uuid4().hex[:8]}.kbo", manifest, document, photos)
    raw = bytearray(good.read_bytes())
    position = data.draw(st.integers(0, len(raw) - 1))
    raw[position] ^= data.draw(st.integers(1, 255))
    flipped = tmp_path / f"flip-{uuid.uuid4().hex[:8]}.kbo"
    flipped.write_bytes(bytes(raw))
    before = _state(target)
    try:
        import_bundle(target, flipped, backup=False)
    except KboError:
        assert _state(target) == before
    else:  # the flipped byte did not matter (a timestamp in a header, say): then it is the good bundle
        assume(False)
    import_bundle(target, good, backup=False)
    stored = {p.id: p.name for p in RecordService(target).list(r.Producer)}
    assert all(stored[item["id"]] == item["name"] for item in document["records"]["producers"])
    target.close()


# --- spreadsheets -----------------------------------------------------------------------------


def test_a_text_file_named_xlsx_and_other_broken_sheets_are_refused(target, tmp_path, capsys):
    before = _state(target)
    text = tmp_path / "producers.xlsx"
    text.write_text("ชื่อกลุ่ม/ผู้ผลิต,ตำบล\nกลุ่มทอผ้า,นาอาน\n", encoding="utf-8")
    missing = write_xlsx(
        tmp_path / "missing.xlsx", GOOD_ROWS, headers=["ชื่อกลุ่ม/ผู้ผลิต", "ตำบล", "ชื่อผลิตภัณฑ์"]
    )
    legacy = tmp_path / "tis620.csv"
    legacy.write_bytes("ชื่อกลุ่ม/ผู้ผลิต,ตำบล\nกลุ่มทอผ้า,นาอาน\n".encode("tis-620"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    types = write_xlsx(
        tmp_path / "types.xlsx", [row(members_count=date(2024, 1, 1), price_thb=True, quadrant=5)]
    )
    cases = {text: "not an Excel .xlsx file", missing: "ประเภทผู้ผลิต", legacy: "not UTF-8", empty: "empty",
             types: "row 2, column F"}  # fmt: skip
    for bad, message in cases.items():
        assert main(["import", str(bad), "--db", str(target.file)]) == 2
        err = capsys.readouterr().err
        assert bad.name in err and message in err, err
    assert _state(target) == before


_cell_values = st.one_of(
    st.none(), st.integers(-10, 3000), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.text(alphabet="กขคงนาอานเลย0123456789,.- ", max_size=12),
    st.sampled_from(["นาอาน", "เมืองเลย", "เลย", "food", "อาหาร", "D", "ใช่", "3", "2566", "กลุ่มผู้ผลิตชุมชน"]),
)  # fmt: skip


@SETTINGS
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {}, optional={k: _cell_values for k in ("name", "members_count", "tambon", "category", "star_rating",
                                                    "price_thb", "quadrant", "kbo_target", "amphoe", "phone")}
        ),
        min_size=1,
        max_size=4,
    )
)  # fmt: skip
def test_generated_sheets_either_import_whole_or_are_refused_unchanged(target, tmp_path, rows):
    sheet_rows = [row(**{k: v for k, v in values.items()}) for values in rows]
    path = write_xlsx(tmp_path / f"gen-{uuid.uuid4().hex[:8]}.xlsx", sheet_rows)
    before = _state(target)
    run = check_spreadsheet(target, path)
    assert all(2 <= p.row <= len(rows) + 1 and p.column and p.message_th for p in run.problems)
    if run.problems:
        with pytest.raises(BundleError):
            import_spreadsheet(target, path, backup=False)
        assert _state(target) == before
    else:
        summary = import_spreadsheet(target, path, backup=False)
        assert summary.counts["producers_added"] + summary.counts["producers_updated"] + summary.counts[
            "producers_unchanged"] == len(run.producers)  # fmt: skip


# --- backups ----------------------------------------------------------------------------------


def test_backup_on_start_happens_once_a_day(target):
    assert backup_on_start(target, today=date.today()) is not None
    assert backup_on_start(target, today=date.today()) is None
    assert len([p for p in list_backups(target) if p.name.endswith("-on-start.db")]) == 1


def test_restore_brings_back_the_backup_and_sets_the_current_file_aside(target):
    saved = backup_database(target, reason="manual")
    before = _state(target)
    producer = RecordService(target).list(r.Producer)[0]
    RecordService(target).delete(r.Producer, producer.id)
    changed = _state(target)

    aside = restore_backup(target, saved)

    assert _state(target) == before
    with sqlite3.connect(aside) as copy_:
        assert copy_.execute(
            "SELECT deleted FROM producers WHERE id = ?", (producer.id,)
        ).fetchone() == (1,)
    assert changed != before
    with sqlite3.connect(target.file) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_bad_backup_is_refused_and_the_database_untouched(target, tmp_path):
    before = _state(target)
    text = tmp_path / "notes.db"
    text.write_text("ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE things (x)")
    newer = tmp_path / "newer.db"
    shutil.copy(backup_database(target, reason="manual"), newer)
    with sqlite3.connect(newer) as future:
        future.execute("UPDATE alembic_version SET version_num = '9999'")
    damaged = tmp_path / "damaged.db"
    raw = backup_database(target, reason="manual").read_bytes()
    damaged.write_bytes(raw[:100] + b"\x00" * 4096 + raw[4196:])
    for bad, message in ((text, "not an SQLite"), (foreign, "not a KBO"), (newer, "newer program"),
                         (damaged, "damaged"), (tmp_path / "none.db", "cannot be read")):  # fmt: skip
        with pytest.raises(KboError, match=message):
            restore_backup(target, bad)
    assert _state(target) == before

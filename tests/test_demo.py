"""The demo province: realistic, complete, deterministic, and a clean round trip through a bundle."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date

import jsonschema

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category
from kbo_desktop.domain.thai_dates import fiscal_year_be
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.exchange import build_document
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database
from tests.bundles import read_parts
from tests.conftest import SHARED

TODAY = date(2026, 11, 21)


def test_demo_is_a_loei_programme_with_every_kind_of_record(db):
    counts = build_demo(db, today=TODAY)
    service = RecordService(db)
    producers = service.list(r.Producer)
    assert len(producers) == 20
    assert {p.address.province for p in producers} == {"เลย"}
    assert len({p.address.amphoe for p in producers}) >= 6
    assert {p.category for p in service.list(r.Product)} == set(Category)
    plans = service.list(r.Plan)
    actions = service.list(r.PlanAction)
    for plan in plans:
        mine = [a for a in actions if a.plan_id == plan.id]
        assert 3 <= len(mine) <= 6
        assert all(a.responsible_member_id for a in mine)
    assert any(a.addresses_swot_item_id for a in actions)
    meeting = service.list(r.Meeting)[0]
    assert len(meeting.product_ids) == 20
    assert all(counts[cls.COLLECTION] > 0 for cls in r.RECORD_TYPES)


def test_the_same_scale_on_the_same_day_gives_the_same_data(tmp_path):
    first, second = Database(tmp_path / "a.db"), Database(tmp_path / "b.db")
    build_demo(first, scale=2, today=TODAY)
    build_demo(second, scale=2, today=TODAY)
    assert build_document(first)["records"] == build_document(second)["records"]
    assert len(RecordService(first).list(r.Producer)) == 40


def test_demo_export_import_export_gives_the_same_records_and_follows_the_schema(tmp_path, capsys):
    demo_db, office_db = tmp_path / "demo.db", tmp_path / "office.db"
    first, second = tmp_path / "first.kbo", tmp_path / "second.kbo"
    assert main(["demo", "--db", str(demo_db)]) == 0
    assert main(["export", str(first), "--db", str(demo_db)]) == 0
    assert main(["import", str(first), "--db", str(office_db)]) == 0
    assert main(["export", str(second), "--db", str(office_db)]) == 0
    data_first, data_second = read_parts(first)[1], read_parts(second)[1]
    assert data_first["records"] == data_second["records"]
    schema = json.loads((SHARED / "contracts" / "kbo-exchange-v1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data_second)


def test_demo_refuses_a_database_that_already_has_data(db, capsys):
    build_demo(db, today=TODAY)
    assert main(["demo", "--db", str(db.file)]) == 2
    assert "already holds producers" in capsys.readouterr().err
    assert len(RecordService(db).list(r.Producer)) == 20


def _fingerprint(db: Database) -> str:
    records = build_document(db)["records"]
    text = json.dumps(records, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_scale_1_is_still_exactly_the_twenty_loei_groups(db):
    """Screenshots, tests and the README show scale 1: larger scales must not change it.

    The fingerprint is of every record (ids and timestamps included) on a fixed
    day; if the Loei content is changed on purpose, this is the one number to update.
    """
    build_demo(db, today=TODAY)
    assert _fingerprint(db) == "fef22fc4f866f761cc30ea78cb732772cd3ced377105e85411e5fe619723dc19"


def test_further_copies_have_longer_histories_and_reach_the_issue_numbers_at_scale_500(tmp_path):
    db = Database(tmp_path / "four.db")
    counts = build_demo(db, scale=4, today=TODAY)  # scale <= 5: every record is validated as it is built
    service = RecordService(db)
    extra_producers = {p.id for p in service.list(r.Producer) if "(ชุดที่" in p.name}
    assert len(extra_producers) == 60
    products = [p for p in service.list(r.Product) if p.producer_id in extra_producers]
    visits = [v for v in service.list(r.Visit) if v.producer_id in extra_producers]
    points = Counter(s.product_id for s in service.list(r.SwotItem))
    assert len(products) / 60 >= 2.0
    assert len(visits) / 60 >= 10
    assert sum(points[p.id] for p in products) / len(products) >= 13
    years = Counter(fiscal_year_be(v.visited_on) for v in visits)
    assert len(years) >= 4 and min(years.values()) >= 10  # spread over several programme years
    assert len({s.text for s in service.list(r.SwotItem)}) > 250  # varied, not one sentence repeated

    # Counts grow by the same amount per copy, so scale 500 is the base plus 499 such copies.
    base = {cls.COLLECTION: n for cls, n in zip(r.RECORD_TYPES, _base_counts(tmp_path), strict=True)}
    at_500 = {name: base[name] + (counts[name] - base[name]) / 3 * 499 for name in counts}
    assert at_500["producers"] == 10_000
    assert at_500["products"] >= 20_000 * 1.05
    assert at_500["visits"] >= 100_000 * 1.05
    assert at_500["swot_items"] >= 300_000 * 1.05


def _base_counts(tmp_path) -> list[int]:  # noqa: ANN001
    one = Database(tmp_path / "one.db")
    counts = build_demo(one, today=TODAY)
    one.close()
    return [counts[cls.COLLECTION] for cls in r.RECORD_TYPES]

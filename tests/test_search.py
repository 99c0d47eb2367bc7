"""Search over everything: Thai substrings, escaping, grouping, limits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.services.search import KIND_LABELS, SearchHit, escape_like, search, snippet
from tests.factories import small_province


def test_finds_every_kind_by_a_piece_of_a_thai_word(db, tmp_path: Path) -> None:  # noqa: ANN001
    made = small_province(db, tmp_path)
    cases = {
        "ครามบ้าน": ("producers", made["producer"].id),
        "ทอมือย้อม": ("products", made["product"].id),
        "ดึงดูด": ("swot_items", made["weakness"].id),
        "ระดับผ้า": ("plans", made["plan"].id),
        "แบบบรรจุ": ("plan_actions", made["action"].id),
        "บบรรจุภัณฑ์เสร็จ": ("visits", made["visit"].id),
        "ภัฏเล": ("network_members", made["member"].id),
    }
    for needle, (collection, record_id) in cases.items():
        hits = search(db, needle)
        assert (collection, record_id) in [(h.collection, h.record_id) for h in hits], needle


def test_hits_are_grouped_by_kind_with_snippets(db, tmp_path: Path) -> None:  # noqa: ANN001
    small_province(db, tmp_path)
    hits = search(db, "คราม")
    kinds = [h.collection for h in hits]
    order = ["producers", "products", "swot_items", "plans", "plan_actions", "visits", "meetings",
             "network_members"]  # fmt: skip
    assert kinds == sorted(kinds, key=order.index)
    assert all("คราม" in h.snippet for h in hits)


def test_like_wildcards_are_literal_and_deleted_records_hidden(db, records) -> None:  # noqa: ANN001
    records.save(r.NetworkMember(name="ลดราคา 50% ทุกวัน"))
    gone = records.save(r.NetworkMember(name="ลดราคาพิเศษ"))
    records.delete(r.NetworkMember, gone.id)
    assert [h.title for h in search(db, "50%")] == ["ลดราคา 50% ทุกวัน"]
    assert search(db, "_") == []
    assert [h.title for h in search(db, "ลดราคา")] == ["ลดราคา 50% ทุกวัน"]
    assert search(db, "   ") == []
    assert escape_like(r"a%b_c\d") == r"a\%b\_c\\d"


def test_results_are_limited_per_kind(db, records) -> None:  # noqa: ANN001
    records.save_many(r.NetworkMember(name=f"ปราชญ์ชาวบ้าน {i}") for i in range(12))
    assert len(search(db, "ปราชญ์", limit=5)) == 5


def test_snippet_shows_the_text_around_the_match() -> None:
    text = "ก" * 50 + "ย้อมคราม" + "ข" * 50
    cut = snippet(text, "คราม", context=5)
    assert cut == "…กย้อมครามขขขขข…"
    # a cut never separates a tone mark or vowel from its consonant
    assert snippet("น้ำ" * 20 + "ปั้น", "ปั้น", context=4) == "…น้ำน้ำปั้น"


def test_results_model_passes_the_model_tester(qtmodeltester, db, tmp_path: Path) -> None:  # noqa: ANN001
    from kbo_desktop.ui.search.model import HIT_ROLE, SearchResultsModel

    small_province(db, tmp_path)
    model = SearchResultsModel()
    model.set_hits(search(db, "คราม"))
    qtmodeltester.check(model)
    first = model.first_hit_index()
    assert first.data(HIT_ROLE).collection == "producers"
    assert model.index(0, 0).data().startswith("ผู้ผลิต (1)")


def _found(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(h.collection, h.record_id) for h in hits]


def test_every_kind_is_found_by_a_fragment_from_the_middle_of_a_word(db, tmp_path: Path) -> None:  # noqa: ANN001
    made = small_province(db, tmp_path)
    cases = {  # none of these starts a word: Thai runs words together
        "ฝ้ายย้อ": ("producers", made["producer"].id, "name"),
        "ศรี ใจ": ("producers", made["producer"].id, "contact_name"),
        "ฝ้ายทอ": ("products", made["product"].id, "name"),
        "ยังไม่ดึง": ("swot_items", made["weakness"].id, "text"),
        "ะชุมคณะ": ("swot_items", made["weakness"].id, "source"),
        "ดับผ้าย้": ("plans", made["plan"].id, "title"),
        "บบบรรจุ": ("plan_actions", made["action"].id, "description"),
        "ามคืบ": ("visits", made["visit"].id, "purpose"),
        "แบบบรรจุภัณฑ์เสร็จ": ("visits", made["visit"].id, "findings"),
        "กลางจังห": ("meetings", made["meeting"].id, "venue"),
        "ทยาลัยราช": ("network_members", made["member"].id, "name"),
    }
    for needle, (collection, record_id, field) in cases.items():
        assert KIND_LABELS[collection]
        hits = [h for h in search(db, needle) if h.record_id == record_id]
        assert len(hits) == 1, needle
        assert hits[0].field == field and needle in hits[0].snippet, needle


def test_one_or_two_characters_find_names_containing_them(db, records) -> None:  # noqa: ANN001
    member = records.save(r.NetworkMember(name="ปราชญ์ชาวบ้านด้านผ้าไหม", expertise="ย้อมสีธรรมชาติ"))
    assert _found(search(db, "ญ")) == [("network_members", member.id)]  # the middle of ปราชญ์
    assert _found(search(db, "ไห")) == [("network_members", member.id)]
    assert search(db, "ฮ") == []
    hit = search(db, "ผ้")[0]
    assert hit.field == "name" and "ผ้าไหม" in hit.snippet
    # a short query looks at names only; three characters reach the other text too
    assert search(db, "สี") == []
    assert [h.field for h in search(db, "สีธ")] == ["expertise"]


def test_names_come_before_other_text_within_each_kind(db, tmp_path: Path, records) -> None:  # noqa: ANN001
    made = small_province(db, tmp_path)
    named = records.save(r.Producer(name="ครามสกลนคร", notes="ส่งผ้าให้กลุ่มอื่น"))
    noted = records.save(r.Producer(name="กลุ่มทอผ้าบ้านหนองแซง", notes="ซื้อครามจากสกลนคร"))
    hits = [h for h in search(db, "คราม") if h.collection == "producers"]
    assert [h.record_id for h in hits] == [named.id, made["producer"].id, noted.id]
    assert [h.field for h in hits] == ["name", "name", "notes"]
    assert "ครามจากสกล" in hits[2].snippet


def test_typed_punctuation_and_query_words_are_searched_for_literally(db, records) -> None:  # noqa: ANN001
    tricky = records.save(
        r.NetworkMember(name='ร้าน "ผ้าดี" OR -ลด 20%* (NEAR) {title}: ^ทุกวัน\\', organization="a'b")
    )
    literal = ['"ผ้าดี"', "OR -ลด", "20%*", "(NEAR)", "{title}:", ": ^ทุก", "วัน\\", "a'b", '"', "*"]
    for needle in literal:
        assert _found(search(db, needle)) == [("network_members", tricky.id)], needle
    hostile = [
        '"', '""', '"""', "'", "-", "^", ":", "(", ")", "()", "AND", "OR", "NOT", "NEAR",
        "NEAR(a b)", "a OR b", "-ผ้า", "ผ้า*", "*ผ้า", "title:ผ้า", "{body} : x", "a\x00b", "\x00",
        "\ud800ผ้า", "\\", "'; DROP TABLE producers; --", "ผ" * 5000, '" OR "" OR "', "%_%",
        "\u200b\u200b", "\t\n",
    ]  # fmt: skip
    for needle in hostile:
        assert isinstance(search(db, needle), list), needle
    assert _found(search(db, "\ud800ผ้าดี\x00")) == [("network_members", tricky.id)]


def test_thai_and_arabic_digits_and_letter_case_find_each_other(db, records) -> None:  # noqa: ANN001
    arabic = records.save(
        r.NetworkMember(name="วิสาหกิจชุมชน 50 ครัวเรือน", organization="KBO Network Loei")
    )
    thai = records.save(r.NetworkMember(name="กลุ่มหมู่ ๑๒ บ้านนาอาน"))
    assert _found(search(db, "น ๕๐ ค")) == [("network_members", arabic.id)]
    assert _found(search(db, "๕๐")) == [("network_members", arabic.id)]
    assert _found(search(db, "ู่ 12")) == [("network_members", thai.id)]
    assert _found(search(db, "12")) == [("network_members", thai.id)]
    assert _found(search(db, "kbo network")) == [("network_members", arabic.id)]
    assert _found(search(db, "LOEI")) == [("network_members", arabic.id)]
    village = records.save(r.NetworkMember(name="OTOP Village ท่องเที่ยว"))
    assert _found(search(db, "vI")) == [("network_members", village.id)]


def test_a_long_query_must_match_as_a_whole(db, records) -> None:  # noqa: ANN001
    whole = records.save(
        r.NetworkMember(name="ศูนย์", expertise="ให้คำปรึกษาการออกแบบบรรจุภัณฑ์และการตลาดออนไลน์แก่กลุ่มอาชีพ")
    )
    apart = "ให้คำปรึกษาการออกแบบโลโก้ ส่วนบรรจุภัณฑ์และการตลาดออนไลน์แก่กลุ่มอาชีพ"
    records.save(r.NetworkMember(name="สำนักงาน", expertise=apart))  # the same two ends, apart
    needle = "คำปรึกษาการออกแบบบรรจุภัณฑ์และการตลาดออนไลน์แก่กลุ่ม"
    assert _found(search(db, needle)) == [("network_members", whole.id)]
    assert search(db, needle + "x") == []


def test_edits_deletes_and_restores_show_in_the_next_search(db, tmp_path: Path, records) -> None:  # noqa: ANN001
    made = small_province(db, tmp_path)
    producer = made["producer"]
    renamed = records.save(dataclasses.replace(producer, name="กลุ่มทอผ้าไหมมัดหมี่บ้านนาอาน"))
    assert ("producers", producer.id) not in _found(search(db, "ครามบ้าน"))
    assert _found(search(db, "ไหมมัด")) == [("producers", producer.id)]
    assert search(db, "ไหมมัด")[0].title == renamed.name

    undo = records.delete(r.Producer, producer.id)  # and its product, analysis, plan and visit
    for needle in ("ไหมมัด", "ทอมือย้อม", "ดึงดูด", "ระดับผ้า", "รจุภัณฑ์ใหม่", "บรรจุภัณฑ์เสร็จ"):
        assert search(db, needle) == [], needle
    assert search(db, "นา") == []  # nor by the short-query path
    records.restore(undo)
    assert _found(search(db, "ไหมมัด")) == [("producers", producer.id)]
    assert ("products", made["product"].id) in _found(search(db, "ทอมือย้อม"))


def test_imported_records_and_deletions_show_in_search(db, tmp_path: Path, records) -> None:  # noqa: ANN001
    from kbo_desktop.services.exchange import export_bundle, import_bundle
    from kbo_desktop.store.database import Database

    made = small_province(db, tmp_path)
    office = Database(tmp_path / "office.db")
    import_bundle(office, export_bundle(db, tmp_path / "all.kbo").file)
    assert _found(search(office, "ครามบ้าน")) == [("producers", made["producer"].id)]
    assert ("visits", made["visit"].id) in _found(search(office, "บรรจุภัณฑ์เสร็จ"))

    records.delete(r.SwotItem, made["weakness"].id)
    records.save(dataclasses.replace(made["member"], expertise="การตลาดออนไลน์"))
    import_bundle(office, export_bundle(db, tmp_path / "again.kbo").file)
    assert search(office, "ดึงดูด") == []
    assert "network_members" not in [h.collection for h in search(office, "ออกแบบบรรจุ")]
    assert [h.field for h in search(office, "ตลาดออน")] == ["expertise"]
    office.close()

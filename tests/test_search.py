"""Search over everything: Thai substrings, escaping, grouping, limits."""

from __future__ import annotations

from pathlib import Path

from kbo_desktop.domain import records as r
from kbo_desktop.services.search import escape_like, search, snippet
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
    assert kinds == sorted(kinds, key=["producers", "products", "swot_items", "plans", "plan_actions",
                                       "visits", "meetings", "network_members"].index)  # fmt: skip
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

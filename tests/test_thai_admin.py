"""The shipped gazetteer of provinces, amphoes and tambons, and address checking."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest
from pythainlp.util import collate

from kbo_desktop.domain.thai_address import complete_address, validate_address
from kbo_desktop.domain.thai_admin import gazetteer, normalise_postcode, thai_sort_key

SHARED = Path("/work/shared/data/thai-admin")


@pytest.fixture(scope="module")
def admin():
    return gazetteer()


@pytest.fixture(scope="module")
def loei(admin):
    return admin.find_province("เลย")


def test_counts_match_the_source_without_deleted_or_empty_rows(admin):
    assert len(admin.provinces()) == 77
    amphoes = [a for p in admin.provinces() for a in admin.amphoes_of(p)]
    tambons = [t for a in amphoes for t in admin.tambons_of(a)]
    assert len(amphoes) == 927  # 929 rows less two municipal entries without tambons
    assert len(tambons) == 7451
    assert len(admin.amphoes_of(admin.find_province("กรุงเทพมหานคร"))) == 50


@pytest.mark.skipif(not SHARED.is_dir(), reason="source CSVs not available")
def test_shipped_data_covers_every_live_source_tambon(admin):
    with (SHARED / "sub_districts.csv").open(encoding="utf-8") as f:
        live = {int(r["id"]): r["zip_code"] for r in csv.DictReader(f) if not r["deleted_at"]}
    assert {i: admin.tambon(i).postcodes[0] for i in live} == live


def test_loei_has_its_amphoes(admin, loei):
    assert loei.id == 42 and loei.name_en == "Loei"
    names = {a.name_th for a in admin.amphoes_of(loei)}
    assert {"เมืองเลย", "เชียงคาน", "ด่านซ้าย", "ภูเรือ", "วังสะพุง", "ภูกระดึง"} <= names
    assert len(names) == 14


def test_na_an_is_in_mueang_loei_with_postcode_42000(admin, loei):
    (mueang,) = admin.find_amphoes("เมืองเลย", loei)
    (na_an,) = admin.find_tambons("นาอาน")
    assert na_an in admin.tambons_of(mueang)
    assert admin.postcodes_of(na_an) == ("42000",)
    assert admin.locality(na_an).label_th == "ต.นาอาน อ.เมืองเลย จ.เลย"


@pytest.mark.parametrize("typed", ["เลย", "จ.เลย", "จังหวัดเลย", " จ. เลย ", "จังหวัด เลย", "Loei"])
def test_province_lookup_tolerates_prefixes_and_spaces(admin, loei, typed):
    assert admin.find_province(typed) == loei


@pytest.mark.parametrize("typed", ["เมืองเลย", "อ.เมืองเลย", "อำเภอเมืองเลย", " อำเภอ เมืองเลย"])
def test_amphoe_lookup_tolerates_prefixes(admin, loei, typed):
    assert [a.name_th for a in admin.find_amphoes(typed, loei)] == ["เมืองเลย"]


def test_bare_mueang_means_the_capital_district_of_the_province(admin, loei):
    assert [a.name_th for a in admin.find_amphoes("อ.เมือง", loei)] == ["เมืองเลย"]


@pytest.mark.parametrize("typed", ["นาอาน", "ต.นาอาน", "ตำบลนาอาน", "ตำบล นาอาน "])
def test_tambon_lookup_tolerates_prefixes(admin, typed):
    assert [t.id for t in admin.find_tambons(typed)] == [420107]


def test_bangkok_names_are_bare_and_take_khet_and_khwaeng(admin):
    bangkok = admin.find_province("กทม.")
    (phra_nakhon,) = admin.find_amphoes("เขตพระนคร", bangkok)
    assert phra_nakhon.name_th == "พระนคร" and phra_nakhon.full_name_th == "เขตพระนคร"
    (palace,) = admin.find_tambons("แขวงพระบรมมหาราชวัง", phra_nakhon)
    assert palace.full_name_th == "แขวงพระบรมมหาราชวัง"


def test_shared_names_give_every_candidate(admin):
    assert len(admin.find_amphoes("เฉลิมพระเกียรติ")) == 5
    assert len(admin.find_tambons("หนองบัว")) > 20


def test_postcode_lookup_accepts_thai_digits(admin):
    places = admin.find_by_postcode("๔๒๐๐๐")
    assert "ต.นาอาน อ.เมืองเลย จ.เลย" in {p.label_th for p in places}
    assert {p.province.name_th for p in places} == {"เลย"}
    assert normalise_postcode("๔๒ ๐๐๐") == "42000"


def test_provinces_sort_in_thai_dictionary_order(admin):
    names = [p.name_th for p in admin.provinces()]
    assert names == collate(names)
    # leading vowels sort by the consonant after them: เชียงใหม่ among ช, แพร่ among พ
    assert names.index("ชุมพร") < names.index("เชียงใหม่") < names.index("ตรัง")
    assert names.index("พิษณุโลก") < names.index("แพร่") < names.index("ภูเก็ต")
    assert names.index("ลำพูน") < names.index("เลย") < names.index("ศรีสะเกษ")
    assert sorted(["ไก่", "เกิด", "กาล"], key=thai_sort_key) == ["กาล", "เกิด", "ไก่"]


def test_complete_address_is_valid(admin):
    full = {
        "province": "จ.เลย",
        "amphoe": "อ.เมืองเลย",
        "tambon": "ต.นาอาน",
        "postcode": "๔๒๐๐๐",
        "lat": 17.49,
        "lon": 101.72,
    }
    assert validate_address(full) == []
    assert validate_address({}) == []
    assert validate_address({"tambon": "หนองบัว"}) == []  # partial and ambiguous is fine


def test_amphoe_outside_the_province_is_reported_in_thai_and_english():
    (problem,) = validate_address({"province": "เลย", "amphoe": "เมืองขอนแก่น"})
    assert problem.field == "address.amphoe"
    assert problem.message_th == 'อำเภอ "เมืองขอนแก่น" ไม่อยู่ในจังหวัดเลย'
    assert problem.message_en == 'District "Mueang Khon Kaen" is not in Loei province'


def test_each_bad_field_is_named():
    address = {
        "province": "เลย",
        "amphoe": "เชียงคาน",
        "tambon": "นาอาน",
        "postcode": "4200",
        "lat": 95.0,
        "lon": "east",
    }
    fields = {p.field: p.code for p in validate_address(address)}
    assert fields == {
        "address.tambon": "tambon_not_in_amphoe",
        "address.postcode": "bad_postcode",
        "address.lat": "bad_lat",
        "address.lon": "bad_lon",
    }


@pytest.mark.parametrize(
    ("address", "field", "code"),
    [
        ({"province": "เลยย"}, "address.province", "unknown_province"),
        ({"amphoe": "ไม่มีอำเภอนี้"}, "address.amphoe", "unknown_amphoe"),
        ({"tambon": "ไม่มีตำบลนี้"}, "address.tambon", "unknown_tambon"),
        (
            {"tambon": "นาอาน", "amphoe": "เมืองเลย", "postcode": "42100"},
            "address.postcode",
            "postcode_not_in_tambon",
        ),
        ({"amphoe": "เชียงคาน", "postcode": "42000"}, "address.postcode", "postcode_not_in_amphoe"),
        (
            {"province": "ขอนแก่น", "postcode": "42000"},
            "address.postcode",
            "postcode_not_in_province",
        ),
        ({"postcode": "99999"}, "address.postcode", "unknown_postcode"),
        ({"lon": 181}, "address.lon", "bad_lon"),
    ],
)
def test_single_problems(address, field, code):
    assert [(p.field, p.code) for p in validate_address(address)] == [(field, code)]


def test_field_prefix_can_name_the_record():
    (problem,) = validate_address({"province": "x"}, prefix="producer.address")
    assert problem.field == "producer.address.province"


def test_completion_fills_postcode_amphoe_and_province():
    done = complete_address({"house_no": "12", "tambon": " ต.นาอาน ", "amphoe": "อ.เมืองเลย"})
    assert done == {
        "house_no": "12",
        "tambon": "นาอาน",
        "amphoe": "เมืองเลย",
        "province": "เลย",
        "postcode": "42000",
    }


def test_completion_uses_the_postcode_to_pick_among_same_named_tambons():
    done = complete_address({"tambon": "หนองบัว", "postcode": "๔๒๑๖๐"})
    assert (done["amphoe"], done["province"], done["postcode"]) == ("ภูเรือ", "เลย", "42160")


def test_completion_leaves_ambiguous_or_conflicting_addresses_alone():
    assert complete_address({"tambon": "หนองบัว"}) == {"tambon": "หนองบัว"}
    conflicting = {"province": "เลย", "amphoe": "เมืองขอนแก่น", "tambon": "ในเมือง"}
    assert complete_address(conflicting) == conflicting
    assert complete_address({"province": "เลยย", "tambon": "นาอาน"})["province"] == "เลยย"


def test_completion_keeps_the_kind_of_dataclass_given():
    @dataclass(frozen=True)
    class Address:
        tambon: str = ""
        amphoe: str = ""
        province: str = ""
        postcode: str = ""

    done = complete_address(Address(tambon="ตำบลนาอาน", province="จังหวัดเลย"))
    assert done == Address("นาอาน", "เมืองเลย", "เลย", "42000")

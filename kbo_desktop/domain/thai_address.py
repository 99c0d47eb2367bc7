"""Checking and completing Thai postal addresses against the gazetteer.

An address is the exchange contract's ``address`` object: a plain dict, or any
dataclass (``records.Address``) with the fields house_no, village_no, village,
tambon, amphoe, province, postcode, lat, lon. Empty fields are fine; only what is
given is checked.

    >>> validate_address({"province": "เลย", "amphoe": "เมืองขอนแก่น"})[0].message_th
    'อำเภอ "เมืองขอนแก่น" ไม่อยู่ในจังหวัดเลย'
    >>> complete_address({"tambon": "ต.นาอาน", "amphoe": "อ.เมืองเลย"})["postcode"]
    '42000'
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from kbo_desktop.domain.thai_admin import (
    Amphoe,
    Province,
    Tambon,
    ThaiAdmin,
    gazetteer,
    normalise_postcode,
    strip_amphoe_prefix,
    strip_province_prefix,
    strip_tambon_prefix,
)

A = TypeVar("A")


@dataclass(frozen=True, slots=True)
class AddressProblem:
    field: str  # e.g. "address.amphoe"
    code: str  # machine-readable: unknown_province, amphoe_not_in_province, ...
    message_th: str
    message_en: str


@dataclass(frozen=True, slots=True)
class _Resolved:
    """What the place fields of an address name, as far as they can be pinned down."""

    province: Province | None
    amphoes: tuple[Amphoe, ...]  # matching the amphoe field (and province, if known)
    tambons: tuple[Tambon, ...]  # matching the tambon field (and amphoe/province)


def validate_address(
    address: Mapping[str, Any] | Any, *, prefix: str = "address", admin: ThaiAdmin | None = None
) -> list[AddressProblem]:
    """Problems in ``address``, at most one per field, named ``f"{prefix}.{field}"``."""
    admin = admin or gazetteer()
    get = _getter(address)
    problems: list[AddressProblem] = []

    def report(name: str, code: str, th: str, en: str) -> None:
        problems.append(AddressProblem(f"{prefix}.{name}", code, th, en))

    province_text, amphoe_text, tambon_text = (
        _text(get(n)) for n in ("province", "amphoe", "tambon")
    )
    province = admin.find_province(province_text) if province_text else None
    if province_text and province is None:
        shown = strip_province_prefix(province_text)
        report(
            "province", "unknown_province", f'ไม่พบจังหวัด "{shown}"', f'Unknown province "{shown}"'
        )

    amphoes: tuple[Amphoe, ...] = ()
    if amphoe_text:
        anywhere = admin.find_amphoes(amphoe_text)
        amphoes = admin.find_amphoes(amphoe_text, province) if province else anywhere
        shown_th, shown_en = _shown(anywhere, strip_amphoe_prefix(amphoe_text), amphoe_text)
        if not anywhere and not amphoes:
            report(
                "amphoe",
                "unknown_amphoe",
                f'ไม่พบอำเภอ "{shown_th}"',
                f'Unknown district "{shown_en}"',
            )
        elif province and not amphoes:
            word = _designation(anywhere, "อำเภอ")
            report(
                "amphoe",
                "amphoe_not_in_province",
                f'{word} "{shown_th}" ไม่อยู่ใน{province.full_name_th}',
                f'District "{shown_en}" is not in {_province_en(province)}',
            )
            amphoes = anywhere

    tambons: tuple[Tambon, ...] = ()
    if tambon_text:
        anywhere_t = admin.find_tambons(tambon_text)
        shown_th, shown_en = _shown(anywhere_t, strip_tambon_prefix(tambon_text), tambon_text)
        tambons = _narrow(anywhere_t, amphoes, province)
        if not anywhere_t:
            report(
                "tambon",
                "unknown_tambon",
                f'ไม่พบตำบล "{shown_th}"',
                f'Unknown sub-district "{shown_en}"',
            )
        elif not tambons and len(amphoes) == 1:
            a = amphoes[0]
            report(
                "tambon",
                "tambon_not_in_amphoe",
                f'{_designation(anywhere_t, "ตำบล")} "{shown_th}" ไม่อยู่ใน{a.full_name_th}',
                f'Sub-district "{shown_en}" is not in {a.name_en} district',
            )
        elif not tambons and province and not amphoes:
            report(
                "tambon",
                "tambon_not_in_province",
                f'{_designation(anywhere_t, "ตำบล")} "{shown_th}" ไม่อยู่ใน{province.full_name_th}',
                f'Sub-district "{shown_en}" is not in {_province_en(province)}',
            )

    problems += _postcode_problems(admin, get("postcode"), province, amphoes, tambons, prefix)
    for name, limit in (("lat", 90), ("lon", 180)):
        problem = _coordinate_problem(get(name), name, limit, prefix)
        if problem:
            problems.append(problem)
    return problems


def complete_address(address: A, *, admin: ThaiAdmin | None = None) -> A:
    """A copy of ``address`` with place names canonical and what follows from them filled in.

    Names the gazetteer recognises lose their prefixes ("อ.เมืองเลย" → "เมืองเลย");
    when the tambon (narrowed by whatever amphoe, province and postcode are given) is
    unique, its amphoe and province are filled in and, when empty, its postcode.
    Nothing typed is thrown away: unknown names stay as typed, trimmed.
    """
    admin = admin or gazetteer()
    get = _getter(address)
    changes: dict[str, Any] = {}
    texts = {n: _text(get(n)) for n in ("province", "amphoe", "tambon")}
    postcode = normalise_postcode(_text(get("postcode")))
    if postcode != (get("postcode") or ""):
        changes["postcode"] = postcode

    resolved = _resolve(admin, texts, postcode)
    province, amphoes, tambons = resolved.province, resolved.amphoes, resolved.tambons
    if len(tambons) == 1:
        locality = admin.locality(tambons[0])
        changes["tambon"] = locality.tambon.name_th
        changes["amphoe"] = locality.amphoe.name_th
        changes["province"] = locality.province.name_th
        if not postcode and len(locality.tambon.postcodes) == 1:
            changes["postcode"] = locality.tambon.postcodes[0]
    else:
        if len(amphoes) == 1:
            changes["amphoe"] = amphoes[0].name_th
            province = province or admin.province(amphoes[0].province_id)
        if province:
            changes["province"] = province.name_th
    for name, text in texts.items():
        if name not in changes and text != (get(name) or ""):
            changes[name] = text
    return _replace(address, changes)


def _resolve(admin: ThaiAdmin, texts: Mapping[str, str], postcode: str) -> _Resolved:
    province = admin.find_province(texts["province"]) if texts["province"] else None
    if texts["province"] and province is None:
        return _Resolved(None, (), ())  # a province we do not know: fill nothing over it
    amphoes: tuple[Amphoe, ...] = ()
    if texts["amphoe"]:
        amphoes = admin.find_amphoes(texts["amphoe"], province)
    tambons: tuple[Tambon, ...] = ()
    if texts["tambon"]:
        tambons = _narrow(admin.find_tambons(texts["tambon"]), amphoes, province)
        with_postcode = tuple(t for t in tambons if postcode in t.postcodes)
        if len(postcode) == 5 and with_postcode:
            tambons = with_postcode
        if texts["amphoe"] and not amphoes:
            tambons = ()  # an amphoe that does not exist (there) must not be overwritten
    return _Resolved(province, amphoes, tambons)


def _narrow(
    tambons: tuple[Tambon, ...], amphoes: tuple[Amphoe, ...], province: Province | None
) -> tuple[Tambon, ...]:
    if amphoes:
        ids = {a.id for a in amphoes}
        tambons = tuple(t for t in tambons if t.amphoe_id in ids)
    if province:
        tambons = tuple(t for t in tambons if t.province_id == province.id)
    return tambons


def _postcode_problems(
    admin: ThaiAdmin,
    raw: Any,
    province: Province | None,
    amphoes: tuple[Amphoe, ...],
    tambons: tuple[Tambon, ...],
    prefix: str,
) -> list[AddressProblem]:
    code = normalise_postcode(_text(raw))
    name = f"{prefix}.postcode"
    if not code:
        return []
    if len(code) != 5 or not code.isascii() or not code.isdigit():
        return [
            AddressProblem(
                name,
                "bad_postcode",
                f'รหัสไปรษณีย์ "{_text(raw)}" ต้องเป็นตัวเลข 5 หลัก',
                f'Postcode "{_text(raw)}" must be 5 digits',
            )
        ]
    if len(tambons) == 1:
        t = tambons[0]
        if code not in t.postcodes:
            expected = ", ".join(t.postcodes)
            return [
                AddressProblem(
                    name,
                    "postcode_not_in_tambon",
                    f"รหัสไปรษณีย์ {code} ไม่ตรงกับ{t.full_name_th} ({expected})",
                    f"Postcode {code} does not match {t.name_en} sub-district ({expected})",
                )
            ]
        return []
    served = admin.find_by_postcode(code)
    if not served:
        return [
            AddressProblem(
                name, "unknown_postcode", f"ไม่พบรหัสไปรษณีย์ {code}", f"Unknown postcode {code}"
            )
        ]
    if tambons and not any(code in t.postcodes for t in tambons):
        t = tambons[0]
        return [
            AddressProblem(
                name,
                "postcode_not_in_tambon",
                f"รหัสไปรษณีย์ {code} ไม่ตรงกับ{t.full_name_th}",
                f"Postcode {code} does not match {t.name_en} sub-district",
            )
        ]
    if len(amphoes) == 1 and not any(loc.amphoe == amphoes[0] for loc in served):
        a = amphoes[0]
        return [
            AddressProblem(
                name,
                "postcode_not_in_amphoe",
                f"รหัสไปรษณีย์ {code} ไม่ใช่ของ{a.full_name_th}",
                f"Postcode {code} is not used in {a.name_en} district",
            )
        ]
    if province and not any(loc.province == province for loc in served):
        return [
            AddressProblem(
                name,
                "postcode_not_in_province",
                f"รหัสไปรษณีย์ {code} ไม่ใช่ของ{province.full_name_th}",
                f"Postcode {code} is not used in {_province_en(province)}",
            )
        ]
    return []


def _coordinate_problem(raw: Any, name: str, limit: int, prefix: str) -> AddressProblem | None:
    if raw is None or raw == "":
        return None
    th_name, en_name = ("ละติจูด", "Latitude") if name == "lat" else ("ลองจิจูด", "Longitude")
    try:
        if isinstance(raw, bool):
            raise TypeError
        value = float(raw)
    except (TypeError, ValueError):
        value = math.nan
    if math.isfinite(value) and -limit <= value <= limit:
        return None
    return AddressProblem(
        f"{prefix}.{name}",
        f"bad_{name}",
        f"{th_name} ต้องเป็นตัวเลขระหว่าง -{limit} ถึง {limit}",
        f"{en_name} must be a number from -{limit} to {limit}",
    )


def _shown(found: tuple[Any, ...], bare: str, typed: str) -> tuple[str, str]:
    """Names to quote in a message: canonical when unambiguous, else as typed."""
    if len({(x.name_th, x.name_en) for x in found}) == 1:
        return found[0].name_th, found[0].name_en
    return bare, " ".join(typed.split())


def _designation(found: tuple[Amphoe, ...] | tuple[Tambon, ...], default: str) -> str:
    """อำเภอ/เขต or ตำบล/แขวง for the places a name matched, ``default`` if they differ."""
    words = {x.designation_th for x in found}
    return words.pop() if len(words) == 1 else default


def _province_en(province: Province) -> str:
    return province.name_en if province.is_bangkok else f"{province.name_en} province"


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _getter(address: Any) -> Any:
    if isinstance(address, Mapping):
        return lambda name: address.get(name)
    if dataclasses.is_dataclass(address) and not isinstance(address, type):
        return lambda name: getattr(address, name, None)
    raise TypeError(f"address must be a mapping or a dataclass, not {type(address).__name__}")


def _replace(address: A, changes: Mapping[str, Any]) -> A:
    if isinstance(address, Mapping):
        return {**address, **changes}  # type: ignore[return-value]
    known = {f.name for f in dataclasses.fields(address)}  # type: ignore[arg-type]
    return dataclasses.replace(address, **{k: v for k, v in changes.items() if k in known})  # type: ignore[type-var]

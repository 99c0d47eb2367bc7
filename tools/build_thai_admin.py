"""Build ``resources/thai_admin/thai_admin.json`` from kongvut/thai-province-data CSVs.

Usage::

    python tools/build_thai_admin.py [SOURCE_DIR] [OUT_DIR]

SOURCE_DIR defaults to ``/work/shared/data/thai-admin`` (provinces.csv, districts.csv,
sub_districts.csv, LICENSE, SOURCE); OUT_DIR to ``resources/thai_admin`` beside this
script's repository. The output is compact JSON (ids, Thai and English names, parent
ids, postcodes) that :mod:`kbo_desktop.domain.thai_admin` loads; LICENSE and SOURCE
are copied beside it.

Clean-up done here, so the app never sees it:

* rows with ``deleted_at`` set, and rows whose parent is gone, are dropped;
* provinces are keyed by their official two-digit code (10 Bangkok … 96 Narathiwat),
  the first digits of their districts' codes, instead of the source's 1–77 serials;
* "districts" without any sub-district (two municipal entries named
  ``ท้องถิ่นเทศบาลตำบล…``) are dropped: they are not amphoes;
* Bangkok's ``เขต``/``Khet`` prefix is removed, so every name is a bare name and the
  app adds อำเภอ/เขต, ตำบล/แขวง itself;
* stray ``*`` and unbalanced ``(`` in names and doubled spaces are removed; a Thai
  name with an alternative in parentheses (``ปอภาร  (ปอพาน)``) keeps the first as
  its name and the second as an alias.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

FORMAT = 1
DEFAULT_SOURCE = Path("/work/shared/data/thai-admin")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "resources" / "thai_admin"
BANGKOK = 10

_PAREN = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<alias>[^()]*)\)\s*$")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.DictReader(f) if not (row.get("deleted_at") or "").strip()]


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.lstrip("*").strip()
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "").strip()
    return text


def _split_alias(name_th: str) -> tuple[str, list[str]]:
    match = _PAREN.match(name_th)
    if not match:
        return name_th, []
    return match["name"].strip(), [match["alias"].strip()]


def _bare(name_th: str, name_en: str, province_code: int) -> tuple[str, str]:
    if province_code == BANGKOK:
        name_th = name_th.removeprefix("เขต")
        name_en = name_en.removeprefix("Khet ")
    return name_th, name_en


def build(source: Path) -> tuple[dict, list[str]]:
    """Return the JSON document and a list of notes about what was cleaned."""
    notes: list[str] = []
    provinces = _read(source / "provinces.csv")
    districts = _read(source / "districts.csv")
    subs = _read(source / "sub_districts.csv")

    subs_by_district: dict[str, list[dict[str, str]]] = {}
    for s in subs:
        subs_by_district.setdefault(s["district_id"], []).append(s)

    province_code: dict[str, int] = {}
    for d in districts:
        if d["id"] not in subs_by_district:
            continue
        code = int(d["id"]) // 100
        previous = province_code.setdefault(d["province_id"], code)
        if previous != code:
            raise ValueError(
                f"province {d['province_id']} has districts coded {previous} and {code}"
            )

    out_provinces: list[list[Any]] = []
    for p in provinces:
        if p["id"] not in province_code:
            notes.append(f"province {p['id']} {p['name_th']}: no districts, dropped")
            continue
        out_provinces.append([province_code[p["id"]], _clean(p["name_th"]), _clean(p["name_en"])])

    aliases: dict[str, list[str]] = {}
    out_amphoes: list[list[Any]] = []
    out_tambons: list[list[Any]] = []
    for d in districts:
        if d["province_id"] not in province_code:
            continue
        if d["id"] not in subs_by_district:
            notes.append(f"district {d['id']} {d['name_th']}: no sub-districts, dropped")
            continue
        pcode = province_code[d["province_id"]]
        th, en = _bare(_clean(d["name_th"]), _clean(d["name_en"]), pcode)
        out_amphoes.append([int(d["id"]), pcode, th, en])
        for s in subs_by_district[d["id"]]:
            zip_code = s["zip_code"].strip()
            if not re.fullmatch(r"[1-9]\d{4}", zip_code):
                raise ValueError(f"sub-district {s['id']}: bad zip code {zip_code!r}")
            th_raw, en_raw = s["name_th"], s["name_en"]
            th, alias = _split_alias(re.sub(r"\s+", " ", th_raw).strip())
            th, en = _bare(_clean(th), _clean(en_raw), pcode)
            if alias:
                aliases[s["id"]] = alias
            if (th, en) != (th_raw, en_raw) and pcode != BANGKOK:
                notes.append(f"sub-district {s['id']}: {th_raw!r}/{en_raw!r} -> {th!r}/{en!r}")
            out_tambons.append([int(s["id"]), int(d["id"]), th, en, zip_code])

    for rows in (out_provinces, out_amphoes, out_tambons):
        rows.sort(key=lambda row: row[0])
    doc = {
        "format": FORMAT,
        "source": (source / "SOURCE").read_text(encoding="utf-8").strip(),
        "columns": {
            "provinces": ["id", "name_th", "name_en"],
            "amphoes": ["id", "province_id", "name_th", "name_en"],
            "tambons": ["id", "amphoe_id", "name_th", "name_en", "postcode"],
        },
        "provinces": out_provinces,
        "amphoes": out_amphoes,
        "tambons": out_tambons,
        "aliases": aliases,
    }
    return doc, notes


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    doc, notes = build(source)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "thai_admin.json"
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # One record a line: compact, yet a data update gives a readable diff.
    text = re.sub(r"(\],)(\[)", r"\1\n\2", text)
    target.write_text(text + "\n", encoding="utf-8")
    for name in ("LICENSE", "SOURCE"):
        shutil.copyfile(source / name, out / name)
    for note in notes:
        print(note)
    print(
        f"{target}: {len(doc['provinces'])} provinces, {len(doc['amphoes'])} amphoes, "
        f"{len(doc['tambons'])} tambons, {target.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

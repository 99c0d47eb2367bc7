"""Thailand's provinces (จังหวัด), districts (อำเภอ/เขต) and sub-districts (ตำบล/แขวง).

The gazetteer is read once, lazily, from ``kbo_desktop.resources/thai_admin/
thai_admin.json`` (built by ``tools/build_thai_admin.py`` from kongvut/thai-province-
data, MIT). Names are bare: ``เมืองเลย``, ``พระนคร``, ``นาอาน`` — the designation
(อำเภอ or เขต, ตำบล or แขวง) is a property, because Bangkok uses its own words.

    >>> admin = gazetteer()
    >>> loei = admin.find_province("จ.เลย")
    >>> [a.name_th for a in admin.amphoes_of(loei)][:3]
    ['เชียงคาน', 'ด่านซ้าย', 'ท่าลี่']
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kbo_desktop.domain.thai_digits import to_arabic_digits

BANGKOK_ID = 10

_PROVINCE_PREFIXES = ("จังหวัด", "จ.")
_AMPHOE_PREFIXES = ("กิ่งอำเภอ", "อำเภอ", "อ.", "เขต")
_TAMBON_PREFIXES = ("ตำบล", "ต.", "แขวง")
_PROVINCE_ALIASES = {
    "กทม": BANGKOK_ID,
    "กทม.": BANGKOK_ID,
    "กรุงเทพ": BANGKOK_ID,
    "กรุงเทพฯ": BANGKOK_ID,
}

_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_TONE = re.compile(r"[\u0e47-\u0e4c]")
_LEADING_VOWEL = re.compile(r"([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def thai_sort_key(text: str) -> str:
    """Key that sorts Thai words in dictionary order.

    Same rule as :func:`pythainlp.util.collate` (leading vowels เ แ โ ใ ไ sort by the
    consonant after them, tone marks only break ties), usable as ``key=`` for records.
    """
    tones = "".join(_TONE.findall(text))
    return _LEADING_VOWEL.sub(r"\2\1", _TONE.sub("", text)) + tones


def _key(text: str, prefixes: tuple[str, ...] = ()) -> str:
    """Comparable form of a typed place name: no spaces, no designation, ำ composed."""
    text = _INVISIBLE.sub("", text or "").replace("\u0e4d\u0e32", "\u0e33")
    for prefix in prefixes:
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix) :]
    return text


def strip_province_prefix(name: str) -> str:
    return _key(name, _PROVINCE_PREFIXES)


def strip_amphoe_prefix(name: str) -> str:
    return _key(name, _AMPHOE_PREFIXES)


def strip_tambon_prefix(name: str) -> str:
    return _key(name, _TAMBON_PREFIXES)


@dataclass(frozen=True, slots=True)
class Province:
    id: int  # official two-digit code: 10 กรุงเทพมหานคร … 42 เลย … 96 นราธิวาส
    name_th: str
    name_en: str

    @property
    def is_bangkok(self) -> bool:
        return self.id == BANGKOK_ID

    @property
    def full_name_th(self) -> str:
        return self.name_th if self.is_bangkok else f"จังหวัด{self.name_th}"


@dataclass(frozen=True, slots=True)
class Amphoe:
    id: int  # four-digit code; its first two digits are the province's
    province_id: int
    name_th: str
    name_en: str

    @property
    def designation_th(self) -> str:
        return "เขต" if self.province_id == BANGKOK_ID else "อำเภอ"

    @property
    def full_name_th(self) -> str:
        return f"{self.designation_th}{self.name_th}"


@dataclass(frozen=True, slots=True)
class Tambon:
    id: int  # six-digit code; its first four digits are the amphoe's
    amphoe_id: int
    name_th: str
    name_en: str
    postcodes: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def province_id(self) -> int:
        return self.amphoe_id // 100

    @property
    def designation_th(self) -> str:
        return "แขวง" if self.province_id == BANGKOK_ID else "ตำบล"

    @property
    def full_name_th(self) -> str:
        return f"{self.designation_th}{self.name_th}"


@dataclass(frozen=True, slots=True)
class Locality:
    """A tambon with its amphoe and province, e.g. a candidate for a postcode."""

    tambon: Tambon
    amphoe: Amphoe
    province: Province

    @property
    def label_th(self) -> str:
        if self.province.is_bangkok:
            return f"แขวง{self.tambon.name_th} เขต{self.amphoe.name_th} {self.province.name_th}"
        return f"ต.{self.tambon.name_th} อ.{self.amphoe.name_th} จ.{self.province.name_th}"

    @property
    def label_en(self) -> str:
        return f"{self.tambon.name_en}, {self.amphoe.name_en}, {self.province.name_en}"


class ThaiAdmin:
    """Read-only gazetteer of provinces, amphoes and tambons with name and postcode lookup."""

    def __init__(
        self, provinces: Iterable[Province], amphoes: Iterable[Amphoe], tambons: Iterable[Tambon]
    ) -> None:
        self._provinces = {p.id: p for p in provinces}
        self._amphoes = {a.id: a for a in amphoes}
        self._tambons = {t.id: t for t in tambons}
        self._index()

    def __repr__(self) -> str:
        return (
            f"<ThaiAdmin {len(self._provinces)} provinces, {len(self._amphoes)} amphoes, "
            f"{len(self._tambons)} tambons>"
        )

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> ThaiAdmin:
        """Build from the document written by ``tools/build_thai_admin.py``."""
        if doc.get("format") != 1:
            raise ValueError(f"unknown thai_admin format {doc.get('format')!r}")
        aliases = doc.get("aliases", {})
        return cls(
            (Province(i, th, en) for i, th, en in doc["provinces"]),
            (Amphoe(i, p, th, en) for i, p, th, en in doc["amphoes"]),
            (
                Tambon(i, a, th, en, (pc,), tuple(aliases.get(str(i), ())))
                for i, a, th, en, pc in doc["tambons"]
            ),
        )

    def _index(self) -> None:
        children: dict[int, list[Any]] = defaultdict(list)
        names: dict[tuple[str, str], list[Any]] = defaultdict(list)
        postcodes: dict[str, list[Tambon]] = defaultdict(list)
        for p in self._provinces.values():
            names["p", _key(p.name_th)].append(p)
            names["p", p.name_en.casefold()].append(p)
        for alias, pid in _PROVINCE_ALIASES.items():
            if pid in self._provinces:
                names["p", _key(alias)].append(self._provinces[pid])
        for a in self._amphoes.values():
            children[a.province_id].append(a)
            names["a", _key(a.name_th)].append(a)
            names["a", a.name_en.casefold()].append(a)
        for t in self._tambons.values():
            children[t.amphoe_id].append(t)
            for name in (t.name_th, *t.aliases):
                names["t", _key(name)].append(t)
            names["t", t.name_en.casefold()].append(t)
            for pc in t.postcodes:
                postcodes[pc].append(t)
        # amphoe ids have four digits, province ids two: one dict holds both.
        self._children = {k: _thai_sorted(v) for k, v in children.items()}
        self._by_name = {k: tuple(dict.fromkeys(v)) for k, v in names.items()}
        self._by_postcode = {k: tuple(v) for k, v in postcodes.items()}

    # -- browsing ---------------------------------------------------------------------

    def provinces(self) -> tuple[Province, ...]:
        """All provinces in Thai dictionary order."""
        return _thai_sorted(self._provinces.values())

    def amphoes_of(self, province: Province | int) -> tuple[Amphoe, ...]:
        return self._children.get(_id(province), ())

    def tambons_of(self, amphoe: Amphoe | int) -> tuple[Tambon, ...]:
        return self._children.get(_id(amphoe), ())

    def postcodes_of(self, tambon: Tambon | int) -> tuple[str, ...]:
        return self.tambon(tambon).postcodes

    def province(self, province: Province | int) -> Province:
        return self._provinces[_id(province)]

    def amphoe(self, amphoe: Amphoe | int) -> Amphoe:
        return self._amphoes[_id(amphoe)]

    def tambon(self, tambon: Tambon | int) -> Tambon:
        return self._tambons[_id(tambon)]

    def locality(self, tambon: Tambon | int) -> Locality:
        t = self.tambon(tambon)
        a = self._amphoes[t.amphoe_id]
        return Locality(t, a, self._provinces[a.province_id])

    # -- lookup by name or postcode -----------------------------------------------------

    def find_province(self, name: str) -> Province | None:
        """The province called ``name`` ("เลย", "จ.เลย", "จังหวัด เลย", "Loei"), or None."""
        found = self._lookup("p", name, _PROVINCE_PREFIXES)
        return found[0] if found else None

    def find_amphoes(self, name: str, province: Province | int | None = None) -> tuple[Amphoe, ...]:
        """Amphoes called ``name`` (several provinces share names), within ``province`` if given.

        In a province, "เมือง" / "อ.เมือง" means its capital district (เมืองเลย in เลย).
        """
        found: tuple[Amphoe, ...] = self._lookup("a", name, _AMPHOE_PREFIXES)
        if province is None:
            return found
        pid = _id(province)
        if not found and strip_amphoe_prefix(name) == "เมือง" and pid in self._provinces:
            found = self._lookup("a", "เมือง" + self._provinces[pid].name_th, ())
        return tuple(a for a in found if a.province_id == pid)

    def find_tambons(
        self,
        name: str,
        amphoe: Amphoe | int | None = None,
        province: Province | int | None = None,
    ) -> tuple[Tambon, ...]:
        """Tambons called ``name`` (หนองบัว exists 28 times), narrowed by amphoe/province."""
        found: tuple[Tambon, ...] = self._lookup("t", name, _TAMBON_PREFIXES)
        if amphoe is not None:
            found = tuple(t for t in found if t.amphoe_id == _id(amphoe))
        if province is not None:
            found = tuple(t for t in found if t.province_id == _id(province))
        return found

    def find_by_postcode(self, postcode: str) -> tuple[Locality, ...]:
        """Every tambon served by ``postcode`` (Thai digits accepted), with amphoe and province."""
        code = normalise_postcode(postcode)
        return tuple(self.locality(t) for t in self._by_postcode.get(code, ()))

    def _lookup(self, level: str, name: str, prefixes: tuple[str, ...]) -> tuple[Any, ...]:
        if not name or not name.strip():
            return ()
        exact = self._by_name.get((level, _key(name)))
        if exact:  # a name that merely looks like it has a prefix (none do today)
            return exact
        stripped = self._by_name.get((level, _key(name, prefixes)))
        if stripped:
            return stripped
        return self._by_name.get((level, " ".join(name.split()).casefold()), ())


def normalise_postcode(postcode: str | int | None) -> str:
    """Postcode as plain digits: ``"๔๒ ๐๐๐"`` → ``"42000"``."""
    if postcode is None:
        return ""
    return _INVISIBLE.sub("", to_arabic_digits(str(postcode)))


def _id(item: Province | Amphoe | Tambon | int) -> int:
    return item if isinstance(item, int) else item.id


def _thai_sorted(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(items, key=lambda x: (thai_sort_key(x.name_th), x.id)))


def _data_dir() -> Any:
    """The ``thai_admin`` resource folder, installed or straight from the source tree."""
    try:
        folder = resources.files("kbo_desktop.resources") / "thai_admin"
        if folder.joinpath("thai_admin.json").is_file():
            return folder
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "resources" / "thai_admin"


@cache
def gazetteer() -> ThaiAdmin:
    """The shipped gazetteer, loaded on first use and shared afterwards."""
    text = _data_dir().joinpath("thai_admin.json").read_text(encoding="utf-8")
    return ThaiAdmin.from_json(json.loads(text))

"""Item models of the duplicate review: the likely pairs, and one pair side by
side with what the merged producer would look like.

Both hold plain data handed over by the dialog; neither queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from kbo_desktop.domain import records as r
from kbo_desktop.services.duplicates import DuplicateCandidate
from kbo_desktop.services.review_support import (
    FOOTPRINT_KEYS,
    FOOTPRINT_LABELS,
    ProducerFootprint,
    field_label,
    fields_filled_by_merge,
    producer_where,
)
from kbo_desktop.ui.exchange.review_widgets import CHOSEN_TINT, DIFFERS_TINT
from kbo_desktop.ui.widgets.table_model import TextTableModel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the comparison row's key (field or count name)

COL_FIRST, COL_SECOND, COL_REASONS, COL_SCORE = range(4)
_PAIR_HEADERS = (
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "ผู้ผลิต ก"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "ผู้ผลิต ข"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "เหตุที่อาจเป็นรายเดียวกัน"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "ความน่าจะซ้ำ"),
)

COL_ITEM, COL_A, COL_B, COL_AFTER = range(4)
_FIELDS = ("name", "producer_type", "address", "phone", "otop_registration_no", "contact_name",
           "members_count")  # fmt: skip
_LAST_FIELDS = ("notes",)  # long text goes below the counts
_ADDRESS = QT_TRANSLATE_NOOP("ProducerComparisonModel", "ที่อยู่")
_INK = QColor("#1a1a1a")


def producer_text(producer: r.Producer) -> str:
    where = producer_where(producer)
    return f"{producer.name}\n{where}" if where else producer.name


class DuplicatePairsModel(TextTableModel[DuplicateCandidate]):
    """One row per likely duplicate pair, most likely first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers(
            [QCoreApplication.translate("DuplicatePairsModel", h) for h in _PAIR_HEADERS]
        )
        self.language = "th"

    def text(self, pair: DuplicateCandidate, column: int) -> str:
        if column == COL_FIRST:
            return producer_text(pair.first)
        if column == COL_SECOND:
            return producer_text(pair.second)
        if column == COL_REASONS:
            messages = [
                reason.message_en if self.language == "en" else reason.message_th
                for reason in pair.reasons
            ]
            return "\n".join(f"• {m}" for m in messages)
        return f"{pair.score:.0%}"

    def role_data(self, pair: DuplicateCandidate, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


@dataclass(frozen=True)
class _Row:
    key: str
    label: str
    a: str
    b: str
    after: str
    differs: bool
    filled: bool  # the merged value comes from the dropped producer


class ProducerComparisonModel(TextTableModel[_Row]):
    """Two producers field by field and count by count, with the merged result.

    ``keep_first`` says which one stays; the "after" column shows the kept
    producer's fields with its empty ones filled from the other (what
    ``merge_producers`` does) and every count added up.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._a: ProducerFootprint | None = None
        self._b: ProducerFootprint | None = None
        self._keep_first = True
        self.language = "th"
        self.set_headers(self._headers_for())

    def set_pair(
        self, a: ProducerFootprint | None, b: ProducerFootprint | None, keep_first: bool = True
    ) -> None:
        self.beginResetModel()
        self._a, self._b, self._keep_first = a, b, keep_first
        self._rows = self._build() if a and b else []
        self.set_headers(self._headers_for())
        self.endResetModel()

    def set_keep_first(self, keep_first: bool) -> None:
        if keep_first != self._keep_first:
            self.set_pair(self._a, self._b, keep_first)

    def keep_first(self) -> bool:
        return self._keep_first

    def filled_fields(self) -> list[str]:
        """Labels of the kept producer's empty fields the merge fills from the other."""
        return [row.label for row in self._rows if row.filled]

    def _value(self, producer: r.Producer, key: str) -> str:
        if key == "address":
            return producer.address.one_line()
        if key == "producer_type":
            return producer.producer_type.label(self.language)
        value = getattr(producer, key)
        return "" if value is None else str(value)

    def _count(self, footprint: ProducerFootprint, key: str) -> str:
        count = footprint.counts[key]
        if key == "products" and footprint.product_names:
            return f"{count}: " + ", ".join(footprint.product_names)
        return str(count)

    def _build(self) -> list[_Row]:
        assert self._a is not None and self._b is not None
        a, b = self._a, self._b
        keep, drop = (a, b) if self._keep_first else (b, a)
        filled = set(fields_filled_by_merge(keep.producer, drop.producer))
        rows = [self._field_row(key, keep, drop, filled) for key in _FIELDS]
        for key in FOOTPRINT_KEYS:
            th, en = FOOTPRINT_LABELS[key]
            total = a.counts[key] + b.counts[key]
            after = str(total)
            if key == "products" and total:
                after = f"{total}: " + ", ".join((*keep.product_names, *drop.product_names))
            rows.append(_Row(key, en if self.language == "en" else th, self._count(a, key),
                             self._count(b, key), after, False, False))  # fmt: skip
        return rows + [self._field_row(key, keep, drop, filled) for key in _LAST_FIELDS]

    def _field_row(
        self, key: str, keep: ProducerFootprint, drop: ProducerFootprint, filled: set[str]
    ) -> _Row:
        """One producer field: both values and the kept one's after the merge fills it."""
        assert self._a is not None and self._b is not None
        if key == "address":
            label = QCoreApplication.translate("ProducerComparisonModel", _ADDRESS)
            taken = any(name.startswith("address.") for name in filled)
            merged = {
                name: getattr(
                    (drop if f"address.{name}" in filled else keep).producer.address, name
                )
                for name in r.Address.__dataclass_fields__
            }
            after = r.Address(**merged).one_line()
        else:
            label = field_label("producers", key, self.language)
            taken = key in filled
            after = self._value((drop if taken else keep).producer, key)
        va, vb = self._value(self._a.producer, key), self._value(self._b.producer, key)
        if taken:
            source = self.tr("ข") if self._keep_first else self.tr("ก")
            after += self.tr(" (เติมจาก %1)").replace("%1", source)
        return _Row(key, label, va, vb, after, va != vb, taken)

    def _headers_for(self) -> list[str]:
        """The column headers, saying which producer stays and which goes."""
        kept, dropped = self.tr("(เก็บไว้)"), self.tr("(รวมเข้าแล้วลบ)")
        return [
            self.tr("รายการ"),
            self.tr("ผู้ผลิต ก") + "\n" + (kept if self._keep_first else dropped),
            self.tr("ผู้ผลิต ข") + "\n" + (dropped if self._keep_first else kept),
            self.tr("หลังรวม"),
        ]

    def text(self, row: _Row, column: int) -> str:
        return (row.label, row.a, row.b, row.after)[column]

    def role_data(self, row: _Row, column: int, role: int) -> object:
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_ITEM and row.differs:
                return QColor(DIFFERS_TINT)
            if column == COL_AFTER:
                return QColor(CHOSEN_TINT)
            return None
        tinted = column == COL_AFTER or (column == COL_ITEM and row.differs)
        if role == Qt.ItemDataRole.ForegroundRole and tinted:
            return _INK
        if role == Qt.ItemDataRole.FontRole and column == COL_ITEM and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_AFTER and row.filled:
            return self.tr("ช่องนี้ของรายที่เก็บไว้ยังว่าง จึงเติมจากอีกราย")
        return None

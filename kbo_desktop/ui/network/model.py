"""Network members as a table, and the filter the directory's search box drives.

The model holds plain :class:`~kbo_desktop.domain.records.NetworkMember`
records handed over by the tab (it never queries); sorting and filtering live
in :class:`MemberFilterProxy` so the view can sort by any column while the
filter box narrows by text across name, organization, expertise and contacts
and the kind combo narrows by kind.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel, Qt

from kbo_desktop.domain.enums import MemberKind
from kbo_desktop.domain.records import NetworkMember
from kbo_desktop.ui.widgets.language import language
from kbo_desktop.ui.widgets.table_model import PLAIN_ROLE, Index, TextTableModel
from kbo_desktop.ui.widgets.thai_wrap import wrappable

COL_NAME, COL_KIND, COL_ORGANIZATION, COL_EXPERTISE, COL_PHONE, COL_EMAIL = range(6)
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the NetworkMember of the row
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its id
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # its MemberKind value (str)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # all its text, folded, for filtering
SORT_ROLE = PLAIN_ROLE  # the cell's text without display-only U+200B

_HEADERS = (
    QT_TRANSLATE_NOOP("NetworkMembersModel", "ชื่อ"),
    QT_TRANSLATE_NOOP("NetworkMembersModel", "ประเภท"),
    QT_TRANSLATE_NOOP("NetworkMembersModel", "หน่วยงาน/สังกัด"),
    QT_TRANSLATE_NOOP("NetworkMembersModel", "ความเชี่ยวชาญ"),
    QT_TRANSLATE_NOOP("NetworkMembersModel", "โทรศัพท์"),
    QT_TRANSLATE_NOOP("NetworkMembersModel", "อีเมล"),
)


class NetworkMembersModel(TextTableModel[NetworkMember]):
    """One row per live network member, in the order given."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_headers([QCoreApplication.translate("NetworkMembersModel", h) for h in _HEADERS])
        self.language = language()

    def set_members(self, members: list[NetworkMember]) -> None:
        self.replace_rows(members)

    def member(self, row: int) -> NetworkMember:
        return self._rows[row]

    def row_of(self, member_id: str) -> int:
        """Row of the member with that id, or -1."""
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), -1)

    def text(self, member: NetworkMember, column: int) -> str:
        if column == COL_KIND:
            return member.kind.label(self.language)
        return str(
            (member.name, "", member.organization, member.expertise, member.phone, member.email)[
                column
            ]
        )

    def role_data(self, member: NetworkMember, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ORGANIZATION, COL_EXPERTISE):
            return wrappable(self.text(member, column)) or None
        if role == MEMBER_ROLE:
            return member
        if role == ID_ROLE:
            return member.id
        if role == KIND_ROLE:
            return member.kind.value
        if role == SEARCH_ROLE:
            return " ".join(self.text(member, c) for c in range(len(_HEADERS))).casefold()
        return None


class MemberFilterProxy(QSortFilterProxyModel):
    """Sorts by the shown text (Thai collation) and filters by text and kind."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self._kind: MemberKind | None = None
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: MemberKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind is not None and index.data(KIND_ROLE) != self._kind.value:
            return False
        return not self._text or self._text in str(index.data(SEARCH_ROLE))

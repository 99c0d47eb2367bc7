"""The import preview's list of changed records, kept by column so a whole country fits.

Imported into an empty database, a national bundle changes every one of its
~665,000 records, and the preview lists each one. As a Python list of
:class:`ChangedRecord` objects that list alone took ~240 MB (an object, an id
string and a name string per row: ~360 bytes), which took the preview dialog
past the 400 MB the laptops allow. :class:`ChangeList` keeps the same rows
column by column (~110 bytes a row, measured on the scale-500 bench bundle)
and makes a :class:`ChangedRecord` only for a row someone asks for, so every
changed record can still be listed, read and sorted as before.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

# Thai's own one-byte code page (TIS-620 and the Windows punctuation “ ” … –):
# Python keeps a Thai string at two bytes a character plus ~75 bytes of
# header, so a 55-character name cost ~190 bytes as a ``str`` and costs 55 here.
# Every character it knows decodes back to itself; other text is kept as it is.
_ENCODING = "cp874"
_Value = TypeVar("_Value", bound=Hashable)


@dataclass(frozen=True, slots=True)
class ChangedRecord:
    """One record an import would add, change or delete (or log as a conflict).

    ``context`` names what the record belongs to (a product's producer, a
    plan's product), since "ผ้าทอมือ" alone rarely says which one.
    """

    collection: str
    record_id: str
    name: str
    context: str
    outcome: str  # ADDED, UPDATED or DELETED; for a conflict, the version kept (LOCAL or INCOMING)
    tombstone: bool = False  # an added record that arrives already deleted
    fields: tuple[str, ...] = ()  # what an update changes (``phone``, ``address.tambon``)


_BLOCK = 256 * 1024  # bytes in each of _Texts' buffers


class _Texts:
    """Many short strings packed into buffers of a fixed size, read back one at a time.

    The buffers are made full size and filled in place. One buffer grown to
    ~40 MB instead was moved about the heap as it grew and left holes behind:
    the national preview's peak then varied from 181 to 216 MB between runs
    of the same bundle; with these it is 184-186 MB. Positions count every
    buffer as ``_BLOCK`` bytes long, and a string never spans two, so the
    buffer of a string is found by division.
    """

    __slots__ = ("_blocks", "_ends", "_others")

    def __init__(self) -> None:
        self._blocks: list[bytearray] = []
        # Where each string ends. The positions stay far below 4 GiB: all the
        # text comes from a data.json the bundle reader refuses above 1 GiB.
        self._ends = array("I")
        self._others: dict[int, str] = {}  # strings not written in the buffers, by position

    def append(self, text: str) -> None:
        end = self._ends[-1] if self._ends else 0
        try:
            data: bytes | None = text.encode(_ENCODING)
        except UnicodeEncodeError:
            data = None
        if data is None or len(data) > _BLOCK:
            self._others[len(self._ends)] = text
        elif data:
            if end + len(data) > len(self._blocks) * _BLOCK:  # not in this buffer: the next
                end = len(self._blocks) * _BLOCK
                self._blocks.append(bytearray(_BLOCK))
            offset = end % _BLOCK
            self._blocks[-1][offset : offset + len(data)] = data
            end += len(data)
        self._ends.append(end)

    def __getitem__(self, index: int) -> str:
        if self._others and index in self._others:
            return self._others[index]
        end = self._ends[index]
        start = self._ends[index - 1] if index else 0
        if start == end:
            return ""
        block, last = divmod(end - 1, _BLOCK)
        first = max(start - block * _BLOCK, 0)  # a string moved on to a new buffer starts at 0
        return self._blocks[block][first : last + 1].decode(_ENCODING)


class _Table(Generic[_Value]):
    """Distinct values and a code for each: rows keep the code, the value is kept once."""

    __slots__ = ("values", "_codes")

    def __init__(self) -> None:
        self.values: list[_Value] = []
        self._codes: dict[_Value, int] = {}

    def code(self, value: _Value) -> int:
        code = self._codes.get(value)
        if code is None:
            code = self._codes[value] = len(self.values)
            self.values.append(value)
        return code


class ChangeList(Sequence[ChangedRecord]):
    """The rows of changed records, in the order they were added, read as ChangedRecords.

    Each row keeps its kind and its outcome as codes into tables of the few
    distinct values, its context as a code into the distinct contexts (the
    parents' names and places repeat: a producer's forty SWOT points share
    one product name), and its id and name as text packed in one buffer.
    ``changes[i]`` builds that row's :class:`ChangedRecord` afresh, so rows
    compare equal but are not the same object twice.
    """

    def __init__(self, items: Iterable[ChangedRecord] = ()):
        self._kinds = array("B")  # code of the collection
        self._shapes = array("I")  # code of (outcome, tombstone, fields)
        self._contexts = array("I")  # code of the context
        self._ids = _Texts()
        self._names = _Texts()
        self._kind_table: _Table[str] = _Table()
        self._shape_table: _Table[tuple[str, bool, tuple[str, ...]]] = _Table()
        self._context_table: _Table[str] = _Table()
        for item in items:
            self.append(
                item.collection, item.record_id, item.name, item.context, item.outcome,
                item.tombstone, item.fields,
            )  # fmt: skip

    def append(
        self,
        collection: str,
        record_id: str,
        name: str,
        context: str,
        outcome: str,
        tombstone: bool = False,
        fields: tuple[str, ...] = (),
    ) -> None:
        """Add a row at the end (the arguments of :class:`ChangedRecord`)."""
        self._kinds.append(self._kind_table.code(collection))
        self._shapes.append(self._shape_table.code((outcome, tombstone, fields)))
        self._contexts.append(self._context_table.code(context))
        self._ids.append(record_id)
        self._names.append(name)

    def set_context(self, index: int, context: str) -> None:
        """Say what the row at ``index`` belongs to, once that is known."""
        self._contexts[index] = self._context_table.code(context)

    def shared_context(self, context: str) -> str:
        """The list's own copy of ``context``: whoever keeps a context to give
        again (a parent's name, asked for by all it holds) keeps it only once."""
        return self._context_table.values[self._context_table.code(context)]

    def name_at(self, index: int) -> str:
        """The name of the row at ``index`` (without building the whole row)."""
        return self._names[self._position(index)]

    def rows_by_collection(self) -> dict[str, array]:
        """The positions of each collection's rows, in list order (read from the kind codes)."""
        by_code = [array("I") for _ in self._kind_table.values]
        for number, code in enumerate(self._kinds):
            by_code[code].append(number)
        return dict(zip(self._kind_table.values, by_code, strict=True))

    def _position(self, index: int) -> int:
        size = len(self._kinds)
        position = index + size if index < 0 else index
        if not 0 <= position < size:
            raise IndexError("ChangeList index out of range")
        return position

    # -- Sequence -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> ChangedRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[ChangedRecord]: ...

    def __getitem__(self, index: int | slice) -> ChangedRecord | list[ChangedRecord]:
        """One row, or a slice of them as a plain list."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = self._position(index)
        outcome, tombstone, fields = self._shape_table.values[self._shapes[position]]
        return ChangedRecord(
            self._kind_table.values[self._kinds[position]],
            self._ids[position],
            self._names[position],
            self._context_table.values[self._contexts[position]],
            outcome,
            tombstone,
            fields,
        )

    def __iter__(self) -> Iterator[ChangedRecord]:
        for position in range(len(self)):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same rows in the same order (a list of them too)."""
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # changes as it is filled, like a list

    def __repr__(self) -> str:
        return f"<ChangeList of {len(self)} rows>"


def rows_by_collection(items: Sequence[ChangedRecord]) -> dict[str, array]:
    """The positions of each collection's rows in ``items``, in list order.

    A :class:`ChangeList` answers from its kind codes without building a row;
    any other sequence (a test's list) is read row by row.
    """
    if isinstance(items, ChangeList):
        return items.rows_by_collection()
    by_kind: dict[str, array] = {}
    for number, item in enumerate(items):
        rows = by_kind.get(item.collection)
        if rows is None:
            rows = by_kind[item.collection] = array("I")
        rows.append(number)
    return by_kind

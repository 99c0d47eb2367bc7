"""Reading a bundle's ``data.json`` one record at a time.

A bundle of a whole province holds hundreds of thousands of records;
``json.loads`` of it would hold all of them as Python objects at once (well
over a gigabyte for 10,000 producers). :class:`DocumentReader` walks the
document's outer structure itself and hands every record of
``records.<collection>`` over as soon as it is read, with the standard
library's (C) scanner decoding each value, so memory stays at one buffer.

It accepts exactly what ``json.loads`` accepts and reports syntax errors
with the same message, line and column (as Python 3.11's ``json`` words
them), so a broken file is named the same way whichever reader met it. It also hashes the raw bytes, so a second
pass can prove it read the very bytes the first pass checked.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from typing import IO, Any

# What the reader yields, as the first element of each tuple.
HEADER = "header"  # (HEADER, key, value): a top-level property other than "records"
RECORDS_START = "records_start"  # (RECORDS_START,): "records" is an object; its collections follow
COLLECTION_START = "collection_start"  # (.., collection): records.<collection> is an array; its items follow
ITEM = "item"  # (ITEM, collection, index, value): one element of records.<collection>
COLLECTION_VALUE = "collection_value"  # (.., collection, value): records.<collection> is not an array
RECORDS_VALUE = "records_value"  # (.., value): "records" is not an object
NOT_OBJECT = "not_object"  # (.., value): the document is not an object at all

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SEPARATOR = re.compile(r"[ \t\n\r]*,[ \t\n\r]*")
_CHUNK = 1 << 20
MAX_VALUE_CHARS = 64 * 1024**2  # one record larger than this is refused, not buffered


class JsonSyntaxError(Exception):
    """The document is not JSON; ``msg``, ``lineno`` and ``colno`` as ``json`` reports them."""

    def __init__(self, msg: str, lineno: int, colno: int):
        super().__init__(f"{msg}: line {lineno} column {colno}")
        self.msg, self.lineno, self.colno = msg, lineno, colno


class NotUtf8Error(Exception):
    """The bytes are not UTF-8 text."""


class DuplicateKeyError(Exception):
    """``records`` or one of its collections appears twice (``json.loads`` would keep only the last)."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


class DocumentReader:
    """One pass over a JSON document read from ``raw`` (a binary stream), ``chunk`` bytes at a time."""

    def __init__(self, raw: IO[bytes], chunk: int = _CHUNK):
        self._raw = raw
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner json.loads uses
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._dropped = 0  # characters before _buf[0]
        self._lines_dropped = 0  # newlines among them
        self._last_newline = -1  # absolute offset of the last dropped newline
        self.digest = hashlib.sha256()
        self.bytes_read = 0

    def __enter__(self) -> DocumentReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._raw.close()

    # -- buffer -----------------------------------------------------------------
    def _fill(self, at_least: int = 0) -> bool:
        """Read more text; False at the end of the stream."""
        if self._eof:
            return False
        if self._pos:
            done = self._buf[: self._pos]
            newlines = done.count("\n")
            if newlines:
                self._lines_dropped += newlines
                self._last_newline = self._dropped + done.rindex("\n")
            self._dropped += self._pos
            self._buf = self._buf[self._pos :]
            self._pos = 0
        data = self._raw.read(max(at_least, self._chunk))
        self.digest.update(data)
        self.bytes_read += len(data)
        try:
            self._buf += self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise NotUtf8Error(str(exc)) from exc
        if not data:
            self._eof = True
        return True

    def _skip_ws(self) -> str:
        """Skip whitespace; the next character, or "" at the end."""
        while True:
            self._pos = _WHITESPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _error(self, msg: str, pos: int | None = None) -> JsonSyntaxError:
        absolute = self._dropped + (self._pos if pos is None else pos)
        before = self._buf[: absolute - self._dropped]
        newlines = before.count("\n")
        line = self._lines_dropped + newlines + 1
        last = self._dropped + before.rindex("\n") if newlines else self._last_newline
        return JsonSyntaxError(msg, line, absolute - last)

    def _value(self) -> Any:
        """Decode the complete JSON value at the current position."""
        while True:
            try:
                value, end = self._scan(self._buf, self._pos)
            except (StopIteration, json.JSONDecodeError) as exc:
                if len(self._buf) - self._pos > MAX_VALUE_CHARS:
                    raise self._error("Value too large", self._pos) from None
                if self._fill(2 * (len(self._buf) - self._pos)):
                    continue  # perhaps only cut off by the end of the buffer
                if isinstance(exc, StopIteration):
                    raise self._error("Expecting value", exc.value) from None
                raise self._error(exc.msg, exc.pos) from None
            if end == len(self._buf) and self._fill():
                continue  # a number may go on in the next piece
            self._pos = end
            return value

    def _expect(self, char: str, msg: str) -> None:
        if self._skip_ws() != char:
            raise self._error(msg)
        self._pos += 1

    def _key(self) -> str:
        if self._skip_ws() != '"':
            raise self._error("Expecting property name enclosed in double quotes")
        key = self._value()
        self._expect(":", "Expecting ':' delimiter")
        self._skip_ws()
        return key

    def _members(self) -> Iterator[str]:
        """The keys of the object starting here; the caller reads each value."""
        self._pos += 1  # "{"
        if self._skip_ws() == "}":
            self._pos += 1
            return
        while True:
            yield self._key()
            following = self._skip_ws()
            self._pos += 1
            if following == "}":
                return
            if following != ",":
                self._pos -= 1
                raise self._error("Expecting ',' delimiter")

    def _array(self) -> Iterator[Any]:
        self._pos += 1  # "["
        if self._skip_ws() == "]":
            self._pos += 1
            return
        separator = _SEPARATOR.match
        while True:
            yield self._value()
            found = separator(self._buf, self._pos)
            if found is not None and found.end() < len(self._buf):
                self._pos = found.end()  # the usual case: a comma, and the next value already read
                continue
            following = self._skip_ws()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                self._pos -= 1
                raise self._error("Expecting ',' delimiter")
            self._skip_ws()

    def _end(self) -> None:
        if self._skip_ws():
            raise self._error("Extra data")

    # -- the document -------------------------------------------------------------
    def events(self) -> Iterator[tuple[Any, ...]]:
        """The document's parts in file order (see the event names above)."""
        if self._skip_ws() != "{":
            value = self._value()
            self._end()
            yield (NOT_OBJECT, value)
            return
        seen_records = False
        for key in self._members():
            if key != "records":
                yield (HEADER, key, self._value())
            elif seen_records:
                raise DuplicateKeyError("records")
            else:
                seen_records = True
                yield from self._records()
        self._end()  # reads to the end of the stream, so the digest covers every byte

    def _records(self) -> Iterator[tuple[Any, ...]]:
        if self._skip_ws() != "{":
            yield (RECORDS_VALUE, self._value())
            return
        yield (RECORDS_START,)
        seen: set[str] = set()
        for collection in self._members():
            if collection in seen:
                raise DuplicateKeyError(collection)
            seen.add(collection)
            if self._skip_ws() != "[":
                yield (COLLECTION_VALUE, collection, self._value())
                continue
            yield (COLLECTION_START, collection)
            for index, item in enumerate(self._array()):
                yield (ITEM, collection, index, item)

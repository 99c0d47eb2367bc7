"""Thai word segmentation shared by the PDF line breaker and the Qt text wrapping.

Thai is written without spaces between words, so a line may only break
where a dictionary says one word ends. PyThaiNLP's ``newmm`` does that with
its general dictionary; OTOP vocabulary it lacks (คราม, ลายขิด, ผีตาโขน)
makes it split inside words (ครา|มลายขิด), so the dictionary here adds them.

The dictionary is handed to newmm as a :class:`SortedWordTrie` rather than
pythainlp's own ``Trie``: building that one for 62,000 words creates a Python
object per letter and takes about 0.65 s, which the first packet (or the first
wrapped label) of every session would pay. A sorted list is ready in 30 ms
and answers newmm's only question, "which words start here?", just the same.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

# Words of the OTOP and KBO world that newmm's dictionary lacks or splits badly.
KBO_WORDS = frozenset({
    "คราม", "ย้อมคราม", "ลายขิด", "ผ้าขิด", "มัดหมี่", "ผีตาโขน", "ข้าวแต๋น", "ข้าวหลาม",
    "ปลาร้าบอง", "น้ำพริก", "มะขามหวาน", "มะขามป้อม", "ใบหม่อน", "ชาใบหม่อน", "อาราบิก้า",
    "จักสาน", "ยาหม่อง", "ลูกประคบ", "น้ำมันเหลือง", "ภูเรือ", "เชียงคาน", "ด่านซ้าย",
    "วังสะพุง", "ภูกระดึง", "นาแห้ว", "ภูหลวง", "ท่าลี่", "ปากชม", "นาอาน", "กุดป่อง",
    "บุญหลวง", "ไทเลย", "มผช.", "มอก.", "อย.", "ธ.ก.ส.", "วิสาหกิจชุมชน", "ปราชญ์ชาวบ้าน",
})  # fmt: skip

# What a prefix of some text is, as far as the dictionary goes.
_DEAD_END, _PREFIX, _WORD = 0, 1, 2
_MEMO_LIMIT = 200_000


class SortedWordTrie(Trie):
    """pythainlp's ``Trie`` interface over a sorted word list.

    Gives the same answers as ``pythainlp.util.Trie`` built from the same
    words (``prefixes``, ``in``, ``len``, iteration, ``add``, ``remove``),
    so it can be passed to ``word_tokenize(custom_dict=...)``. Lookups use
    binary search; what each prefix turned out to be (no word starts so,
    only longer words do, or a word) is remembered, so text seen before is
    answered from a dictionary without searching again.
    """

    def __init__(self, words: Iterable[str]) -> None:  # no super(): there are no nodes
        self._words: list[str] = sorted({w.strip() for w in words} - {""})
        self._word_count = len(self._words)
        self._memo: dict[str, int] = {}

    def _kind(self, prefix: str) -> int:
        words = self._words
        i = bisect_left(words, prefix)
        if i == len(words) or not words[i].startswith(prefix):
            return _DEAD_END
        return _WORD if words[i] == prefix else _PREFIX

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """Words of the dictionary that ``text`` has at ``start``, shortest first."""
        memo, words = self._memo, self._words
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        found: list[str] = []
        for end in range(start + 1, len(text) + 1):
            prefix = text[start:end]
            kind = memo.get(prefix)
            if kind is None:  # _kind(prefix), inline: this is newmm's innermost loop
                i = bisect_left(words, prefix)
                if i == len(words) or not words[i].startswith(prefix):
                    kind = _DEAD_END
                else:
                    kind = _WORD if words[i] == prefix else _PREFIX
                memo[prefix] = kind
            if kind == _DEAD_END:
                break
            if kind == _WORD:
                found.append(prefix)
        return found

    def add(self, word: str) -> None:
        word = word.strip()
        i = bisect_left(self._words, word)
        if word and (i == len(self._words) or self._words[i] != word):
            insort(self._words, word)
            self._word_count += 1
            self._memo.clear()

    def remove(self, word: str) -> None:
        i = bisect_left(self._words, word)
        if i < len(self._words) and self._words[i] == word:
            del self._words[i]
            self._word_count -= 1
            self._memo.clear()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key) and self._kind(key) == _WORD

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._words))

    def __len__(self) -> int:
        return self._word_count


@cache
def _dictionary() -> Trie:
    return SortedWordTrie(set(thai_words()) | KBO_WORDS)


def forget_lookups() -> None:
    """Drop what the dictionary remembers of text it was asked about (benchmarks)."""
    if _dictionary.cache_info().currsize:
        trie = _dictionary()
        if isinstance(trie, SortedWordTrie):
            trie._memo.clear()


@lru_cache(maxsize=16384)
def segment(chunk: str) -> tuple[str, ...]:
    """Words of ``chunk`` (whitespace kept as its own pieces); joining them gives ``chunk`` back."""
    pieces = word_tokenize(chunk, custom_dict=_dictionary(), engine="newmm", keep_whitespace=True)
    return tuple(p for p in pieces if p)

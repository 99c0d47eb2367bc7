"""Thai word segmentation shared by the PDF line breaker and the Qt text wrapping.

Thai is written without spaces between words, so a line may only break
where a dictionary says one word ends. PyThaiNLP's ``newmm`` does that with
its general dictionary; OTOP vocabulary it lacks (คราม, ลายขิด, ผีตาโขน)
makes it split inside words (ครา|มลายขิด), so the dictionary here adds them.
"""

from __future__ import annotations

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


@cache
def _dictionary() -> Trie:
    return Trie(set(thai_words()) | KBO_WORDS)


@lru_cache(maxsize=16384)
def segment(chunk: str) -> tuple[str, ...]:
    """Words of ``chunk`` (whitespace kept as its own pieces); joining them gives ``chunk`` back."""
    pieces = word_tokenize(chunk, custom_dict=_dictionary(), engine="newmm", keep_whitespace=True)
    return tuple(p for p in pieces if p)

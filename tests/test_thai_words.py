"""The word list behind every Thai line break answers exactly like pythainlp's own Trie."""

from __future__ import annotations

import pytest
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

from kbo_desktop.domain.thai_words import KBO_WORDS, SortedWordTrie, segment

TEXTS = [
    "สำนักงานพัฒนาชุมชนจังหวัดเลยจัดประชุมคณะทำงานเครือข่ายองค์ความรู้ (KBO) ประจำปี ๒๕๖๖",
    "กลุ่มแม่บ้านบ้านนาข่าผลิตน้ำพริกเผาสมุนไพรที่ได้รับเครื่องหมายมาตรฐาน อย. แล้ว",
    "ผ้าฝ้ายย้อมครามลายขิดของกลุ่มทอผ้าบ้านนาอานและหน้ากากผีตาโขนจากด่านซ้าย",
    "ที่นี่ ปั้น ญี่ปุ่น น้ำ ปู่ ฐาน ญาติ ฤๅษี กรุงเทพฯ ดี ๆ 150,000 บาท OTOP/KBO 3.5",
    "ผู้เชี่ยวชาญจากมหาวิทยาลัยราชภัฏเลยร่วมวิเคราะห์ข้อดีข้อเด่นและข้อด้อยของผลิตภัณฑ์",
    "xyzกขฃ ฯลฯ ๆๆ ็่้๊๋ เเเ",  # odd input: stray marks, repeated leading vowels
]


@pytest.fixture(scope="module")
def words() -> set[str]:
    return set(thai_words()) | KBO_WORDS


@pytest.fixture(scope="module")
def tries(words: set[str]) -> tuple[Trie, SortedWordTrie]:
    return Trie(words), SortedWordTrie(words)


def test_prefixes_match_pythainlps_trie_at_every_position(tries) -> None:  # noqa: ANN001
    reference, ours = tries
    for text in TEXTS:
        for start in range(len(text)):
            assert ours.prefixes(text, start) == reference.prefixes(text, start), text[start:]
        # asked again, the remembered answers are the same
        assert ours.prefixes(text) == reference.prefixes(text)


def test_newmm_segments_the_same_with_either_dictionary(tries) -> None:  # noqa: ANN001
    reference, ours = tries
    for text in TEXTS:
        expected = word_tokenize(text, custom_dict=reference, engine="newmm")
        assert word_tokenize(text, custom_dict=ours, engine="newmm") == expected
        assert "".join(segment(text)) == text


def test_membership_size_iteration_and_edits_behave_like_a_trie(words: set[str]) -> None:
    trie = SortedWordTrie(["คราม", " ย้อม ", "ครามลายขิด", ""])
    assert len(trie) == 3
    assert list(trie) == sorted(["คราม", "ย้อม", "ครามลายขิด"])
    assert "คราม" in trie and "ย้อม" in trie
    assert "ครา" not in trie and "" not in trie
    assert trie.prefixes("ครามลายขิดสวย") == ["คราม", "ครามลายขิด"]
    trie.add("ครามลาย")
    trie.add("คราม")  # already there
    assert len(trie) == 4
    assert trie.prefixes("ครามลายขิดสวย") == ["คราม", "ครามลาย", "ครามลายขิด"]
    trie.remove("คราม")
    trie.remove("ไม่มี")
    assert len(trie) == 3
    assert trie.prefixes("ครามลายขิดสวย") == ["ครามลาย", "ครามลายขิด"]
    full = SortedWordTrie(words)
    assert len(full) == len(Trie(words))


def test_otop_words_stay_whole() -> None:
    assert "คราม" in segment("ผ้าย้อมครามลายขิด") or "ย้อมคราม" in segment("ผ้าย้อมครามลายขิด")
    assert "ลายขิด" in segment("ผ้าย้อมครามลายขิด")
    assert "ผีตาโขน" in segment("หน้ากากผีตาโขน")

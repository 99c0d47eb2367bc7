"""Thai digits (๐–๙) and Arabic digits (0–9), one for one.

Thai documents and typed input use either; the program stores Arabic
digits and prints Thai ones where a form asks for them.
"""

from __future__ import annotations

_THAI = "๐๑๒๓๔๕๖๗๘๙"
_ARABIC = "0123456789"
_TO_ARABIC = str.maketrans(_THAI, _ARABIC)
_TO_THAI = str.maketrans(_ARABIC, _THAI)


def to_arabic_digits(text: str) -> str:
    """``"๔๒๐๐๐"`` → ``"42000"``; other characters are left as they are."""
    return text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    """``"2565"`` → ``"๒๕๖๕"``; other characters are left as they are."""
    return text.translate(_TO_THAI)

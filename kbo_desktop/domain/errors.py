"""Errors that speak to people: each names the record and the field, in Thai and English.

Only problems a user can fix (bad input, a missing record, a broken file) are
``KboError``; programming mistakes stay ordinary exceptions and reach the crash
handler.
"""

from __future__ import annotations


class KboError(Exception):
    """A problem the user can fix, with a message in Thai and in English.

    Attributes:
        message_th: the Thai message shown by default.
        message_en: the English message.
        record: what the problem is about, e.g. ``producer 5f1c…`` or a file name.
        field: the field at fault, e.g. ``address.postcode``; empty when none.
    """

    def __init__(self, message_th: str, message_en: str, *, record: str = "", field: str = ""):
        self.message_th = message_th
        self.message_en = message_en
        self.record = record
        self.field = field
        super().__init__(self.one_line("en"))

    def message(self, language: str = "th") -> str:
        return self.message_en if language == "en" else self.message_th

    def one_line(self, language: str = "en") -> str:
        """``record: field: message`` on one line, for the command line and logs."""
        parts = [p for p in (self.record, self.field) if p]
        return ": ".join([*parts, self.message(language)])


class ValidationError(KboError):
    """A field of a record breaks a rule (empty name, negative budget, bad date)."""


class NotFoundError(KboError):
    """A record asked for does not exist (or has been deleted)."""


class BundleError(KboError):
    """A ``.kbo`` bundle or spreadsheet cannot be imported as it is."""


class ValidationErrors(ValidationError):
    """Several field problems found at once, so a form can mark them all."""

    def __init__(self, problems: list[ValidationError]):
        self.problems = problems
        first = problems[0]
        super().__init__(
            first.message_th, first.message_en, record=first.record, field=first.field
        )

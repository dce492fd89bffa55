"""Numbers as people type them in sheets: ``۱۲٬۵۰۰``, ``12,500``, ``12.500.000``, ``3٫5``, ``1,5``,
``(1,200)``, ``-7``, ``1 234 567`` — Persian/Arabic-Indic digits, Arabic thousands (٬) and
decimal (٫) separators, Latin ones either way round.

Rules (:func:`parse_number`):

* ``٫`` is always the decimal mark and ``٬`` always a thousands separator.
* With both ``,`` and ``.``, the one that comes last is the decimal mark; the other must group
  by threes.
* With only one kind of Latin mark: several of them, or exactly three digits after a single one
  (``12,500``, ``1.234.567``), mean thousands; otherwise a single mark is the decimal mark
  (``3.5``, ``1,5``). ``1.234`` is therefore one thousand two hundred and thirty-four, as in
  Persian and most European sheets (Excel stores real numbers as numbers, not text, anyway).
* Spaces, NBSP, thin spaces and apostrophes between digit groups are thousands separators.
* A sign may lead (``-``, ``−``, ``+``) or trail (``12-``, accounting); ``(12)`` is negative.

Failures raise :class:`NumberParseError` with a machine ``reason`` (``empty`` or ``unrecognised``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from crm_desktop.text.digits import to_ascii_digits

NUMBER_PARSE_REASONS = ("empty", "unrecognised")

_GROUP_SPACES = str.maketrans({c: None for c in " \u00a0\u202f\u2009\u2007'\u2019\u066c\u200c\u200f\u200e"})
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_PLAIN = re.compile(r"^\d*\.?\d+$|^\d+\.$")


class NumberParseError(ValueError):
    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason
        self.value = value


def _unsigned(text: str, original: object) -> str:
    """The digits of ``text`` with at most one ``.`` as the decimal point."""
    text = text.replace("\u066b", ".")  # Arabic decimal separator
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if decimal_mark in whole or not _GROUPED.match(whole.replace(thousands, ",")):
            raise NumberParseError("unrecognised", original)
        text = whole.replace(thousands, "") + "." + fraction
    elif commas or dots:
        mark = "," if commas else "."
        whole, _, fraction = text.rpartition(mark)
        if (commas or dots) > 1 or len(fraction) == 3 and whole and whole != "0":
            if not _GROUPED.match(text.replace(mark, ",")):
                raise NumberParseError("unrecognised", original)
            text = text.replace(mark, "")
        else:
            text = whole + "." + fraction
    if not _PLAIN.match(text):
        raise NumberParseError("unrecognised", original)
    return text


def parse_number(value: object) -> Decimal:
    """The number in ``value`` (a cell: str, int or float) as an exact Decimal."""
    if value is None or isinstance(value, bool):
        raise NumberParseError("empty" if value is None else "unrecognised", value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value):
            raise NumberParseError("empty", value)
        if math.isinf(value):
            raise NumberParseError("unrecognised", value)
        return Decimal(repr(value)) if not value.is_integer() else Decimal(int(value))
    if not isinstance(value, str):
        raise NumberParseError("unrecognised", value)
    text = to_ascii_digits(value).translate(_GROUP_SPACES).strip()
    if not text:
        raise NumberParseError("empty", value)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in "-\u2212+":
        negative, text = negative or text[0] != "+", text[1:]
    elif text[-1:] in "-\u2212":
        negative, text = True, text[:-1]
    if not text:
        raise NumberParseError("unrecognised", value)
    try:
        number = Decimal(_unsigned(text, value))
    except InvalidOperation as exc:  # pragma: no cover - the patterns above admit only digits
        raise NumberParseError("unrecognised", value) from exc
    return -number if negative else number


def number_text(value: object) -> str | None:
    """A whole number stored as a float (``1786.0``, ``9123456789.0``) as its digits; None when
    ``value`` is not such a number. Sheets keep codes and phones this way."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None

"""Money: integer Rials in storage, Rial or Toman on screen.

* Amounts are ``int`` Rials everywhere below the UI. One Toman is 10 Rials; a Toman
  amount shows one decimal only when the Rials are not a multiple of 10
  (``125`` Rials -> ``12.5`` Toman).
* Latin digits use ``,`` for thousands and ``.`` for decimals; Persian and Arabic digits
  use the Arabic separators ``٬`` (U+066C) and ``٫`` (U+066B).
* A negative amount starts with ``-`` (HYPHEN-MINUS) with Latin digits, and with ``−``
  (U+2212 MINUS SIGN, nothing before it) with Persian/Arabic digits, which keeps the
  sign attached to the number in right-to-left text.
* Unit words come after the number in every language: ``12,000 Toman``,
  ``۱۲٬۰۰۰ تومان``, ``۱۲٬۰۰۰ ريال`` (Arabic spells Rial with Arabic yeh).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from crm_desktop.text.digits import check_digit_style, localize_digits
from crm_desktop.text.normalize import normalize_text

MONEY_UNITS = ("rial", "toman")
UNIT_WORDS = {
    "en": {"rial": "Rial", "toman": "Toman"},
    "fa": {"rial": "ریال", "toman": "تومان"},
    "ar": {"rial": "ريال", "toman": "تومان"},
}
MINUS_SIGN = "\u2212"

_UNIT_ALIASES = {
    "ریال": "rial", "rial": "rial", "rials": "rial", "irr": "rial",
    "تومان": "toman", "toman": "toman", "tomans": "toman", "irt": "toman",
}  # fmt: skip
_WORDS = "|".join(sorted(map(re.escape, _UNIT_ALIASES), key=len, reverse=True))
_UNIT_AT_END = re.compile(rf"\s*({_WORDS})\.?$")
_UNIT_AT_START = re.compile(rf"^({_WORDS})\.?\s*")
_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.(\d+))?$", re.ASCII)


def _check_unit(unit: str) -> str:
    if unit not in MONEY_UNITS:
        raise ValueError(f"unknown money unit {unit!r}; expected 'rial' or 'toman'")
    return unit


def format_money(
    rials: int,
    *,
    unit: str = "rial",
    digits: str = "latin",
    lang: str = "en",
    with_unit: bool = True,
) -> str:
    """``1200000`` -> ``"1,200,000 Rial"`` / ``"۱۲۰٬۰۰۰ تومان"`` (unit toman, fa)."""
    if isinstance(rials, bool) or not isinstance(rials, int):
        raise TypeError(f"money must be an int number of Rials, not {type(rials).__name__}")
    _check_unit(unit)
    check_digit_style(digits)
    if lang not in UNIT_WORDS:
        raise ValueError(f"unknown language {lang!r}; expected one of {tuple(UNIT_WORDS)}")
    whole, tenth = divmod(abs(rials), 10) if unit == "toman" else (abs(rials), 0)
    text = f"{whole:,}" + (f".{tenth}" if tenth else "")
    if digits != "latin":
        text = localize_digits(text.replace(",", "\u066c").replace(".", "\u066b"), digits)
    if rials < 0:
        text = ("-" if digits == "latin" else MINUS_SIGN) + text
    return f"{text} {UNIT_WORDS[lang][unit]}" if with_unit else text


def _to_rials(amount: Decimal, unit: str, original: object) -> int:
    rials = amount * 10 if unit == "toman" else amount
    if rials != rials.to_integral_value():
        raise ValueError(f"{original!r} is not a whole number of Rials")
    return int(rials)


def parse_money(text: str | int | float, *, unit: str = "rial") -> int:
    """The amount in Rials of ``text``, read in ``unit`` unless it names its own unit.

    Accepts ``1,200,000``, ``۱٬۲۰۰٬۰۰۰``, ``1 200 000``, ``1200000``, a decimal part
    (``12.5``, ``۱۲٫۵``; it must come to whole Rials), a leading ``-``/``−``/``+`` and a
    unit word before or after the number (ریال, تومان, Rial, Toman, IRR, IRT), which
    overrides ``unit``. Raises :class:`ValueError` with an English message otherwise.
    """
    _check_unit(unit)
    if isinstance(text, bool):
        raise ValueError(f"{text!r} is not an amount of money")
    if isinstance(text, int):
        return text * 10 if unit == "toman" else text
    if isinstance(text, float):
        if math.isnan(text) or math.isinf(text):
            raise ValueError(f"{text!r} is not an amount of money")
        return _to_rials(Decimal(repr(text)), unit, text)
    if not isinstance(text, str):
        raise ValueError(f"{type(text).__name__} value is not an amount of money")
    s = normalize_text(text)
    if not s:
        raise ValueError("the amount is empty")
    for pattern in (_UNIT_AT_END, _UNIT_AT_START):
        m = pattern.search(s)
        if m:
            unit = _UNIT_ALIASES[m.group(1)]
            s = (s[: m.start()] + s[m.end() :]).strip()
            break
    negative = s[:1] in ("-", MINUS_SIGN)
    if s[:1] in ("-", MINUS_SIGN, "+"):
        s = s[1:].strip()
    m = _NUMBER.match(s)
    if m is None:
        raise ValueError(f"{text!r} is not an amount of money (expected e.g. 1,200,000)")
    try:
        amount = Decimal(m.group(1).replace(",", "").replace(" ", "") + "." + (m.group(2) or "0"))
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise ValueError(f"{text!r} is not an amount of money") from None
    rials = _to_rials(amount, unit, text)
    return -rials if negative else rials

"""Phone numbers: parse what people type or Excel exports, store E.164, display nicely.

Rules (Iran first, foreign numbers kept as E.164):

* The text is cleaned first: Persian/Arabic-Indic digits to ASCII, invisible bidi marks
  removed, full-width forms folded (``normalize_text``).
* An extension is split off when labelled: ``داخلی 123``, ``ext. 12``, ``extension 12``,
  ``x12``, ``#12`` or ``12 داخلی`` at the end.
* ``+`` or ``00`` starts an international number. ``+98``/``0098`` is Iran (a ``0`` after
  it, as in ``+98 (0)912...``, is dropped); any other country code gives a ``foreign``
  number, valid with 8..15 digits in all (the E.164 limit).
* Without a prefix: ``09xxxxxxxxx`` (11 digits) is an Iranian mobile, ``0`` + an area code
  11..87 + 8 digits is a landline; the same without the ``0`` (10 digits, Excel drops
  leading zeros, also from numbers such as ``9123456789.0``) too; 12 or 13 digits starting
  with ``98`` carry the country code without ``+``.
* An Iranian mobile is ``9`` + 9 digits after the country code (prefixes 90..99); a
  landline is a two-digit area code 11..87 + 8 digits.
* An 8-digit local number (no area code) cannot be completed: ``kind="unknown"``,
  ``valid=False``, no E.164, but its digits are kept by :func:`phone_storage_key`.
* Letters in the number itself (apart from a ``tel:`` prefix and the extension label)
  make it invalid.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from crm_desktop.text.digits import localize_digits, ltr_isolate
from crm_desktop.text.normalize import normalize_text

PHONE_KINDS = ("mobile", "landline", "foreign", "unknown")


@dataclass(frozen=True)
class PhoneNumber:
    """A parsed phone number. ``national`` is the Iranian form (``09123456789``) or None."""

    raw: str
    e164: str | None
    national: str | None
    kind: str
    extension: str | None
    valid: bool


_EXT_LABELLED = re.compile(
    r"(?:(?<![a-z])(?:extension|ext|x)\.?|داخلی|#)\s*[:.\-]?\s*([0-9]{1,6})\s*$"
)
_EXT_TRAILING_LABEL = re.compile(r"[\s,\-/]*([0-9]{1,6})\s*داخلی\s*$")
_TEL_PREFIX = re.compile(r"^\s*tel\s*:?\s*")
# Country calling codes of one and two digits; all others have three (ITU E.164 list).
_CC1 = {"1", "7"}
_CC2 = {
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
    "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
    "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94",
    "95", "98",
}  # fmt: skip


def _to_text(raw: str | int | float) -> str | None:
    """Excel cells arrive as int or float; return the text to parse (None for NaN)."""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if math.isnan(raw) or math.isinf(raw):
            return None
        return str(int(raw)) if raw.is_integer() else repr(raw)
    return str(raw)


def _iranian(raw: str, nsn: str, ext: str | None) -> PhoneNumber:
    """Classify an Iranian national significant number (without ``+98`` or ``0``)."""
    if len(nsn) == 10 and nsn[0] == "9":
        kind = "mobile"
    elif len(nsn) == 10 and 11 <= int(nsn[:2]) <= 87:
        kind = "landline"
    else:
        return PhoneNumber(raw, None, None, "unknown", ext, False)
    return PhoneNumber(raw, "+98" + nsn, "0" + nsn, kind, ext, True)


def _split(raw: str | int | float | None) -> tuple[str, str, str | None] | None:
    """(raw text, cleaned main part, extension), or None when there is nothing."""
    if raw is None:
        return None
    text = _to_text(raw)
    if text is None:
        return None
    clean = normalize_text(text)
    if not clean:
        return None
    ext = None
    for pattern in (_EXT_TRAILING_LABEL, _EXT_LABELLED):
        m = pattern.search(clean)
        if m and any("0" <= ch <= "9" for ch in clean[: m.start()]):
            ext, clean = m.group(1), clean[: m.start()]
            break
    return text, _TEL_PREFIX.sub("", clean).strip(" -,/"), ext


def parse_phone(raw: str | int | float | None) -> PhoneNumber | None:
    """Parse a phone number; None for an empty value. See the module docstring."""
    if (raw.__class__ is int and raw > 0) or (raw.__class__ is float and 0 < raw < 1e16 and raw.is_integer()):
        text = str(int(raw))  # Excel's numbers (9123456789): digits only, nothing to clean
        return _classify(text, text, text, None)
    parts = _split(raw)
    if parts is None:
        return None
    text, main, ext = parts
    return _classify(text, main, "".join(ch for ch in main if "0" <= ch <= "9"), ext)


def _classify(text: str, main: str, digits: str, ext: str | None) -> PhoneNumber:
    if not digits or any(ch.isalpha() for ch in main):
        return PhoneNumber(text, None, None, "unknown", ext, False)
    plus = "+" in main[: next(i for i, ch in enumerate(main) if "0" <= ch <= "9")]
    if plus or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") and not plus else digits
        if digits.startswith("98"):
            nsn = digits[2:]
            return _iranian(text, nsn[1:] if nsn.startswith("0") else nsn, ext)
        if 8 <= len(digits) <= 15 and digits[0] != "0":
            return PhoneNumber(text, "+" + digits, None, "foreign", ext, True)
        return PhoneNumber(text, None, None, "foreign", ext, False)
    if len(digits) in (12, 13) and digits.startswith("98"):
        nsn = digits[2:]
        return _iranian(text, nsn[1:] if nsn.startswith("0") else nsn, ext)
    if len(digits) == 11 and digits[0] == "0":
        return _iranian(text, digits[1:], ext)
    if len(digits) == 10 and digits[0] != "0":
        return _iranian(text, digits, ext)
    return PhoneNumber(text, None, None, "unknown", ext, False)


def phone_storage_key(raw: str | int | float | None) -> str | None:
    """The normalised column value: E.164 when known, else the ASCII digits (or None).

    The extension is not part of the key (it is in ``PhoneNumber.extension``).
    """
    parts = _split(raw)
    if parts is None:
        return None
    number = parse_phone(raw)
    if number is not None and number.e164:
        return number.e164
    digits = "".join(ch for ch in parts[1] if "0" <= ch <= "9")
    return digits or None


def phone_search_key(query: str) -> str | None:
    """Digits to look for inside stored numbers (E.164 digits without ``+98``).

    Drops a leading ``+98``/``0098`` (and a ``0`` after it), any other ``+``/``00``
    prefix, ``98`` when followed by ``9`` and the query has 11+ digits (so it cannot be a
    piece of a 10-digit Iranian number), or one leading ``0``. ``"0912 34"``,
    ``"912 34"``, ``"+98912 34"`` and ``"۰۹۱۲۳۴"`` all give ``"91234"``. None when
    the query contains letters or fewer than 3 digits remain.
    """
    clean = normalize_text(query)
    if any(ch.isalpha() for ch in clean):
        return None
    digits = "".join(ch for ch in clean if "0" <= ch <= "9")
    if clean.lstrip("( ").startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        if digits.startswith("98"):
            digits = digits[2:]
            digits = digits[1:] if digits.startswith("0") else digits
    elif digits.startswith("989") and len(digits) >= 11:
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    return digits if len(digits) >= 3 else None


def _group_foreign(digits: str) -> str:
    """``16505551234`` -> ``+1 650 555 1234``: country code, then groups of 3 (last 4)."""
    cc_len = 1 if digits[:1] in _CC1 else 2 if digits[:2] in _CC2 else 3
    cc, rest = digits[:cc_len], digits[cc_len:]
    groups = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return " ".join(["+" + cc, *groups])


def format_phone(e164_or_digits: str, digits: str = "latin", *, isolate: bool = False) -> str:
    """Display form: ``0912 345 6789``, ``021 8888 7777``, ``+1 650 555 1234``.

    Anything that is not a complete number is returned unchanged (apart from the digit
    style). ``isolate=True`` wraps the result in an LTR isolate so the digit groups keep
    their order inside right-to-left text (see ``digits.ltr_isolate``).
    """
    number = parse_phone(e164_or_digits)
    if number is None or number.e164 is None:
        text = e164_or_digits
    elif number.kind == "mobile":
        n = number.national or ""
        text = f"{n[:4]} {n[4:7]} {n[7:]}"
    elif number.kind == "landline":
        n = number.national or ""
        text = f"{n[:3]} {n[3:7]} {n[7:]}"
    else:
        text = _group_foreign(number.e164[1:])
    text = localize_digits(text, digits)
    return ltr_isolate(text) if isolate else text


def is_iranian_mobile(raw: str | int | float | None) -> bool:
    """True for a complete Iranian mobile number (``09xx xxx xxxx`` in any spelling)."""
    number = parse_phone(raw)
    return number is not None and number.kind == "mobile" and number.valid

"""Iranian national identifiers: personal کد ملی and legal-entity شناسه ملی.

* A personal national code has 10 digits; the last is a check digit over the first nine
  with weights 10..2: ``r = sum % 11``, check digit ``r`` when ``r < 2`` else ``11 - r``.
  Codes made of one repeated digit (``1111111111``) pass the sum but are not issued and
  are rejected.
* Spreadsheets drop leading zeros (``0012345678`` becomes ``12345678``), so 8 or 9 digits
  are left-padded with zeros to 10 (codes of Tehran and other provinces start with 00).
* A legal-entity national ID has 11 digits: ``d = digit[9] + 2``, weights
  ``29 27 23 19 17 29 27 23 19 17``; ``s = sum((digit[i] + d) * w[i] for i < 10) % 11``,
  ``s = 0`` when it is 10; valid when ``s == digit[10]``.
* Input may use Persian/Arabic-Indic digits and may contain spaces, dashes, dots or
  slashes between the digits; any other character makes it invalid.
"""

from __future__ import annotations

import math
import re

from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.normalize import BIDI_CONTROLS, FORMAT_INVISIBLES

_COMPANY_WEIGHTS = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
_SEPARATORS = re.compile(r"[\s\-./_\u2010-\u2015\u2212]+")
_INVISIBLE = str.maketrans({c: None for c in BIDI_CONTROLS | FORMAT_INVISIBLES})


def _digits(raw: str | int | float | None) -> str | None:
    """The ASCII digits of ``raw`` when it is digits and separators only, else None."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, float):
        if math.isnan(raw) or math.isinf(raw) or not raw.is_integer():
            return None
        raw = int(raw)
    if isinstance(raw, int) and raw < 0:
        return None
    text = to_ascii_digits(str(raw).translate(_INVISIBLE))
    text = _SEPARATORS.sub("", text)
    if not text or not text.isascii() or not text.isdigit():
        return None
    return text


def normalize_national_code(raw: str | int | float | None) -> str | None:
    """The 10-digit form of a personal national code, or None when it cannot be one.

    ``"۰۰۱۲-۳۴۵۶۷۸"`` -> ``"0012345678"``; ``12345678`` (Excel) -> ``"0012345678"``.
    The checksum is not checked here (see :func:`is_valid_national_code`).
    """
    digits = _digits(raw)
    if digits is None or not 8 <= len(digits) <= 10:
        return None
    return digits.zfill(10)


def is_valid_national_code(raw: str | int | float | None) -> bool:
    """True when ``raw`` is a well-formed personal national code with a correct check digit."""
    code = normalize_national_code(raw)
    if code is None or len(set(code)) == 1:
        return False
    total = sum(int(code[i]) * (10 - i) for i in range(9))
    r = total % 11
    return int(code[9]) == (r if r < 2 else 11 - r)


def normalize_company_national_id(raw: str | int | float | None) -> str | None:
    """The 11 digits of a legal-entity national ID (no padding), or None."""
    digits = _digits(raw)
    return digits if digits is not None and len(digits) == 11 else None


def is_valid_company_national_id(raw: str | int | float | None) -> bool:
    """True when ``raw`` is an 11-digit legal-entity national ID with a correct check digit."""
    code = normalize_company_national_id(raw)
    if code is None:
        return False
    d = int(code[9]) + 2
    s = sum((int(code[i]) + d) * w for i, w in enumerate(_COMPANY_WEIGHTS)) % 11
    return (0 if s == 10 else s) == int(code[10])

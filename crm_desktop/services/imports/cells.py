"""One spreadsheet cell into one field's value, or a reason it cannot be.

Cells come as the readers give them: ``None``/``""`` (empty), text, ``int``/``float`` (Excel
keeps codes and phones as numbers: ``9123456789.0`` lost its leading zero), ``bool``, dates and
datetimes, and error markers (``#N/A``). Every parser returns the stored form or raises
:class:`CellProblem` with a translatable reason that quotes the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from crm_desktop.services.validation import EMAIL_RE
from crm_desktop.text.dates import DateParseError, parse_date
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText
from crm_desktop.text.national_code import (
    is_valid_company_national_id,
    is_valid_national_code,
    normalize_company_national_id,
    normalize_national_code,
)
from crm_desktop.text.normalize import normalize_text, tidy_text
from crm_desktop.text.numbers import number_text
from crm_desktop.text.phone import parse_phone, phone_storage_key

ERROR_CODES = frozenset({"#n/a", "#na", "#ref!", "#value!", "#div/0!", "#name?", "#num!", "#null!",
                         "#getting_data", "#spill!", "#calc!", "#field!", "#blocked!", "#unknown!"})
_LIST_SEPARATORS = re.compile(r"\s*[;,،؛|\n]\s*")
_EMAIL_SEPARATORS = re.compile(r"[\s;,،؛|]+")


class CellProblem(ValueError):
    """Why a cell cannot become its field's value (``text`` is translatable, ``params`` fill it)."""

    def __init__(self, text: TranslatableText, **params: Any) -> None:
        super().__init__(str(text).format(**params))
        self.text = text
        self.params = params


def is_blank(value: object) -> bool:
    """Empty, only spaces, or an Excel error marker such as #N/A (the value is missing)."""
    if value is None:
        return True
    if isinstance(value, str):
        stripped = value.strip()
        return not stripped or (stripped[0] == "#" and stripped.lower() in ERROR_CODES)
    if isinstance(value, float):
        return value != value  # NaN
    return type(value).__name__ == "CellError"


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ``.0``, dates as ISO, text tidied (one line)."""
    if isinstance(value, str):
        return tidy_text(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    whole = number_text(value)
    if whole is not None:
        return whole
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return tidy_text(str(value))


def shown(value: object) -> str:
    """How a reason quotes a cell (short, one line)."""
    text = cell_text(value) if not isinstance(value, str) else " ".join(value.split())
    return text if len(text) <= 60 else text[:57] + "\u2026"


# --- names -------------------------------------------------------------------------------------

_MALE_TITLES = {"اقای", "آقای", "اقا", "آقا", "جناب", "mr", "mr.", "السيد", "السید"}
_FEMALE_TITLES = {"خانم", "بانو", "سرکار", "mrs", "mrs.", "ms", "ms.", "miss", "السيدة", "السیده"}
_OTHER_TITLES = {"دکتر", "مهندس", "استاد", "حاج", "حاجی", "dr", "dr.", "eng", "eng.", "prof", "prof.", "د.", "م."}
_COMPOUND_FIRST = {"محمد", "علی", "امیر", "سید", "سیده", "میر", "عبد", "ابو", "ام", "فاطمه", "زهرا", "mohammad",
                   "seyed", "sayed", "abdul", "abd"}


def split_full_name(text: str) -> tuple[str, str, str]:
    """``(first, last, gender)`` from a whole name: "آقای محمد علی رضایی" -> ("محمد علی", "رضایی",
    "male"); "Smith, John" -> ("John", "Smith", ""). Titles are dropped; one word is a last name."""
    text = tidy_text(text)
    if "," in text or "،" in text:
        last, first = re.split(r"\s*[,،]\s*", text, maxsplit=1)
        return tidy_text(first), tidy_text(last), ""
    words = text.split()
    gender = ""
    while words:
        head = normalize_text(words[0])
        if head in _MALE_NORM:
            gender = "male"
        elif head in _FEMALE_NORM:
            gender = "female"
        elif head not in _OTHER_NORM:
            break
        words.pop(0)
    if not words:
        return "", "", gender
    if len(words) == 1:
        return "", words[0], gender
    if words[0].isascii():  # Latin names: the last word is the family name
        return " ".join(words[:-1]), words[-1], gender
    take = 2 if len(words) >= 3 and normalize_text(words[0]) in _COMPOUND_FIRST_NORM else 1
    return " ".join(words[:take]), " ".join(words[take:]), gender


_COMPOUND_FIRST_NORM = {normalize_text(w) for w in _COMPOUND_FIRST}
_MALE_NORM = {normalize_text(t) for t in _MALE_TITLES}
_FEMALE_NORM = {normalize_text(t) for t in _FEMALE_TITLES}
_OTHER_NORM = {normalize_text(t) for t in _OTHER_TITLES}


# --- contact points ----------------------------------------------------------------------------

def parse_phones(value: object, column_kind: str = "phone") -> list[tuple[str, str, str]]:
    """``[(kind, shown value, E.164 or digits)]``: a cell may hold several numbers. A landline in a
    mobile column is stored as a phone (and the other way round). A number we cannot place (a
    foreign one written without its country code: 0501234567) is kept as typed, as the forms do."""
    pieces = [value] if not isinstance(value, str) else [p for p in _LIST_SEPARATORS.split(value) if p.strip()]
    found = []
    for piece in pieces:
        phone = parse_phone(piece) if not isinstance(piece, bool) else None
        if phone is not None and phone.valid:
            kind = "mobile" if phone.kind == "mobile" else "phone"
            found.append((kind, phone.national or phone.e164 or phone.raw, phone.e164 or phone.raw))
            continue
        digits = phone_storage_key(piece) if phone is not None else None
        if not digits or not 5 <= len(digits.lstrip("+")) <= 15:
            raise CellProblem(QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a phone number."),
                              value=shown(piece))
        found.append((column_kind, cell_text(piece), digits))
    return found


def parse_emails(value: object) -> list[str]:
    pieces = [p for p in _EMAIL_SEPARATORS.split(cell_text(value)) if p]
    for piece in pieces:
        if not EMAIL_RE.match(piece):
            raise CellProblem(QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not an email address."),
                              value=shown(piece))
    return pieces


# --- dates -------------------------------------------------------------------------------------

DATE_REASONS: dict[str, TranslatableText] = {
    "unrecognised": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a date we can read (for example "
                                                "1402/05/17 or 2023-08-08)."),
    "ambiguous": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d could be day/month or month/day: choose the "
                                             "order of this column."),
    "out_of_range": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is outside the years a date can have here."),
    "invalid_jalali": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a real Jalali date."),
    "invalid_gregorian": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a real Gregorian date."),
    "empty": QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a date we can read (for example "
                                         "1402/05/17 or 2023-08-08)."),
}


def parse_date_cell(value: object, order: str | None = None, epoch_1904: bool = False) -> dt.date:
    try:
        return parse_date(value, order=order, epoch_1904=epoch_1904)
    except DateParseError as error:
        raise CellProblem(DATE_REASONS.get(error.reason, DATE_REASONS["unrecognised"]),
                          value=shown(value)) from None


def check_birth(day: dt.date, today: dt.date) -> dt.date:
    if day > today:
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "The birth date {value} is in the future."),
                          value=day.isoformat())
    if day.year < 1900:
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "The birth date {value} is too far in the past."),
                          value=day.isoformat())
    return day


# --- codes -------------------------------------------------------------------------------------

def parse_national_code(value: object) -> str:
    code = normalize_national_code(value if not isinstance(value, str) else value.strip())
    if code is None:
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "A national code has 10 digits; \u201c{value}\u201d does not."),
                          value=shown(value))
    if not is_valid_national_code(code):
        raise CellProblem(QT_TRANSLATE_NOOP(
            "Import", "\u201c{value}\u201d is not a valid national code: its check digit does not match."),
            value=shown(value))
    return code


def parse_company_id(value: object) -> str:
    code = normalize_company_national_id(value if not isinstance(value, str) else value.strip())
    if code is None or not is_valid_company_national_id(code):
        raise CellProblem(QT_TRANSLATE_NOOP(
            "Import", "\u201c{value}\u201d is not a valid company national ID (11 digits with a check digit)."),
            value=shown(value))
    return code


# --- choices -----------------------------------------------------------------------------------

GENDER_WORDS = {
    "": ("-", "unknown", "not set", "نامشخص", "نا معلوم"),
    "male": ("male", "m", "man", "mr", "مرد", "آقا", "اقا", "آقای", "مذکر", "پسر", "ذكر", "رجل", "1"),
    "female": ("female", "f", "woman", "mrs", "ms", "زن", "خانم", "مونث", "مؤنث", "دختر", "أنثى", "انثى",
               "امرأة", "2"),
}


def choice_table(words: Mapping[str, tuple[str, ...] | list[str]]) -> dict[str, str]:
    return {normalize_text(word): code for code, options in words.items() for word in options}


def parse_choice(value: object, table: Mapping[str, str], message: TranslatableText) -> str:
    code = table.get(normalize_text(cell_text(value)))
    if code is None:
        raise CellProblem(message, value=shown(value))
    return code


def parse_tags(value: object) -> list[str]:
    return [t for t in (tidy_text(p) for p in _LIST_SEPARATORS.split(cell_text(value))) if t]


Parser = Callable[[object], Any]

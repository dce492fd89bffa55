"""Field checks shared by the forms and the importers. Each returns a FieldError or None."""

from __future__ import annotations

import datetime as dt
import re

from crm_desktop.services.errors import FieldError
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.national_code import is_valid_national_code, normalize_national_code
from crm_desktop.text.phone import parse_phone

# deliberately loose: one @, something before, a dotted domain after, no spaces
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def check_national_code(field: str, raw: str) -> FieldError | None:
    if not raw.strip():
        return None
    code = normalize_national_code(raw)
    if code is None:
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "A national code has 10 digits; \u201c{value}\u201d does not."), {"value": raw})
    if not is_valid_national_code(code):
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a valid national code: its check digit does not match."),
            {"value": raw})
    return None


def check_mobile(field: str, raw: str) -> FieldError | None:
    phone = parse_phone(raw)
    if phone is None or not phone.valid or phone.kind not in {"mobile", "foreign"}:
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a mobile number (expected e.g. 0912 345 6789)."), {"value": raw})
    return None


def check_phone(field: str, raw: str) -> FieldError | None:
    phone = parse_phone(raw)
    if phone is None or (not phone.valid and len(phone_digits(raw)) < 5):
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a phone number."), {"value": raw})
    return None


def phone_digits(raw: str) -> str:
    return "".join(ch for ch in to_ascii_digits(raw) if ch.isdigit())


def check_email(field: str, raw: str) -> FieldError | None:
    if not EMAIL_RE.match(raw.strip()):
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not an email address (expected e.g. name@example.com)."),
            {"value": raw})
    return None


def check_birth_date(field: str, value: dt.date | None, today: dt.date | None = None) -> FieldError | None:
    if value is None:
        return None
    today = today or dt.date.today()
    if value > today:
        return FieldError(field, QT_TRANSLATE_NOOP("Errors", "The birth date is in the future."))
    if value.year < 1900:
        return FieldError(field, QT_TRANSLATE_NOOP("Errors", "The birth date is too far in the past."))
    return None


def check_length(field: str, value: str, model, column: str | None = None) -> FieldError | None:
    """Text longer than its column (PostgreSQL would refuse it; SQLite would keep it silently)."""
    limit = getattr(model._meta.fields[column or field], "max_length", None)
    if limit is not None and len(value) > limit:
        return FieldError(field, QT_TRANSLATE_NOOP(
            "Errors", "This text is too long: {length} characters where at most {limit} fit."),
            {"length": len(value), "limit": limit})
    return None


def check_lengths(model, values: dict[str, str]) -> list[FieldError]:
    return [e for name, value in values.items() if (e := check_length(name, value, model)) is not None]


def check_choice(field: str, value: str, allowed: tuple[str, ...]) -> FieldError | None:
    if value not in allowed:
        return FieldError(field, QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the allowed values."),
                          {"value": value})
    return None

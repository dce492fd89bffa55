"""Why two records look like duplicates, in words (for the create form and the review screen)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from crm_desktop.text.i18n import current_digits
from crm_desktop.text.phone import format_phone

translate = QCoreApplication.translate


def reason_text(kind: str, value: str) -> str:
    texts = {
        "phone": translate("Duplicates", "same phone {value}"),
        "email": translate("Duplicates", "same email {value}"),
        "national_code": translate("Duplicates", "same national code {value}"),
        "national_id": translate("Duplicates", "same national ID {value}"),
        "name": translate("Duplicates", "same name {value}"),
        "similar_name": translate("Duplicates", "similar name {value}"),
    }
    if kind == "phone":
        value = format_phone(value, digits=current_digits(), isolate=True)
    return texts.get(kind, "{value}").format(value=value)


def describe_reasons(reasons: Iterable) -> str:
    seen: list[str] = []
    for reason in reasons:
        text = reason_text(reason.kind, reason.value)
        if text not in seen:
            seen.append(text)
    return translate("Duplicates", "; ").join(seen)

"""Translated names for the codes stored in the database (actions, record kinds, fields, ...).

Functions, not constants: the words must be looked up after the translator is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    labels = {
        "create": translate("Labels", "Created"),
        "update": translate("Labels", "Changed"),
        "delete": translate("Labels", "Deleted"),
        "restore": translate("Labels", "Restored"),
        "merge": translate("Labels", "Merged"),
        "import": translate("Labels", "Imported"),
    }
    return labels.get(action, action)


def entity_label(entity: str) -> str:
    labels = {
        "contact": translate("Labels", "Person"),
        "organization": translate("Labels", "Company"),
        "contact_point": translate("Labels", "Contact detail"),
        "tag": translate("Labels", "Tag"),
        "tagging": translate("Labels", "Tag on a record"),
        "note": translate("Labels", "Note"),
        "setting": translate("Labels", "Setting"),
        "app_user": translate("Labels", "User"),
        "demo": translate("Labels", "Demo data"),
    }
    return labels.get(entity, entity)


def field_label(name: str) -> str:
    labels = {
        "first_name": translate("Labels", "First name"),
        "last_name": translate("Labels", "Last name"),
        "name": translate("Labels", "Name"),
        "gender": translate("Labels", "Gender"),
        "national_code": translate("Labels", "National code"),
        "birth_date": translate("Labels", "Birth date"),
        "job_title": translate("Labels", "Job title"),
        "organization": translate("Labels", "Company"),
        "owner": translate("Labels", "Owner"),
        "source": translate("Labels", "Source"),
        "lifecycle_stage": translate("Labels", "Stage"),
        "city": translate("Labels", "City"),
        "province": translate("Labels", "Province"),
        "notes": translate("Labels", "Notes"),
        "industry": translate("Labels", "Industry"),
        "website": translate("Labels", "Website"),
        "national_id": translate("Labels", "National ID"),
        "economic_code": translate("Labels", "Economic code"),
        "kind": translate("Labels", "Kind"),
        "label": translate("Labels", "Label"),
        "value": translate("Labels", "Value"),
        "is_primary": translate("Labels", "Primary"),
        "body": translate("Labels", "Text"),
        "pinned": translate("Labels", "Pinned"),
        "deleted_at": translate("Labels", "Deleted"),
        "username": translate("Labels", "User name"),
        "full_name": translate("Labels", "Full name"),
        "email": translate("Labels", "Email"),
        "mobile": translate("Labels", "Mobile"),
        "is_active": translate("Labels", "Active"),
        "key": translate("Labels", "Key"),
        "user": translate("Labels", "User"),
        "tag": translate("Labels", "Tag"),
        "contact": translate("Labels", "Person"),
        "last_interaction_at": translate("Labels", "Last interaction"),
        "color": translate("Labels", "Colour"),
    }
    return labels.get(name, name)


def language_names() -> dict[str, str]:
    """Each language in its own words (not translated, so anyone can find their own)."""
    return {"fa": "فارسی", "en": "English"}


def calendar_labels() -> dict[str, str]:
    return {"jalali": translate("Labels", "Solar Hijri (Jalali)"), "gregorian": translate("Labels", "Gregorian")}


def digit_labels() -> dict[str, str]:
    return {"persian": translate("Labels", "Persian digits (۱۲۳)"), "latin": translate("Labels", "Latin digits (123)")}


def money_unit_labels() -> dict[str, str]:
    return {"toman": translate("Labels", "Toman"), "rial": translate("Labels", "Rial")}

"""Labels the screens need that are not stored codes, and thin wrappers over services.labels.

Functions, not constants: the words must be looked up after the language is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services import labels as codes

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    return codes.label(codes.ACTIONS, action)


def entity_label(entity: str) -> str:
    return codes.label(codes.ENTITIES, entity)


def field_label(name: str) -> str:
    return codes.label(codes.FIELDS, name)


def stage_label(stage: str) -> str:
    return codes.label(codes.STAGES, stage)


def point_kind_label(kind: str) -> str:
    return codes.label(codes.POINT_KINDS, kind)


def language_names() -> dict[str, str]:
    """Each language in its own words (not translated, so anyone can find their own)."""
    return {"fa": "فارسی", "en": "English"}


def calendar_labels() -> dict[str, str]:
    return {"jalali": translate("Labels", "Solar Hijri (Jalali)"), "gregorian": translate("Labels", "Gregorian")}


def digit_labels() -> dict[str, str]:
    return {"persian": translate("Labels", "Persian digits (۱۲۳)"), "latin": translate("Labels", "Latin digits (123)")}


def money_unit_labels() -> dict[str, str]:
    return {"toman": translate("Labels", "Toman"), "rial": translate("Labels", "Rial")}

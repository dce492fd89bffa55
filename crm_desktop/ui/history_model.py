"""The audit trail as a table model: when, who, what happened, to which record, what changed."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from crm_desktop.services import audit
from crm_desktop.services.audit import AuditEntry
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import action_label, entity_label, field_label
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel

translate = QCoreApplication.translate
MAX_CHANGE_TEXT = 300


def _value(value: object) -> str:
    if value is None or value == "":
        return "\u2014"
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_changes(entry: AuditEntry) -> str:
    if entry.action in {"delete", "restore", "import", "undo"}:  # their changes are figures, not old/new pairs
        return ""
    parts = []
    for name, (old, new) in entry.changes.items():
        if entry.action == "create":
            parts.append(translate("History", "{field}: {new}").format(field=field_label(name), new=_value(new)))
        else:
            parts.append(translate("History", "{field}: {old} \u2192 {new}").format(
                field=field_label(name), old=_value(old), new=_value(new)))
    text = translate("History", "; ").join(parts)
    return text if len(text) <= MAX_CHANGE_TEXT else text[:MAX_CHANGE_TEXT - 1] + "\u2026"


def record_name(entry: AuditEntry, fmt) -> str:
    if entry.entity == "demo":
        return translate("History", "{people} people, {companies} companies").format(
            people=fmt.number(int(entry.changes.get("people", 0))),
            companies=fmt.number(int(entry.changes.get("companies", 0))))
    return entry.summary


def history_model(ctx: AppContext, parent=None) -> PagedTableModel[AuditEntry]:
    fmt = ctx.fmt
    columns = [
        Column(translate("History", "When"), lambda e: fmt.datetime(e.at)),
        Column(translate("History", "Who"), lambda e: e.user_name or translate("History", "System")),
        Column(translate("History", "Action"), lambda e: action_label(e.action)),
        Column(translate("History", "Record"), lambda e: entity_label(e.entity)),
        Column(translate("History", "Name"), lambda e: record_name(e, fmt)),
        Column(translate("History", "Changes"), describe_changes),
    ]
    return PagedTableModel(columns, audit.count, lambda offset, limit: audit.recent(limit, offset), parent=parent)

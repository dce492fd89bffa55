"""The audit trail as a table model: when, who, what happened, to which record, what changed."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication

from crm_desktop.services import audit, change_text
from crm_desktop.services.audit import AuditEntry
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import action_label, entity_label
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel

translate = QCoreApplication.translate
MAX_CHANGE_TEXT = 300


def describe_changes(entry: AuditEntry) -> str:
    text = change_text.describe_changes(entry.action, entry.changes)
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

"""A case's history as people read it: every event with who and when, in the current language."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from crm_desktop.db.models import CaseEvent, User
from crm_desktop.services.cases.labels import EVENT_TITLES, NOBODY, PRIORITIES, STATUSES
from crm_desktop.services.labels import label
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

REMOVED = QT_TRANSLATE_NOOP("CaseHistory", "File removed: {old}")
CODED = {"status": STATUSES, "priority": PRIORITIES}


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    kind: str
    title: str
    body: str
    actor: str
    to_customer: bool  # a message the customer gets (or got), not an internal note
    automatic: bool = False  # queued by the office's automatic messages


def _value(kind: str, value: str) -> str:
    table = CODED.get(kind)
    if table is not None:
        return label(table, value)
    return value or render(NOBODY)


def _body(kind: str, body: str) -> str:
    if kind == "routed":
        from crm_desktop.services.cases import routing

        try:
            return routing.reason_text(json.loads(body))
        except (ValueError, TypeError, KeyError):
            return ""
    return body


def entries(case_id: int, *, newest_first: bool = True) -> list[HistoryEntry]:
    users = {uid: full or name for uid, full, name in User.select(User.id, User.full_name, User.username).tuples()}
    order = (CaseEvent.at.desc(), CaseEvent.id.desc()) if newest_first else (CaseEvent.at, CaseEvent.id)
    rows = (CaseEvent.select(CaseEvent.at, CaseEvent.kind, CaseEvent.old_value, CaseEvent.new_value, CaseEvent.body,
                             CaseEvent.by)
            .where((CaseEvent.case == case_id) & CaseEvent.deleted_at.is_null()).order_by(*order).tuples())
    found = []
    for at, kind, old, new, body, by in rows:
        template = EVENT_TITLES.get(kind)
        if kind == "attachment" and old and not new:
            title = render(REMOVED, {"old": old})
        elif template is not None:
            title = render(template, {"old": _value(kind, old), "new": _value(kind, new)})
        else:
            title = kind
        found.append(HistoryEntry(at, kind, title, _body(kind, body), users.get(by, ""), kind == "message",
                                  kind == "message" and old == "auto"))
    return found

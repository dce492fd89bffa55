"""Cases on the customer's timeline and in the profile header.

Timeline: a case opened (number, subject, kind and channel), resolved (with the resolution) and
reopened; a company's timeline rolls up its own cases and its people's. Header figure: open cases
(and how many are overdue). Registered on import (``services/timeline.py`` imports this module).
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import fn

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseEvent, Contact
from crm_desktop.db.models.cases import OPEN_STATUSES
from crm_desktop.services import profile, timeline
from crm_desktop.services.cases.labels import CHANNELS, KINDS
from crm_desktop.services.labels import label
from crm_desktop.services.timeline import Scope, TimelineEvent
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

KIND = "case"
OPENED = QT_TRANSLATE_NOOP("Timeline", "{kind} {number} opened: {subject}")
OPENED_BODY = QT_TRANSLATE_NOOP("Timeline", "By {channel}")
RESOLVED = QT_TRANSLATE_NOOP("Timeline", "Case {number} resolved: {subject}")
CLOSED = QT_TRANSLATE_NOOP("Timeline", "Case {number} closed: {subject}")
REOPENED = QT_TRANSLATE_NOOP("Timeline", "Case {number} reopened: {subject}")
RATED = QT_TRANSLATE_NOOP("Timeline", "Case {number} rated {score} of 5")
OPEN_CASES = QT_TRANSLATE_NOOP("Profile", "Open cases")
OPEN_CASES_VALUE = QT_TRANSLATE_NOOP("Profile", "{count} ({overdue} overdue)")


def _condition(contact_ids: Iterable[int], organization_id: int | None):
    return timeline.customer_condition(Case, contact_ids, organization_id)


def _events(scope: Scope) -> Iterable[TimelineEvent]:
    condition = _condition(scope.contact_ids, scope.organization_id)
    if condition is None:
        return []
    kinds = ("created", "status", "reopened", "rating")
    rows = list(CaseEvent
                .select(CaseEvent.at, CaseEvent.kind, CaseEvent.new_value, CaseEvent.body, CaseEvent.by, Case.id,
                        Case.number, Case.subject, Case.kind, Case.channel, Case.contact)
                .join(Case, on=(CaseEvent.case == Case.id))
                .where(condition & CaseEvent.kind.in_(kinds) & CaseEvent.deleted_at.is_null())
                .order_by(CaseEvent.at.desc(), CaseEvent.id.desc()).limit(scope.limit).tuples())
    users = timeline._user_names() if rows else {}
    events = []
    for at, kind, new, body, by, case_id, number, subject, case_kind, channel, contact_id in rows:
        values = {"number": number, "subject": subject}
        if kind == "created":
            heading = render(OPENED, {**values, "kind": label(KINDS, case_kind)})
            body = "\n".join(p for p in (render(OPENED_BODY, {"channel": label(CHANNELS, channel)}), body) if p)
        elif kind == "reopened":
            heading = render(REOPENED, values)
        elif kind == "rating":
            heading = render(RATED, {**values, "score": new})
        elif new == "resolved":
            heading = render(RESOLVED, values)
        elif new == "closed":
            heading, body = render(CLOSED, values), ""
        else:
            continue
        events.append(TimelineEvent(at, KIND, heading, body, users.get(by, ""), scope.names.get(contact_id, ""),
                                    (KIND, case_id)))
    return events


def open_counts(entity: str, record_id: int) -> tuple[int, int]:
    """(open, overdue) cases of a person, or a company with its people."""
    if entity == "contact":
        condition = _condition([record_id], None)
    else:
        people = Contact.select(Contact.id).where((Contact.organization == record_id) & Contact.deleted_at.is_null())
        condition = ((Case.organization == record_id) | Case.contact.in_(people)) & Case.deleted_at.is_null()
    condition &= Case.status.in_(OPEN_STATUSES)
    open_count = Case.select(fn.COUNT(Case.id)).where(condition).scalar() or 0
    overdue = Case.select(fn.COUNT(Case.id)).where(condition & (Case.due_at < utcnow())).scalar() or 0
    return int(open_count), int(overdue)



def _figures(entity: str, record_id: int) -> list[profile.Figure]:
    if entity not in ("contact", "organization"):
        return []
    count, overdue = open_counts(entity, record_id)
    return [profile.Figure("open_cases", render(OPEN_CASES), profile.open_count_text(OPEN_CASES_VALUE, count, overdue))]


timeline.register(KIND, QT_TRANSLATE_NOOP("Timeline", "Cases"), _events)
profile.register_figures(_figures)

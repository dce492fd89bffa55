"""One timeline per customer, newest first, fed by providers.

Each feature registers a provider for its kind of event (notes and record history here; calls,
meetings, deals, cases, quotes, invoices later) with :func:`register`. The profile view shows
whatever the providers return: a new kind of event needs no change to the view, only an icon if
it wants one (the view falls back to a generic one).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from crm_desktop.db.models import AuditLog, Contact, Note, User
from crm_desktop.services.labels import FIELDS, STAGES, label
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText


@dataclass(frozen=True)
class Scope:
    """Whose timeline: some people (a person, or a company's people) and/or one company."""

    contact_ids: tuple[int, ...] = ()
    organization_id: int | None = None
    limit: int = 200
    names: dict[int, str] = field(default_factory=dict, compare=False)  # person names, for roll-ups


@dataclass(frozen=True)
class TimelineEvent:
    at: dt.datetime
    kind: str
    title: str
    body: str = ""
    actor: str = ""
    subject: str = ""  # the person an event belongs to, in a company's rolled-up timeline
    ref: tuple[str, int] | None = None
    icon: str = ""  # the picture beside it when not the kind's own (an activity's: call, meeting, ...)


Provider = Callable[[Scope], Iterable[TimelineEvent]]
_providers: dict[str, tuple[TranslatableText, Provider]] = {}


def register(kind: str, label: TranslatableText, provider: Provider) -> None:
    _providers[kind] = (label, provider)


def kinds() -> list[tuple[str, str]]:
    """(kind, label in the current language) of every registered kind of event."""
    return [(kind, render(label)) for kind, (label, _) in _providers.items()]


def timeline(scope: Scope, kinds: Sequence[str] | None = None) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for kind, (_, provider) in _providers.items():
        if kinds is None or kind in kinds:
            events.extend(provider(scope))
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:scope.limit]


def person_scope(contact_id: int, limit: int = 200) -> Scope:
    return Scope((contact_id,), None, limit)


def company_scope(organization_id: int, limit: int = 300) -> Scope:
    people = Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(
        (Contact.organization == organization_id) & Contact.deleted_at.is_null()).tuples()
    names = {cid: " ".join(p for p in (first, last) if p) for cid, first, last in people}
    return Scope(tuple(names), organization_id, limit, names)


def customer_condition(model, contact_ids: Iterable[int], organization_id: int | None):
    """Rows of ``model`` (with ``contact`` and ``organization`` columns) that belong to these people
    and/or this company, not deleted; None when the scope is empty."""
    ids = list(contact_ids)
    condition = model.contact.in_(ids) if ids else None
    if organization_id is not None:
        on_company = model.organization == organization_id
        condition = on_company if condition is None else (condition | on_company)
    return None if condition is None else (condition & model.deleted_at.is_null())


def _user_names() -> dict[int, str]:
    return {uid: full or name for uid, full, name in User.select(User.id, User.full_name, User.username).tuples()}


# -- notes ---------------------------------------------------------------------------------------

def _notes(scope: Scope) -> Iterable[TimelineEvent]:
    condition = Note.contact.in_(list(scope.contact_ids)) if scope.contact_ids else None
    if scope.organization_id is not None:
        on_company = Note.organization == scope.organization_id
        condition = on_company if condition is None else (condition | on_company)
    if condition is None:
        return []
    users = _user_names()
    query = (Note.select(Note.id, Note.body, Note.created_at, Note.created_by, Note.contact, Note.pinned)
             .where(condition & Note.deleted_at.is_null()).order_by(Note.created_at.desc()).limit(scope.limit))
    title = QT_TRANSLATE_NOOP("Timeline", "Note")
    pinned = QT_TRANSLATE_NOOP("Timeline", "Pinned note")
    return [TimelineEvent(at, "note", render(pinned if is_pinned else title), body, users.get(author, ""),
                          scope.names.get(contact_id, ""), ("note", note_id))
            for note_id, body, at, author, contact_id, is_pinned in query.tuples()]


# -- record history (from the audit trail) ------------------------------------------------------

def _history_event(entry, users: dict[int, str], scope: Scope) -> TimelineEvent | None:
    at, action, entity, record_id, user_id, changes = entry
    changes = json.loads(changes or "{}")
    subject = scope.names.get(record_id, "") if entity == "contact" else ""
    actor = users.get(user_id, "")
    if action == "create":
        title = QT_TRANSLATE_NOOP("Timeline", "Added to the customers")
        return TimelineEvent(at, "history", render(title), "", actor, subject, (entity, record_id))
    if action in ("delete", "restore", "merge"):
        titles = {"delete": QT_TRANSLATE_NOOP("Timeline", "Deleted"),
                  "restore": QT_TRANSLATE_NOOP("Timeline", "Restored"),
                  "merge": QT_TRANSLATE_NOOP("Timeline", "Duplicates merged into this record")}
        return TimelineEvent(at, "history", render(titles[action]), "", actor, subject, (entity, record_id))
    if action != "update" or not changes:
        return None
    if "lifecycle_stage" in changes:
        old, new = changes["lifecycle_stage"]
        title = render(QT_TRANSLATE_NOOP("Timeline", "Stage: {old} \u2192 {new}"),
                       {"old": label(STAGES, old), "new": label(STAGES, new)})
    elif "owner" in changes:
        old, new = changes["owner"]
        title = render(QT_TRANSLATE_NOOP("Timeline", "Owner: {old} \u2192 {new}"),
                       {"old": users.get(old, "\u2014"), "new": users.get(new, "\u2014")})
    else:
        title = render(QT_TRANSLATE_NOOP("Timeline", "Details changed"))
    fields = ", ".join(label(FIELDS, name) for name in sorted(changes))
    return TimelineEvent(at, "history", title, fields, actor, subject, (entity, record_id))


def _history(scope: Scope) -> Iterable[TimelineEvent]:
    condition = (AuditLog.entity == "contact") & AuditLog.record_id.in_(list(scope.contact_ids)) \
        if scope.contact_ids else None
    if scope.organization_id is not None:
        on_company = (AuditLog.entity == "organization") & (AuditLog.record_id == scope.organization_id)
        condition = on_company if condition is None else (condition | on_company)
    if condition is None:
        return []
    users = _user_names()
    query = (AuditLog.select(AuditLog.at, AuditLog.action, AuditLog.entity, AuditLog.record_id, AuditLog.user,
                             AuditLog.changes)
             .join(User, JOIN.LEFT_OUTER, on=(AuditLog.user == User.id))
             .where(condition).order_by(AuditLog.id.desc()).limit(scope.limit))
    events = (_history_event(entry, users, scope) for entry in query.tuples())
    return [event for event in events if event is not None]


register("note", QT_TRANSLATE_NOOP("Timeline", "Notes"), _notes)
register("history", QT_TRANSLATE_NOOP("Timeline", "Record history"), _history)
__import__("crm_desktop.services.funnel.timeline_events")  # registers the deals' events (and profile figures)
__import__("crm_desktop.services.cases.timeline_events")  # registers the cases' events (and profile figure)
__import__("crm_desktop.services.activities.timeline_events")  # the activities' events (and profile figure)

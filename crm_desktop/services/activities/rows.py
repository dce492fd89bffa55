"""Activities as plain rows for lists, the calendar, reminders and timelines: one query with the
customer's, deal's, case's and assignee's names joined in, no model objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.db.fields import from_stored
from crm_desktop.db.models import Activity, Case, Contact, Deal, Organization, User
from crm_desktop.db.models.people import person_name


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    subject: str
    due_at: dt.datetime | None
    all_day: bool
    done_at: dt.datetime | None
    priority: str
    duration_minutes: int | None
    direction: str
    outcome: str
    location: str
    body: str
    contact_id: int | None
    organization_id: int | None
    customer: str  # "person · company", the person, or the company
    deal_id: int | None
    deal_title: str
    case_id: int | None
    case_number: str
    assignee_id: int | None
    assignee: str
    recurring: bool
    remind_at: dt.datetime | None
    created_by: int | None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, now: dt.datetime, today_start: dt.datetime) -> bool:
        """Open and past: a timed one once its time has passed, an all-day one once its day is over."""
        if self.done_at is not None or self.due_at is None:
            return False
        return self.due_at < (today_start if self.all_day else now)


_COLUMNS = (Activity.id, Activity.kind, Activity.subject, Activity.due_at, Activity.all_day, Activity.done_at,
            Activity.priority, Activity.duration_minutes, Activity.direction, Activity.outcome, Activity.location,
            Activity.body, Activity.contact, Activity.organization, Contact.first_name, Contact.last_name,
            Organization.name, Activity.deal, Deal.title, Activity.case, Case.number, Activity.assignee,
            User.full_name, User.username, Activity.recurrence_unit, Activity.remind_at, Activity.created_by)


def query(condition):
    """Rows matching ``condition`` (deleted activities left out); add ``order_by``/``limit``."""
    return (Activity.select(*_COLUMNS)
            .join(Contact, JOIN.LEFT_OUTER, on=(Activity.contact == Contact.id))
            .switch(Activity).join(Organization, JOIN.LEFT_OUTER, on=(Activity.organization == Organization.id))
            .switch(Activity).join(Deal, JOIN.LEFT_OUTER, on=(Activity.deal == Deal.id))
            .switch(Activity).join(Case, JOIN.LEFT_OUTER, on=(Activity.case == Case.id))
            .switch(Activity).join(User, JOIN.LEFT_OUTER, on=(Activity.assignee == User.id))
            .where(condition & Activity.deleted_at.is_null()))


def _customer(first: str | None, last: str | None, company: str | None) -> str:
    person = person_name(first or "", last or "") if (first or last) else ""
    if person and company:
        return f"{person} \u00b7 {company}"
    return person or company or ""


def _row(values: tuple) -> ActivityRow:
    (activity_id, kind, subject, due_at, all_day, done_at, priority, duration, direction, outcome, location, body,
     contact_id, organization_id, first, last, company, deal_id, deal_title, case_id, case_number, assignee_id,
     full_name, username, unit, remind_at, created_by) = values
    return ActivityRow(activity_id, kind, subject, from_stored(due_at), bool(all_day), from_stored(done_at), priority,
                       duration, direction, outcome, location, body or "", contact_id, organization_id,
                       _customer(first, last, company), deal_id, deal_title or "", case_id, case_number or "",
                       assignee_id, full_name or username or "", bool(unit), from_stored(remind_at), created_by)


def fetch(select_query) -> list[ActivityRow]:
    """Run a :func:`query` (ordered and limited by the caller) into rows."""
    return [_row(values) for values in select_query.tuples()]


def by_ids(ids: list[int]) -> list[ActivityRow]:
    """These activities, in the given order (missing or deleted ones left out)."""
    if not ids:
        return []
    found = {row.id: row for row in fetch(query(Activity.id.in_(ids)))}
    return [found[i] for i in ids if i in found]

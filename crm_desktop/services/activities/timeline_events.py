"""Activities on the customer's timeline, in the profile header, and on their deal and case.

Timeline: a done activity at the time it was done ("Outgoing call · Talked · 7 min", "Demo at
Vanak office", "SMS sent", "Task done: Send the contract"), an open one at its due time ("Planned:
…", or "Overdue: …" once it is late), so what is promised sits on top of the newest-first timeline.
Every event is of the timeline kind ``activity`` (one filter entry) and carries the activity's kind
as its icon. A company's timeline rolls up its own activities and its people's. Header figure: open
activities (and how many are overdue). Registered on import (``services/timeline.py`` imports this
module). :func:`for_deal` and :func:`for_case` list the activities of a deal or a case.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from crm_desktop.db.models import Activity, Contact
from crm_desktop.services import profile, timeline
from crm_desktop.services.activities import agenda, rows
from crm_desktop.services.activities.labels import DIRECTED_KINDS, DIRECTIONS, KINDS, OUTCOMES
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.labels import label
from crm_desktop.services.timeline import Scope, TimelineEvent
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

KIND = "activity"
PLANNED = QT_TRANSLATE_NOOP("Timeline", "Planned: {title}")
OVERDUE = QT_TRANSLATE_NOOP("Timeline", "Overdue: {title}")
TASK_DONE = QT_TRANSLATE_NOOP("Timeline", "Task done: {title}")
AT_PLACE = QT_TRANSLATE_NOOP("Timeline", "{title} at {place}")
MINUTES = QT_TRANSLATE_NOOP("Timeline", "{minutes} min")
SEPARATOR = QT_TRANSLATE_NOOP("Timeline", " \u00b7 ")
OPEN_ACTIVITIES = QT_TRANSLATE_NOOP("Profile", "Open activities")
OPEN_ACTIVITIES_VALUE = QT_TRANSLATE_NOOP("Profile", "{count} ({overdue} overdue)")
LIST_LIMIT = 200


# -- how an activity reads ----------------------------------------------------------------------------

def _is_default_subject(row: ActivityRow) -> bool:
    """Whether the subject is only the kind's own word ("Outgoing call", "Meeting"), in English or in
    the current language (it was written in the language of whoever logged it)."""
    word = DIRECTED_KINDS.get((row.kind, row.direction)) or KINDS.get(row.kind)
    return word is not None and row.subject in (str(word), render(word))


def what(row: ActivityRow) -> str:
    """The subject, with a meeting's place and, when the subject does not say it, a call's or message's
    direction."""
    title = row.subject
    if row.kind == "meeting" and row.location and row.location not in title:
        title = render(AT_PLACE, {"title": title, "place": row.location})
    if row.direction and not _is_default_subject(row):
        title = render(SEPARATOR).join((title, label(DIRECTIONS, row.direction)))
    return title


def done_title(row: ActivityRow) -> str:
    """"Outgoing call · Talked · 7 min", "Demo at Vanak office", "SMS sent", "Task done: Send the contract"."""
    if row.kind == "task":
        return render(TASK_DONE, {"title": row.subject})
    parts = [what(row)]
    if row.outcome:
        parts.append(label(OUTCOMES, row.outcome))
    if row.duration_minutes and row.kind in ("call", "meeting"):
        parts.append(render(MINUTES, {"minutes": row.duration_minutes}))
    return render(SEPARATOR).join(parts)


def title(row: ActivityRow, now: dt.datetime, today_start: dt.datetime) -> str:
    """How the timeline names an activity: done, planned or overdue."""
    if row.is_done:
        return done_title(row)
    return render(OVERDUE if row.is_overdue(now, today_start) else PLANNED, {"title": what(row)})


def event_time(row: ActivityRow) -> dt.datetime | None:
    """Where the activity sits on a timeline: when it was done, else when it is due."""
    return row.done_at or row.due_at


# -- the customer's timeline --------------------------------------------------------------------------

def events(scope: Scope, *, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> list[TimelineEvent]:
    """This customer's activities as timeline events, the ``scope.limit`` latest (open ones by due time)."""
    condition = timeline.customer_condition(Activity, scope.contact_ids, scope.organization_id)
    if condition is None:
        return []
    moment = fn.COALESCE(Activity.done_at, Activity.due_at)
    found = rows.fetch(rows.query(condition & moment.is_null(False))
                       .order_by(moment.desc(), Activity.id.desc()).limit(scope.limit))
    b = agenda.bounds(now, tz=tz)  # what "overdue" means: My day's rule
    return [TimelineEvent(event_time(row), KIND, title(row, b.now, b.today_start), row.body, row.assignee,
                          scope.names.get(row.contact_id, ""), (KIND, row.id), icon=row.kind)
            for row in found]


# -- deals and cases ----------------------------------------------------------------------------------

def _of(condition) -> list[ActivityRow]:
    """Open ones first, soonest due first; then done ones, the latest first."""
    open_rows = rows.fetch(rows.query(condition & Activity.done_at.is_null())
                           .order_by(Activity.due_at.asc(nulls="LAST"), Activity.id).limit(LIST_LIMIT))
    done_rows = rows.fetch(rows.query(condition & Activity.done_at.is_null(False))
                           .order_by(Activity.done_at.desc(), Activity.id.desc()).limit(LIST_LIMIT))
    return open_rows + done_rows


def for_deal(deal_id: int) -> list[ActivityRow]:
    """The deal's activities: open ones first (soonest due first), then done ones (latest first)."""
    return _of(Activity.deal == deal_id)


def for_case(case_id: int) -> list[ActivityRow]:
    """The case's activities: open ones first (soonest due first), then done ones (latest first)."""
    return _of(Activity.case == case_id)


# -- profile header -----------------------------------------------------------------------------------

def open_counts(entity: str, record_id: int, *, now: dt.datetime | None = None,
                tz: dt.tzinfo | None = None) -> tuple[int, int]:
    """(open, overdue) activities of a person, or a company with its people."""
    if entity == "contact":
        condition = Activity.contact == record_id
    else:
        people = Contact.select(Contact.id).where((Contact.organization == record_id) & Contact.deleted_at.is_null())
        condition = (Activity.organization == record_id) | Activity.contact.in_(people)
    condition = condition & Activity.deleted_at.is_null() & Activity.done_at.is_null()
    late = agenda.conditions(agenda.bounds(now, tz=tz), None)["overdue"]  # open and past, as on My day
    open_count = Activity.select(fn.COUNT(Activity.id)).where(condition).scalar() or 0
    overdue = Activity.select(fn.COUNT(Activity.id)).where(condition & late).scalar() or 0
    return int(open_count), int(overdue)



def _figures(entity: str, record_id: int) -> list[profile.Figure]:
    if entity not in ("contact", "organization"):
        return []
    count, overdue = open_counts(entity, record_id)
    return [profile.Figure("open_activities", render(OPEN_ACTIVITIES),
                           profile.open_count_text(OPEN_ACTIVITIES_VALUE, count, overdue))]


timeline.register(KIND, QT_TRANSLATE_NOOP("Timeline", "Activities"), lambda scope: events(scope))
profile.register_figures(_figures)

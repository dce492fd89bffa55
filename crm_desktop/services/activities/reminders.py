"""Reminders: which of a person's open activities should remind now, when the next one is due (so
the app can sleep until then), snoozing and dismissing, and what is overdue at start-up.

An activity's ``remind_at`` is its next reminder; ``None`` once dismissed, done or deleted. All
functions take ``now`` so a test (or a clock that is not the wall's) decides what time it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity
from crm_desktop.services import audit
from crm_desktop.services.activities import agenda, rows
from crm_desktop.services.activities.rows import ActivityRow

MAX_SHOWN = 50  # a popup after a week away lists this many and says how many more


def _pending(user_id: int | None):
    condition = Activity.remind_at.is_null(False) & Activity.done_at.is_null()
    return condition if user_id is None else condition & (Activity.assignee == user_id)


def due(user_id: int | None, now: dt.datetime | None = None, limit: int = MAX_SHOWN) -> list[ActivityRow]:
    """Reminders that should show now, oldest first."""
    now = now or utcnow()
    condition = _pending(user_id) & (Activity.remind_at <= now)
    return rows.fetch(rows.query(condition).order_by(Activity.remind_at, Activity.id).limit(limit))


def due_count(user_id: int | None, now: dt.datetime | None = None) -> int:
    now = now or utcnow()
    return Activity.select().where(_pending(user_id) & (Activity.remind_at <= now)
                                   & Activity.deleted_at.is_null()).count()


def due_ids(user_id: int | None, now: dt.datetime | None = None) -> list[int]:
    """Every reminder due now (not only the :data:`MAX_SHOWN` listed): what "Snooze all" and "Dismiss
    all" act on."""
    now = now or utcnow()
    condition = _pending(user_id) & (Activity.remind_at <= now) & Activity.deleted_at.is_null()
    return [row[0] for row in Activity.select(Activity.id).where(condition).order_by(Activity.remind_at).tuples()]


def next_time(user_id: int | None) -> dt.datetime | None:
    """When the next reminder is due (may be in the past: show it now), or None."""
    value = (Activity.select(Activity.remind_at).where(_pending(user_id) & Activity.deleted_at.is_null())
             .order_by(Activity.remind_at).limit(1).scalar())
    if value is None:
        return None
    return Activity.remind_at.python_value(value) if not isinstance(value, dt.datetime) else value


def _set(ids: Iterable[int], remind_at: dt.datetime | None) -> int:
    changed = 0
    with database.atomic():
        for activity in Activity.alive().where(Activity.id.in_(list(ids))):
            if activity.remind_at == remind_at:
                continue
            before = audit.snapshot(activity)
            activity.remind_at = remind_at
            activity.save(only=[Activity.remind_at])
            audit.record_update(activity, before)
            changed += 1
    return changed


def snooze(ids: Iterable[int], minutes: int | None = None, *, until: dt.datetime | None = None,
           now: dt.datetime | None = None) -> dt.datetime:
    """Remind again ``minutes`` from now (or at ``until``); returns when."""
    if until is None:
        if minutes is None or minutes <= 0:
            raise ValueError("snooze needs minutes > 0 or a moment")
        until = (now or utcnow()) + dt.timedelta(minutes=minutes)
    _set(ids, until.astimezone(dt.timezone.utc))
    return until


def dismiss(ids: Iterable[int]) -> int:
    """No more reminders for these (they stay open and due)."""
    return _set(ids, None)


@dataclass(frozen=True)
class StartupSummary:
    overdue: int
    due_today: int
    first: list[ActivityRow]  # the oldest overdue ones


def startup_summary(user_id: int | None, now: dt.datetime | None = None, tz: dt.tzinfo | None = None,
                    shown: int = 5) -> StartupSummary:
    """What the person should know when the app starts: how much is overdue and due today."""
    b = agenda.bounds(now, tz=tz)
    sections = agenda.conditions(b, user_id)
    first = rows.fetch(rows.query(sections["overdue"]).order_by(Activity.due_at, Activity.id).limit(shown))
    overdue = len(first) if len(first) < shown else \
        Activity.select().where(sections["overdue"] & Activity.deleted_at.is_null()).count()
    today = Activity.select().where(sections["today"] & Activity.deleted_at.is_null()).count()
    return StartupSummary(overdue, today, first)

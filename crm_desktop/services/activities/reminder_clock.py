"""What the running app's reminder clock reads in one go (off the GUI thread): the reminders due now,
how many there are in all, when the next one after now fires, and - once, at start-up - what is
overdue. Only the small partial index of pending reminders is read, so asking every minute is cheap.

:func:`crm_desktop.services.activities.reminders.next_time` answers the earliest pending reminder,
which stays in the past while a shown reminder is left alone; a clock that sleeps until then would
wake at once, again and again. :func:`next_after` answers the first one still ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.db.models import Activity
from crm_desktop.services.activities import reminders
from crm_desktop.services.activities.reminders import StartupSummary
from crm_desktop.services.activities.rows import ActivityRow


def next_after(user_id: int | None, moment: dt.datetime) -> dt.datetime | None:
    """When the first of ``user_id``'s pending reminders later than ``moment`` fires (None: none)."""
    condition = (Activity.remind_at.is_null(False) & Activity.done_at.is_null() & Activity.deleted_at.is_null()
                 & (Activity.remind_at > moment))
    if user_id is not None:
        condition &= Activity.assignee == user_id
    value = Activity.select(Activity.remind_at).where(condition).order_by(Activity.remind_at).limit(1).scalar()
    if value is None or isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value
    return Activity.remind_at.python_value(value)


@dataclass(frozen=True)
class ReminderState:
    now: dt.datetime
    due: list[ActivityRow] = field(default_factory=list)  # oldest reminder first, at most MAX_SHOWN
    total: int = 0  # all that are due now (more than ``due`` after a long absence)
    next_at: dt.datetime | None = None  # the first reminder still ahead
    summary: StartupSummary | None = None  # asked for at start-up only


def read_state(user_id: int | None, now: dt.datetime, *, tz: dt.tzinfo | None = None,
               with_summary: bool = False) -> ReminderState:
    limit = reminders.MAX_SHOWN
    due = reminders.due(user_id, now, limit=limit)
    total = len(due) if len(due) < limit else reminders.due_count(user_id, now)
    summary = reminders.startup_summary(user_id, now=now, tz=tz) if with_summary else None
    return ReminderState(now, due, total, next_after(user_id, now), summary)


__all__ = ["ReminderState", "next_after", "read_state"]

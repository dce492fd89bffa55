"""A deal's next step is its earliest open activity.

The board shows ``Deal.next_activity`` / ``next_activity_at`` (and marks a deal whose next step is
overdue); they are kept equal to the deal's earliest open activity whenever one of its activities
changes. When the last open one is done or deleted the next step is cleared -- unless it was typed
on the deal before activities existed and matches none of them, which stays as it was.
"""

from __future__ import annotations

import datetime as dt

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity, Deal
from crm_desktop.services.local_time import local_date, local_day_start


def earliest_open(deal_id: int) -> tuple[str, dt.datetime | None] | None:
    """(subject, due) of the deal's earliest open activity."""
    row = _earliest(deal_id)
    return None if row is None else (row[0], row[1])


def _earliest(deal_id: int) -> tuple[str, dt.datetime | None, bool] | None:
    return (Activity.select(Activity.subject, Activity.due_at, Activity.all_day)
            .where((Activity.deal == deal_id) & Activity.done_at.is_null() & Activity.deleted_at.is_null())
            .order_by(Activity.due_at.asc(nulls="LAST"), Activity.id).tuples().first())


def step_time(due: dt.datetime | None, all_day: bool, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """The board's next-step time: a timed activity's due time; an all-day one's last moment of its day
    (the board marks a next step overdue once its time has passed, and an all-day one is not late
    until its day is over -- as in My day)."""
    if due is None or not all_day:
        return due
    return local_day_start(local_date(due, tz) + dt.timedelta(days=1), tz) - dt.timedelta(seconds=1)


def sync(*deal_ids: int | None, tz: dt.tzinfo | None = None) -> None:
    """Bring these deals' next step in line with their activities (inside the caller's transaction).
    A bookkeeping copy, not a change anyone made: no audit row of its own."""
    for deal_id in {d for d in deal_ids if d is not None}:
        deal = Deal.select(Deal.id, Deal.next_activity, Deal.next_activity_at).where(Deal.id == deal_id).first()
        if deal is None:
            continue
        found = _earliest(deal_id)
        if found is not None:
            subject, due, all_day = found
            wanted = (subject[:200], step_time(due, bool(all_day), tz))
        else:
            typed_only = not Activity.select().where(
                (Activity.deal == deal_id) & (Activity.subject == deal.next_activity)).exists()
            if typed_only:
                continue
            wanted = ("", None)
        if (deal.next_activity, deal.next_activity_at) != wanted:
            Deal.update(next_activity=wanted[0], next_activity_at=wanted[1], updated_at=utcnow()).where(
                Deal.id == deal_id).execute()

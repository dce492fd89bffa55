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


def earliest_open(deal_id: int) -> tuple[str, dt.datetime | None] | None:
    row = (Activity.select(Activity.subject, Activity.due_at)
           .where((Activity.deal == deal_id) & Activity.done_at.is_null() & Activity.deleted_at.is_null())
           .order_by(Activity.due_at.asc(nulls="LAST"), Activity.id).tuples().first())
    return None if row is None else (row[0], row[1])


def sync(*deal_ids: int | None) -> None:
    """Bring these deals' next step in line with their activities (inside the caller's transaction).
    A bookkeeping copy, not a change anyone made: no audit row of its own."""
    for deal_id in {d for d in deal_ids if d is not None}:
        deal = Deal.select(Deal.id, Deal.next_activity, Deal.next_activity_at).where(Deal.id == deal_id).first()
        if deal is None:
            continue
        found = earliest_open(deal_id)
        if found is not None:
            subject, due = found
            wanted = (subject[:200], due)
        else:
            typed_only = not Activity.select().where(
                (Activity.deal == deal_id) & (Activity.subject == deal.next_activity)).exists()
            if typed_only:
                continue
            wanted = ("", None)
        if (deal.next_activity, deal.next_activity_at) != wanted:
            Deal.update(next_activity=wanted[0], next_activity_at=wanted[1], updated_at=utcnow()).where(
                Deal.id == deal_id).execute()

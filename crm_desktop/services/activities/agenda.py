"""My day: a person's (or everyone's) open activities that are overdue, due today and coming up,
and what was done today, each list capped with its full count.

Overdue means open and past: a timed activity once its time has passed, an all-day one once its day
is over. Days are local days (``tz``, default the computer's zone); ``now`` can be given (tests, the
reminder clock). Every query reads the partial index over open activities, so a long history of
done ones costs nothing here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity
from crm_desktop.services.activities import rows
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.local_time import local_date, local_day_start

SECTIONS = ("overdue", "today", "upcoming", "done_today")
LIMIT = 200


@dataclass(frozen=True)
class Agenda:
    overdue: list[ActivityRow] = field(default_factory=list)
    today: list[ActivityRow] = field(default_factory=list)
    upcoming: list[ActivityRow] = field(default_factory=list)
    done_today: list[ActivityRow] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # every section's full size
    now: dt.datetime | None = None
    today_start: dt.datetime | None = None

    def section(self, name: str) -> list[ActivityRow]:
        return getattr(self, name)


@dataclass(frozen=True)
class Bounds:
    now: dt.datetime
    today_start: dt.datetime
    tomorrow_start: dt.datetime
    horizon: dt.datetime  # the end of "upcoming"


def bounds(now: dt.datetime | None = None, days_ahead: int = 7, tz: dt.tzinfo | None = None) -> Bounds:
    now = now or utcnow()
    today = local_date(now, tz)
    return Bounds(now, local_day_start(today, tz), local_day_start(today + dt.timedelta(days=1), tz),
                  local_day_start(today + dt.timedelta(days=1 + days_ahead), tz))


def _mine(user_id: int | None):
    open_rows = Activity.done_at.is_null()
    return open_rows if user_id is None else (open_rows & (Activity.assignee == user_id))


def conditions(b: Bounds, user_id: int | None) -> dict[str, object]:
    """The where-clause of each section (deleted rows are left out by :func:`rows.query`)."""
    base = _mine(user_id)
    timed, all_day = Activity.all_day == False, Activity.all_day == True  # noqa: E712 - SQL
    overdue = base & (((timed & (Activity.due_at < b.now)) | (all_day & (Activity.due_at < b.today_start))))
    today = base & (Activity.due_at < b.tomorrow_start) & (
        (timed & (Activity.due_at >= b.now)) | (all_day & (Activity.due_at >= b.today_start)))
    upcoming = base & (Activity.due_at >= b.tomorrow_start) & (Activity.due_at < b.horizon)
    done = Activity.done_at.between(b.today_start, b.tomorrow_start)
    if user_id is not None:
        done &= Activity.assignee == user_id
    return {"overdue": overdue, "today": today, "upcoming": upcoming, "done_today": done}


def _order(name: str):
    if name == "done_today":
        return [Activity.done_at.desc(), Activity.id.desc()]
    if name == "today":  # all-day ones first, then by time
        return [Activity.all_day.desc(), Activity.due_at, Activity.id]
    return [Activity.due_at, Activity.id]


def agenda(user_id: int | None, *, now: dt.datetime | None = None, days_ahead: int = 7, limit: int = LIMIT,
           tz: dt.tzinfo | None = None) -> Agenda:
    """``user_id``'s day (None: everyone's)."""
    b = bounds(now, days_ahead, tz)
    found: dict[str, list[ActivityRow]] = {}
    counts: dict[str, int] = {}
    for name, condition in conditions(b, user_id).items():
        found[name] = rows.fetch(rows.query(condition).order_by(*_order(name)).limit(limit))
        counts[name] = len(found[name]) if len(found[name]) < limit else \
            Activity.select().where(condition & Activity.deleted_at.is_null()).count()
    return Agenda(**found, counts=counts, now=b.now, today_start=b.today_start)


def counts(user_id: int | None, *, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> dict[str, int]:
    """Only the sizes (the navigation badge, the start-up summary)."""
    b = bounds(now, tz=tz)
    return {name: Activity.select().where(condition & Activity.deleted_at.is_null()).count()
            for name, condition in conditions(b, user_id).items()}

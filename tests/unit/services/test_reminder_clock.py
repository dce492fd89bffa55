"""The reminder clock's read (services/activities/reminder_clock.py): the next reminder still ahead
of now (not one already shown and left alone), what is due with its full count, and the start-up
summary only when asked for."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import reminder_clock, reminders

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
NOW = dt.datetime(2025, 12, 3, 10, 0, tzinfo=TEHRAN).astimezone(dt.timezone.utc)
MIN = dt.timedelta(minutes=1)


def _plan(subject: str, due: dt.datetime, remind_before: int | None = 15, **kw):
    return svc.create_activity(svc.ActivityInput(kind="call", subject=subject, due_at=due,
                                                 remind_before=remind_before, **kw), now=NOW - 60 * MIN, tz=TEHRAN)


def test_next_after_skips_reminders_already_due(owner, other_user):
    shown = _plan("Shown and left alone", NOW + 5 * MIN)  # reminds at NOW - 10 min
    ahead = _plan("Ahead", NOW + 40 * MIN)  # NOW + 25 min
    _plan("Someone else's", NOW + 20 * MIN, assignee_id=other_user.id)  # NOW + 5 min
    assert reminders.next_time(owner.id) == shown.remind_at  # the earliest pending one is in the past
    assert reminder_clock.next_after(owner.id, NOW) == ahead.remind_at == NOW + 25 * MIN
    assert reminder_clock.next_after(None, NOW) == NOW + 5 * MIN  # everyone's
    assert reminder_clock.next_after(owner.id, NOW + 25 * MIN) is None  # strictly after
    svc.complete_activity(ahead.id, now=NOW)
    assert reminder_clock.next_after(owner.id, NOW) is None


def test_read_state_lists_what_is_due_and_counts_past_the_limit(owner, monkeypatch):
    monkeypatch.setattr(reminders, "MAX_SHOWN", 3)
    made = [_plan(f"Call {n}", NOW + n * MIN) for n in range(5)]
    later = _plan("Later", NOW + 60 * MIN)
    state = reminder_clock.read_state(owner.id, NOW, tz=TEHRAN)
    assert [row.id for row in state.due] == [a.id for a in made[:3]] and state.total == 5
    assert state.next_at == later.remind_at and state.summary is None and state.now == NOW


def test_read_state_at_start_up_says_what_is_overdue(owner):
    _plan("Overdue", NOW - 30 * MIN, remind_before=None)
    state = reminder_clock.read_state(owner.id, NOW, tz=TEHRAN, with_summary=True)
    assert state.due == [] and state.total == 0 and state.next_at is None
    assert state.summary.overdue == 1

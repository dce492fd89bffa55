"""Recurring activities (services/activities/recurrence.py and the next occurrence made on completion):
Jalali and Gregorian month ends, leap Esfand, weeks, days, the end date, local wall time across a
daylight-saving change, and late or early completion."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.db.models import Activity
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities.recurrence import Recurrence, add_months, between, occurrence
from crm_desktop.text.jalali import JalaliDate, is_jalali_leap, jalali_month_length

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
UTC = dt.timezone.utc


def _jalali(moment: dt.datetime, tz=TEHRAN) -> tuple[int, int, int]:
    j = JalaliDate.from_gregorian(moment.astimezone(tz).date())
    return j.year, j.month, j.day


def _at(jy: int, jm: int, jd: int, hour: int = 10, tz=TEHRAN) -> dt.datetime:
    day = JalaliDate(jy, jm, jd).to_gregorian()
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz).astimezone(UTC)


def test_every_jalali_month_from_the_31st_keeps_to_each_months_last_day():
    assert not is_jalali_leap(1404) and is_jalali_leap(1403)
    rule = Recurrence("month", 1, calendar="jalali")
    start = _at(1404, 6, 31)
    seen = [_jalali(occurrence(rule, start, n, TEHRAN)) for n in range(8)]
    assert seen == [(1404, 6, 31), (1404, 7, 30), (1404, 8, 30), (1404, 9, 30), (1404, 10, 30), (1404, 11, 30),
                    (1404, 12, 29), (1405, 1, 31)]
    # the time of day never drifts
    assert all(occurrence(rule, start, n, TEHRAN).astimezone(TEHRAN).time() == dt.time(10) for n in range(8))


def test_esfand_30_of_a_leap_year_and_every_twelve_months():
    rule = Recurrence("month", 12, calendar="jalali")
    start = _at(1403, 12, 30)  # 1403 is leap: Esfand has 30 days
    assert [_jalali(occurrence(rule, start, n, TEHRAN)) for n in range(3)] == [
        (1403, 12, 30), (1404, 12, 29), (1405, 12, 29)]


def test_every_three_jalali_months_from_the_31st():
    rule = Recurrence("month", 3, calendar="jalali")
    start = _at(1404, 4, 31)
    assert [_jalali(occurrence(rule, start, n, TEHRAN)) for n in range(4)] == [
        (1404, 4, 31), (1404, 7, 30), (1404, 10, 30), (1405, 1, 31)]


def test_gregorian_month_ends_and_a_leap_february():
    rule = Recurrence("month", 1, calendar="gregorian")
    start = dt.datetime(2024, 1, 31, 9, tzinfo=UTC)
    days = [occurrence(rule, start, n, UTC).date() for n in range(4)]
    assert days == [dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30)]
    assert add_months(dt.date(2023, 1, 31), 1, "gregorian") == dt.date(2023, 2, 28)
    assert add_months(dt.date(2023, 12, 15), 1, "gregorian") == dt.date(2024, 1, 15)


def test_jalali_and_gregorian_months_differ_for_the_same_start():
    start = _at(1404, 6, 31)  # 2025-09-22
    jalali = occurrence(Recurrence("month", 1, calendar="jalali"), start, 1, TEHRAN)
    gregorian = occurrence(Recurrence("month", 1, calendar="gregorian"), start, 1, TEHRAN)
    assert _jalali(jalali) == (1404, 7, 30)
    assert gregorian.astimezone(TEHRAN).date() == dt.date(2025, 10, 22)


def test_weeks_days_and_the_end_date():
    start = _at(1404, 9, 1)
    weekly = Recurrence("week", 2, until=JalaliDate(1404, 10, 1).to_gregorian(), calendar="jalali")
    dates = [_jalali(w) for _, w in between(weekly, start, 0, start, start + dt.timedelta(days=400), TEHRAN)]
    assert dates == [(1404, 9, 1), (1404, 9, 15), (1404, 9, 29)]
    assert occurrence(weekly, start, 3, TEHRAN) is None  # 1404/10/13 is after the end
    daily = Recurrence("day", 3)
    assert _jalali(occurrence(daily, start, 10, TEHRAN)) == (1404, 10, 1)  # 30 days after 1 Azar


def test_local_wall_time_holds_across_a_daylight_saving_change():
    rule = Recurrence("week", 1, calendar="gregorian")
    start = dt.datetime(2025, 3, 24, 10, tzinfo=BERLIN).astimezone(UTC)  # CET, UTC+1
    after = occurrence(rule, start, 1, BERLIN)  # 31 March: CEST, UTC+2
    assert after.astimezone(BERLIN).time() == dt.time(10)
    assert after.astimezone(UTC).hour == 8 and start.astimezone(UTC).hour == 9


def test_between_skips_straight_to_a_far_range():
    rule = Recurrence("day", 1)
    start = dt.datetime(2020, 1, 1, 9, tzinfo=UTC)
    lo = dt.datetime(2026, 1, 1, tzinfo=UTC)
    found = list(between(rule, start, 0, lo, lo + dt.timedelta(days=3), UTC))
    assert [when.date() for _, when in found] == [dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3)]
    assert found[0][0] == (dt.date(2026, 1, 1) - dt.date(2020, 1, 1)).days


@given(jy=st.integers(1380, 1420), jm=st.integers(1, 12), jd=st.integers(1, 31), step=st.integers(1, 14),
       n=st.integers(0, 30))
def test_a_monthly_occurrence_is_the_anchor_day_or_the_months_last_day(jy, jm, jd, step, n):
    jd = min(jd, jalali_month_length(jy, jm))
    rule = Recurrence("month", step, calendar="jalali")
    start = _at(jy, jm, jd)
    y, m, d = _jalali(occurrence(rule, start, n, TEHRAN))
    months = (jy * 12 + jm - 1) + n * step
    assert (y, m) == divmod(months, 12)[0:1] + (divmod(months, 12)[1] + 1,)
    assert d == min(jd, jalali_month_length(y, m))


# -- the next occurrence is made when one is done ---------------------------------------------------

def _monthly(owner, jy=1404, jm=6, jd=31, **kw) -> Activity:
    return svc.create_activity(svc.ActivityInput(
        kind="task", subject="Pay the rent", due_at=_at(jy, jm, jd), remind_before=60,
        recurrence=Recurrence("month", 1, calendar="jalali", **kw)), now=_at(jy, jm, 1), tz=TEHRAN)


def test_completing_each_month_walks_the_jalali_month_ends(owner):
    activity = _monthly(owner)
    seen = [_jalali(activity.due_at)]
    for _ in range(7):
        done = svc.complete_activity(activity.id, now=activity.due_at, tz=TEHRAN)
        activity = done.next_occurrence
        seen.append(_jalali(activity.due_at))
        assert activity.remind_at == activity.due_at - dt.timedelta(minutes=60)
        assert activity.series_uid == done.activity.series_uid
    assert seen == [(1404, 6, 31), (1404, 7, 30), (1404, 8, 30), (1404, 9, 30), (1404, 10, 30), (1404, 11, 30),
                    (1404, 12, 29), (1405, 1, 31)]
    assert Activity.select().where(Activity.done_at.is_null()).count() == 1


def test_done_late_skips_the_occurrences_already_passed(owner):
    daily = svc.create_activity(svc.ActivityInput(kind="call", subject="Check the stock", due_at=_at(1404, 9, 1, 9),
                                                  recurrence=Recurrence("day", 1)), tz=TEHRAN, now=_at(1404, 9, 1, 8))
    done = svc.complete_activity(daily.id, now=_at(1404, 9, 4, 12), tz=TEHRAN)
    assert _jalali(done.next_occurrence.due_at) == (1404, 9, 5)
    assert done.next_occurrence.occurrence == 4


def test_done_early_makes_the_next_one_not_this_one_again(owner):
    weekly = svc.create_activity(svc.ActivityInput(kind="meeting", subject="Weekly review", due_at=_at(1404, 9, 8),
                                                   recurrence=Recurrence("week", 1)), tz=TEHRAN, now=_at(1404, 9, 1))
    done = svc.complete_activity(weekly.id, now=_at(1404, 9, 6), tz=TEHRAN)
    assert _jalali(done.next_occurrence.due_at) == (1404, 9, 15)
    # doing it twice makes no second copy
    assert svc.complete_activity(weekly.id, now=_at(1404, 9, 7), tz=TEHRAN).next_occurrence is None
    again = svc.reopen_activity(weekly.id, tz=TEHRAN)
    assert svc.complete_activity(again.id, now=_at(1404, 9, 7), tz=TEHRAN).next_occurrence is None
    assert Activity.select().where(Activity.series_uid == weekly.series_uid).count() == 2


def test_the_series_stops_at_its_end_date(owner):
    last_day = JalaliDate(1404, 8, 15).to_gregorian()
    activity = _monthly(owner, until=last_day)
    done = svc.complete_activity(activity.id, now=activity.due_at, tz=TEHRAN)
    assert _jalali(done.next_occurrence.due_at) == (1404, 7, 30)
    final = svc.complete_activity(done.next_occurrence.id, now=done.next_occurrence.due_at, tz=TEHRAN)
    assert final.next_occurrence is None  # 30 Aban is after 15 Aban


def test_an_all_day_daily_task_done_late_today_still_comes_today(owner):
    task = svc.create_activity(svc.ActivityInput(kind="task", subject="Back up the files", due_at=_at(1404, 9, 1),
                                                 all_day=True, recurrence=Recurrence("day", 1)),
                               tz=TEHRAN, now=_at(1404, 9, 1, 7))
    assert task.due_at == dt.datetime.combine(JalaliDate(1404, 9, 1).to_gregorian(), dt.time(), tzinfo=TEHRAN)
    done = svc.complete_activity(task.id, now=_at(1404, 9, 2, 15), tz=TEHRAN)
    assert _jalali(done.next_occurrence.due_at) == (1404, 9, 2)
    assert done.next_occurrence.all_day


def test_a_rule_needs_a_due_date_and_an_end_after_it(owner):
    with pytest.raises(svc.ValidationError) as refused:
        svc.create_activity(svc.ActivityInput(kind="task", subject="x", done=True,
                                              recurrence=Recurrence("week", 1)))
    assert [e.field for e in refused.value.errors] == ["recurrence"]
    with pytest.raises(svc.ValidationError) as refused:
        svc.create_activity(svc.ActivityInput(kind="task", subject="x", due_at=_at(1404, 9, 10),
                                              recurrence=Recurrence("week", 1, until=JalaliDate(1404, 9, 1)
                                                                    .to_gregorian())), tz=TEHRAN)
    assert [e.field for e in refused.value.errors] == ["recurrence_until"]
    assert Activity.select().count() == 0


def test_next_slot_says_what_doing_it_would_make_without_making_it(owner):
    activity = _monthly(owner)
    assert svc.next_slot(activity, now=activity.due_at, tz=TEHRAN)[0] == 1
    assert _jalali(svc.next_slot(activity, now=activity.due_at, tz=TEHRAN)[1]) == (1404, 7, 30)
    assert Activity.select().count() == 1
    done = svc.complete_activity(activity.id, now=activity.due_at, tz=TEHRAN)
    assert svc.next_slot(done.activity, now=activity.due_at, tz=TEHRAN) is None  # the next exists already


def test_undo_takes_back_an_untouched_next_occurrence_only(owner):
    activity = _monthly(owner)
    done = svc.complete_activity(activity.id, now=activity.due_at, tz=TEHRAN)
    assert svc.undo_completion(activity.id, done.next_occurrence.id, now=activity.due_at, tz=TEHRAN)
    assert svc.get_activity(activity.id).done_at is None
    assert Activity.get_by_id(done.next_occurrence.id).deleted_at is not None
    again = svc.complete_activity(activity.id, now=activity.due_at, tz=TEHRAN)
    svc.reschedule(again.next_occurrence.id, again.next_occurrence.due_at + dt.timedelta(hours=1), tz=TEHRAN)
    assert not svc.undo_completion(activity.id, again.next_occurrence.id, now=activity.due_at, tz=TEHRAN)
    assert Activity.get_by_id(again.next_occurrence.id).deleted_at is None  # someone moved it: it stays
    assert svc.get_activity(activity.id).done_at is None

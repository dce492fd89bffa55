"""The calendar (services/activities/calendar.py): Jalali and Gregorian month grids, weeks, titles, a
range's activities with the projected occurrences of repeating ones, the per-day cap of a busy month,
and moving an activity to another day or time."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from crm_desktop.services import weeks
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import calendar as cal
from crm_desktop.services.activities.recurrence import Recurrence, add_months
from crm_desktop.services.funnel.targets import month_bounds, month_of, period_label
from crm_desktop.services.local_time import local_day_start
from crm_desktop.text.jalali import JalaliDate

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
SAT, MON = weeks.SATURDAY, weeks.MONDAY


def _j(jy: int, jm: int, jd: int) -> dt.date:
    return JalaliDate(jy, jm, jd).to_gregorian()


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TEHRAN).astimezone(UTC)


def _plan(subject: str, due: dt.datetime, now: dt.datetime, **kw):
    kw.setdefault("kind", "call")
    return svc.create_activity(svc.ActivityInput(subject=subject, due_at=due, **kw), now=now, tz=TEHRAN)


def _local_days(entries) -> list[tuple[str, tuple[int, int, int], bool]]:
    out = []
    for e in entries:
        j = JalaliDate.from_gregorian(e.start.astimezone(TEHRAN).date())
        out.append((e.subject, (j.year, j.month, j.day), e.projected))
    return out


# -- grids and weeks --------------------------------------------------------------------------------

@pytest.mark.parametrize(("jy", "jm", "length"), [(1403, 12, 30), (1404, 12, 29), (1404, 1, 31), (1404, 9, 30)])
def test_a_jalali_month_grid_starts_on_saturday_and_covers_the_month(jy, jm, length):
    grid = cal.month_grid(jy, jm, "jalali", SAT)
    days = [day for week in grid for day in week]
    assert all(len(week) == 7 for week in grid)
    assert all(week[0].weekday() == SAT and week[6].weekday() == weeks.FRIDAY for week in grid)
    inside = [d for d in days if month_of(d, "jalali") == (jy, jm)]
    assert [JalaliDate.from_gregorian(d).day for d in inside] == list(range(1, length + 1))
    assert days == sorted(days) and (days[-1] - days[0]).days == len(days) - 1  # consecutive
    assert inside[0] in grid[0] and inside[-1] in grid[-1]  # no week of only other months
    assert month_bounds(jy, jm, "jalali") == (_j(jy, jm, 1), _j(jy, jm, length))


def test_esfand_1403_and_farvardin_1404_in_detail():
    esfand = cal.month_grid(1403, 12, "jalali", SAT)
    # 1 Esfand 1403 is Wednesday 19 Feb 2025: the first week starts on Saturday 15 Feb (26 Bahman)
    assert esfand[0][0] == dt.date(2025, 2, 15) and esfand[0][4] == _j(1403, 12, 1)
    assert esfand[-1][5] == _j(1403, 12, 30) == dt.date(2025, 3, 20)  # leap Esfand ends on a Thursday
    farvardin = cal.month_grid(1404, 1, "jalali", SAT)
    assert farvardin[0][6] == _j(1404, 1, 1) == dt.date(2025, 3, 21)  # Nowruz 1404 is a Friday: last column
    assert len(farvardin) == 6


def test_a_gregorian_month_grid_with_monday_first():
    grid = cal.month_grid(2025, 12, "gregorian", MON)
    assert grid[0][0] == dt.date(2025, 12, 1) and grid[0][0].weekday() == MON  # 1 Dec 2025 is a Monday
    assert grid[-1][-1] == dt.date(2026, 1, 4) and len(grid) == 5
    assert len(cal.month_grid(2021, 2, "gregorian", MON)) == 4  # Feb 2021 starts on a Monday: four rows


def test_weeks_start_days_weekends_and_moving_by_months():
    assert weeks.first_weekday("jalali", "en") == SAT and weeks.first_weekday("gregorian", "fa") == SAT
    assert weeks.first_weekday("gregorian", "en") == MON
    assert weeks.weekend(SAT) == {weeks.FRIDAY} and weeks.weekend(MON) == {weeks.SATURDAY, weeks.SUNDAY}
    week = cal.week_of(_j(1404, 9, 12), SAT)  # Wednesday 12 Azar
    assert week[0] == _j(1404, 9, 8) and week[-1] == _j(1404, 9, 14)
    assert cal.week_of(dt.date(2025, 12, 3), MON)[0] == dt.date(2025, 12, 1)
    assert add_months(_j(1404, 6, 31), 1, "jalali") == _j(1404, 7, 30)
    assert add_months(_j(1404, 1, 31), -1, "jalali") == _j(1403, 12, 30)  # leap Esfand
    assert add_months(dt.date(2025, 1, 31), 1, "gregorian") == dt.date(2025, 2, 28)
    assert month_of(_j(1404, 9, 12), "jalali") == (1404, 9)
    assert add_months(_j(1404, 12, 5), 1, "jalali") == _j(1405, 1, 5)  # across the year, both ways
    assert add_months(_j(1404, 1, 5), -1, "jalali") == _j(1403, 12, 5)


def test_titles_in_both_calendars_and_languages():
    assert period_label("month", 1404, 9, "jalali", lang="fa", digits="persian") == "آذر ۱۴۰۴"
    assert period_label("month", 2025, 12, "gregorian", lang="en", digits="latin") == "December 2025"
    assert period_label("month", 1404, 9, "jalali", lang="en", digits="latin") == "Azar 1404"
    week = cal.week_of(_j(1404, 9, 12), SAT)
    assert cal.range_title(week[0], week[-1], "jalali", language="en", digits="latin") == "8 to 14 Azar 1404"
    assert cal.range_title(_j(1404, 8, 29), _j(1404, 9, 5), "jalali", language="en", digits="latin") == \
        "29 Aban to 5 Azar 1404"
    assert cal.range_title(dt.date(2025, 12, 29), dt.date(2026, 1, 4), "gregorian", language="en",
                           digits="latin") == "29 December 2025 to 4 January 2026"
    persian = cal.range_title(week[0], week[-1], "jalali", language="fa", digits="persian")
    assert "۸" in persian and persian.endswith("۱۴ آذر ۱۴۰۴")
    # Gregorian months in Arabic are named in Arabic (one month-name rule: text.dates.month_name)
    arabic = cal.range_title(dt.date(2025, 12, 29), dt.date(2026, 1, 4), "gregorian", language="ar", digits="latin")
    assert arabic.startswith("29 ديسمبر 2025") and arabic.endswith("4 يناير 2026")
    assert period_label("month", 2025, 12, "gregorian", lang="ar", digits="latin") == "ديسمبر 2025"


# -- entries ----------------------------------------------------------------------------------------

NOW = _at(_j(1404, 9, 5), 8)  # Wednesday 5 Azar 1404 (26 Nov 2025), 08:00 Tehran


def test_a_range_holds_its_activities_and_projected_monthly_occurrences_clamped_at_month_ends(owner):
    rent = _plan("Pay the rent", _at(_j(1404, 6, 31), 10), _at(_j(1404, 6, 1), 8), kind="task",
                 recurrence=Recurrence("month", 1, calendar="jalali"))
    # done each month up to Mehr: the open occurrence is 30 Aban (Mehr and Aban have 30 days)
    rent = svc.complete_activity(rent.id, now=_at(_j(1404, 6, 31), 11), tz=TEHRAN).next_occurrence
    rent = svc.complete_activity(rent.id, now=_at(_j(1404, 7, 30), 11), tz=TEHRAN).next_occurrence
    assert rent.due_at == _at(_j(1404, 8, 30), 10)
    _plan("Visit Zagros", _at(_j(1404, 9, 10), 14), NOW, kind="meeting", duration_minutes=90)
    gone = _plan("Cancelled call", _at(_j(1404, 9, 11), 9), NOW)
    svc.delete_activity(gone.id)
    start, end = local_day_start(_j(1404, 8, 1), TEHRAN), local_day_start(_j(1405, 1, 1), TEHRAN)
    found = cal.entries(start, end, user_id=owner.id, now=NOW, tz=TEHRAN)
    assert _local_days(found) == [
        ("Pay the rent", (1404, 8, 30), False),
        ("Visit Zagros", (1404, 9, 10), False),
        ("Pay the rent", (1404, 9, 30), True),
        ("Pay the rent", (1404, 10, 30), True),
        ("Pay the rent", (1404, 11, 30), True),
        ("Pay the rent", (1404, 12, 29), True),  # 1404 is not leap: Esfand ends on the 29th
    ]
    projected = [e for e in found if e.projected]
    assert {e.activity_id for e in projected} == {rent.id}  # read-only: they point at the open occurrence
    assert [e.occurrence for e in projected] == [3, 4, 5, 6]
    assert all(not e.movable for e in projected) and found[1].movable
    assert all(e.start.astimezone(TEHRAN).time() == dt.time(10) for e in projected)
    assert found[1].end - found[1].start == dt.timedelta(minutes=90) and found[0].minutes == cal.DEFAULT_MINUTES
    # a deleted repeating activity projects nothing; another person's range is empty
    svc.delete_activity(rent.id)
    assert _local_days(cal.entries(start, end, user_id=owner.id, now=NOW, tz=TEHRAN)) == [
        ("Visit Zagros", (1404, 9, 10), False)]
    assert cal.entries(start, end, user_id=owner.id + 1000, now=NOW, tz=TEHRAN) == []


def test_filters_done_ones_and_kinds(owner):
    call = _plan("Call Ali", _at(_j(1404, 9, 3), 9), NOW)
    svc.complete_activity(call.id, now=NOW, tz=TEHRAN)
    _plan("Send the offer", _at(_j(1404, 9, 6), 0), NOW, kind="task", all_day=True)
    _plan("Meet Sara", _at(_j(1404, 9, 6), 11), NOW, kind="meeting")
    start, end = local_day_start(_j(1404, 9, 1), TEHRAN), local_day_start(_j(1404, 10, 1), TEHRAN)
    every = cal.entries(start, end, user_id=None, now=NOW, tz=TEHRAN)
    assert [e.subject for e in every] == ["Call Ali", "Send the offer", "Meet Sara"]  # all-day first on its day
    assert every[0].is_done
    assert [e.subject for e in cal.entries(start, end, user_id=None, include_done=False, tz=TEHRAN)] == [
        "Send the offer", "Meet Sara"]
    assert [e.subject for e in cal.entries(start, end, user_id=None, kinds=["meeting"], tz=TEHRAN)] == ["Meet Sara"]


def test_a_busy_month_reads_the_first_few_of_each_day_with_the_days_count(owner):
    day = _j(1404, 9, 10)
    for k in range(12):
        _plan(f"Call {k:02d}", _at(day, 8 + k // 4, (k % 4) * 15), NOW)
    _plan("All day", _at(day, 0), NOW, kind="task", all_day=True)
    _plan("Tomorrow", _at(day + dt.timedelta(days=1), 9), NOW)
    _plan("Daily", _at(day - dt.timedelta(days=2), 7), NOW, recurrence=Recurrence("day", 1))
    days = [day - dt.timedelta(days=3) + dt.timedelta(days=k) for k in range(7)]
    loaded = cal.load(days, user_id=owner.id, per_day=4, now=NOW, tz=TEHRAN)
    assert [e.subject for e in loaded.day(day)] == ["All day", "Daily", "Call 00", "Call 01"]
    assert loaded.day(day)[1].projected
    assert loaded.count(day) == 14 and loaded.more(day) == 10
    assert [e.subject for e in loaded.day(day + dt.timedelta(days=1))] == ["Daily", "Tomorrow"]
    assert loaded.count(days[0]) == 0 and loaded.day(days[0]) == []
    assert loaded.count(day - dt.timedelta(days=2)) == 1  # the open occurrence itself
    whole = cal.load(days, user_id=owner.id, now=NOW, tz=TEHRAN)
    assert whole.count(day) == 14 and len(whole.day(day)) == 14 and whole.more(day) == 0
    single = cal.load([day], user_id=owner.id, per_day=2, now=NOW, tz=TEHRAN)
    assert single.count(day) == 14 and len(single.day(day)) == 2


# -- moving -----------------------------------------------------------------------------------------

def test_moving_to_another_day_keeps_the_time_and_to_another_slot_keeps_the_day(owner):
    call = _plan("Call Ali", _at(_j(1404, 9, 10), 9, 30), NOW, remind_before=15)
    moved = cal.move(call.id, _j(1404, 9, 12), tz=TEHRAN)
    assert moved.due_at == _at(_j(1404, 9, 12), 9, 30)
    assert moved.remind_at == moved.due_at - dt.timedelta(minutes=15)  # the reminder follows
    moved = cal.move(call.id, new_time=dt.time(14, 45), tz=TEHRAN)
    assert moved.due_at == _at(_j(1404, 9, 12), 14, 45)
    moved = cal.move(call.id, _j(1404, 9, 13), dt.time(8), tz=TEHRAN)
    assert moved.due_at == _at(_j(1404, 9, 13), 8) and not moved.all_day


def test_moving_an_all_day_activity(owner):
    task = _plan("Send the contract", _at(_j(1404, 9, 10), 0), NOW, kind="task", all_day=True)
    moved = cal.move(task.id, _j(1404, 9, 14), tz=TEHRAN)
    assert moved.all_day and moved.due_at == local_day_start(_j(1404, 9, 14), TEHRAN)
    moved = cal.move(task.id, new_time=dt.time(11, 15), tz=TEHRAN)  # dropped on a time slot: timed now
    assert not moved.all_day and moved.due_at == _at(_j(1404, 9, 14), 11, 15)
    moved = cal.move(task.id, _j(1404, 9, 15), all_day=True, tz=TEHRAN)
    assert moved.all_day and moved.due_at == local_day_start(_j(1404, 9, 15), TEHRAN)

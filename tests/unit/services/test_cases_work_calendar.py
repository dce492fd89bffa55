"""The office's working calendar (services/cases/work_calendar.py): week, holidays, working-time
arithmetic. Dates used: 2024-05-01 is a Wednesday."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.db.models import Holiday
from crm_desktop.services import settings as office_settings
from crm_desktop.services.cases import work_calendar as wc
from crm_desktop.services.cases.work_calendar import WorkCalendar, WorkWeek, default_week
from crm_desktop.services.errors import ValidationError

from .conftest import audit_rows

TEH = dt.timezone(dt.timedelta(hours=3, minutes=30))  # Iran: no DST since 2022
UTC = dt.timezone.utc
FA = default_week("fa")
EN = default_week("en")


def teh(day: int, hour: int, minute: int = 0, month: int = 5) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute, tzinfo=TEH)


def fa_cal(*holidays: dt.date) -> WorkCalendar:
    return WorkCalendar(FA, holidays, TEH)


# --- the week -----------------------------------------------------------------------------------

def test_default_weeks():
    # Monday .. Sunday
    assert FA.hours == (((480, 960),), ((480, 960),), ((480, 960),), ((480, 720),), (), ((480, 960),),
                        ((480, 960),))
    assert EN.hours == (((540, 1020),),) * 5 + ((), ())
    assert default_week("ar") == EN
    assert (FA.weekly_minutes, EN.weekly_minutes) == (5 * 480 + 240, 5 * 480)


def test_the_week_follows_the_office_language_until_one_is_saved(owner):
    office_settings.set_setting(office_settings.PREFERENCE_KEY, {"language": "en"})
    assert wc.load_week() == EN
    office_settings.set_setting(office_settings.PREFERENCE_KEY, {"language": "fa"})
    assert wc.load_week() == FA
    split = WorkWeek((((480, 720), (780, 1020)),) * 5 + ((), ()))
    wc.save_week(split)
    assert wc.load_week() == split
    assert [(r.action, r.summary[:10]) for r in audit_rows("setting")][-1] == ("create", "{\"hours\": ")
    office_settings.set_setting(wc.WEEK_KEY, {"hours": "damaged"})
    assert wc.load_week() == FA


@pytest.mark.parametrize(("hours", "field", "message"), [
    ([((480, 480),)] + [()] * 6, "hours.0", wc.BAD_SPAN),
    ([((900, 1500),)] + [()] * 6, "hours.0", wc.BAD_SPAN),
    ([(), ((480, 720), (700, 960))] + [()] * 5, "hours.1", wc.OVERLAP),
    ([()] * 7, "hours", wc.NO_WORK),
])
def test_a_broken_week_is_refused(owner, hours, field, message):
    with pytest.raises(ValidationError) as caught:
        wc.save_week(WorkWeek(tuple(hours)))
    assert [(e.field, e.text) for e in caught.value.errors] == [(field, message)]
    assert office_settings.get_setting(wc.WEEK_KEY) is None


# --- holidays -----------------------------------------------------------------------------------

def test_holidays_are_added_listed_renamed_and_removed_with_audit(owner):
    nowruz = wc.add_holiday(dt.date(2025, 3, 21), "  Nowruz ")
    wc.add_holiday(dt.date(2025, 3, 22), "Nowruz 2")
    assert [(h.day, h.name) for h in wc.list_holidays()] == [(dt.date(2025, 3, 21), "Nowruz"),
                                                              (dt.date(2025, 3, 22), "Nowruz 2")]
    assert [h.name for h in wc.list_holidays(dt.date(2025, 3, 22), dt.date(2025, 12, 31))] == ["Nowruz 2"]
    wc.update_holiday(nowruz.id, dt.date(2025, 3, 20), "Eve")
    wc.remove_holiday(nowruz.id)
    assert [h.day for h in wc.list_holidays()] == [dt.date(2025, 3, 22)]
    assert [r.action for r in audit_rows("holiday")] == ["create", "create", "update", "delete"]


def test_a_day_already_a_holiday_is_refused(owner):
    wc.add_holiday(dt.date(2025, 4, 1), "Republic day")
    other = wc.add_holiday(dt.date(2025, 4, 2))
    for attempt in (lambda: wc.add_holiday(dt.date(2025, 4, 1), "again"),
                    lambda: wc.update_holiday(other.id, dt.date(2025, 4, 1))):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert [(e.field, e.text) for e in caught.value.errors] == [("day", wc.SAME_DAY)]
        assert str(caught.value) == "This day is already a holiday."
    with pytest.raises(ValidationError) as caught:
        wc.add_holiday(None)
    assert caught.value.errors[0].text == wc.NO_DAY


def test_a_removed_holiday_day_can_be_used_again(owner):
    first = wc.add_holiday(dt.date(2025, 4, 1), "old")
    wc.remove_holiday(first.id)
    again = wc.add_holiday(dt.date(2025, 4, 1), "new")  # the day is unique in the table: same row
    assert (again.id, again.name, again.deleted_at) == (first.id, "new", None)
    wc.remove_holiday(again.id)
    moved = wc.add_holiday(dt.date(2025, 4, 2), "moved")
    wc.update_holiday(moved.id, dt.date(2025, 4, 1), "moved")  # the removed row holding the day goes
    assert [(h.day, h.name) for h in wc.list_holidays()] == [(dt.date(2025, 4, 1), "moved")]
    assert Holiday.select().count() == 1


def test_without_an_office_language_the_users_language_decides(owner):
    office_settings.save_preferences(office_settings.Preferences.defaults("fa"), user_id=owner.id)
    assert wc.office_language() == "fa" and wc.load_week() == FA


def test_the_office_calendar_skips_its_holidays(owner):
    office_settings.set_setting(office_settings.PREFERENCE_KEY, {"language": "fa"})
    wc.add_holiday(dt.date(2024, 5, 2), "Thursday off")
    cal = wc.office_calendar(TEH)
    assert cal.tz is TEH and cal.holidays == {dt.date(2024, 5, 2)}
    assert cal.minutes_between(teh(1, 9), teh(4, 9)) == 480  # Wed 09-16 7 h, Thu holiday, Fri off, Sat 08-09
    assert isinstance(wc.office_calendar().tz, wc.LocalZone)


# --- working-time arithmetic --------------------------------------------------------------------

def test_a_wednesday_afternoon_case_with_eight_hours_is_due_saturday_11():
    # Wed 15:00-16:00 = 1 h, Thu 08:00-12:00 = 4 h (half day), Fri off, Sat 08:00-11:00 = 3 h: 8 h
    cal = fa_cal()
    due = cal.add_minutes(teh(1, 15), 480)
    assert due == teh(4, 11) and due.tzinfo == UTC
    assert cal.minutes_between(teh(1, 15), due) == 480
    # Thursday a holiday: Wed 1 h + Sat 08:00-15:00 7 h
    assert fa_cal(dt.date(2024, 5, 2)).add_minutes(teh(1, 15), 480) == teh(4, 15)


def test_minutes_between_across_weekend_half_day_and_outside_hours():
    cal = fa_cal()
    assert cal.minutes_between(teh(1, 9), teh(1, 10, 30)) == 90
    assert cal.minutes_between(teh(1, 6), teh(1, 20)) == 480  # before opening to after closing
    assert cal.minutes_between(teh(2, 11), teh(2, 15)) == 60  # Thursday closes at 12
    assert cal.minutes_between(teh(2, 13), teh(4, 7)) == 0  # Thursday afternoon to Saturday dawn
    assert cal.minutes_between(teh(3, 10), teh(4, 9)) == 60  # from Friday
    assert cal.minutes_between(teh(1, 12), teh(8, 12)) == 5 * 480 + 240  # a whole week
    assert cal.minutes_between(teh(4, 9), teh(1, 9)) == 0  # backwards
    assert cal.minutes_between(teh(1, 9, 0), teh(1, 9, 0) + dt.timedelta(seconds=119)) == 1


def test_add_minutes_lands_inside_working_time():
    cal = fa_cal()
    assert cal.add_minutes(teh(1, 15), 60) == teh(1, 16)  # the last minute of the day: 16:00, not Saturday
    assert cal.add_minutes(teh(1, 16), 1) == teh(2, 8, 1)
    assert cal.add_minutes(teh(3, 10), 1) == teh(4, 8, 1)  # Friday: the clock starts on Saturday
    assert cal.add_minutes(teh(3, 10), 0) == teh(3, 10)  # nothing to add: the moment itself
    with pytest.raises(ValueError):
        cal.add_minutes(teh(3, 10), -1)
    with pytest.raises(ValueError):
        WorkCalendar(WorkWeek(((),) * 7), [], TEH).add_minutes(teh(1, 9), 1)


def test_split_days_skip_the_lunch_break():
    lunch = WorkWeek((((480, 720), (780, 1020)),) * 5 + ((), ()))
    cal = WorkCalendar(lunch, [], TEH)  # 2024-05-06 is a Monday
    assert cal.minutes_between(teh(6, 11), teh(6, 14)) == 120  # 11-12 and 13-14
    assert cal.minutes_between(teh(6, 12, 15), teh(6, 12, 45)) == 0
    assert cal.add_minutes(teh(6, 11), 60) == teh(6, 12)
    assert cal.add_minutes(teh(6, 11), 61) == teh(6, 13, 1)
    assert cal.add_minutes(teh(6, 16), 120) == teh(7, 9)  # 16-17 Monday, 08-09 Tuesday


def test_a_span_to_midnight_joins_the_next_morning():
    night = WorkWeek((((1200, 1440),), ((0, 360),)) + ((),) * 5)  # Monday 20:00 .. Tuesday 06:00
    cal = WorkCalendar(night, [], TEH)
    assert cal.minutes_between(teh(6, 19), teh(7, 7)) == 600
    assert cal.add_minutes(teh(6, 23), 120) == teh(7, 1)


def test_the_table_grows_both_ways_over_years():
    cal = WorkCalendar(EN, [], UTC)
    monday_2020, monday_2030 = dt.datetime(2020, 1, 6, 9, tzinfo=UTC), dt.datetime(2030, 1, 7, 9, tzinfo=UTC)
    assert (monday_2030 - monday_2020).days == 522 * 7
    assert cal.minutes_between(monday_2030, monday_2030 + dt.timedelta(hours=1)) == 60
    assert cal.minutes_between(monday_2020, monday_2030) == 522 * 2400  # grown backwards
    # 522 full weeks from a Monday 09:00 end on the Friday 17:00 before 2030-01-07
    assert cal.add_minutes(monday_2020, 522 * 2400) == dt.datetime(2030, 1, 4, 17, tzinfo=UTC)
    # forwards: 40 weeks from Monday 2030-01-07 09:00 end 39 weeks and 4 days later at 17:00
    assert cal.add_minutes(monday_2030, 40 * 2400) == dt.datetime(2030, 10, 11, 17, tzinfo=UTC)


def test_a_dst_change_counts_real_working_time():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data")
    cal = WorkCalendar(EN, [], berlin)
    # Friday 2024-03-29 16:00 CET (15:00 UTC); Monday 2024-04-01 is on summer time (CEST, +2)
    friday = dt.datetime(2024, 3, 29, 16, tzinfo=berlin)
    due = cal.add_minutes(friday, 120)  # Fri 16-17, Mon 09-10 local
    assert due == dt.datetime(2024, 4, 1, 8, tzinfo=UTC) == dt.datetime(2024, 4, 1, 10, tzinfo=berlin)
    assert cal.minutes_between(friday, due) == 120
    # a night shift over the change: Sunday 00:00-06:00 local is only 5 real hours that night
    night = WorkCalendar(WorkWeek(((),) * 6 + (((0, 360),),)), [], berlin)
    assert night.minutes_between(dt.datetime(2024, 3, 30, 12, tzinfo=UTC), dt.datetime(2024, 4, 1, tzinfo=UTC)) == 300
    assert night.minutes_between(dt.datetime(2024, 3, 23, 12, tzinfo=UTC), dt.datetime(2024, 3, 25, tzinfo=UTC)) == 360


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_the_local_zone_follows_dst(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        zone = wc.LocalZone()
        assert dt.datetime(2024, 1, 10, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=1)
        assert dt.datetime(2024, 7, 10, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)
        local = dt.datetime(2024, 7, 10, 10, tzinfo=UTC).astimezone(zone)
        assert (local.hour, local.utcoffset()) == (12, dt.timedelta(hours=2))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# --- properties ---------------------------------------------------------------------------------

HOLIDAYS = (dt.date(2024, 3, 20), dt.date(2024, 3, 21), dt.date(2024, 4, 1), dt.date(2024, 6, 5))
PROPERTY_CAL = WorkCalendar(FA, HOLIDAYS, TEH)
moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 12, 31),
                       timezones=st.just(UTC))


def working_at(local: dt.datetime) -> bool:
    """Brute force: is the minute starting at ``local`` (Tehran wall time) working time?"""
    if local.date() in HOLIDAYS:
        return False
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in FA.hours[local.weekday()])


@settings(max_examples=150, deadline=None)
@given(moments, moments)
def test_adding_the_minutes_between_never_overshoots(t, u):
    m = PROPERTY_CAL.minutes_between(t, u)
    assert m >= 0
    assert PROPERTY_CAL.add_minutes(t, m) <= max(t, u)


@settings(max_examples=150, deadline=None)
@given(moments, st.integers(min_value=0, max_value=60 * 24 * 90))
def test_minutes_between_undoes_add_minutes(a, m):
    due = PROPERTY_CAL.add_minutes(a, m)
    assert PROPERTY_CAL.minutes_between(a, due) == m
    if m:  # a deadline lands inside working time: its last minute worked
        assert working_at((due - dt.timedelta(microseconds=1)).astimezone(TEH).replace(second=0, microsecond=0))


@settings(max_examples=40, deadline=None)
@given(st.datetimes(min_value=dt.datetime(2024, 3, 14), max_value=dt.datetime(2024, 4, 5)),
       st.integers(min_value=0, max_value=60 * 24 * 6))
def test_minutes_between_matches_a_minute_by_minute_count(start, length):
    start = start.replace(second=0, microsecond=0, tzinfo=TEH)
    expected = sum(working_at(start + dt.timedelta(minutes=i)) for i in range(length))
    assert PROPERTY_CAL.minutes_between(start, start + dt.timedelta(minutes=length)) == expected

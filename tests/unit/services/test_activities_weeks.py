"""One week rule (services/weeks.py) for the calendar, the team's workload and the complaint reports:
Saturday-first with the Jalali calendar or in Persian, Monday-first otherwise -- so a Persian office
dating in Gregorian sees the same weeks on its calendar and in its workload. And what a new activity
is checked for (services/activities/checks.py): the same before a form adds an unknown caller as when
the activity is written."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import weeks
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import calendar as cal
from crm_desktop.services.activities import workload
from crm_desktop.services.activities.checks import NO_SUBJECT, NOT_HAPPENED, ActivityInput, check, check_new, prepared
from crm_desktop.services.cases import stats, volume_forecast
from crm_desktop.services.cases.stats import CaseFilter
from crm_desktop.text import i18n

WEDNESDAY = dt.date(2025, 12, 3)  # 12 Azar 1404


@pytest.mark.parametrize(("calendar", "language", "first"), [
    ("jalali", "fa", dt.date(2025, 11, 29)),
    ("jalali", "en", dt.date(2025, 11, 29)),
    ("gregorian", "fa", dt.date(2025, 11, 29)),  # a Persian office dating in Gregorian: still Saturday
    ("gregorian", "en", dt.date(2025, 12, 1)),
])
def test_the_calendar_the_workload_and_the_case_reports_share_one_week(calendar, language, first):
    i18n.set_language(language)
    shown = cal.week_of(WEDNESDAY, weeks.first_weekday(calendar, language))  # what the calendar page draws
    assert shown[0] == first and shown[-1] == first + dt.timedelta(days=6)
    assert workload.week_of(WEDNESDAY, calendar) == workload.Period("week", shown[0], shown[-1])
    assert volume_forecast.week_start(WEDNESDAY, calendar) == first
    assert weeks.first_weekday(calendar) == weeks.first_weekday(calendar, language)  # the language spoken now
    days = stats.backlog_days(CaseFilter(first - dt.timedelta(days=7), WEDNESDAY), "week", calendar)
    assert days[0] == first - dt.timedelta(days=1) and days[-1] == WEDNESDAY  # a week's last day, then the end
    weekend = weeks.weekend(weeks.first_weekday(calendar, language))
    assert weekend == ({weeks.FRIDAY} if first.weekday() == weeks.SATURDAY else {weeks.SATURDAY, weeks.SUNDAY})


def test_a_logged_activity_with_no_subject_is_named_by_its_kind_before_and_when_written(owner):
    now = dt.datetime(2025, 12, 3, 6, 30, tzinfo=dt.timezone.utc)
    logged = ActivityInput(kind="call", direction="inbound", done=True, due_at=now - dt.timedelta(hours=1))
    assert [e.text for e in check(logged)] == [NO_SUBJECT]  # the raw input has no subject ...
    ready = prepared(logged)
    assert ready.subject == svc.default_subject("call", "inbound") and logged.subject == ""  # ... a copy is named
    assert check_new(ready, now) == []  # what a form checks before adding an unknown caller
    assert svc.create_activity(logged, now=now).subject == ready.subject  # and what is written
    planned = ActivityInput(kind="call", due_at=now + dt.timedelta(days=1))
    assert prepared(planned) is planned and [e.text for e in check_new(planned, now)] == [NO_SUBJECT]
    future = ActivityInput(kind="call", done=True, due_at=now + dt.timedelta(hours=2))
    assert [(e.field, e.text) for e in check_new(prepared(future), now)] == [("due_at", NOT_HAPPENED)]

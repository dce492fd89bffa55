"""The activities' demo data (services/demo/activities.py): every kind is there, every person has
something overdue, due today and coming up on the demo's "now", links to deals and cases are real,
each open deal's next step is its earliest open activity, repeating ones form series the recurrence
rules agree with, reminders are where the app would put them, and the same seed gives the same rows."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter, defaultdict

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Activity, AuditLog, Case, Contact, Deal, User
from crm_desktop.services import settings
from crm_desktop.services.activities import (
    activity_service,
    agenda,
    deal_steps,
    recurrence,
    reminders,
)
from crm_desktop.services.cases import work_calendar
from crm_desktop.services.demo import activities as demo_activities
from crm_desktop.services.demo import generator
from crm_desktop.services.demo.activity_history import History
from crm_desktop.services.local_time import LocalZone
from crm_desktop.services.progress import Cancelled, CancelToken
from crm_desktop.services.users import ensure_default_user
from crm_desktop.text.jalali import JalaliDate

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 3, 1, 8, 30, tzinfo=UTC)  # Saturday 1403/12/11, 12:00 in Tehran: the office is at work
PEOPLE = 400
PERSIAN = re.compile("[\u0600-\u06ff]")
SEED = 7


@pytest.fixture
def tehran(monkeypatch):
    """The computer's zone is Tehran's (the demo plans on local working hours)."""
    monkeypatch.setenv("TZ", "Asia/Tehran")
    time.tzset()
    yield LocalZone()
    monkeypatch.undo()
    time.tzset()


def build(language: str = "fa", seed: int = SEED) -> generator.DemoReport:
    settings.set_setting(settings.PREFERENCE_KEY, {"language": language,
                                                   "calendar": "jalali" if language == "fa" else "gregorian"})
    return generator.generate_demo(PEOPLE, seed=seed, language=language, now=NOW)


@pytest.fixture
def demo(owner, tehran):
    return build()


def _open():
    return Activity.select().where(Activity.done_at.is_null())


def test_the_demo_has_a_year_of_every_kind(demo):
    activities = list(Activity.select())
    assert demo.activities == len(activities) > PEOPLE * 3
    kinds = Counter(a.kind for a in activities)
    assert set(kinds) == {"call", "meeting", "task", "sms", "email", "note"}
    assert kinds["call"] == max(kinds.values())  # a small office mostly phones
    done = [a for a in activities if a.done_at is not None]
    assert 0.85 * len(activities) < len(done) < len(activities)
    assert all((a.done_at or NOW) <= NOW and a.created_at <= NOW and a.due_at is not None for a in activities)
    # the last twelve months (a deal's story may begin a little earlier, with the deal)
    assert min(a.due_at for a in done if a.deal_id is None) > NOW - dt.timedelta(days=366)
    calls = [a for a in done if a.kind == "call"]
    assert {a.direction for a in calls} == {"inbound", "outbound"}
    assert {a.outcome for a in calls} == {"answered", "no_answer", "busy", "left_message", "wrong_number"}
    assert all(a.duration_minutes and a.duration_minutes > 0 for a in calls if a.outcome == "answered")
    meetings = [a for a in done if a.kind == "meeting"]
    assert all(a.location and a.attendees and a.duration_minutes for a in meetings)
    assert all(a.body for a in meetings)  # the minutes
    assert all(PERSIAN.search(a.subject) for a in activities)
    assert len({a.subject for a in activities}) > 60  # varied, not one sentence a thousand times
    assert AuditLog.select().where(AuditLog.entity == "demo_activities").count() == 1


def test_done_activities_happen_at_work_and_after_the_person_was_added(demo, tehran):
    week = work_calendar.load_week()
    created = {cid: at for cid, at in Contact.select(Contact.id, Contact.created_at).tuples()}
    done = list(Activity.select().where(Activity.done_at.is_null(False) & (Activity.all_day == False)))  # noqa: E712
    at_work = 0
    for activity in done:
        local = activity.due_at.astimezone(tehran)
        spans = week.hours[local.weekday()]
        minute = local.hour * 60 + local.minute
        at_work += any(start <= minute < end for start, end in spans)
        if activity.contact_id is not None and activity.deal_id is None and activity.case_id is None:
            assert activity.due_at >= created[activity.contact_id], activity.id
    assert at_work > 0.95 * len(done)
    months = Counter((a.due_at.year, a.due_at.month) for a in done if a.due_at > NOW - dt.timedelta(days=360))
    assert len(months) >= 12 and months[(2025, 2)] > months[(2024, 4)]  # all year round, more lately


def test_every_person_has_overdue_today_and_upcoming_work(demo, tehran):
    users = list(User.select())
    assert len(users) == 5
    for user in users:
        day = agenda.agenda(user.id, now=NOW, tz=tehran)
        assert day.counts["overdue"] >= 1, user.username
        assert day.counts["today"] >= 2, user.username
        assert day.counts["upcoming"] >= 2, user.username
        assert day.counts["done_today"] >= 1, user.username
        for row in day.today:
            local = row.due_at.astimezone(tehran)
            assert local.date() == NOW.astimezone(tehran).date()
            assert row.all_day or (8 <= local.hour < 17 and row.due_at >= NOW)
    later = _open().where(Activity.due_at > NOW + dt.timedelta(days=8)).count()
    assert later > 5  # and more over the coming weeks


def test_links_to_people_deals_and_cases_are_real(demo):
    deals = {d.id: d for d in Deal.select()}
    cases = {c.id: c for c in Case.select()}
    contacts = {cid for (cid,) in Contact.select(Contact.id).tuples()}
    with_deal = with_case = 0
    for activity in Activity.select():
        if activity.contact_id is not None:
            assert activity.contact_id in contacts
        if activity.deal_id is not None:
            with_deal += 1
            deal = deals[activity.deal_id]
            assert (activity.contact_id, activity.organization_id) == (deal.contact_id, deal.organization_id) or (
                deal.organization_id is None and activity.contact_id == deal.contact_id)
            assert activity.due_at >= deal.created_at - dt.timedelta(minutes=1) or activity.done_at is None
        if activity.case_id is not None:
            with_case += 1
            case = cases[activity.case_id]
            assert activity.contact_id == case.contact_id and activity.assignee_id == case.assignee_id
            if activity.done_at is not None:
                assert case.opened_at <= activity.due_at <= case.resolved_at
    assert with_deal > 0.2 * Activity.select().count() and with_case >= 5
    follow_ups = list(Activity.select().where(Activity.follow_up_of.is_null(False)))
    assert follow_ups
    for follow in follow_ups:
        first = Activity.get_by_id(follow.follow_up_of_id)
        assert first.id < follow.id and first.done_at is not None and first.contact_id == follow.contact_id


def test_each_open_deals_next_step_is_its_earliest_open_activity(demo):
    open_deals = list(Deal.select().where(Deal.status == "open"))
    assert len(open_deals) > 10
    for deal in open_deals:
        assert deal.next_activity, deal.id
        assert deal_steps.earliest_open(deal.id) == (deal.next_activity, deal.next_activity_at), deal.id
        step = _open().where(Activity.deal == deal.id).order_by(Activity.due_at).first()
        assert step.assignee_id == deal.owner_id
    before = [(d.id, d.next_activity, d.next_activity_at) for d in Deal.select().order_by(Deal.id)]
    deal_steps.sync(*[d.id for d in Deal.select()])  # the app's own bookkeeping finds nothing to change
    assert [(d.id, d.next_activity, d.next_activity_at) for d in Deal.select().order_by(Deal.id)] == before
    overdue = [d for d in open_deals if d.next_activity_at < NOW]
    assert 0 < len(overdue) < len(open_deals)  # some deals wait on a step that is overdue
    assert not _open().where(Activity.deal.in_([d.id for d in Deal.select().where(Deal.status != "open")])).exists()


def test_repeating_activities_are_series_the_rules_agree_with(demo, tehran):
    series = defaultdict(list)
    for activity in Activity.select().where(Activity.series_uid != "").order_by(Activity.occurrence):
        series[activity.series_uid].append(activity)
    assert len(series) == 3
    by_unit = {}
    for rows in series.values():
        rule = activity_service.rule_of(rows[0])
        assert [r.done_at is None for r in rows].count(True) == 1 and rows[-1].done_at is None  # the next one
        assert rows[-1].due_at >= NOW - dt.timedelta(hours=1) or rows[-1].all_day
        for row in rows:
            assert row.series_start == rows[0].series_start and activity_service.rule_of(row) == rule
            assert row.due_at == recurrence.occurrence(rule, row.series_start, row.occurrence, tehran)
        by_unit[(rule.unit, rule.interval, rows[0].kind)] = rows
    meetings = by_unit[("week", 1, "meeting")]
    assert len(meetings) > 45 and all(m.due_at.astimezone(tehran).weekday() == 5 for m in meetings)  # Saturdays
    invoices = by_unit[("month", 1, "task")]
    days = [JalaliDate.from_gregorian(i.due_at.astimezone(tehran).date()).day for i in invoices]
    assert all(i.all_day and i.recurrence_calendar == "jalali" for i in invoices)
    assert {31, 30} <= set(days) <= {29, 30, 31} and len(invoices) >= 12  # the last day of every Jalali month
    calls = by_unit[("week", 2, "call")]
    assert calls[0].organization_id is not None

    # doing the open team meeting makes the occurrence the demo would have made next
    meeting = meetings[-1]
    done = activity_service.complete_activity(meeting.id, at=meeting.due_at + dt.timedelta(hours=1),
                                              now=meeting.due_at + dt.timedelta(hours=1), tz=tehran)
    assert done.next_occurrence.occurrence == meeting.occurrence + 1
    assert done.next_occurrence.due_at == meeting.due_at + dt.timedelta(weeks=1)


def test_reminders_are_where_the_app_puts_them(demo, tehran):
    pending = list(Activity.select().where(Activity.remind_at.is_null(False)))
    assert len(pending) > 20
    for activity in pending:
        assert activity.done_at is None
        assert activity.remind_at == activity_service.reminder_time(activity.due_at, activity.all_day,
                                                                    activity.remind_before, tehran)
    assert reminders.next_time(None) == min(a.remind_at for a in pending)
    assert 0 < reminders.due_count(None, NOW) < len(pending)  # a few show at start, most are still ahead
    summary = reminders.startup_summary(User.get(User.username == "sara").id, now=NOW, tz=tehran)
    assert summary.overdue >= 1 and summary.due_today >= 2


def test_the_demo_is_the_same_with_the_same_seed(tmp_path, tehran):
    def activities(name: str, seed: int) -> list[tuple]:
        open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            ensure_default_user()
            build(seed=seed)
            return list(Activity.select().order_by(Activity.id).tuples())
        finally:
            close_database()

    try:
        first, second = activities("a.sqlite3", SEED), activities("b.sqlite3", SEED)
        other = activities("c.sqlite3", SEED + 1)
    finally:
        database.initialize(None)
    assert first == second  # every column, uids and times included
    assert first != other


def test_an_english_demo_speaks_english(owner, tehran):
    report = build("en", seed=5)
    activities = list(Activity.select())
    assert report.activities == len(activities)
    assert not any(PERSIAN.search(a.subject) or a.subject[0].islower() for a in activities)
    assert not any(PERSIAN.search(d.next_activity) for d in Deal.select().where(Deal.status == "open"))
    invoices = Activity.select().where(Activity.recurrence_unit == "month").first()
    assert invoices.recurrence_calendar == "gregorian"
    meetings = Activity.select().where(Activity.subject == "Weekly sales team meeting")
    assert {m.due_at.astimezone(tehran).weekday() for m in meetings} == {0}  # Mondays


def test_cancel_during_the_activities_rolls_the_whole_demo_back(owner, counts, tehran, monkeypatch):
    before = counts()
    token = CancelToken()
    real = History.general

    def cancel_midway(self, count):
        real(self, count)
        token.cancel()

    monkeypatch.setattr(History, "general", cancel_midway)
    with pytest.raises(Cancelled):
        generator.generate_demo(PEOPLE, seed=SEED, now=NOW, cancel=token)
    assert counts() == before


def test_no_people_no_activities(owner):
    report = demo_activities.generate_activities(range(0), [owner.id], seed=SEED, now=NOW)
    assert report.activities == 0 and not Activity.select().exists()

"""``crm-desktop activities / activity-new / activity-done / log-call / workload`` as a script runs
them: my day as a table, planning with Jalali, Gregorian and "tomorrow" times, doing with a
follow-up and a repeating task's next occurrence, a call logged by phone, the team's workload, and
refusals as one line in the user's language with exit code 2 and nothing written."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.cli_activities import parse_when
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Activity, Contact, Deal
from crm_desktop.services import contacts
from crm_desktop.services.cases import case_service, setup
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.funnel import deals
from crm_desktop.services.local_time import LocalZone
from crm_desktop.services.users import ensure_default_user
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.text.messages import UserError
from tests.unit.test_cli import run

TZ = LocalZone()  # the commands run on the computer's clock and zone, as these tests do
PHONE = "0935 111 2233"


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def office(tmp_path) -> dict:
    """A database with one customer (a mobile), their open deal and their complaint."""
    path = str(tmp_path / "office.sqlite3")
    open_database(path)
    try:
        ensure_default_user()
        person = contacts.create_contact(contacts.ContactInput(first_name="Reza", last_name="Nouri",
                                                               points=[PointInput("mobile", PHONE)]))
        deal = deals.create_deal(deals.DealInput(title="Water purifiers", contact_id=person.id, amount=10))
        setup.ensure_defaults("en")
        case = case_service.create_case(case_service.CaseInput(subject="Heater leaks", contact_id=person.id))
        return {"db": path, "person": person.id, "deal": deal.id, "case": case.number}
    finally:
        close_database()


def _table(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.strip().splitlines()]


def _read(db: str, read):
    open_database(db)
    try:
        return read()
    finally:
        close_database()


def _activities(db: str) -> list[Activity]:
    return _read(db, lambda: list(Activity.select().order_by(Activity.id)))


def _tomorrow() -> dt.date:
    return dt.datetime.now(TZ).date() + dt.timedelta(days=1)


def test_plan_list_do_and_follow_up(home, office):
    db = office["db"]
    planned = run("activity-new", "call", "Call about the boiler", "--phone", "09351112233", "--due",
                  "tomorrow 10:30", "--remind", "15", "--db", db, home=home)
    assert planned.returncode == 0, planned.stderr
    assert "planned for" in planned.stdout and "Reza Nouri" in planned.stdout
    call = _activities(db)[0]
    assert call.contact_id == office["person"] and call.remind_before == 15 and call.direction == "outbound"
    assert call.due_at.astimezone(TZ).replace(tzinfo=None) == dt.datetime.combine(_tomorrow(), dt.time(10, 30))
    assert call.remind_at == call.due_at - dt.timedelta(minutes=15)

    day = _tomorrow() + dt.timedelta(days=1)
    jalali = JalaliDate.from_gregorian(day)
    meeting = run("activity-new", "meeting", "Demo at their office", "--deal-id", str(office["deal"]), "--due",
                  f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d} 11:00", "--db", db, home=home, lang="fa")
    assert meeting.returncode == 0, meeting.stderr
    assert "\u06f1\u06f1:\u06f0\u06f0" in meeting.stdout  # 11:00 in Persian digits
    found = _activities(db)[-1]
    assert found.deal_id == office["deal"] and found.contact_id == office["person"]  # the deal's customer
    assert found.due_at.astimezone(TZ).date() == day
    deal = _read(db, lambda: Deal.get_by_id(office["deal"]))
    assert (deal.next_activity, deal.next_activity_at) == ("Demo at their office", found.due_at)

    listed = _table(run("activities", "--everyone", "--db", db, home=home).stdout)
    assert listed[0] == ["ID", "Kind", "Due", "Subject", "Customer", "Assigned to", "State"]
    assert [row[3] for row in listed[1:]] == ["Call about the boiler", "Demo at their office"]  # upcoming, by time
    assert [row[1] for row in listed[1:]] == ["Call", "Meeting"] and {row[6] for row in listed[1:]} == {"Planned"}
    assert listed[1][4] == "Reza Nouri"
    assert run("activities", "--view", "overdue", "--db", db, home=home).stderr.strip() == "No activities to show."

    done = run("activity-done", str(call.id), "--outcome", "no_answer", "--notes", "Rang twice", "--follow-up-in",
               "3", "--db", db, home=home)
    assert done.returncode == 0, done.stderr
    assert f"Activity {call.id} \u201cCall about the boiler\u201d is done." in done.stdout and "Follow-up" in done.stdout
    rows = _activities(db)
    first, follow = rows[0], rows[-1]
    assert first.done_at is not None and first.outcome == "no_answer" and "Rang twice" in first.body
    assert first.remind_at is None
    assert follow.follow_up_of_id == first.id and follow.subject == first.subject and follow.done_at is None
    assert follow.due_at.astimezone(TZ).replace(tzinfo=None) == dt.datetime.combine(
        dt.datetime.now(TZ).date() + dt.timedelta(days=3), dt.time(10, 30))
    done_today = _table(run("activities", "--view", "done_today", "--db", db, home=home).stdout)
    assert [(row[0], row[6]) for row in done_today[1:]] == [(str(first.id), "Done")]

    again = run("activity-done", str(call.id), "--db", db, home=home)
    assert again.returncode == 2 and "was already done" in again.stderr and len(_activities(db)) == len(rows)


def test_a_repeating_task_makes_its_next_occurrence_on_the_jalali_month_end(home, office):
    db = office["db"]
    year = JalaliDate.from_gregorian(dt.date.today()).year + 1
    made = run("activity-new", "task", "Send the invoices", "--due", f"{year}/06/31", "--repeat", "month",
               "--db", db, home=home, lang="fa")
    assert made.returncode == 0, made.stderr
    task = _activities(db)[-1]
    assert task.all_day and (task.recurrence_unit, task.recurrence_interval, task.recurrence_calendar) == (
        "month", 1, "jalali")
    assert task.due_at.astimezone(TZ).date() == JalaliDate(year, 6, 31).to_gregorian()
    done = run("activity-done", str(task.id), "--db", db, home=home)
    assert done.returncode == 0, done.stderr and "The next one" in done.stdout
    following = _activities(db)[-1]
    assert following.series_uid == task.series_uid and following.occurrence == 1
    assert following.due_at.astimezone(TZ).date() == JalaliDate(year, 7, 30).to_gregorian()  # Mehr has 30 days


def test_a_call_logged_by_phone_is_done_and_moves_the_last_contact(home, office):
    db = office["db"]
    logged = run("log-call", "--phone", PHONE, "--direction", "in", "--minutes", "7", "--notes", "Asked for prices",
                 "--db", db, home=home)
    assert logged.returncode == 0, logged.stderr
    assert "logged with Reza Nouri: Talked." in logged.stdout
    call = _activities(db)[-1]
    assert (call.kind, call.direction, call.outcome, call.duration_minutes) == ("call", "inbound", "answered", 7)
    assert call.done_at is not None and call.subject == "Incoming call" and call.body == "Asked for prices"
    person = _read(db, lambda: Contact.get_by_id(office["person"]))
    assert person.last_interaction_at == call.due_at


def test_the_workload_counts_each_persons_activities(home, office):
    db = office["db"]
    for due in ("tomorrow 09:00", "2020-01-05 10:00"):
        assert run("activity-new", "task", "Prepare the quote", "--due", due, "--db", db, home=home).returncode == 0
    table = _table(run("workload", "--db", db, home=home).stdout)
    assert table[0][:5] == ["Person", "Open", "Overdue", "Due today", "Due this week"]
    assert table[0][5].startswith("Done in ")
    everyone = table[-1]
    assert everyone[0] == "Everyone" and everyone[1:3] == ["2", "1"]  # two open, the 2020 one overdue


@pytest.mark.parametrize(("args", "message"), [
    (("activity-new", "task", "X", "--due", "someday"), "\u201csomeday\u201d is not a date and time"),
    (("activity-new", "task", "X", "--due", "12/11/2025 10:30"), "is not a date and time"),  # day or month first?
    (("activity-new", "task", "X", "--due", "tomorrow 25:00"), "is not a date and time"),
    (("activity-new", "task", "X"), "A planned activity needs --due"),
    (("activity-new", "task", "X", "--due", "tomorrow", "--every", "2"), "--every and --until go with --repeat."),
    (("activity-new", "task", "X", "--due", "tomorrow", "--repeat", "week", "--until", "never"),
     "\u201cnever\u201d is not a date"),
    (("activity-new", "task", "X", "--due", "2025-12-11 10:30", "--repeat", "week", "--until", "2025-12-01"),
     "The repetition ends before it starts."),
    (("activity-new", "task", "X", "--due", "tomorrow", "--customer-id", "999"), "There is no customer with number 999."),
    (("activity-new", "task", "X", "--due", "tomorrow", "--phone", "0912 000 0000"),
     "No customer has the phone number 0912 000 0000."),
    (("activity-new", "task", "X", "--due", "tomorrow", "--deal-id", "999"), "There is no deal with number 999."),
    (("activity-new", "task", "X", "--due", "tomorrow", "--assignee", "nobody"), "There is no user \u201cnobody\u201d"),
    (("activity-new", "task", "X", "--due", "tomorrow", "--remind", "100000"), "A reminder comes between"),
    (("activity-new", "task", " ", "--due", "tomorrow"), "Enter what the activity is about."),
    (("activity-done", "999"), "There is no activity with number 999."),
    (("activity-done", "1", "--follow-up-in", "-1"), "--follow-up-in must be from 0 to 365 days."),
    (("log-call", "--customer-id", "1", "--minutes", "-3"), "--minutes must be 0 or more."),
    (("activities", "--user", "nobody"), "There is no user \u201cnobody\u201d"),
])
def test_refusals_are_one_line_with_exit_2_and_change_nothing(home, office, args, message):
    db = office["db"]
    assert run("activity-new", "call", "Keep", "--customer-id", str(office["person"]), "--due", "tomorrow 09:00",
               "--db", db, home=home).returncode == 0
    before = [(a.id, a.done_at, a.updated_at) for a in _activities(db)]
    refused = run(*args, "--db", db, home=home)
    assert refused.returncode == 2, refused.stderr
    assert message in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert "Traceback" not in refused.stderr
    assert [(a.id, a.done_at, a.updated_at) for a in _activities(db)] == before


def test_a_meeting_outcome_is_refused_and_the_activity_stays_open(home, office):
    db = office["db"]
    assert run("activity-new", "meeting", "Review", "--due", "tomorrow 11:00", "--db", db, home=home).returncode == 0
    meeting = _activities(db)[-1]
    refused = run("activity-done", str(meeting.id), "--outcome", "busy", "--follow-up-in", "2", "--db", db, home=home)
    assert refused.returncode == 2 and refused.stderr.strip() == "Only calls have an outcome."
    assert [(a.id, a.done_at) for a in _activities(db)] == [(meeting.id, None)]  # no follow-up either


def test_refusals_speak_persian(home, office):
    refused = run("activity-new", "call", "x", "--due", "tomorrow 10:00", "--case", "1405-99999",
                  "--db", office["db"], home=home, lang="fa")
    assert refused.returncode == 2 and "پرونده" in refused.stderr
    assert _activities(office["db"]) == []


def test_when_parses_jalali_gregorian_and_relative_times():
    tz = dt.timezone(dt.timedelta(hours=3, minutes=30))
    now = dt.datetime(2025, 12, 10, 21, 0, tzinfo=dt.timezone.utc)  # already 11 Dec 2025 (00:30) in Tehran
    assert parse_when("1404/09/20 10:30", now, tz) == (dt.datetime(2025, 12, 11, 10, 30, tzinfo=tz), False)
    assert parse_when("۱۴۰۴/۰۹/۲۰ ۱۰:۳۰", now, tz) == (dt.datetime(2025, 12, 11, 10, 30, tzinfo=tz), False)
    assert parse_when("2025-12-11 10:30", now, tz) == (dt.datetime(2025, 12, 11, 10, 30, tzinfo=tz), False)
    assert parse_when("tomorrow 10:00", now, tz) == (dt.datetime(2025, 12, 12, 10, 0, tzinfo=tz), False)
    assert parse_when("فردا ۹:۱۵", now, tz) == (dt.datetime(2025, 12, 12, 9, 15, tzinfo=tz), False)
    assert parse_when("Today", now, tz) == (dt.datetime(2025, 12, 11, 0, 0, tzinfo=tz), True)
    assert parse_when("1404/09/20", now, tz) == (dt.datetime(2025, 12, 11, 0, 0, tzinfo=tz), True)  # all day
    for bad in ("", "soon", "tomorrow at ten", "1404/09/32 10:00", "tomorrow 7"):
        with pytest.raises(UserError):
            parse_when(bad, now, tz)


def test_a_note_is_recorded_as_done_never_planned(home, office):
    db = office["db"]
    noted = run("activity-new", "note", "Met at the fair", "--customer-id", str(office["person"]), "--due",
                "2025-12-01 10:00", "--db", db, home=home)
    assert noted.returncode == 0, noted.stderr
    assert "recorded as done" in noted.stdout and "planned" not in noted.stdout
    [note] = _activities(db)
    assert note.done_at == note.due_at and note.due_at.astimezone(TZ).date() == dt.date(2025, 12, 1)
    later = run("activity-new", "note", "Not yet", "--due", "tomorrow 10:00", "--db", db, home=home)
    assert later.returncode == 2 and len(_activities(db)) == 1  # a note of tomorrow is refused, nothing written

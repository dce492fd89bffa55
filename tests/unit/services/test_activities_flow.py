"""Activities (services/activities): logging, scheduling, completing with a follow-up, rescheduling,
deleting; the rules an activity must meet; audit rows; the customer's last contact; the deal's next
step; the today view's sections and the reminder clock, with a controllable "now"."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from crm_desktop.db.models import Activity, Contact, Deal
from crm_desktop.services import contacts, organizations
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import agenda, deal_steps, reminders
from crm_desktop.services.activities import preferences as reminder_prefs
from crm_desktop.services.context import acting_as
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import deals

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 12, 3, 10, 0, tzinfo=TEHRAN).astimezone(UTC)  # Wednesday 12 Azar 1404, 10:00
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
MIN = dt.timedelta(minutes=1)


@pytest.fixture
def ali(owner):
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    return contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei",
                                                         organization_id=zagros.id))


def _plan(subject: str, due: dt.datetime, **kw) -> Activity:
    kw.setdefault("kind", "call")
    return svc.create_activity(svc.ActivityInput(subject=subject, due_at=due, **kw), now=NOW, tz=TEHRAN)


def test_logging_a_call_records_it_done_and_moves_the_last_contact(ali, owner, counts):
    call = svc.create_activity(svc.ActivityInput(kind="call", direction="inbound", outcome="answered",
                                                 duration_minutes=7, contact_id=ali.id, done=True,
                                                 due_at=NOW - 2 * H, body="Asked for the price list."),
                               now=NOW, tz=TEHRAN)
    assert call.subject == "Incoming call"
    assert call.done_at == NOW - 2 * H and call.due_at == NOW - 2 * H
    assert call.__data__["organization"] == ali.__data__["organization"]  # the person's company comes along
    assert call.__data__["assignee"] == owner.id and call.remind_at is None
    assert Contact.get_by_id(ali.id).last_interaction_at == NOW - 2 * H
    from tests.unit.services.conftest import audit_rows
    assert [a.action for a in audit_rows("activity")] == ["create"]


def test_a_scheduled_activity_reminds_before_it_is_due(ali):
    meeting = _plan("Demo at their office", NOW + 3 * H, kind="meeting", contact_id=ali.id, remind_before=30,
                    location="Tehran, Vanak sq.", attendees="Ali Rezaei\nSara Karimi", duration_minutes=90)
    assert meeting.remind_at == NOW + 3 * H - 30 * MIN
    assert meeting.location == "Tehran, Vanak sq." and meeting.done_at is None
    assert Contact.get_by_id(ali.id).last_interaction_at is None  # planned is not contact yet


def test_all_day_activities_start_their_day_and_remind_that_morning(ali):
    task = _plan("Send the contract", NOW + 2 * DAY, kind="task", all_day=True, remind_before=0)
    assert task.due_at.astimezone(TEHRAN) == dt.datetime(2025, 12, 5, 0, 0, tzinfo=TEHRAN)
    assert task.remind_at.astimezone(TEHRAN) == dt.datetime(2025, 12, 5, 8, 0, tzinfo=TEHRAN)


def test_what_an_activity_must_have(ali, counts):
    before = counts()
    cases = [
        (svc.ActivityInput(kind="call", subject=""), ["subject", "due_at"]),
        (svc.ActivityInput(kind="dance", subject="x", due_at=NOW), ["kind"]),
        (svc.ActivityInput(kind="task", subject="x", due_at=NOW, direction="inbound"), ["direction"]),
        (svc.ActivityInput(kind="meeting", subject="x", due_at=NOW, outcome="busy"), ["outcome"]),
        (svc.ActivityInput(kind="call", subject="x", due_at=NOW, outcome="angry"), ["outcome"]),
        (svc.ActivityInput(kind="call", subject="x", due_at=NOW, duration_minutes=-1), ["duration_minutes"]),
        (svc.ActivityInput(kind="call", subject="x", done=True, remind_before=10), ["remind_before"]),
        (svc.ActivityInput(kind="call", subject="x", due_at=NOW, contact_id=99999), ["contact_id"]),
        (svc.ActivityInput(kind="call", subject="x", done=True, done_at=NOW + DAY), ["done_at"]),
        (svc.ActivityInput(kind="call", subject="x" * 201, due_at=NOW), ["subject"]),
    ]
    for data, fields in cases:
        with pytest.raises(ValidationError) as refused:
            svc.create_activity(data, now=NOW, tz=TEHRAN)
        assert [e.field for e in refused.value.errors] == fields, data
    assert counts() == before


def test_complete_with_outcome_and_a_follow_up(ali):
    call = _plan("Call about the quote", NOW - H, contact_id=ali.id, remind_before=15)
    done = svc.complete_activity(call.id, outcome="no_answer", notes="Rang twice.", duration_minutes=0, now=NOW)
    assert done.activity.done_at == NOW and done.activity.outcome == "no_answer"
    assert done.activity.remind_at is None and done.next_occurrence is None
    assert done.activity.body == "Rang twice."
    follow = svc.create_activity(svc.follow_up_input(done.activity, due_at=NOW + DAY, subject="Try again"),
                                 now=NOW, tz=TEHRAN)
    assert follow.__data__["follow_up_of"] == call.id and follow.__data__["contact"] == ali.id
    assert [a.id for a in Activity.get_by_id(call.id).follow_ups] == [follow.id]
    with pytest.raises(ValidationError):
        svc.complete_activity(follow.id, outcome="shouting", now=NOW)
    assert Activity.get_by_id(follow.id).done_at is None  # the refused completion wrote nothing


def test_reschedule_moves_the_reminder_and_reopen_brings_it_back(ali):
    task = _plan("Prepare the offer", NOW + DAY, kind="task", remind_before=60)
    moved = svc.reschedule(task.id, NOW + 3 * DAY, tz=TEHRAN)
    assert moved.due_at == NOW + 3 * DAY and moved.remind_at == NOW + 3 * DAY - H
    svc.complete_activity(task.id, now=NOW)
    reopened = svc.reopen_activity(task.id, now=NOW, tz=TEHRAN)
    assert reopened.done_at is None and reopened.remind_at == NOW + 3 * DAY - H
    day = svc.reschedule(task.id, NOW + 4 * DAY, all_day=True, tz=TEHRAN)
    assert day.all_day and day.due_at.astimezone(TEHRAN).time() == dt.time(0)


def test_delete_and_restore(ali):
    task = _plan("Old promise", NOW + DAY, kind="task")
    svc.delete_activity(task.id)
    assert agenda.agenda(None, now=NOW, tz=TEHRAN).counts["upcoming"] == 0
    svc.restore_activity(task.id)
    assert agenda.agenda(None, now=NOW, tz=TEHRAN).counts["upcoming"] == 1


def test_my_day_sections(ali, owner, other_user):
    _plan("Yesterday's call", NOW - DAY, contact_id=ali.id)
    _plan("Call an hour ago", NOW - H)
    _plan("All-day today", NOW - 5 * H, kind="task", all_day=True)  # today's date: not overdue
    _plan("Meeting this afternoon", NOW + 4 * H, kind="meeting")
    _plan("Tomorrow", NOW + DAY, kind="task")
    _plan("Next week", NOW + 6 * DAY, kind="email")
    _plan("Too far", NOW + 30 * DAY, kind="task")
    sara_task = _plan("Sara's task", NOW + H, kind="task", assignee_id=other_user.id)
    logged = svc.create_activity(svc.ActivityInput(kind="note", subject="Talked at the fair", done=True,
                                                   due_at=NOW - 2 * H), now=NOW, tz=TEHRAN)
    mine = agenda.agenda(owner.id, now=NOW, tz=TEHRAN)
    assert [r.subject for r in mine.overdue] == ["Yesterday's call", "Call an hour ago"]
    assert [r.subject for r in mine.today] == ["All-day today", "Meeting this afternoon"]
    assert [r.subject for r in mine.upcoming] == ["Tomorrow", "Next week"]
    assert [r.id for r in mine.done_today] == [logged.id]
    assert mine.overdue[0].customer == "Ali Rezaei \u00b7 Zagros Trading"
    assert mine.counts == {"overdue": 2, "today": 2, "upcoming": 2, "done_today": 1}
    everyone = agenda.agenda(None, now=NOW, tz=TEHRAN)
    assert sara_task.id in [r.id for r in everyone.today] and everyone.counts["today"] == 3
    assert agenda.counts(other_user.id, now=NOW, tz=TEHRAN)["today"] == 1
    capped = agenda.agenda(owner.id, now=NOW, tz=TEHRAN, limit=1)
    assert len(capped.overdue) == 1 and capped.counts["overdue"] == 2


def test_reminders_follow_a_controllable_clock(ali, owner, other_user):
    a = _plan("Call Ali", NOW + H, contact_id=ali.id, remind_before=15)
    b = _plan("Meeting", NOW + 2 * H, kind="meeting", remind_before=60)
    _plan("No reminder", NOW + H)
    _plan("Sara's", NOW + H, assignee_id=other_user.id, remind_before=15)
    assert reminders.next_time(owner.id) == NOW + 45 * MIN  # a; b reminds at NOW + 1h
    assert reminders.due(owner.id, now=NOW + 44 * MIN) == []
    assert [r.id for r in reminders.due(owner.id, now=NOW + 45 * MIN)] == [a.id]
    assert [r.id for r in reminders.due(owner.id, now=NOW + H)] == [a.id, b.id]
    until = reminders.snooze([a.id], 10, now=NOW + H)
    assert until == NOW + H + 10 * MIN
    assert [r.id for r in reminders.due(owner.id, now=NOW + H)] == [b.id]
    assert reminders.next_time(owner.id) == NOW + H  # b's; a's snooze ends ten minutes later
    assert reminders.due_count(owner.id, now=NOW + H + 10 * MIN) == 2
    assert reminders.due_ids(owner.id, now=NOW + H + 10 * MIN) == [b.id, a.id]  # all of them, oldest first
    reminders.dismiss([b.id])
    assert [r.id for r in reminders.due(owner.id, now=NOW + 2 * H)] == [a.id]  # b stays open, silent
    svc.complete_activity(a.id, now=NOW + 2 * H)
    assert reminders.due(owner.id, now=NOW + 3 * H) == [] and reminders.next_time(owner.id) is None


def test_the_startup_summary_counts_what_is_overdue(ali, owner):
    for days in (3, 2, 1):
        _plan(f"Late {days}", NOW - days * DAY)
    _plan("Today", NOW + H)
    summary = reminders.startup_summary(owner.id, now=NOW, tz=TEHRAN, shown=2)
    assert summary.overdue == 3 and summary.due_today == 1
    assert [r.subject for r in summary.first] == ["Late 3", "Late 2"]


def test_a_deals_next_step_is_its_earliest_open_activity(ali, owner):
    deal = deals.create_deal(deals.DealInput(title="AC units", amount=5_000_000, contact_id=ali.id))
    first = _plan("Send the pre-invoice", NOW + 2 * DAY, kind="task", deal_id=deal.id)
    assert first.__data__["contact"] == ali.id  # the deal's customer
    second = _plan("Call to follow up", NOW + DAY, deal_id=deal.id)
    assert Deal.get_by_id(deal.id).next_activity == "Call to follow up"
    assert Deal.get_by_id(deal.id).next_activity_at == NOW + DAY
    svc.complete_activity(second.id, now=NOW)
    assert Deal.get_by_id(deal.id).next_activity == "Send the pre-invoice"
    svc.delete_activity(first.id)
    assert (Deal.get_by_id(deal.id).next_activity, Deal.get_by_id(deal.id).next_activity_at) == ("", None)


def test_a_next_step_typed_on_the_deal_becomes_a_task_for_its_owner(ali, owner, other_user):
    deal = deals.create_deal(deals.DealInput(title="Printer", amount=1, contact_id=ali.id, owner_id=other_user.id))
    day = dt.date(2025, 12, 10)
    task = svc.set_deal_next_step(deal.id, "Send the catalogue", day, remind_before=0, tz=TEHRAN)
    assert task.kind == "task" and task.all_day and task.__data__["assignee"] == other_user.id
    assert task.due_at.astimezone(TEHRAN).date() == day
    assert Deal.get_by_id(deal.id).next_activity == "Send the catalogue"
    call = svc.reschedule(task.id, dt.datetime(2025, 12, 10, 11, 30, tzinfo=TEHRAN), all_day=False, tz=TEHRAN)
    moved = svc.set_deal_next_step(deal.id, "Call about the catalogue", dt.date(2025, 12, 12), tz=TEHRAN)
    assert moved.id == call.id and moved.subject == "Call about the catalogue"
    assert moved.due_at.astimezone(TEHRAN) == dt.datetime(2025, 12, 12, 11, 30, tzinfo=TEHRAN)  # time kept
    assert svc.set_deal_next_step(deal.id, "", None) is None
    assert deal_steps.earliest_open(deal.id) == ("Call about the catalogue", moved.due_at)


def test_an_all_day_next_step_is_not_late_on_the_board_until_its_day_is_over(ali):
    deal = deals.create_deal(deals.DealInput(title="Heater", amount=1, contact_id=ali.id))
    svc.set_deal_next_step(deal.id, "Send quote", NOW.astimezone(TEHRAN).date(), tz=TEHRAN)
    step_at = Deal.get_by_id(deal.id).next_activity_at
    assert step_at.astimezone(TEHRAN) == dt.datetime(2025, 12, 3, 23, 59, 59, tzinfo=TEHRAN)
    assert step_at > NOW  # the board marks a next step overdue once this has passed
    assert [r.subject for r in agenda.agenda(None, now=NOW, tz=TEHRAN).today] == ["Send quote"]


def test_a_next_step_typed_before_activities_is_left_alone(ali):
    deal = deals.create_deal(deals.DealInput(title="Laptop", amount=1, contact_id=ali.id,
                                             next_activity="Visit", next_activity_at=NOW + DAY))
    note = svc.create_activity(svc.ActivityInput(kind="note", subject="Liked the model", done=True, deal_id=deal.id),
                               now=NOW, tz=TEHRAN)
    assert note.done_at == NOW
    assert Deal.get_by_id(deal.id).next_activity == "Visit"


def test_activities_are_attributed_to_who_acted(ali, owner, other_user):
    with acting_as(other_user.id):
        call = _plan("Sara calls", NOW + H)
    assert call.__data__["created_by"] == other_user.id and call.__data__["assignee"] == other_user.id


def test_reminder_preferences_per_user(owner, other_user):
    assert reminder_prefs.load(owner.id).remind_before == 15
    reminder_prefs.save(reminder_prefs.ReminderPrefs(remind_before=60, snooze_minutes=5, tray=False), owner.id)
    assert reminder_prefs.load(owner.id) == reminder_prefs.ReminderPrefs(60, 5, True, False, True)
    assert reminder_prefs.load(other_user.id).remind_before == 15
    with pytest.raises(ValidationError):
        reminder_prefs.save(reminder_prefs.ReminderPrefs(remind_before=7), owner.id)

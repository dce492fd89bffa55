"""A case's life through the services: numbering, routing on create, SLA deadlines on a known
working week, pauses while waiting for the customer, first response, resolution, reopen, rating,
notes and messages (the outbox), attachments, history, the queue's order and filters, search, and
the customer's timeline."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from crm_desktop.db.models import Case, CaseEvent, OutboxMessage
from crm_desktop.services import contacts, settings, timeline
from crm_desktop.services.cases import (case_service, conversation, customers, history, outbox, queue, routing, setup,
                                        sla, work_calendar, workflow)
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import targets

UTC = dt.timezone.utc
MON = dt.datetime(2024, 6, 3, 10, 0, tzinfo=UTC)  # a Monday, 10:00
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def office(owner, other_user, monkeypatch):
    """UTC office time, Monday to Friday 09:00-17:00; normal priority: answer in 2 working hours,
    resolve in 8 (one working day); Ali (mobile 0912 111 2233) is a customer."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "gregorian"})
    day = ((9 * 60, 17 * 60),)
    work_calendar.save_week(work_calendar.WorkWeek((day, day, day, day, day, (), ())))
    setup.ensure_defaults("en")  # as a session does: categories, a policy per priority, templates
    outbox.set_auto_events(dict.fromkeys(outbox.TEMPLATE_EVENTS, False))  # no automatic messages unless asked
    for policy in sla.list_policies():
        sla.delete_policy(policy.id)
    sla.create_policy(sla.PolicyInput(name="Normal", priority="normal", response_minutes=120, resolve_minutes=480))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei", points=[
        PointInput(kind="mobile", value="09121112233", is_primary=True)]))
    yield {"ali": ali.id, "me": owner.id, "sara": other_user.id}
    monkeypatch.delenv("TZ")
    time.tzset()


def _case(office, subject="Broken heater", at=MON, **kw) -> Case:
    data = case_service.CaseInput(subject=subject, contact_id=office["ali"], **kw)
    return case_service.create_case(data, at=at)


def test_numbers_follow_the_office_calendar_year(office):
    assert [_case(office).number for _ in range(2)] == ["2024-00001", "2024-00002"]
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "jalali"})
    # 2024-06-03 is 1403/03/14; the sequence starts again in the new year's numbering
    assert _case(office).number == "1403-00001"
    assert _case(office, at=dt.datetime(2025, 3, 21, 10, tzinfo=UTC)).number == "1404-00001"  # Nowruz 1404


def test_deadlines_run_in_working_hours_and_skip_the_weekend(office):
    friday_4pm = dt.datetime(2024, 6, 7, 16, 0, tzinfo=UTC)
    case = _case(office, at=friday_4pm)
    # 1 working hour left on Friday, then Monday 09:00: response 2h -> Monday 10:00, resolve 8h -> Monday 16:00
    assert case.response_due_at == dt.datetime(2024, 6, 10, 10, 0, tzinfo=UTC)
    assert case.resolve_due_at == dt.datetime(2024, 6, 10, 16, 0, tzinfo=UTC)
    assert case.due_at == case.response_due_at and case.status == "new"
    cal = work_calendar.office_calendar()
    assert sla.clock(case, friday_4pm + 30 * 60 * dt.timedelta(seconds=1), cal).state == "ok"
    assert sla.clock(case, dt.datetime(2024, 6, 10, 9, 40, tzinfo=UTC), cal).state == "at_risk"  # 20 of 120 left
    overdue = sla.clock(case, dt.datetime(2024, 6, 10, 11, 0, tzinfo=UTC), cal)
    assert (overdue.state, overdue.target, overdue.minutes_left) == ("overdue", "response", -60)


def test_waiting_for_the_customer_pauses_the_clock(office):
    case = _case(office)  # Monday 10:00: resolve by Tuesday 10:00
    workflow.set_status(case.id, "waiting", at=MON + H)  # asked the customer at 11:00
    paused = Case.get_by_id(case.id)
    assert paused.first_response_at == MON + H  # asking the customer answers them
    assert paused.due_at is None and paused.paused_at == MON + H
    # they answer Wednesday 12:00: waited 6h Monday + 8h Tuesday + 3h Wednesday = 17 working hours
    workflow.set_status(case.id, "in_progress", at=dt.datetime(2024, 6, 5, 12, 0, tzinfo=UTC))
    resumed = Case.get_by_id(case.id)
    # Tuesday 10:00 + 17 working hours = Tuesday 17:00 (7h) .. Wednesday (8h) .. Thursday 11:00 (2h)
    assert resumed.resolve_due_at == dt.datetime(2024, 6, 6, 11, 0, tzinfo=UTC)
    assert resumed.due_at == resumed.resolve_due_at and resumed.paused_at is None
    # a new priority re-times from the opening and keeps the wait
    sla.create_policy(sla.PolicyInput(name="High", priority="high", response_minutes=60, resolve_minutes=240))
    case_service.update_case(case.id, case_service.CaseInput(subject="Broken heater", contact_id=office["ali"],
                                                             priority="high"))
    retimed = Case.get_by_id(case.id)
    # Monday 14:00 + 17 working hours (the wait began before it) = Wednesday 15:00
    assert retimed.resolve_due_at == dt.datetime(2024, 6, 5, 15, 0, tzinfo=UTC)
    assert [e.title for e in history.entries(case.id, newest_first=False)][-1].startswith("Priority")


def test_resolve_needs_the_resolution_then_close_reopen_and_rate(office):
    case = _case(office)
    with pytest.raises(ValidationError) as refused:
        workflow.set_status(case.id, "resolved")
    assert refused.value.errors[0].field == "resolution"
    with pytest.raises(ValidationError):
        workflow.set_status(case.id, "closed")  # new -> closed skips the resolution
    workflow.set_status(case.id, "resolved", resolution="Replaced the thermostat", at=MON + 3 * H)
    resolved = Case.get_by_id(case.id)
    assert (resolved.resolved_at, resolved.first_response_at, resolved.due_at) == (MON + 3 * H, MON + 3 * H, None)
    assert sla.clock(resolved, MON + 5 * H, work_calendar.office_calendar()).state == "met"
    workflow.rate(case.id, 4, "Quick, thanks", at=MON + 3 * H + dt.timedelta(minutes=30))
    with pytest.raises(ValidationError):
        workflow.rate(case.id, 6)
    workflow.set_status(case.id, "closed", at=MON + 4 * H)
    reopened = workflow.reopen(case.id, "Broke again", at=MON + DAY)
    assert (reopened.status, reopened.reopen_count, reopened.resolved_at, reopened.closed_at) == ("new", 1, None, None)
    kinds = [e.kind for e in history.entries(case.id, newest_first=False)]
    assert kinds == ["created", "status", "rating", "status", "reopened"]


def test_routing_assigns_on_create_and_the_reason_is_kept(office):
    team = targets.create_team("Support")
    targets.add_member(team.id, office["sara"])
    routing.create_rule(routing.RuleInput(name="Walk-ins to support", channel="walk_in", team_id=team.id))
    routed = _case(office, channel="walk_in")
    assert (routed.__data__["assignee"], routed.__data__["team"], routed.status) == (office["sara"], team.id, "assigned")
    entries = history.entries(routed.id, newest_first=False)
    assert entries[1].kind == "routed" and "Walk-ins to support" in entries[1].body
    by_hand = _case(office, channel="walk_in", assignee_id=office["me"])  # chosen by hand: no routing
    assert by_hand.__data__["assignee"] == office["me"] and by_hand.routing_rule is None
    plain = _case(office, channel="phone")
    assert plain.__data__["assignee"] is None and plain.status == "new"
    workflow.assign(plain.id, office["me"])
    assert Case.get_by_id(plain.id).status == "assigned"


def test_messages_notes_and_the_outbox(office):
    outbox.set_auto_events({"received": True, "resolved": True})
    case = _case(office)
    received = OutboxMessage.select().where(OutboxMessage.case == case.id).get()
    assert received.to_address.endswith("9121112233") and case.number in received.body
    conversation.add_note(case.id, "Customer sounded upset; check the warranty", at=MON + H / 2)
    assert Case.get_by_id(case.id).first_response_at is None  # an internal note is not a response
    conversation.send_message(case.id, "We will visit tomorrow morning.", at=MON + H)
    assert Case.get_by_id(case.id).first_response_at == MON + H
    entries = history.entries(case.id, newest_first=False)
    assert [(e.kind, e.to_customer, e.automatic) for e in entries] == [
        ("created", False, False), ("message", True, True), ("note", False, False), ("message", True, False)]
    assert outbox.count_messages("queued", case_id=case.id) == 2
    with pytest.raises(ValidationError):
        conversation.add_note(case.id, "   ")


def test_attachments_are_kept_in_the_database(office, tmp_path):
    case = _case(office)
    photo = tmp_path / "heater.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    conversation.attach_file(case.id, photo)
    [info] = conversation.attachments(case.id)
    assert (info.file_name, info.size) == ("heater.jpg", 10)
    saved = conversation.save_attachment(info.id, tmp_path / "out.jpg")
    assert saved.read_bytes() == b"\xff\xd8 a photo"
    with pytest.raises(ValidationError) as missing:
        conversation.attach_file(case.id, tmp_path / "nope.pdf")
    assert missing.value.errors[0].params["file"] == "nope.pdf"
    conversation.remove_attachment(info.id)
    assert conversation.attachments(case.id) == []


def test_the_queue_puts_what_needs_action_first(office):
    now = dt.datetime(2024, 6, 4, 12, 0, tzinfo=UTC)  # Tuesday noon
    sla.create_policy(sla.PolicyInput(name="Urgent", priority="urgent", response_minutes=60, resolve_minutes=120))
    late = _case(office, "late", at=MON)  # response due Monday 12:00: overdue
    later_urgent = _case(office, "urgent overdue", at=MON + 4 * H, priority="urgent")  # due Monday 15:00: overdue
    soon = _case(office, "soon", at=now - H)  # response due Tuesday 13:00
    later = _case(office, "later", at=now)  # response due Tuesday 14:00
    waiting = _case(office, "waiting", at=MON)
    workflow.set_status(waiting.id, "waiting", at=MON + H)
    done = _case(office, "done", at=MON)
    workflow.set_status(done.id, "resolved", resolution="ok", at=MON + H)
    ids = list(queue.ordered_ids(queue.QueueFilter(now=now)))
    assert ids == [late.id, later_urgent.id, soon.id, later.id, waiting.id]
    overdue = queue.QueueFilter(view="overdue", now=now)
    assert list(queue.ordered_ids(overdue)) == [late.id, later_urgent.id] and queue.count(overdue) == 2
    closed = queue.QueueFilter(statuses=("resolved", "closed"), now=now)
    assert list(queue.ordered_ids(closed)) == [done.id]
    workflow.assign(soon.id, office["me"])
    assert list(queue.ordered_ids(queue.QueueFilter(view="mine", user_id=office["me"], now=now))) == [soon.id]
    assert office["me"] and queue.open_summary(office["me"], now)["unassigned"] == 4
    [row] = queue.rows([soon.id])
    assert (row.number, row.customer, row.assignee) == (soon.number, "Ali Rezaei", row.assignee)


def test_search_finds_cases_by_subject_number_customer_and_phone(office):
    heater = _case(office, "بخاری خراب است")
    _case(office, "Invoice question")
    for text in ("بخاري", heater.number, "Rezaei", "0912 111 2233", "۹۱۲۱۱۱۲۲۳۳"):
        found = list(queue.ordered_ids(queue.QueueFilter(text=text)))
        assert heater.id in found, text
    assert list(queue.ordered_ids(queue.QueueFilter(text="invoice"))) != [heater.id]
    case_service.delete_case(heater.id)
    assert list(queue.ordered_ids(queue.QueueFilter(text="بخاری"))) == []


def test_unknown_callers_become_customers(office):
    assert customers.find_by_phone("9121112233")[0].contact_id == office["ali"]
    assert customers.find_by_phone("09350000000") == []
    person = customers.quick_create("0935 000 0000")
    assert person.display_name == "Caller 0935 000 0000"
    assert customers.find_by_phone("+989350000000")[0].contact_id == person.id


def test_cases_on_the_customers_timeline(office):
    case = _case(office, "Heater leaks", channel="walk_in", kind="complaint")
    workflow.set_status(case.id, "resolved", resolution="Fixed the valve", at=MON + 2 * H)
    events = timeline.timeline(timeline.person_scope(office["ali"]), kinds=["case"])
    assert [e.title for e in events] == [f"Case {case.number} resolved: Heater leaks",
                                         f"Complaint {case.number} opened: Heater leaks"]
    assert events[0].body == "Fixed the valve" and events[1].body.startswith("By Walk-in")
    assert CaseEvent.select().where(CaseEvent.case == case.id).count() == 2


def test_the_profile_counts_open_and_overdue_cases(office):
    from crm_desktop.services import profile

    def figure() -> str:
        return next(f.value for f in profile.person(office["ali"]).figures if f.key == "open_cases")

    assert figure() == "0"
    old = _case(office, at=MON)  # overdue long ago (the clock is today's)
    _case(office, at=MON)
    workflow.set_status(old.id, "waiting", at=MON + H)  # paused: open, not overdue
    assert figure() == "2 (1 overdue)"

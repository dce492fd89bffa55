"""Activities on the customer timeline, in the profile header, and on their deal and case
(services/activities/timeline_events.py): titles of done, planned and overdue activities, the order,
a company's roll-up, deleted ones gone, other customers' never shown, hand-checked figures."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from crm_desktop.services import contacts, organizations, profile, timeline
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import timeline_events
from crm_desktop.services.cases import case_service
from crm_desktop.services.funnel import deals
from crm_desktop.text import i18n

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 12, 3, 10, 0, tzinfo=TEHRAN).astimezone(UTC)  # Wednesday 12 Azar 1404, 10:00
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def _add(**kw) -> int:
    return svc.create_activity(svc.ActivityInput(**kw), now=NOW, tz=TEHRAN).id


@pytest.fixture
def office(owner, other_user):
    """Zagros (a company) with Ali and Sara; Reza works elsewhere. Sara the user is assigned some.

    Ali:     outgoing call logged 2 h ago (talked, 7 min); meeting yesterday at Vanak office;
             incoming call 4 h ago with its own subject; call tomorrow (planned); task due 5 h ago
             (overdue); all-day task today (planned); a deleted call.
    Sara:    SMS sent 3 h ago.
    Zagros:  "Send the contract", due yesterday, done 1 h ago; a task in three days.
    Reza:    a call tomorrow and one logged an hour ago - never in Zagros' or Ali's timeline.
    """
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei",
                                                        organization_id=zagros.id)).id
    sara = contacts.create_contact(contacts.ContactInput(first_name="Sara", last_name="Karimi",
                                                         organization_id=zagros.id)).id
    reza = contacts.create_contact(contacts.ContactInput(first_name="Reza", last_name="Nouri")).id
    ids = {
        "zagros": zagros.id, "ali": ali, "sara": sara, "reza": reza,
        "call": _add(kind="call", direction="outbound", outcome="answered", duration_minutes=7, contact_id=ali,
                     done=True, due_at=NOW - 2 * H, body="Asked for the price list."),
        "meeting": _add(kind="meeting", subject="Meeting", location="Vanak office", contact_id=ali, done=True,
                        due_at=NOW - DAY, duration_minutes=60, assignee_id=other_user.id),
        "incoming": _add(kind="call", subject="Asked about delivery", direction="inbound", outcome="answered",
                         contact_id=ali, done=True, due_at=NOW - 4 * H),
        "planned": _add(kind="call", subject="Call about the quote", contact_id=ali, due_at=NOW + DAY),
        "overdue": _add(kind="task", subject="Send the catalogue", contact_id=ali, due_at=NOW - 5 * H),
        "today": _add(kind="task", subject="Print the offer", contact_id=ali, due_at=NOW, all_day=True),
        "deleted": _add(kind="call", subject="Wrong entry", contact_id=ali, due_at=NOW + 2 * H),
        "sms": _add(kind="sms", direction="outbound", contact_id=sara, done=True, due_at=NOW - 3 * H),
        "contract": _add(kind="task", subject="Send the contract", organization_id=zagros.id, due_at=NOW - DAY),
        "renewal": _add(kind="task", subject="Renew the support", organization_id=zagros.id, due_at=NOW + 3 * DAY),
        "reza_plan": _add(kind="call", subject="Call Reza", contact_id=reza, due_at=NOW + DAY),
        "reza_call": _add(kind="call", direction="outbound", contact_id=reza, done=True, due_at=NOW - H),
        "me": owner.full_name or owner.username, "sara_user": other_user.full_name,
    }
    svc.complete_activity(ids["contract"], now=NOW - H)
    svc.delete_activity(ids["deleted"])
    return ids


def _events(scope) -> list[tuple]:
    return [(e.ref[1], e.title) for e in timeline_events.events(scope, now=NOW, tz=TEHRAN)]


def test_a_persons_timeline_shows_their_activities_newest_first(office):
    o = office
    today_start = dt.datetime(2025, 12, 3, 0, 0, tzinfo=TEHRAN).astimezone(UTC)
    assert _events(timeline.person_scope(o["ali"])) == [
        (o["planned"], "Planned: Call about the quote"),  # tomorrow: on top
        (o["call"], "Outgoing call \u00b7 Talked \u00b7 7 min"),  # 2 h ago
        (o["incoming"], "Asked about delivery \u00b7 Incoming \u00b7 Talked"),  # 4 h ago
        (o["overdue"], "Overdue: Send the catalogue"),  # due 5 h ago
        (o["today"], "Planned: Print the offer"),  # all day today: not late until the day is over
        (o["meeting"], "Meeting at Vanak office \u00b7 60 min"),  # yesterday
    ]
    found = {e.ref[1]: e for e in timeline_events.events(timeline.person_scope(o["ali"]), now=NOW, tz=TEHRAN)}
    call, meeting, today = found[o["call"]], found[o["meeting"]], found[o["today"]]
    assert (call.at, call.kind, call.icon, call.body, call.actor, call.ref) == (
        NOW - 2 * H, "activity", "call", "Asked for the price list.", o["me"], ("activity", o["call"]))
    assert (meeting.icon, meeting.actor) == ("meeting", o["sara_user"])  # the assignee
    assert (today.at, today.icon) == (today_start, "task")


def test_a_companys_timeline_rolls_up_its_people_and_its_own(office):
    o = office
    events = timeline_events.events(timeline.company_scope(o["zagros"]), now=NOW, tz=TEHRAN)
    shown = [(e.ref[1], e.title, e.subject) for e in events]
    assert shown == [
        (o["renewal"], "Planned: Renew the support", ""),
        (o["planned"], "Planned: Call about the quote", "Ali Rezaei"),
        (o["contract"], "Task done: Send the contract", ""),  # done an hour ago, though due yesterday
        (o["call"], "Outgoing call \u00b7 Talked \u00b7 7 min", "Ali Rezaei"),
        (o["sms"], "SMS sent", "Sara Karimi"),
        (o["incoming"], "Asked about delivery \u00b7 Incoming \u00b7 Talked", "Ali Rezaei"),
        (o["overdue"], "Overdue: Send the catalogue", "Ali Rezaei"),
        (o["today"], "Planned: Print the offer", "Ali Rezaei"),
        (o["meeting"], "Meeting at Vanak office \u00b7 60 min", "Ali Rezaei"),
    ]
    assert not {o["deleted"], o["reza_plan"], o["reza_call"]} & {e.ref[1] for e in events}


def test_through_the_timeline_one_filter_entry_and_other_customers_never_appear(office):
    o = office
    assert ("activity", "Activities") in timeline.kinds()
    ali = timeline.timeline(timeline.person_scope(o["ali"]), kinds=["activity"])
    assert {e.ref[1] for e in ali} == {o[k] for k in ("planned", "call", "incoming", "overdue", "today", "meeting")}
    assert all(e.kind == "activity" for e in ali)
    everything = timeline.timeline(timeline.person_scope(o["ali"]))
    assert [e.ref for e in everything if e.kind == "activity"] == [e.ref for e in ali]  # merged, in time order
    reza = timeline.timeline(timeline.person_scope(o["reza"]), kinds=["activity"])
    assert [e.ref[1] for e in reza] == [o["reza_plan"], o["reza_call"]]
    sara = timeline.timeline(timeline.person_scope(o["sara"]), kinds=["activity"])
    assert [e.ref[1] for e in sara] == [o["sms"]]  # not the company's, not Ali's


def test_deleted_activities_vanish_and_come_back_when_restored(office):
    o = office
    scope = timeline.person_scope(o["ali"])
    svc.delete_activity(o["call"])
    assert o["call"] not in [ref for ref, _ in _events(scope)]
    svc.restore_activity(o["call"])
    assert o["call"] in [ref for ref, _ in _events(scope)]


def test_persian_titles(office):
    i18n.set_language("fa")
    title = dict(_events(timeline.person_scope(office["ali"])))[office["call"]]
    assert title != "Outgoing call \u00b7 Talked \u00b7 7 min" and "\u06f7" in title  # Persian words and digits


def test_open_activity_figures(office):
    o = office
    assert timeline_events.open_counts("contact", o["ali"], now=NOW, tz=TEHRAN) == (3, 1)
    assert timeline_events.open_counts("contact", o["sara"], now=NOW, tz=TEHRAN) == (0, 0)
    assert timeline_events.open_counts("organization", o["zagros"], now=NOW, tz=TEHRAN) == (4, 1)
    assert timeline_events.open_counts("contact", o["reza"], now=NOW, tz=TEHRAN) == (1, 0)
    # the day after: the all-day task and the planned call are late too
    assert timeline_events.open_counts("contact", o["ali"], now=NOW + DAY + H, tz=TEHRAN) == (3, 3)
    svc.complete_activity(o["overdue"], now=NOW)
    assert timeline_events.open_counts("contact", o["ali"], now=NOW, tz=TEHRAN) == (2, 0)
    # through the profile header (today's clock: everything planned in 2025 is late by now)
    figures = {f.key: (f.label, f.value) for f in profile.person(o["ali"]).figures}
    assert figures["open_activities"] == ("Open activities", "2 (2 overdue)")
    figures = {f.key: f.value for f in profile.company(o["zagros"]).figures}
    assert figures["open_activities"] == "3 (3 overdue)"


def test_a_deals_and_a_cases_activities(office):
    o = office
    deal = deals.create_deal(deals.DealInput(title="AC units", amount=5_000_000, contact_id=o["ali"])).id
    case = case_service.create_case(case_service.CaseInput(subject="Heater leaks", contact_id=o["ali"])).id
    later = _add(kind="task", subject="Send the pre-invoice", deal_id=deal, due_at=NOW + 2 * DAY)
    sooner = _add(kind="call", subject="Call to follow up", deal_id=deal, due_at=NOW + DAY)
    old = _add(kind="call", direction="outbound", deal_id=deal, done=True, due_at=NOW - 3 * DAY)
    recent = _add(kind="meeting", subject="Demo", deal_id=deal, done=True, due_at=NOW - DAY)
    gone = _add(kind="task", subject="Gone", deal_id=deal, due_at=NOW + H)
    svc.delete_activity(gone)
    on_case = _add(kind="call", subject="Ask for a photo", case_id=case, due_at=NOW + H)
    assert [r.id for r in timeline_events.for_deal(deal)] == [sooner, later, recent, old]
    assert [r.id for r in timeline_events.for_case(case)] == [on_case]
    assert timeline_events.for_case(case)[0].contact_id == o["ali"]  # the case's customer came along
    # a deal's and a case's activities are the customer's too
    assert {sooner, on_case} <= {ref for ref, _ in _events(timeline.person_scope(o["ali"]))}

"""Saving a deal from its form (services/activities/deal_form.py): the next step typed on the form
becomes the deal's earliest open activity, in the same transaction as the deal."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from crm_desktop.db.models import Activity, Deal
from crm_desktop.services import contacts
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import deal_steps
from crm_desktop.services.activities.deal_form import NextStep, save_deal
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import deals
from crm_desktop.services.local_time import local_date

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
DAY = dt.date(2025, 12, 10)


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei")).id


def test_a_new_deal_with_a_next_step_gets_an_all_day_task_for_its_owner(ali, other_user):
    deal = save_deal(None, deals.DealInput(title="AC units", contact_id=ali, owner_id=other_user.id,
                                           next_activity="ignored: the form's step is the NextStep"),
                     NextStep("Send the pre-invoice", DAY), remind_before=30, tz=TEHRAN)
    [task] = Activity.select().where(Activity.deal == deal.id)
    assert (task.kind, task.subject, task.all_day, task.remind_before) == ("task", "Send the pre-invoice", True, 30)
    assert task.__data__["assignee"] == other_user.id and local_date(task.due_at, TEHRAN) == DAY
    # on the board, an all-day step is late only once its day is over
    assert (deal.next_activity, deal.next_activity_at) == ("Send the pre-invoice",
                                                           deal_steps.step_time(task.due_at, True, TEHRAN))
    assert local_date(deal.next_activity_at, TEHRAN) == DAY


def test_no_step_or_an_unchanged_one_writes_no_activity(ali):
    deal = save_deal(None, deals.DealInput(title="Printer", contact_id=ali), NextStep("", None))
    save_deal(deal.id, deals.deal_input(deal), None)
    assert Activity.select().count() == 0 and deals.get_deal(deal.id).next_activity == ""


def test_emptying_a_step_typed_before_activities_clears_it(ali):
    deal = deals.create_deal(deals.DealInput(title="Laptop", contact_id=ali, next_activity="Visit",
                                             next_activity_at=dt.datetime(2025, 12, 1, tzinfo=dt.timezone.utc)))
    kept = save_deal(deal.id, deals.deal_input(deal), None)
    assert kept.next_activity == "Visit"  # not touched on the form: left as it was
    cleared = save_deal(deal.id, deals.deal_input(deal), NextStep("", None))
    assert (cleared.next_activity, cleared.next_activity_at) == ("", None) and Activity.select().count() == 0


def test_emptying_the_step_of_a_deal_with_open_activities_keeps_them(ali):
    deal = deals.create_deal(deals.DealInput(title="Desk", contact_id=ali))
    call = svc.create_activity(svc.ActivityInput(kind="call", subject="Call back", deal_id=deal.id,
                                                 due_at=dt.datetime(2025, 12, 9, 8, 0, tzinfo=dt.timezone.utc)))
    with pytest.raises(ValidationError):  # emptied: refused with a word on how to clear it, nothing lost
        save_deal(deal.id, deals.deal_input(deals.get_deal(deal.id)), NextStep("", None))
    saved = deals.get_deal(deal.id)
    assert saved.next_activity == "Call back" and deal_steps.earliest_open(deal.id)[0] == "Call back"
    moved = save_deal(deal.id, deals.deal_input(saved), NextStep("Call back about the desk", DAY), tz=TEHRAN)
    assert moved.next_activity == "Call back about the desk"
    assert svc.get_activity(call.id).subject == "Call back about the desk"
    assert Activity.select().count() == 1  # the same call moved, none added


def test_a_refused_step_saves_nothing(ali, counts):
    before = counts()
    with pytest.raises(ValidationError) as refused:
        save_deal(None, deals.DealInput(title="Chairs", contact_id=ali), NextStep("x" * 250, DAY))
    assert [e.field for e in refused.value.errors] == ["next_activity"]
    assert counts() == before and Deal.select().count() == 0


def test_a_step_that_is_an_open_activity_is_not_emptied_silently(ali):
    deal = save_deal(None, deals.DealInput(title="Boiler", contact_id=ali), NextStep("Call back", DAY), tz=TEHRAN)
    for step, message in ((NextStep("", None), "The next step is the open activity \u201cCall back\u201d"),
                          (NextStep("Call back", None), "Choose the day of the next step.")):
        with pytest.raises(ValidationError) as refused:
            save_deal(deal.id, deals.deal_input(deal), step, tz=TEHRAN)
        assert [e.field for e in refused.value.errors] == ["next_activity"]
        assert str(refused.value).startswith(message)
    assert deal_steps.earliest_open(deal.id)[0] == "Call back"  # nothing written

"""Deals on the customer timeline and in the profile header (services/funnel/timeline_events.py):
a person's own deals, a company's roll-up of its deals and its people's, hand-checked figures."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import contacts, organizations, profile, timeline
from crm_desktop.services.context import acting_as
from crm_desktop.services.funnel import choices, deals, pipelines
from crm_desktop.services.funnel import timeline_events  # noqa: F401 - registers the provider and the figures

T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
DAY = dt.timedelta(days=1)


def _deal(title: str, amount: int, at: dt.datetime, **kw) -> int:
    return deals.create_deal(deals.DealInput(title=title, amount=amount, **kw), at=at).id


@pytest.fixture
def office(owner, other_user):
    """Zagros (a company) with Ali and Sara; Reza works elsewhere.

    - "AC units" (Ali, 500M): opened T0, to proposal T0+3d by Sara the user, won T0+5d
    - "Printer" (Sara, 200M): opened T0+1d, lost T0+4d for "Price too high" with a note
    - "Support contract" (the company only, 100M): opened T0+2d, open
    - "Laptop" (Ali, 50M): opened T0+6d, open
    - "Water purifier" (Reza, 999M): opened T0, open - never in Zagros' timeline
    """
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei",
                                                        organization_id=zagros.id))
    sara = contacts.create_contact(contacts.ContactInput(first_name="Sara", last_name="Karimi",
                                                         organization_id=zagros.id))
    reza = contacts.create_contact(contacts.ContactInput(first_name="Reza", last_name="Nouri"))
    stages = pipelines.stages(pipelines.default_pipeline_id())
    price = choices.find_choice("lost_reason", "Price too high")
    ac = _deal("AC units", 500_000_000, T0, contact_id=ali.id)
    with acting_as(other_user.id):
        deals.move_deal(ac, stages[2].id, at=T0 + 3 * DAY)
    deals.win_deal(ac, at=T0 + 5 * DAY)
    printer = _deal("Printer", 200_000_000, T0 + DAY, contact_id=sara.id)
    deals.lose_deal(printer, price, "Bought a used one", at=T0 + 4 * DAY)
    support = _deal("Support contract", 100_000_000, T0 + 2 * DAY, organization_id=zagros.id)
    laptop = _deal("Laptop", 50_000_000, T0 + 6 * DAY, contact_id=ali.id)
    purifier = _deal("Water purifier", 999_000_000, T0, contact_id=reza.id)
    return {"zagros": zagros.id, "ali": ali.id, "sara": sara.id, "reza": reza.id, "ac": ac, "printer": printer,
            "support": support, "laptop": laptop, "purifier": purifier, "stages": stages,
            "me": owner.full_name or owner.username}


def _shown(events) -> list[tuple]:
    return [(e.at, e.title, e.body, e.actor, e.subject, e.ref) for e in events]


def test_a_persons_timeline_tells_their_deals_story(office):
    events = timeline.timeline(timeline.person_scope(office["ali"]), kinds=["deal"])
    ac, laptop, me = office["ac"], office["laptop"], office["me"]
    assert _shown(events) == [
        (T0 + 6 * DAY, "Deal opened: Laptop", "5,000,000 Toman \u00b7 First contact", me, "",
         ("deal", laptop)),
        (T0 + 5 * DAY, "Deal won: AC units", "50,000,000 Toman", me, "", ("deal", ac)),
        (T0 + 3 * DAY, "Deal moved from First contact to Proposal / pre-invoice: AC units", "", "Sara Ahmadi", "",
         ("deal", ac)),
        (T0, "Deal opened: AC units", "50,000,000 Toman \u00b7 First contact", me, "", ("deal", ac)),
    ]
    assert ("deal", "Deals") in timeline.kinds()


def test_a_companys_timeline_rolls_up_its_peoples_deals(office):
    events = timeline.timeline(timeline.company_scope(office["zagros"]), kinds=["deal"])
    shown = [(e.at, e.title, e.body, e.subject) for e in events]
    assert shown == [
        (T0 + 6 * DAY, "Deal opened: Laptop", "5,000,000 Toman \u00b7 First contact", "Ali Rezaei"),
        (T0 + 5 * DAY, "Deal won: AC units", "50,000,000 Toman", "Ali Rezaei"),
        (T0 + 4 * DAY, "Deal lost: Printer", "Reason: Price too high\nBought a used one", "Sara Karimi"),
        (T0 + 3 * DAY, "Deal moved from First contact to Proposal / pre-invoice: AC units", "", "Ali Rezaei"),
        (T0 + 2 * DAY, "Deal opened: Support contract", "10,000,000 Toman \u00b7 First contact", ""),
        (T0 + DAY, "Deal opened: Printer", "20,000,000 Toman \u00b7 First contact", "Sara Karimi"),
        (T0, "Deal opened: AC units", "50,000,000 Toman \u00b7 First contact", "Ali Rezaei"),
    ]
    # the rest of the timeline still comes along, newest first
    everything = timeline.timeline(timeline.company_scope(office["zagros"]))
    assert {e.kind for e in everything} >= {"deal", "history"}
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)


def test_a_reopened_deal_keeps_its_loss_without_the_cleared_reason(office):
    stages = office["stages"]
    deals.move_deal(office["printer"], stages[1].id, at=T0 + 8 * DAY)
    events = timeline.timeline(timeline.person_scope(office["sara"]), kinds=["deal"])
    assert [(e.title, e.body) for e in events] == [
        ("Deal reopened (Lost \u2192 Needs analysis): Printer", ""),
        ("Deal lost: Printer", ""),
        ("Deal opened: Printer", "20,000,000 Toman \u00b7 First contact"),
    ]


def test_deleted_deals_and_other_peoples_deals_stay_out(office):
    deals.delete_deal(office["laptop"])
    titles = {e.title for e in timeline.timeline(timeline.company_scope(office["zagros"]), kinds=["deal"])}
    assert "Deal opened: Laptop" not in titles and not any("Water purifier" in t for t in titles)
    assert timeline.timeline(timeline.Scope(), kinds=["deal"]) == []


def _figures(entity: str, record_id: int) -> dict[str, tuple[str, str]]:
    found = profile.person(record_id).figures if entity == "contact" else profile.company(record_id).figures
    # the queue's and the activities' figures: their own tests
    return {f.key: (f.label, f.value) for f in found if f.key not in ("open_cases", "open_activities")}


def test_profile_figures_for_a_person(office):
    assert _figures("contact", office["ali"]) == {
        "open_deals": ("Open deals", "1 \u00b7 5,000,000 Toman"),
        "won_value": ("Won deals (lifetime value)", "50,000,000 Toman"),
    }
    assert _figures("contact", office["reza"]) == {
        "open_deals": ("Open deals", "1 \u00b7 99,900,000 Toman"),
        "won_value": ("Won deals (lifetime value)", "0 Toman"),
    }


def test_profile_figures_for_a_company_roll_up_its_people(office):
    # open: the company's support contract and Ali's laptop; won: Ali's AC units; Sara's loss counts for nothing
    assert _figures("organization", office["zagros"]) == {
        "open_deals": ("Open deals", "2 \u00b7 15,000,000 Toman"),
        "won_value": ("Won deals (lifetime value)", "50,000,000 Toman"),
    }
    assert timeline_events.totals("organization", office["zagros"]) == {
        "open": (2, 150_000_000), "won": (1, 500_000_000), "lost": (1, 200_000_000)}


def test_figures_follow_the_language_and_the_money_unit(office):
    from crm_desktop.services import settings
    from crm_desktop.text import i18n

    prefs = settings.load_preferences()
    settings.save_preferences(settings.Preferences(prefs.language, prefs.calendar, prefs.digits, "rial"))
    i18n.set_language("fa")
    found = {f.key: f.value for f in profile.person(office["ali"]).figures}
    assert found["won_value"] == "\u06f5\u06f0\u06f0\u066c\u06f0\u06f0\u06f0\u066c\u06f0\u06f0\u06f0 ریال"
    assert found["open_deals"].startswith("\u06f1 ")

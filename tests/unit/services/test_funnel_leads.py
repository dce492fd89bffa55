"""Leads: capture, status, disqualification and conversion (services/funnel/leads.py)."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Contact, Deal, Lead, Organization
from crm_desktop.services import contacts
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import choices, deals, leads


def lead(**kw) -> Lead:
    data = dict(first_name="مریم", last_name="کاظمی", company_name="پخش البرز", phone="0912 111 2233",
                interest="نرم‌افزار حسابداری", source_id=choices.find_choice("source", "Instagram"))
    data.update(kw)
    return leads.create_lead(leads.LeadInput(**data))


def test_a_lead_needs_a_name_and_a_way_to_reach_it(owner):
    with pytest.raises(ValidationError) as error:
        leads.create_lead(leads.LeadInput(phone="", email="not-an-email"))
    assert {e.field for e in error.value.errors} == {"last_name", "email"}
    with pytest.raises(ValidationError) as error:
        leads.create_lead(leads.LeadInput(first_name="رضا"))
    assert [e.field for e in error.value.errors] == ["phone"]


def test_status_moves_and_disqualification_needs_a_reason(owner):
    item = lead()
    assert (item.status, item.phone_norm) == ("new", "+989121112233")
    assert leads.set_status(item.id, "contacted").status == "contacted"
    with pytest.raises(ValidationError):
        leads.set_status(item.id, "disqualified", "  ")
    gone = leads.set_status(item.id, "disqualified", "بودجه ندارد")
    assert (gone.status, gone.disqualify_reason) == ("disqualified", "بودجه ندارد")


def test_converting_makes_person_company_and_deal_in_one_step(owner):
    item = lead()
    result = leads.convert_lead(item.id, deal=deals.DealInput(amount=120_000_000))
    person = Contact.get_by_id(result.contact_id)
    assert (person.first_name, person.organization.name, person.lifecycle_stage) == ("مریم", "پخش البرز",
                                                                                      "opportunity")
    deal = Deal.get_by_id(result.deal_id)
    assert (deal.title, deal.amount, deal.__data__["lead"], deal.__data__["source"]) == (
        "نرم‌افزار حسابداری", 120_000_000, item.id, item.__data__["source"])
    assert deal.__data__["contact"] == person.id and deal.__data__["organization"] == person.__data__["organization"]
    converted = Lead.get_by_id(item.id)
    assert (converted.status, converted.__data__["contact"]) == ("converted", person.id)
    with pytest.raises(ValidationError):
        leads.convert_lead(item.id)


def test_a_lead_that_is_already_a_customer_links_to_them(owner):
    known = contacts.create_contact(contacts.ContactInput(
        first_name="مریم", last_name="کاظمی", points=[PointInput("mobile", "09121112233", is_primary=True)]))
    item = lead(company_name="")
    assert [(m.contact_id, m.key) for m in leads.matching_customers(item.id)] == [(known.id, "phone")]
    result = leads.convert_lead(item.id, deal=deals.DealInput())
    assert result.contact_id == known.id
    assert Contact.select().count() == 1 and Organization.select().count() == 0


def test_a_failed_conversion_leaves_nothing_behind(owner, counts, monkeypatch):
    item = lead()
    before = counts()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(deals, "create_deal", broken)
    with pytest.raises(RuntimeError):
        leads.convert_lead(item.id, deal=deals.DealInput(amount=1))
    assert counts() == before and Lead.get_by_id(item.id).status == "new"

"""Companies: create, update, soft delete, restore; validation; points; tags; people_of."""

from __future__ import annotations

import dataclasses

import pytest

from crm_desktop.db.models import Contact, ContactPoint, Organization, Tag, Tagging
from crm_desktop.services import contacts, organizations
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.text.collation import persian_sort_key
from tests.unit.services.conftest import audit_rows, company_national_id

NATIONAL_ID = company_national_id("1010123456")  # 10101234565


def company(**overrides) -> OrganizationInput:
    values = {"name": "بازرگانی آریا"}
    values.update(overrides)
    return OrganizationInput(**values)


def live_points(org_id: int) -> list[ContactPoint]:
    return list(ContactPoint.alive().where(ContactPoint.organization == org_id).order_by(ContactPoint.id))


def live_tag_names(org_id: int) -> set[str]:
    query = (Tag.select(Tag.name).join(Tagging)
             .where((Tagging.organization == org_id) & Tagging.deleted_at.is_null()))
    return {tag.name for tag in query}


def test_create_stores_tidied_fields(owner):
    org = organizations.create_organization(company(
        name="  صنايع   كاوه ", industry=" ساختمان ", website="www.kaveh.ir", city="تبریز",
        province="آذربایجان شرقی", national_id="۱۰۱۰-۱۲۳۴۵۶۵", economic_code="۴۱۱ ۱۱۱ ۱۱۱ ۱۱۱", notes=" خوب "))

    stored = Organization.get_by_id(org.id)
    assert stored.name == "صنايع كاوه"  # tidied, letters kept as typed
    assert stored.name_norm == "صنایع کاوه"
    assert stored.sort_key == persian_sort_key("صنايع كاوه")
    assert stored.industry == "ساختمان"
    assert stored.national_id == NATIONAL_ID  # digits only, ASCII
    assert stored.economic_code == "411111111111"
    assert stored.notes == "خوب"
    assert stored.owner_id == owner.id and stored.created_by_id == owner.id


@pytest.mark.parametrize(("data", "fields"), [
    (OrganizationInput(name="  "), {"name"}),
    (company(national_id="10101234566"), {"national_id"}),  # wrong check digit
    (company(national_id="1010123456"), {"national_id"}),  # 10 digits
    (company(national_id="0499370899"), {"national_id"}),  # a personal code is not a company ID
    (company(economic_code="123456789"), {"economic_code"}),  # 9 digits
    (company(economic_code="123456789012345"), {"economic_code"}),  # 15 digits
    (company(points=[PointInput("phone", "021 8888 7777"), PointInput("email", "info@")]), {"points.1"}),
    (company(points=[PointInput("phone", "12")]), {"points.0"}),
    (OrganizationInput(national_id="1", economic_code="1", points=[PointInput("mobile", "0912 12")]),
     {"name", "national_id", "economic_code", "points.0"}),
])
def test_invalid_input_is_refused_and_writes_nothing(owner, counts, data, fields):
    before = counts()
    with pytest.raises(ValidationError) as info:
        organizations.create_organization(data)
    assert {error.field for error in info.value.errors} == fields
    assert counts() == before


@pytest.mark.parametrize("code", ["4111111111", "41111111111111", "۴۱۱-۱۱۱-۱۱۱-۱"])
def test_economic_code_of_10_to_14_digits_is_accepted(owner, code):
    org = organizations.create_organization(company(economic_code=code))
    assert 10 <= len(Organization.get_by_id(org.id).economic_code) <= 14


def test_invalid_update_writes_nothing(owner, counts):
    org = organizations.create_organization(company(city="تهران"))
    before = counts()
    with pytest.raises(ValidationError):
        organizations.update_organization(org.id, company(city="قم", national_id="123"))
    assert counts() == before
    assert Organization.get_by_id(org.id).city == "تهران"


def test_update_points_and_tags(owner):
    org = organizations.create_organization(company(
        points=[PointInput("phone", "021-88887777"), PointInput("email", "info@arya.ir"),
                PointInput("website", "https://www.arya.ir/")],
        tags=["همکار", "عمده\u200cفروش"]))
    phone_id = next(p.id for p in live_points(org.id) if p.kind == "phone")
    assert {p.value_norm for p in live_points(org.id)} == {"+982188887777", "info@arya.ir", "arya.ir"}

    organizations.update_organization(org.id, company(
        points=[PointInput("phone", "+98 21 8888 7777"), PointInput("fax", "021 8888 7778")],
        tags=["همكار", "VIP"]))  # Arabic kaf: the same tag

    alive = live_points(org.id)
    assert [(p.kind, p.value_norm) for p in alive] == [("phone", "+982188887777"), ("fax", "+982188887778")]
    assert alive[0].id == phone_id and alive[0].value == "+98 21 8888 7777"
    assert ContactPoint.select().where(ContactPoint.organization == org.id).count() == 4  # 2 soft-deleted
    assert live_tag_names(org.id) == {"همکار", "VIP"}
    assert Tag.select().count() == 3


def test_same_update_twice_writes_no_second_audit_row(owner, counts):
    data = company(city="یزد", national_id=NATIONAL_ID, points=[PointInput("email", "a@b.ir")], tags=["VIP"])
    org = organizations.create_organization(data)
    organizations.update_organization(org.id, dataclasses.replace(data, city="کرمان"))
    stored = Organization.get_by_id(org.id).__data__.copy()
    before = counts()

    organizations.update_organization(org.id, dataclasses.replace(data, city="کرمان"))

    assert counts() == before
    assert Organization.get_by_id(org.id).__data__ == stored
    assert len(audit_rows("organization", "update")) == 1


def test_soft_delete_restore_and_not_found(owner, counts):
    org = organizations.create_organization(company())
    organizations.delete_organization(org.id)
    assert Organization.get_by_id(org.id).deleted_at is not None
    with pytest.raises(NotFoundError):
        organizations.get_organization(org.id)
    before = counts()
    with pytest.raises(NotFoundError):
        organizations.update_organization(org.id, company(city="قم"))
    with pytest.raises(NotFoundError):
        organizations.delete_organization(org.id)
    with pytest.raises(NotFoundError):
        organizations.restore_organization(424242)
    assert counts() == before

    organizations.restore_organization(org.id)
    assert organizations.get_organization(org.id).deleted_at is None
    assert [r.action for r in audit_rows("organization")] == ["create", "delete", "restore"]


def test_people_of_lists_live_people_in_persian_order(owner):
    org = organizations.create_organization(company())
    other = organizations.create_organization(company(name="گروه پارس"))

    def hire(first, last, org_id):
        return contacts.create_contact(ContactInput(first_name=first, last_name=last, organization_id=org_id))

    hire("یاسمن", "زارعی", org.id)
    hire("پویا", "احمدی", org.id)
    gone = hire("بابک", "امینی", org.id)
    hire("آرش", "ژیان", org.id)
    hire("چمنی", "", org.id)
    hire("سارا", "تهرانی", other.id)
    hire("امید", "نوری", None)
    contacts.delete_contact(gone.id)

    names = [p.display_name for p in organizations.people_of(org.id)]
    assert names == ["آرش ژیان", "پویا احمدی", "چمنی", "یاسمن زارعی"]  # Persian alphabet, not code points
    assert [p.display_name for p in organizations.people_of(other.id)] == ["سارا تهرانی"]


def test_deleting_a_company_keeps_its_people_linked(owner):
    org = organizations.create_organization(company())
    person = contacts.create_contact(ContactInput(first_name="رضا", organization_id=org.id))
    organizations.delete_organization(org.id)

    assert contacts.get_contact(person.id).organization_id == org.id
    organizations.restore_organization(org.id)
    assert [p.id for p in organizations.people_of(org.id)] == [person.id]
    assert Contact.alive().count() == 1

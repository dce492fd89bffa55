"""The customers list: one list of people and companies, filters, sorts, and pages read from
either end giving the same rows."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Contact
from crm_desktop.services import contacts, customer_list, organizations, tags
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.organizations import OrganizationInput

UTC = dt.timezone.utc


@pytest.fixture
def office(owner, other_user):
    company = organizations.create_organization(OrganizationInput(name="پخش البرز", city="تهران", tags=["VIP"]))
    people = {
        "zhaleh": contacts.create_contact(ContactInput(first_name="ژاله", last_name="محمدی", city="تهران",
                                                       lifecycle_stage="customer", organization_id=company.id,
                                                       points=[PointInput("mobile", "0912 345 6789"),
                                                               PointInput("email", "zh@x.ir")])).id,
        "zahra": contacts.create_contact(ContactInput(first_name="زهرا", last_name="کریمی", city="شیراز",
                                                      owner_id=other_user.id, tags=["VIP"])).id,
        "parviz": contacts.create_contact(ContactInput(first_name="پرویز", city="تهران", lifecycle_stage="customer")).id,
        "bahram": contacts.create_contact(ContactInput(first_name="بهرام", last_name="احمدی")).id,
    }
    return company, people


def names(f: ListFilter) -> list[str]:
    return [row.name for row in customer_list.page(f, 0, 100)]


def test_people_and_companies_in_persian_order(office):
    assert names(ListFilter()) == ["بهرام احمدی", "پخش البرز", "پرویز", "زهرا کریمی", "ژاله محمدی"]
    assert customer_list.count(ListFilter()) == 5
    assert names(ListFilter(descending=True)) == ["ژاله محمدی", "زهرا کریمی", "پرویز", "پخش البرز", "بهرام احمدی"]


def test_row_details(office, owner):
    company, people = office
    row = next(r for r in customer_list.page(ListFilter(), 0, 10) if r.id == people["zhaleh"] and r.kind == "contact")
    assert (row.company, row.phone, row.email, row.city, row.stage) == ("پخش البرز", "0912 345 6789", "zh@x.ir",
                                                                         "تهران", "customer")
    assert row.owner == owner.display_name and isinstance(row.created_at, dt.datetime)
    org = next(r for r in customer_list.page(ListFilter(kind="organization"), 0, 10))
    assert (org.kind, org.id, org.tags, org.company) == ("organization", company.id, ("VIP",), "")


@pytest.mark.parametrize(("f", "expected"), [
    (ListFilter(kind="contact"), ["بهرام احمدی", "پرویز", "زهرا کریمی", "ژاله محمدی"]),
    (ListFilter(kind="organization"), ["پخش البرز"]),
    (ListFilter(city="تهران"), ["پخش البرز", "پرویز", "ژاله محمدی"]),
    (ListFilter(stage="customer"), ["پرویز", "ژاله محمدی"]),  # a stage leaves companies out
    (ListFilter(stage="customer", kind="organization"), []),
    (ListFilter(text="كريمي"), ["زهرا کریمی"]),  # Arabic letters typed
    (ListFilter(text="0912 345"), ["ژاله محمدی"]),
    (ListFilter(text="البرز"), ["پخش البرز", "ژاله محمدی"]),  # the company, and its person
    (ListFilter(text="پ"), ["پخش البرز", "پرویز"]),  # one letter: names starting with it
    (ListFilter(text="ژاله مح"), ["ژاله محمدی"]),
])
def test_filters(office, f, expected):
    assert names(f) == expected
    assert customer_list.count(f) == len(expected)


def test_owner_and_tag_filters(office, owner, other_user):
    tag_id = next(t.id for t in tags.all_tags() if t.name == "VIP")
    assert names(ListFilter(tag_id=tag_id)) == ["پخش البرز", "زهرا کریمی"]
    assert names(ListFilter(owner_id=other_user.id)) == ["زهرا کریمی"]
    assert len(names(ListFilter(owner_id=owner.id))) == 4


def test_date_ranges_use_local_days(office):
    _, people = office
    day = dt.date(2025, 3, 21)
    noon = dt.datetime.combine(day, dt.time(12)).astimezone()
    Contact.update(created_at=noon).where(Contact.id == people["parviz"]).execute()
    contacts.touch_interaction(people["bahram"], noon)
    assert names(ListFilter(created_from=day, created_to=day)) == ["پرویز"]
    assert names(ListFilter(created_to=day)) == ["پرویز"]
    assert names(ListFilter(contacted_from=day, contacted_to=day + dt.timedelta(days=3))) == ["بهرام احمدی"]
    assert names(ListFilter(contacted_from=day + dt.timedelta(days=1))) == []


def test_recent_contact_first_and_never_contacted_last(office):
    _, people = office
    contacts.touch_interaction(people["zahra"], dt.datetime(2024, 1, 1, tzinfo=UTC))
    contacts.touch_interaction(people["parviz"], dt.datetime(2025, 1, 1, tzinfo=UTC))
    assert names(ListFilter(sort="recent", descending=True))[:2] == ["پرویز", "زهرا کریمی"]
    assert names(ListFilter(sort="recent"))[-2:] == ["زهرا کریمی", "پرویز"]


def test_newest_first(office):
    assert names(ListFilter(sort="newest", descending=True))[0] == "بهرام احمدی"


def test_deleted_records_are_not_listed(office):
    _, people = office
    contacts.delete_contact(people["bahram"])
    assert "بهرام احمدی" not in names(ListFilter())
    assert customer_list.count(ListFilter()) == 4


@pytest.mark.parametrize("sort", customer_list.SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_backwards_match_pages_read_forwards(owner, sort, descending):
    for i in range(37):
        contacts.create_contact(ContactInput(first_name=f"نفر{i % 7}", last_name=f"{i}"))
        if i % 3 == 0:
            organizations.create_organization(OrganizationInput(name=f"شرکت {i % 5}"))
    for i, contact in enumerate(Contact.select().order_by(Contact.id)):
        if i % 4:
            contacts.touch_interaction(contact.id, dt.datetime(2024, 1, 1 + i % 9, tzinfo=UTC))
    f = ListFilter(sort=sort, descending=descending)
    total = customer_list.count(f)
    forward = [(r.kind, r.id) for r in customer_list.page(f, 0, total)]
    assert len(forward) == total == 37 + 13
    for offset in (0, 5, 24, 25, 26, 40, 45, 49):
        chunk = [(r.kind, r.id) for r in customer_list.page(f, offset, 7, total=total)]
        assert chunk == forward[offset:offset + 7], offset


def test_cities_for_the_filter(office):
    assert customer_list.cities() == ["تهران", "شیراز"]

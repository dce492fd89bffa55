"""The home page figures."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db.connection import sqlite_file
from crm_desktop.db.migrations.runner import head_version
from crm_desktop.db.models import Contact
from crm_desktop.services import contacts, notes, organizations, tags
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.services.overview import overview
from tests.conftest import PG_URL

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


def _person(name: str, created: dt.datetime, **kwargs) -> Contact:
    contact = contacts.create_contact(ContactInput(first_name=name, **kwargs))
    Contact.update(created_at=created).where(Contact.id == contact.id).execute()
    return contact


def test_empty_database(owner):
    figures = overview(NOW)
    assert (figures.people, figures.companies, figures.notes, figures.tags,
            figures.people_added_last_30_days) == (0, 0, 0, 0, 0)
    assert figures.schema_version == head_version()


def test_figures_match_what_was_created(owner):
    org = organizations.create_organization(OrganizationInput(name="گروه آریا", tags=["همکار"]))
    organizations.create_organization(OrganizationInput(name="پخش مهر"))
    gone_org = organizations.create_organization(OrganizationInput(name="رفته"))
    organizations.delete_organization(gone_org.id)

    a = contacts.create_contact(ContactInput(first_name="علی", organization_id=org.id, tags=["VIP", "همکار"]))
    b = contacts.create_contact(ContactInput(first_name="سارا"))
    gone = contacts.create_contact(ContactInput(first_name="رفته"))
    contacts.delete_contact(gone.id)

    notes.add_note("یک", contact_id=a.id)
    notes.add_note("دو", contact_id=b.id)
    dropped = notes.add_note("سه", organization_id=org.id)
    notes.delete_note(dropped.id)
    tags.get_or_create_tag("بی\u200cاستفاده")

    figures = overview()
    assert figures.people == 2
    assert figures.companies == 2
    assert figures.notes == 2
    assert figures.tags == 3
    assert figures.people_added_last_30_days == 2


def test_people_added_last_30_days_uses_created_at(owner):
    _person("امروز", NOW - dt.timedelta(hours=1))
    _person("مرز", NOW - dt.timedelta(days=30) + dt.timedelta(seconds=1))
    _person("دیروز ماه پیش", NOW - dt.timedelta(days=30, seconds=1))
    old = _person("قدیمی", NOW - dt.timedelta(days=400))
    contacts.touch_interaction(old.id, NOW - dt.timedelta(days=1))  # recent activity does not make it new
    contacts.update_contact(old.id, ContactInput(first_name="قدیمی", city="تهران"))  # nor does an edit
    gone = _person("حذف شده", NOW - dt.timedelta(days=2))
    contacts.delete_contact(gone.id)

    figures = overview(NOW)
    assert figures.people == 4
    assert figures.people_added_last_30_days == 2
    assert overview(NOW + dt.timedelta(days=365)).people_added_last_30_days == 0
    assert overview(NOW - dt.timedelta(days=380)).people_added_last_30_days == 4  # all but the deleted one


def test_location_and_size(owner, db):
    figures = overview(NOW)
    path = sqlite_file(db)
    if PG_URL:
        assert path is None and figures.size_bytes is None
        assert figures.location.startswith("Postgresql") and db.database in figures.location
    else:
        assert figures.location == str(path)
        assert figures.size_bytes >= path.stat().st_size > 0

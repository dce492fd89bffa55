"""Stored sort keys follow the collation: a new SORT_KEY_VERSION recomputes them on open."""

from __future__ import annotations

from crm_desktop.db import derived_state
from crm_desktop.db.models import Contact, Organization
from crm_desktop.services import contacts, organizations, session, sort_keys
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.text.collation import SORT_KEY_VERSION, persian_sort_key


def test_stale_keys_are_recomputed_once(owner):
    person = contacts.create_contact(ContactInput(first_name="ژاله", last_name="محمدی"))
    company = organizations.create_organization(OrganizationInput(name="Atlas"))
    Contact.update(sort_key="stale").execute()
    Organization.update(sort_key="stale").execute()
    derived_state.set_version(derived_state.SORT_KEYS, SORT_KEY_VERSION - 1)
    assert sort_keys.ensure_current() is True
    assert Contact.get_by_id(person.id).sort_key == persian_sort_key("ژاله محمدی")
    assert Organization.get_by_id(company.id).sort_key == persian_sort_key("Atlas")
    assert sort_keys.ensure_current() is False


def test_prepare_brings_a_fresh_database_up_to_date(db):
    session.prepare()
    assert derived_state.stored_version(derived_state.SORT_KEYS) == SORT_KEY_VERSION
    assert sort_keys.ensure_current() is False


def test_persian_names_come_before_latin_ones(owner):
    for name in ("Adam", "پرویز", "Zoe", "آرش"):
        contacts.create_contact(ContactInput(first_name=name))
    names = [c.first_name for c in Contact.select().order_by(Contact.sort_key)]
    assert names == ["آرش", "پرویز", "Adam", "Zoe"]

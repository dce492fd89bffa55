"""Input the database could not hold, or that points at records that are gone, is refused with
a field-level message before anything is written (the same on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Tag
from crm_desktop.services import contacts, organizations, records, settings, tags
from crm_desktop.services.contact_points import PointInput, normalise_value
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.organizations import OrganizationInput


def _fields(error: ValidationError) -> list[str]:
    return [e.field for e in error.errors]


def test_a_missing_or_deleted_company_is_a_field_error(owner, counts):
    company = organizations.create_organization(OrganizationInput(name="Atlas"))
    records.soft_delete(type(company), company.id)
    before = counts()
    for org_id in (company.id, 999_999):
        with pytest.raises(ValidationError) as caught:
            contacts.create_contact(ContactInput(first_name="Ali", organization_id=org_id))
        assert _fields(caught.value) == ["organization_id"]
    assert counts() == before


def test_an_unknown_owner_is_a_field_error(owner):
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(ContactInput(first_name="Ali", owner_id=424_242))
    assert _fields(caught.value) == ["owner_id"]
    with pytest.raises(ValidationError) as caught:
        organizations.create_organization(OrganizationInput(name="Atlas", owner_id=424_242))
    assert _fields(caught.value) == ["owner_id"]


def test_text_longer_than_its_column_is_refused(owner, counts):
    before = counts()
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(ContactInput(first_name="ا" * 151, city="c" * 101, tags=["t" * 101],
                                             points=[PointInput("mobile", "09123456789", label="l" * 51)]))
    assert sorted(_fields(caught.value)) == ["city", "first_name", "points.0", "tags.0"]
    assert caught.value.errors[0].params["limit"] in {150, 100}
    with pytest.raises(ValidationError) as caught:
        organizations.create_organization(OrganizationInput(name="n" * 301))
    assert _fields(caught.value) == ["name"]
    assert counts() == before


def test_longest_allowed_values_are_stored(owner):
    person = contacts.create_contact(ContactInput(first_name="ا" * 150, last_name="ب" * 150))
    assert len(contacts.get_contact(person.id).first_name) == 150
    assert len(normalise_value("address", "خیابان " * 100)) == 300


def test_relinking_a_tag_restores_a_deleted_tag(owner):
    person = contacts.create_contact(ContactInput(first_name="Ali", tags=["VIP"]))
    tag = Tag.get(Tag.name == "VIP")
    records.soft_delete(Tag, tag.id)
    data = contacts.contact_input(contacts.get_contact(person.id))
    data.tags = ["VIP"]
    contacts.update_contact(person.id, data)
    assert Tag.get_by_id(tag.id).deleted_at is None
    assert [t.name for t in tags.tags_of(contacts.get_contact(person.id))] == ["VIP"]


def test_an_invalid_user_choice_falls_back_to_the_office_choice(owner):
    settings.set_setting(settings.PREFERENCE_KEY, {"language": "fa", "calendar": "jalali"})
    settings.set_setting(settings.PREFERENCE_KEY, {"language": "de", "calendar": "gregorian"}, user_id=owner.id)
    prefs = settings.load_preferences()
    assert prefs.language == "fa" and prefs.calendar == "gregorian"


def test_touching_an_interaction_moves_updated_at(owner):
    import datetime as dt

    person = contacts.create_contact(ContactInput(first_name="Ali"))
    before = contacts.get_contact(person.id).updated_at
    contacts.touch_interaction(person.id, dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1))
    assert contacts.get_contact(person.id).updated_at > before


def test_changing_only_phones_or_tags_moves_updated_at(owner):
    person = contacts.create_contact(ContactInput(first_name="Ali", points=[PointInput("mobile", "0912 345 6789")]))
    first = contacts.get_contact(person.id).updated_at
    data = contacts.contact_input(contacts.get_contact(person.id))
    contacts.update_contact(person.id, data)  # nothing changed
    assert contacts.get_contact(person.id).updated_at == first
    data.points.append(PointInput("email", "ali@example.com"))
    contacts.update_contact(person.id, data)
    second = contacts.get_contact(person.id).updated_at
    assert second > first
    data.tags = ["VIP"]
    contacts.update_contact(person.id, data)
    assert contacts.get_contact(person.id).updated_at > second

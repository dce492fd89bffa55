"""Notes on people and companies; the tag list."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crm_desktop.db.models import Contact, Note, Tag
from crm_desktop.services import contacts, notes, organizations, tags
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.organizations import OrganizationInput
from tests.unit.services.conftest import audit_rows

UTC = dt.timezone.utc


@pytest.fixture
def person(owner) -> Contact:
    return contacts.create_contact(ContactInput(first_name="مریم", last_name="صادقی"))


# --- notes ---------------------------------------------------------------------------------------


def test_add_note_stores_it_and_audits(owner, person):
    note = notes.add_note("  قیمت پرسید  \n", contact_id=person.id)

    stored = Note.get_by_id(note.id)
    assert stored.body == "قیمت پرسید"
    assert stored.contact_id == person.id and stored.organization_id is None
    assert stored.pinned is False
    assert stored.created_by_id == owner.id
    [row] = audit_rows("note")
    assert (row.action, row.record_id, row.user_id) == ("create", note.id, owner.id)
    assert json.loads(row.changes)["body"] == [None, "قیمت پرسید"]


def test_note_on_a_company(owner):
    org = organizations.create_organization(OrganizationInput(name="پخش البرز"))
    note = notes.add_note("قرارداد تمدید شد", organization_id=org.id, pinned=True)
    assert [n.id for n in notes.notes_of(organization_id=org.id)] == [note.id]
    assert notes.notes_of(contact_id=org.id) == []


def test_edit_note(owner, person):
    note = notes.add_note("اول", contact_id=person.id)
    notes.edit_note(note.id, "دوم", pinned=True)
    stored = Note.get_by_id(note.id)
    assert (stored.body, stored.pinned) == ("دوم", True)

    notes.edit_note(note.id, "سوم")  # pinned=None leaves it alone
    assert Note.get_by_id(note.id).pinned is True
    changes = [json.loads(r.changes) for r in audit_rows("note", "update")]
    assert changes == [{"body": ["اول", "دوم"], "pinned": [False, True]}, {"body": ["دوم", "سوم"]}]


def test_edit_note_without_change_writes_nothing(owner, person, counts):
    note = notes.add_note("همان", contact_id=person.id)
    stored = Note.get_by_id(note.id).__data__.copy()
    before = counts()
    notes.edit_note(note.id, " همان ", pinned=False)
    assert counts() == before
    assert Note.get_by_id(note.id).__data__ == stored


def test_delete_note_is_soft(owner, person):
    keep = notes.add_note("بماند", contact_id=person.id)
    gone = notes.add_note("برود", contact_id=person.id)
    notes.delete_note(gone.id)

    assert Note.get_by_id(gone.id).deleted_at is not None
    assert [n.id for n in notes.notes_of(contact_id=person.id)] == [keep.id]
    assert [r.action for r in audit_rows("note") if r.record_id == gone.id] == ["create", "delete"]
    with pytest.raises(NotFoundError):
        notes.edit_note(gone.id, "دوباره")
    with pytest.raises(NotFoundError):
        notes.delete_note(gone.id)


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_empty_note_is_refused(owner, person, counts, body):
    before = counts()
    with pytest.raises(ValidationError) as info:
        notes.add_note(body, contact_id=person.id)
    assert [e.field for e in info.value.errors] == ["body"]
    note = notes.add_note("x", contact_id=person.id)
    with pytest.raises(ValidationError):
        notes.edit_note(note.id, body)
    assert Note.get_by_id(note.id).body == "x"
    assert counts()["note"] == before["note"] + 1


def test_note_must_belong_to_exactly_one_record(owner, person, counts):
    org = organizations.create_organization(OrganizationInput(name="گروه سپید"))
    before = counts()
    with pytest.raises(ValueError):
        notes.add_note("هر دو", contact_id=person.id, organization_id=org.id)
    with pytest.raises(ValueError):
        notes.add_note("هیچ کدام")
    assert counts() == before


def test_note_on_a_deleted_or_missing_record_is_refused(owner, person, counts):
    org = organizations.create_organization(OrganizationInput(name="گروه سپید"))
    contacts.delete_contact(person.id)
    organizations.delete_organization(org.id)
    before = counts()
    for kwargs in ({"contact_id": person.id}, {"organization_id": org.id}, {"contact_id": 999}):
        with pytest.raises(NotFoundError):
            notes.add_note("دیر شد", **kwargs)
    assert counts() == before
    assert Contact.get_by_id(person.id).last_interaction_at is None


def test_notes_of_pinned_first_then_newest_first(owner, person):
    old = notes.add_note("قدیمی", contact_id=person.id)
    pinned_old = notes.add_note("سنجاق قدیمی", contact_id=person.id, pinned=True)
    new = notes.add_note("جدید", contact_id=person.id)
    pinned_new = notes.add_note("سنجاق جدید", contact_id=person.id, pinned=True)
    other = contacts.create_contact(ContactInput(first_name="دیگری"))
    notes.add_note("مال دیگری", contact_id=other.id)
    stamps = {old.id: dt.datetime(2024, 1, 1, tzinfo=UTC), pinned_old.id: dt.datetime(2024, 1, 2, tzinfo=UTC),
              new.id: dt.datetime(2024, 3, 1, tzinfo=UTC), pinned_new.id: dt.datetime(2024, 2, 1, tzinfo=UTC)}
    for note_id, when in stamps.items():  # make the order independent of how fast the test ran
        Note.update(created_at=when).where(Note.id == note_id).execute()

    assert [n.id for n in notes.notes_of(contact_id=person.id)] == [pinned_new.id, pinned_old.id, new.id, old.id]


def test_notes_made_in_the_same_instant_come_newest_first(owner, person):
    first = notes.add_note("یک", contact_id=person.id)
    second = notes.add_note("دو", contact_id=person.id)
    third = notes.add_note("سه", contact_id=person.id)
    same = dt.datetime(2024, 1, 1, tzinfo=UTC)  # a coarse clock (Windows) gives equal stamps
    Note.update(created_at=same).execute()
    assert [n.id for n in notes.notes_of(contact_id=person.id)] == [third.id, second.id, first.id]


def test_a_note_updates_last_interaction(owner, person):
    note = notes.add_note("تماس", contact_id=person.id)
    assert Contact.get_by_id(person.id).last_interaction_at == Note.get_by_id(note.id).created_at

    future = dt.datetime.now(UTC) + dt.timedelta(days=3)
    contacts.touch_interaction(person.id, future)
    notes.add_note("بعدی", contact_id=person.id)  # older than the stored moment: no step back
    assert Contact.get_by_id(person.id).last_interaction_at == future


def test_company_note_does_not_touch_its_people(owner):
    org = organizations.create_organization(OrganizationInput(name="پخش کیمیا"))
    person = contacts.create_contact(ContactInput(first_name="سینا", organization_id=org.id))
    notes.add_note("جلسه", organization_id=org.id)
    assert Contact.get_by_id(person.id).last_interaction_at is None


# --- tags ----------------------------------------------------------------------------------------


def test_all_tags_in_persian_alphabetical_order(owner):
    for name in ("گل", "یاس", "پارس", "ب", "ژاله", "چای", "آب", "زرد", "كاج", "Zebra", "apple", "۱۴۰۴"):
        tags.get_or_create_tag(name)
    assert [t.name for t in tags.all_tags()] == [
        "۱۴۰۴", "آب", "ب", "پارس", "چای", "زرد", "ژاله", "كاج", "گل", "یاس", "apple", "Zebra"]


def test_all_tags_leaves_out_deleted_tags(owner):
    tags.get_or_create_tag("VIP")
    old = tags.get_or_create_tag("قدیمی")
    Tag.update(deleted_at=dt.datetime.now(UTC)).where(Tag.id == old.id).execute()
    assert [t.name for t in tags.all_tags()] == ["VIP"]


def test_get_or_create_tag_matches_through_the_normaliser(owner):
    first = tags.get_or_create_tag("  مشتري  ويژه ")
    assert first.name == "مشتري ويژه"
    assert tags.get_or_create_tag("مشتری\u00a0ویـژه").id == first.id  # NBSP, tatweel
    assert tags.get_or_create_tag("مشتریویژه").id != first.id  # a different word
    assert tags.get_or_create_tag("مشتری ویژه").id == first.id
    assert Tag.select().count() == 2
    assert [r.action for r in audit_rows("tag")] == ["create", "create"]


def test_get_or_create_tag_restores_a_deleted_tag(owner):
    tag = tags.get_or_create_tag("همکار")
    Tag.update(deleted_at=dt.datetime.now(UTC)).where(Tag.id == tag.id).execute()
    again = tags.get_or_create_tag("همكار")
    assert again.id == tag.id
    assert Tag.get_by_id(tag.id).deleted_at is None
    assert [r.action for r in audit_rows("tag")] == ["create", "restore"]


def test_tags_of_a_person_sorted(owner):
    person = contacts.create_contact(ContactInput(first_name="کاوه", tags=["یکتا", "آرمان", "پارس"]))
    assert [t.name for t in tags.tags_of(person)] == ["آرمان", "پارس", "یکتا"]

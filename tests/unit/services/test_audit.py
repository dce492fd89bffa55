"""The audit trail: who, when, which record, and the changed fields as {"field": [old, new]}."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.models import AuditLog, Contact, ContactPoint, Note, Organization
from crm_desktop.services import audit, contacts, notes, organizations
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.context import acting_as
from crm_desktop.services.organizations import OrganizationInput
from tests.unit.services.conftest import audit_rows


class Boom(Exception):
    pass


def test_create_writes_one_row_per_record_with_user_entity_and_values(owner):
    start = dt.datetime.now(dt.timezone.utc)
    contact = contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی", city="تهران",
                                                   points=[PointInput("mobile", "0912 345 6789")]))
    point = ContactPoint.get(ContactPoint.contact == contact.id)

    [row] = audit_rows("contact")
    assert row.user_id == owner.id
    assert (row.action, row.record_id, row.record_uid) == ("create", contact.id, contact.uid.hex)
    assert row.summary == "علی کریمی"
    assert start <= row.at <= dt.datetime.now(dt.timezone.utc)
    assert json.loads(row.changes) == {
        "first_name": [None, "علی"], "last_name": [None, "کریمی"], "city": [None, "تهران"],
        "lifecycle_stage": [None, "lead"], "owner": [None, owner.id]}

    [point_row] = audit_rows("contact_point")
    assert (point_row.action, point_row.record_id, point_row.user_id) == ("create", point.id, owner.id)
    assert json.loads(point_row.changes)["value_norm"] == [None, "+989123456789"]


def test_update_records_old_and_new_of_changed_fields_only(owner):
    contact = contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی", city="تهران"))
    contacts.update_contact(contact.id, ContactInput(first_name="علی", last_name="رضایی", city="تهران",
                                                     gender="male"))

    [row] = audit_rows("contact", "update")
    assert (row.user_id, row.record_id) == (owner.id, contact.id)
    # name_norm / sort_key / updated_at are bookkeeping, not reported
    assert json.loads(row.changes) == {"last_name": ["کریمی", "رضایی"], "gender": ["", "male"]}


def test_update_that_changes_nothing_writes_no_row(owner):
    org = organizations.create_organization(OrganizationInput(name="گروه پارس", city="قم"))
    before = audit.count()
    organizations.update_organization(org.id, OrganizationInput(name=" گروه  پارس ", city="قم"))  # tidies equal
    assert audit.count() == before


def test_delete_and_restore_rows(owner):
    contact = contacts.create_contact(ContactInput(first_name="Sara"))
    deleted = contacts.delete_contact(contact.id)
    contacts.restore_contact(contact.id)

    rows = audit_rows("contact")
    assert [r.action for r in rows] == ["create", "delete", "restore"]
    stamp = deleted.deleted_at.isoformat()
    assert json.loads(rows[1].changes) == {"deleted_at": [None, stamp]}
    assert json.loads(rows[2].changes) == {"deleted_at": [stamp, None]}
    assert {r.user_id for r in rows} == {owner.id}


def test_every_service_write_leaves_audit_rows(owner):
    org = organizations.create_organization(OrganizationInput(name="آژانس سپهر", tags=["همکار"]))
    person = contacts.create_contact(ContactInput(last_name="نوری", organization_id=org.id))
    note = notes.add_note("تماس گرفت", contact_id=person.id)
    notes.edit_note(note.id, "تماس گرفت و قیمت پرسید")
    notes.delete_note(note.id)

    entities = {(r.entity, r.action) for r in audit_rows()}
    assert {("organization", "create"), ("tag", "create"), ("tagging", "create"), ("contact", "create"),
            ("note", "create"), ("note", "update"), ("note", "delete")} <= entities
    assert {r.user_id for r in audit_rows() if r.entity != "app_user"} == {owner.id}


def test_failed_transaction_leaves_neither_record_nor_audit_row(owner, counts):
    before = counts()
    with pytest.raises(Boom), database.atomic():
        contact = contacts.create_contact(ContactInput(first_name="رضا", points=[PointInput("email", "r@x.com")],
                                                       tags=["VIP"]))
        assert AuditLog.select().where((AuditLog.entity == "contact") & (AuditLog.record_id == contact.id)).exists()
        raise Boom

    assert counts() == before
    assert not Contact.select().exists()
    assert audit_rows("contact") == [] and audit_rows("contact_point") == [] and audit_rows("tag") == []


def test_failed_update_inside_a_transaction_keeps_the_old_values_and_no_row(owner):
    contact = contacts.create_contact(ContactInput(first_name="رضا", city="قم"))
    with pytest.raises(Boom), database.atomic():
        contacts.update_contact(contact.id, ContactInput(first_name="رضا", city="یزد"))
        raise Boom
    assert Contact.get_by_id(contact.id).city == "قم"
    assert audit_rows("contact", "update") == []


def test_acting_as_attributes_rows_and_records_to_the_other_user(owner, other_user):
    with acting_as(other_user.id):
        contact = contacts.create_contact(ContactInput(first_name="Omid"))
        notes.add_note("hello", contact_id=contact.id)
    contacts.update_contact(contact.id, ContactInput(first_name="Omid", city="Rasht"))

    assert Contact.get_by_id(contact.id).created_by_id == other_user.id
    assert Note.get().created_by_id == other_user.id
    by_action = {(r.entity, r.action): r.user_id for r in audit_rows() if r.entity in ("contact", "note")}
    assert by_action == {("contact", "create"): other_user.id, ("note", "create"): other_user.id,
                         ("contact", "update"): owner.id}


def test_history_is_oldest_first_and_only_that_record(owner, other_user):
    contact = contacts.create_contact(ContactInput(first_name="Ali", city="Qom"))
    elsewhere = contacts.create_contact(ContactInput(first_name="Reza"))
    contacts.update_contact(contact.id, ContactInput(first_name="Ali", city="Yazd"))
    with acting_as(other_user.id):
        contacts.update_contact(contact.id, ContactInput(first_name="Ali", city="Kerman"))
    contacts.delete_contact(contact.id)
    contacts.delete_contact(elsewhere.id)

    entries = audit.history("contact", contact.id)
    assert [e.action for e in entries] == ["create", "update", "update", "delete"]
    assert [e.changes.get("city") for e in entries[1:3]] == [["Qom", "Yazd"], ["Yazd", "Kerman"]]
    assert [e.user_name for e in entries] == [owner.display_name, owner.display_name, "Sara Ahmadi",
                                              owner.display_name]
    assert all(e.entity == "contact" and e.record_id == contact.id for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert audit.history("organization", contact.id) == []


def test_recent_is_newest_first_with_paging(owner):
    for name in ("A", "B", "C", "D", "E"):
        organizations.create_organization(OrganizationInput(name=name))
    total = audit.count()

    everything = audit.recent(limit=100)
    assert len(everything) == total
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    assert [e.summary for e in audit.recent(limit=3)] == ["E", "D", "C"]
    assert [e.summary for e in audit.recent(limit=2, offset=3)] == ["B", "A"]
    assert audit.recent(limit=10, offset=total) == []


def test_rows_of_a_deleted_user_survive_without_a_name(owner, other_user):
    with acting_as(other_user.id):
        org = organizations.create_organization(OrganizationInput(name="Atlas"))
    other_user.delete_instance()
    [entry] = audit.history("organization", org.id)
    assert entry.user_name == ""
    assert Organization.get_by_id(org.id).created_by_id is None

"""Merging duplicates: fields, related rows (found generically), audit, search, undo, bulk mode."""

from __future__ import annotations

import json

import pytest
from peewee import CharField, ForeignKeyField

from crm_desktop.db.base import database
from crm_desktop.db.models import (ALL_MODELS, AuditLog, Contact, ContactPoint, MergeRecord, NotDuplicate,
                                   Organization, Tagging)
from crm_desktop.db.models.record import Record
from crm_desktop.services import contacts, merge, notes, organizations, search, tags
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.duplicates import DuplicateGroup, find_duplicates
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.services.progress import Cancelled, CancelToken
from crm_desktop.text.messages import UserError
from tests.unit.services.conftest import audit_rows, national_code

IGNORED_TABLES = {"audit_log", "merge_record"}


def snapshot() -> dict[str, list[dict]]:
    """Every row of every table (but the audit trail and merge history), without updated_at."""
    tables = {}
    for model in ALL_MODELS:
        if model._meta.table_name in IGNORED_TABLES:
            continue
        rows = model.select().order_by(*model._meta.get_primary_keys()).dicts()
        tables[model._meta.table_name] = [{k: v for k, v in row.items() if k != "updated_at"} for row in rows]
    return tables


def found_ids(query: str) -> set[int]:
    return {hit.id for hit in search.search(query, kinds=("contact",))}


def live_points(contact_id: int) -> set[tuple[str, str]]:
    return {(p.kind, p.value_norm) for p in ContactPoint.alive().where(ContactPoint.contact == contact_id)}


def live_tags(contact_id: int) -> set[str]:
    return {t.name for t in tags.tags_of(Contact.get_by_id(contact_id))}


@pytest.fixture
def pair(owner):
    """Two records of one person: the survivor (older, less complete) and a richer duplicate."""
    org = organizations.create_organization(OrganizationInput(name="پخش البرز")).id
    a = contacts.create_contact(ContactInput(
        first_name="علی", last_name="کریمی", city="تهران", points=[
            PointInput("mobile", "0912 345 6789", is_primary=True), PointInput("email", "ali@old.ir")],
        tags=["VIP"])).id
    b = contacts.create_contact(ContactInput(
        first_name="علي", last_name="كريمي", city="", job_title="مدیر فروش", organization_id=org,
        national_code=national_code("001234567"), points=[
            PointInput("mobile", "+98 912 345 6789"), PointInput("mobile", "0935 111 2222", is_primary=True),
            PointInput("email", "Ali@New.ir")],
        tags=["VIP", "عمده"])).id
    notes.add_note("تماس اول", contact_id=a)
    notes.add_note("پیگیری قیمت", contact_id=b)
    return a, b


# --- merge ---------------------------------------------------------------------------------------


def test_merge_fields_rows_and_the_merged_record(pair):
    a, b = pair
    before_b = Contact.get_by_id(b)
    record = merge.merge("contact", a, [b], field_choices={"first_name": b, "last_name": b}, confidence=80)

    survivor = Contact.get_by_id(a)
    assert (survivor.first_name, survivor.last_name) == ("علي", "كريمي")  # chosen
    assert survivor.city == "تهران"  # the survivor's own value kept
    assert (survivor.job_title, survivor.national_code) == ("مدیر فروش", before_b.national_code)  # filled
    assert survivor.organization_id == before_b.organization_id
    assert survivor.last_interaction_at == before_b.last_interaction_at  # the latest of the two

    merged = Contact.get_by_id(b)
    assert merged.deleted_at is not None and merged.merged_into_id == a
    assert live_points(b) == set() and live_tags(b) == set()
    assert live_points(a) == {("mobile", "+989123456789"), ("mobile", "+989351112222"),
                              ("email", "ali@old.ir"), ("email", "ali@new.ir")}
    assert live_tags(a) == {"VIP", "عمده"}
    assert sorted(n.body for n in notes.notes_of(contact_id=a)) == ["تماس اول", "پیگیری قیمت"]
    primaries = [p for p in ContactPoint.alive().where((ContactPoint.contact == a) & ContactPoint.is_primary)]
    assert sorted(p.kind for p in primaries) == ["email", "mobile"]  # one primary per kind: the survivor's

    folded = ContactPoint.select().where((ContactPoint.contact == b) & ContactPoint.deleted_at.is_null(False))
    assert [p.value_norm for p in folded] == ["+989123456789"]  # the same mobile, folded not moved
    assert Tagging.select().where((Tagging.contact == b) & Tagging.deleted_at.is_null(False)).count() == 1

    assert (record.entity, record.survivor_id, json.loads(record.merged_ids), record.confidence) == \
        ("contact", a, [b], 80)
    assert merge.merge_history() == [record] and merge.merge_history("organization") == []


def test_merge_audit_and_search(pair):
    a, b = pair
    assert found_ids("0935 111 2222") == {b}
    record = merge.merge("contact", a, [b], field_choices={"job_title": b})

    [merged_row] = audit_rows("contact", "merge")
    changes = json.loads(merged_row.changes)
    assert merged_row.record_id == a
    assert changes["merged_ids"] == [None, [b]] and changes["merge_record"] == [None, record.id]
    assert changes["job_title"] == ["", "مدیر فروش"]
    [deleted] = audit_rows("contact", "delete")
    assert deleted.record_id == b

    assert found_ids("0935 111 2222") == {a}  # the merged one's phone finds the survivor
    assert found_ids("كريمي") == {a}  # the merged record is gone from search


def test_merge_refuses_bad_input(pair, counts):
    a, b = pair
    before = counts()
    with pytest.raises(ValidationError) as error:
        merge.merge("contact", a, [b], field_choices={"shoe_size": b, "city": 999})
    assert [e.field for e in error.value.errors] == ["field_choices.shoe_size", "field_choices.city"]
    assert error.value.errors[0].params == {"field": "shoe_size"}
    with pytest.raises(ValidationError):
        merge.merge("contact", a, [])
    with pytest.raises(ValidationError):
        merge.merge("contact", a, [a])
    with pytest.raises(NotFoundError):
        merge.merge("contact", a, [b, 999])
    assert counts() == before

    merge.merge("contact", a, [b], field_choices={"organization_id": b})  # a column name is fine too
    with pytest.raises(NotFoundError):  # already merged
        merge.merge("contact", a, [b])


def test_merge_companies_moves_their_people(owner):
    keep = organizations.create_organization(OrganizationInput(name="پخش البرز", city="کرج")).id
    other = organizations.create_organization(OrganizationInput(
        name="Alborz Distribution", website="alborz.ir", points=[PointInput("phone", "026 3333 4444")])).id
    worker = contacts.create_contact(ContactInput(first_name="مینا", last_name="رادان", organization_id=other)).id
    notes.add_note("قرارداد", organization_id=other)
    before = snapshot()

    record = merge.merge("organization", keep, [other])
    assert Contact.get_by_id(worker).organization_id == keep
    assert organizations.get_organization(keep).website == "alborz.ir"
    assert Organization.get_by_id(other).deleted_at is not None
    assert [n.body for n in notes.notes_of(organization_id=keep)] == ["قرارداد"]
    assert {h.id for h in search.search("البرز رادان", kinds=("contact",))} == {worker}  # re-indexed

    merge.undo_merge(record.id)
    assert snapshot() == before
    assert Contact.get_by_id(worker).organization_id == other


# --- undo ----------------------------------------------------------------------------------------


def test_undo_restores_everything_exactly(pair):
    a, b = pair
    before = snapshot()
    record = merge.merge("contact", a, [b], field_choices={"first_name": b})
    assert snapshot() != before

    merge.undo_merge(record.id)
    assert snapshot() == before
    assert MergeRecord.get_by_id(record.id).undone_at is not None
    assert [r.record_id for r in audit_rows("contact", "restore")] == [b]
    assert found_ids("0935 111 2222") == {b}
    assert found_ids("علی کریمی") == {a, b}

    with pytest.raises(UserError, match="already undone"):
        merge.undo_merge(record.id)
    with pytest.raises(UserError, match="no merge number"):
        merge.undo_merge(record.id + 100)


def test_a_tag_the_survivor_once_had_comes_back_and_undo_removes_it_again(pair):
    a, b = pair
    data = contacts.contact_input(contacts.get_contact(a))
    data.tags = []  # VIP removed from the survivor; the duplicate still has it
    contacts.update_contact(a, data)
    before = snapshot()

    record = merge.merge("contact", a, [b])
    assert live_tags(a) == {"VIP", "عمده"}
    assert Tagging.select().where(Tagging.contact == a).count() == 2  # the survivor's own VIP link revived
    merge.undo_merge(record.id)
    assert snapshot() == before
    assert live_tags(a) == set()


def test_undo_keeps_later_edits_of_the_survivor(pair):
    a, b = pair
    record = merge.merge("contact", a, [b])
    data = contacts.contact_input(contacts.get_contact(a))
    data.job_title = "مدیرعامل"
    contacts.update_contact(a, data)
    merge.undo_merge(record.id)
    survivor = Contact.get_by_id(a)
    assert survivor.job_title == "مدیرعامل"  # edited after the merge: kept
    assert survivor.national_code == ""  # filled by the merge: taken back


def test_undo_refused_after_the_survivor_was_merged_again(pair, owner):
    a, b = pair
    c = contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی")).id
    first = merge.merge("contact", a, [b])
    merge.merge("contact", c, [a])
    with pytest.raises(UserError, match="merged into another record") as error:
        merge.undo_merge(first.id)
    assert error.value.params == {"name": "علی کریمی"}


def test_undo_refused_while_a_later_merge_holds_its_records(pair, owner):
    a, b = pair
    c = contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی")).id
    first = merge.merge("contact", a, [b])
    second = merge.merge("contact", a, [c])
    with pytest.raises(UserError, match="later merge"):
        merge.undo_merge(first.id)
    merge.undo_merge(second.id)
    merge.undo_merge(first.id)  # in reverse order it works
    assert Contact.alive().count() == 3


def test_undo_refused_when_a_merged_record_was_restored_by_hand(pair):
    a, b = pair
    record = merge.merge("contact", a, [b])
    contacts.restore_contact(b)
    with pytest.raises(UserError, match="changed afterwards"):
        merge.undo_merge(record.id)


# --- rows of tables merge.py does not know -------------------------------------------------------


@pytest.fixture
def deal_model(db):
    """A table added later (say, deals) with a foreign key to Contact, created for this test only."""

    class Deal(Record):
        title = CharField()
        contact = ForeignKeyField(Contact, backref="deals", on_delete="CASCADE")

        class Meta:
            table_name = "test_deal"

    database.create_tables([Deal])
    yield Deal
    Deal._meta.remove_ref(Deal.contact)
    database.drop_tables([Deal])


def test_new_tables_are_moved_and_restored_without_changing_merge(pair, deal_model):
    a, b = pair
    deal = deal_model.create(title="۱۰ دستگاه", contact=b)
    record = merge.merge("contact", a, [b])
    assert deal_model.get_by_id(deal.id).contact_id == a
    assert ["test_deal", deal.id, "contact_id", b, a] in json.loads(record.changes)["rows"]
    merge.undo_merge(record.id)
    assert deal_model.get_by_id(deal.id).contact_id == b


# --- bulk ----------------------------------------------------------------------------------------


def _people(owner, count: int, phone: str) -> list[int]:
    return [contacts.create_contact(ContactInput(first_name=f"نفر{i}", last_name="تست",
                                                 points=[PointInput("mobile", phone)])).id for i in range(count)]


def test_bulk_merge_and_undo_batch(owner):
    trio = _people(owner, 3, "09121111111")
    duo = _people(owner, 2, "09122222222")
    notes.add_note("یادداشت", contact_id=trio[2])  # the most related rows: the survivor
    name_only = [contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی", city="تهران")).id
                 for _ in range(2)]
    before = snapshot()
    groups = find_duplicates()
    assert {g.ids for g in groups} == {tuple(trio), tuple(duo), tuple(name_only)}

    seen = []
    batch = merge.merge_groups(groups, min_confidence=75, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    assert {r.survivor_id for r in merge.merge_history()} == {trio[2], duo[0]}
    assert {r.batch for r in merge.merge_history()} == {batch}
    assert Contact.alive().count() == 4  # the name-only pair was below the threshold
    assert find_duplicates(min_confidence=75) == []

    assert merge.undo_batch(batch) == 2
    assert snapshot() == before
    with pytest.raises(UserError, match="nothing left to undo"):
        merge.undo_batch(batch)


def test_cancel_in_bulk_leaves_the_database_unchanged(owner, counts):
    _people(owner, 2, "09121111111")
    _people(owner, 2, "09122222222")
    before, rows = snapshot(), counts()
    token = CancelToken()
    with pytest.raises(Cancelled):
        merge.merge_groups(find_duplicates(), min_confidence=0, cancel=token,
                           progress=lambda done, total: token.cancel())
    assert snapshot() == before and counts() == rows
    assert AuditLog.select().where(AuditLog.action == "merge").count() == 0


def test_choose_survivor_prefers_related_rows_then_filled_fields(owner):
    plain, rich = (contacts.create_contact(ContactInput(first_name="x", last_name="y")).id,
                   contacts.create_contact(ContactInput(first_name="x", last_name="y", job_title="z", city="c")).id)
    assert merge.choose_survivor("contact", [plain, rich]) == rich
    notes.add_note("n", contact_id=plain)
    assert merge.choose_survivor("contact", [plain, rich]) == plain


def test_bulk_merge_of_groups_built_by_hand(owner):
    a, b = _people(owner, 2, "09121111111")
    batch = merge.merge_groups([DuplicateGroup("contact", (a, b), 90, ())], min_confidence=90)
    assert Contact.get_by_id(b).merged_into_id == a
    assert merge.undo_batch(batch) == 1


# --- not duplicates ------------------------------------------------------------------------------


def test_mark_not_duplicates_records_every_pair_once(owner):
    merge.mark_not_duplicates("contact", [7, 3, 5])
    merge.mark_not_duplicates("contact", [3, 5])
    pairs = {(r.a_id, r.b_id) for r in NotDuplicate.select().where(NotDuplicate.entity == "contact")}
    assert pairs == {(3, 5), (3, 7), (5, 7)}
    assert NotDuplicate.select().count() == 3
    assert len(audit_rows("not_duplicate", "create")) == 3
    with pytest.raises(ValidationError):
        merge.mark_not_duplicates("contact", [3, 3])

"""The demo data generator: reproducible, valid, cancellable."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Activity, AuditLog, Contact, ContactPoint, Note, Organization, Tag, Tagging, User
from crm_desktop.services import validation
from crm_desktop.services.contact_points import normalise_value
from crm_desktop.services.demo import generator
from crm_desktop.services.demo.generator import generate_demo, is_empty
from crm_desktop.services.progress import Cancelled, CancelToken
from crm_desktop.services.users import ensure_default_user
from crm_desktop.text.national_code import is_valid_company_national_id, is_valid_national_code
from crm_desktop.text.phone import parse_phone
from tests.conftest import sqlite_only

NOW = dt.datetime(2025, 3, 1, 8, 30, tzinfo=dt.timezone.utc)
GENERATED = (Organization, Contact, ContactPoint, Note, Tagging)


@pytest.fixture
def demo(owner):
    return generate_demo(300, seed=7, now=NOW)


def _rows(model) -> list[tuple]:
    return list(model.select().order_by(model.id).tuples())


@sqlite_only()
def test_same_seed_and_clock_give_identical_data(tmp_path):
    def build(name: str) -> dict:
        open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            ensure_default_user()
            generate_demo(300, seed=7, now=NOW)
            return {
                "rows": {model.__name__: _rows(model) for model in GENERATED},
                "names": sorted((c.first_name, c.last_name, c.national_code) for c in Contact.select()),
                "companies": sorted((o.name, o.national_id) for o in Organization.select()),
                "points": sorted((p.kind, p.value, p.value_norm) for p in ContactPoint.select()),
                "tags": sorted(t.name for t in Tag.select()),
                "staff": sorted((u.username, u.full_name) for u in User.select()),
            }
        finally:
            close_database()

    try:
        first, second = build("a.sqlite3"), build("b.sqlite3")
    finally:
        database.initialize(None)

    assert first["names"] == second["names"]
    assert first["companies"] == second["companies"]
    assert first["points"] == second["points"]
    assert first["tags"] == second["tags"] and first["staff"] == second["staff"]
    assert first["rows"] == second["rows"]  # every column, uids and time stamps included
    assert len(first["rows"]["Contact"]) == 300
    assert len(set(first["names"])) > 150  # and it is not one person 300 times


def test_another_seed_gives_other_data(owner):
    generate_demo(40, seed=7, now=NOW)
    first = sorted((c.first_name, c.last_name, c.national_code) for c in Contact.select())
    generate_demo(40, seed=8, now=NOW)
    everyone = sorted((c.first_name, c.last_name, c.national_code) for c in Contact.select())
    second = sorted(set(everyone) - set(first))
    assert len(everyone) == 80 and len(second) > 30


def test_report_counts_match_the_tables(demo):
    assert demo.people == Contact.select().count() == 300
    assert demo.companies == Organization.select().count()
    assert demo.points == ContactPoint.select().count()
    assert demo.notes == Note.select().count()
    assert demo.taggings == Tagging.select().count()
    assert demo.users == User.select().count() == 5  # four staff and the owner
    assert demo.points > demo.people  # most people have a mobile, many more
    assert demo.notes > 0 and demo.taggings > 0
    assert demo.seconds >= 0


def test_about_one_company_per_eight_people(demo):
    assert 300 / 8 - 2 <= demo.companies <= 300 / 8 + 2
    linked = Contact.select().where(Contact.organization.is_null(False)).count()
    assert 0.25 * 300 <= linked <= 0.55 * 300  # about 40% work for a company


def test_national_codes_and_company_ids_are_valid(demo):
    codes = [c.national_code for c in Contact.select() if c.national_code]
    ids = [o.national_id for o in Organization.select() if o.national_id]
    assert len(codes) > 100 and len(ids) > 10
    assert all(len(code) == 10 and is_valid_national_code(code) for code in codes), codes
    assert all(is_valid_company_national_id(nid) for nid in ids), ids
    assert all(o.economic_code == "" or 10 <= len(o.economic_code) <= 14 for o in Organization.select())


def test_point_norms_match_the_shared_normaliser(demo):
    points = list(ContactPoint.select())
    assert {p.kind for p in points} >= {"mobile", "phone", "email", "address"}
    wrong = [(p.kind, p.value, p.value_norm) for p in points if p.value_norm != normalise_value(p.kind, p.value)]
    assert wrong == []


def test_every_mobile_parses_as_valid(demo):
    mobiles = [p.value for p in ContactPoint.select().where(ContactPoint.kind == "mobile")]
    assert len(mobiles) >= 250
    assert [m for m in mobiles if validation.check_mobile("mobile", m) is not None] == []
    kinds = {parse_phone(m).kind for m in mobiles}
    assert kinds == {"mobile", "foreign"}  # Iranian and foreign clients


def test_every_email_is_valid_and_every_landline_complete(demo):
    for point in ContactPoint.select().where(ContactPoint.kind.in_(["email", "phone"])):
        if point.kind == "email":
            assert validation.check_email("email", point.value) is None, point.value
        else:
            assert parse_phone(point.value).valid, point.value


def test_one_primary_per_kind_and_owner(demo):
    seen: dict[tuple, int] = {}
    for p in ContactPoint.select():
        key = (p.contact_id, p.organization_id, p.kind)
        seen[key] = seen.get(key, 0) + int(p.is_primary)
    assert set(seen.values()) == {1}


def test_uids_are_unique_uuid4(demo):
    uids = [row.uid for model in GENERATED for row in model.select(model.uid)]
    assert len(uids) == demo.companies + demo.people + demo.points + demo.notes + demo.taggings
    assert len(set(uids)) == len(uids)
    for uid in uids:
        parsed = uid if isinstance(uid, uuid.UUID) else uuid.UUID(hex=uid)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert len(parsed.hex) == 32


def test_times_are_before_the_given_clock(demo):
    assert max(c.created_at for c in Contact.select()) <= NOW
    assert min(c.created_at for c in Contact.select()) >= NOW - dt.timedelta(days=1100)
    for note in Note.select():
        assert note.created_at <= NOW


def test_last_interaction_is_the_newest_note_or_done_contact_activity(demo):
    newest: dict[int, dt.datetime] = {}
    for note in Note.select():
        newest[note.contact_id] = max(newest.get(note.contact_id, note.created_at), note.created_at)
    touching = Activity.select().where(Activity.done_at.is_null(False) & Activity.contact.is_null(False)
                                       & Activity.kind.in_(["call", "meeting", "sms", "email", "note"]))
    notes_only = dict(newest)
    for activity in touching:  # as the app moves it: the activity's time (when it was done, if earlier)
        when = min(activity.due_at, activity.done_at)
        newest[activity.contact_id] = max(newest.get(activity.contact_id, when), when)
    for contact in Contact.select():
        assert contact.last_interaction_at == newest.get(contact.id), contact.id
    moved = [cid for cid, when in newest.items() if when != notes_only.get(cid)]
    assert len(moved) > 150  # most people's last contact is now a call, meeting or message of the last year


def test_people_belong_to_existing_companies_and_staff(demo):
    org_ids = {o.id for o in Organization.select()}
    user_ids = {u.id for u in User.select()}
    for contact in Contact.select():
        assert contact.organization_id is None or contact.organization_id in org_ids
        assert contact.owner_id in user_ids
        assert contact.name_norm and contact.sort_key


def test_exactly_one_demo_audit_row(owner, demo):
    [row] = AuditLog.select().where(AuditLog.entity == "demo")
    assert (row.action, row.user_id) == ("import", owner.id)
    assert json.loads(row.changes) == {"seed": 7, "people": 300, "companies": demo.companies,
                                       "points": demo.points, "notes": demo.notes}
    # the bulk rows themselves are not audited one by one
    assert not AuditLog.select().where(AuditLog.entity.in_(["contact", "organization", "note"])).exists()


def test_ids_continue_after_existing_rows(demo):
    from crm_desktop.services import contacts, organizations
    from crm_desktop.services.contacts import ContactInput
    from crm_desktop.services.organizations import OrganizationInput

    person = contacts.create_contact(ContactInput(first_name="بعدی"))
    company = organizations.create_organization(OrganizationInput(name="بعدی"))
    assert person.id == 301  # the id sequence moved past the bulk rows (PostgreSQL too)
    assert company.id == demo.companies + 1


def test_progress_is_reported(owner, monkeypatch):
    monkeypatch.setattr(generator, "CHUNK", 100)
    calls: list[tuple[int, int]] = []
    generate_demo(250, seed=7, now=NOW, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]


@pytest.mark.parametrize("chunk", [generator.CHUNK, 100])  # one batch; several batches
def test_cancel_from_progress_leaves_the_database_as_before(owner, counts, monkeypatch, chunk):
    monkeypatch.setattr(generator, "CHUNK", chunk)
    before = counts()
    token = CancelToken()
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        token.cancel()

    with pytest.raises(Cancelled):
        generate_demo(300, seed=7, now=NOW, progress=progress, cancel=token)

    assert calls == [min(chunk, 300)]
    assert counts() == before
    assert not Contact.select().exists() and not Organization.select().exists()
    assert not AuditLog.select().where(AuditLog.entity == "demo").exists()
    assert User.select().count() == 1 and Tag.select().count() == 0  # staff and tags rolled back too
    assert is_empty()


def test_a_cancelled_token_stops_before_anything(owner, counts):
    token = CancelToken()
    token.cancel()
    before = counts()
    with pytest.raises(Cancelled):
        generate_demo(10, cancel=token)
    assert counts() == before


def test_zero_people(owner):
    result = generate_demo(0, seed=7, now=NOW)
    assert (result.people, result.companies, result.points, result.notes, result.taggings) == (0, 0, 0, 0, 0)
    assert is_empty()
    assert AuditLog.select().where(AuditLog.entity == "demo").count() == 1


def test_is_empty_before_and_after(owner):
    assert is_empty()
    generate_demo(8, seed=1, now=NOW)
    assert not is_empty()
    for model in (Contact, Organization):
        model.update(deleted_at=NOW).execute()
    assert is_empty()  # soft-deleted rows do not count

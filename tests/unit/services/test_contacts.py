"""People: create, update, soft delete, restore; validation; contact points; tags."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, ContactPoint, Tag, Tagging
from crm_desktop.services import contacts
from crm_desktop.services.contact_points import PointInput, normalise_value
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.text.collation import persian_sort_key
from tests.unit.services.conftest import audit_rows, national_code

MOBILE = "0912 345 6789"
MOBILE_E164 = "+989123456789"


def person(**overrides) -> ContactInput:
    values = {"first_name": "علی", "last_name": "کریمی"}
    values.update(overrides)
    return ContactInput(**values)


def live_points(contact_id: int) -> list[ContactPoint]:
    return list(ContactPoint.alive().where(ContactPoint.contact == contact_id).order_by(ContactPoint.id))


def live_tag_names(contact_id: int) -> set[str]:
    query = (Tag.select(Tag.name).join(Tagging)
             .where((Tagging.contact == contact_id) & Tagging.deleted_at.is_null()))
    return {tag.name for tag in query}


# --- create / read / delete / restore -------------------------------------------------------------


def test_create_stores_tidied_fields_owner_and_creator(owner):
    contact = contacts.create_contact(person(
        first_name="  علی  ", last_name="کریمی\u200f", gender="male", birth_date=dt.date(1980, 3, 21),
        job_title=" مدیر ", lifecycle_stage="customer", city="تهران", notes="  خوش\u200cحساب  "))

    stored = Contact.get_by_id(contact.id)
    assert (stored.first_name, stored.last_name) == ("علی", "کریمی")
    assert stored.gender == "male"
    assert stored.birth_date == dt.date(1980, 3, 21)
    assert stored.job_title == "مدیر"
    assert stored.lifecycle_stage == "customer"
    assert stored.city == "تهران"
    assert stored.notes == "خوش\u200cحساب"
    assert stored.owner_id == owner.id
    assert stored.created_by_id == owner.id
    assert stored.deleted_at is None
    assert stored.uid is not None and stored.created_at is not None


def test_name_norm_and_sort_key_are_filled_from_the_name(owner):
    contact = contacts.create_contact(person(first_name="علي", last_name="كريمي"))

    stored = Contact.get_by_id(contact.id)
    assert (stored.first_name, stored.last_name) == ("علي", "كريمي")  # kept as typed
    assert stored.name_norm == "علی کریمی"
    assert stored.sort_key == persian_sort_key("علي كريمي")
    assert stored.sort_key


def test_name_norm_and_sort_key_follow_an_update(owner):
    contact = contacts.create_contact(person())
    contacts.update_contact(contact.id, person(first_name="رضا", last_name="احمدي"))

    stored = Contact.get_by_id(contact.id)
    assert stored.name_norm == "رضا احمدی"
    assert stored.sort_key == persian_sort_key("رضا احمدي")


def test_one_name_part_is_enough(owner):
    only_last = contacts.create_contact(ContactInput(last_name="کریمی"))
    only_first = contacts.create_contact(ContactInput(first_name="Sara"))
    assert Contact.get_by_id(only_last.id).name_norm == "کریمی"
    assert Contact.get_by_id(only_first.id).name_norm == "sara"


def test_update_changes_fields(owner):
    contact = contacts.create_contact(person(city="تهران"))
    updated = contacts.update_contact(contact.id, person(city="شیراز", lifecycle_stage="prospect"))

    stored = Contact.get_by_id(contact.id)
    assert updated.id == contact.id
    assert (stored.city, stored.lifecycle_stage) == ("شیراز", "prospect")
    assert stored.updated_at >= stored.created_at


def test_soft_delete_hides_and_restore_brings_back(owner):
    contact = contacts.create_contact(person())
    contacts.delete_contact(contact.id)

    stored = Contact.get_by_id(contact.id)  # still in the table
    assert stored.deleted_at is not None
    assert not Contact.alive().where(Contact.id == contact.id).exists()
    with pytest.raises(NotFoundError):
        contacts.get_contact(contact.id)
    assert contacts.get_contact(contact.id, include_deleted=True).id == contact.id

    restored = contacts.restore_contact(contact.id)
    assert restored.deleted_at is None
    assert contacts.get_contact(contact.id).deleted_at is None


def test_restore_of_a_live_contact_changes_nothing(owner):
    contact = contacts.create_contact(person())
    before = len(audit_rows())
    contacts.restore_contact(contact.id)
    assert len(audit_rows()) == before


@pytest.mark.parametrize("call", [
    lambda cid: contacts.get_contact(cid),
    lambda cid: contacts.update_contact(cid, person()),
    lambda cid: contacts.delete_contact(cid),
    lambda cid: contacts.restore_contact(cid),
])
def test_missing_id_raises_not_found(owner, counts, call):
    before = counts()
    with pytest.raises(NotFoundError):
        call(987654)
    assert counts() == before


@pytest.mark.parametrize("call", [
    lambda cid: contacts.get_contact(cid),
    lambda cid: contacts.update_contact(cid, person(city="یزد")),
    lambda cid: contacts.delete_contact(cid),
])
def test_deleted_id_raises_not_found(owner, counts, call):
    contact = contacts.create_contact(person())
    contacts.delete_contact(contact.id)
    before = counts()
    with pytest.raises(NotFoundError):
        call(contact.id)
    assert counts() == before
    assert Contact.get_by_id(contact.id).city == ""


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "fields"), [
    (ContactInput(first_name=" ", last_name="\u200f"), {"last_name"}),
    (person(national_code="0499370898"), {"national_code"}),  # wrong check digit
    (person(national_code="12345"), {"national_code"}),  # too short
    (person(national_code="04993708a9"), {"national_code"}),
    (person(birth_date=dt.date.today() + dt.timedelta(days=1)), {"birth_date"}),
    (person(birth_date=dt.date(1850, 1, 1)), {"birth_date"}),
    (person(gender="m"), {"gender"}),
    (person(lifecycle_stage="vip"), {"lifecycle_stage"}),
    (person(points=[PointInput("email", "a@b.com"), PointInput("mobile", "0912 12")]), {"points.1"}),
    (person(points=[PointInput("email", "not-an-email")]), {"points.0"}),
    (person(points=[PointInput("email", "a@b")]), {"points.0"}),
    (person(points=[PointInput("pager", "1234")]), {"points.0"}),
    (person(points=[PointInput("mobile", "021 8888 7777")]), {"points.0"}),  # a landline is no mobile
    (ContactInput(gender="x", national_code="1111111111",
                  points=[PointInput("mobile", MOBILE), PointInput("email", "@@")]),
     {"last_name", "gender", "national_code", "points.1"}),
])
def test_invalid_input_is_refused_and_writes_nothing(owner, counts, data, fields):
    before = counts()
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(data)
    assert {error.field for error in info.value.errors} == fields
    assert counts() == before


def test_invalid_update_writes_nothing(owner, counts):
    contact = contacts.create_contact(person(city="تهران", points=[PointInput("mobile", MOBILE)], tags=["VIP"]))
    before = counts()
    stored_before = Contact.get_by_id(contact.id).__data__.copy()

    with pytest.raises(ValidationError) as info:
        contacts.update_contact(contact.id, person(city="شیراز", national_code="0499370898",
                                                   points=[PointInput("mobile", "0912 12")], tags=[]))
    assert {error.field for error in info.value.errors} == {"national_code", "points.0"}
    assert counts() == before
    assert Contact.get_by_id(contact.id).__data__ == stored_before
    assert live_tag_names(contact.id) == {"VIP"}


def test_validation_error_names_the_field_and_value():
    error = pytest.raises(ValidationError, contacts.create_contact, person(national_code="0499370898")).value
    assert [e.field for e in error.for_field("national_code")] == ["national_code"]
    assert error.errors[0].params == {"value": "0499370898"}


@pytest.mark.parametrize(("typed", "stored"), [
    ("۴۹۹۳۷۰۸۹۹", "0499370899"),  # Persian digits, leading zero dropped by Excel
    ("۰۴۹۹۳۷۰۸۹۹", "0499370899"),
    ("049-937089-9", "0499370899"),
    ("84575948", "0084575948"),  # two zeros dropped
    ("", ""),
])
def test_national_code_is_stored_as_ten_ascii_digits(owner, typed, stored):
    contact = contacts.create_contact(person(national_code=typed))
    assert Contact.get_by_id(contact.id).national_code == stored


def test_empty_point_rows_are_ignored(owner):
    contact = contacts.create_contact(person(points=[PointInput("mobile", "   "), PointInput("email", "")]))
    assert live_points(contact.id) == []


# --- contact points ------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", [MOBILE, "+98 912 345 6789", "09123456789", "۰۹۱۲۳۴۵۶۷۸۹", "00989123456789"])
def test_phone_keeps_what_was_typed_and_stores_e164(owner, typed):
    contact = contacts.create_contact(person(points=[PointInput("mobile", typed)]))
    [point] = live_points(contact.id)
    assert point.value == typed
    assert point.value_norm == MOBILE_E164
    assert point.kind == "mobile" and point.is_primary


def test_email_website_and_handle_norms(owner):
    contact = contacts.create_contact(person(points=[
        PointInput("email", " Ali.Karimi@Example.COM "),
        PointInput("website", "https://www.Example.com/"),
        PointInput("telegram", "@Ali_K"),
    ]))
    norms = {p.kind: (p.value, p.value_norm) for p in live_points(contact.id)}
    assert norms["email"] == ("Ali.Karimi@Example.COM", "ali.karimi@example.com")
    assert norms["website"] == ("https://www.Example.com/", "example.com")
    assert norms["telegram"] == ("@Ali_K", "ali_k")


def test_duplicate_points_in_the_input_collapse(owner):
    contact = contacts.create_contact(person(points=[
        PointInput("mobile", MOBILE),
        PointInput("mobile", "+98 912 345 6789"),
        PointInput("mobile", "09123456789"),
        PointInput("email", "a@b.com"),
        PointInput("email", "A@B.COM"),
    ]))
    points = live_points(contact.id)
    assert [(p.kind, p.value) for p in points] == [("mobile", MOBILE), ("email", "a@b.com")]


def test_same_number_under_another_kind_is_not_a_duplicate(owner):
    contact = contacts.create_contact(person(points=[PointInput("mobile", MOBILE), PointInput("whatsapp", MOBILE)]))
    assert sorted(p.kind for p in live_points(contact.id)) == ["mobile", "whatsapp"]


@pytest.mark.parametrize(("flags", "expected"), [
    ((False, False, False), (True, False, False)),  # none chosen: the first one
    ((False, True, False), (False, True, False)),
    ((False, True, True), (False, True, False)),  # two chosen: the first of them
])
def test_exactly_one_primary_per_kind(owner, flags, expected):
    numbers = ["0912 345 6789", "0935 111 2233", "0901 000 0001"]
    points = [PointInput("mobile", n, is_primary=f) for n, f in zip(numbers, flags)]
    points.append(PointInput("email", "a@b.com"))
    contact = contacts.create_contact(person(points=points))

    stored = live_points(contact.id)
    assert tuple(p.is_primary for p in stored if p.kind == "mobile") == expected
    assert [p.is_primary for p in stored if p.kind == "email"] == [True]


def test_update_replaces_points_keeping_ids_of_kept_ones(owner):
    contact = contacts.create_contact(person(points=[
        PointInput("mobile", MOBILE, label="personal"),
        PointInput("email", "old@example.com"),
        PointInput("phone", "021 8888 7777"),
    ]))
    by_kind = {p.kind: p for p in live_points(contact.id)}

    contacts.update_contact(contact.id, person(points=[
        PointInput("mobile", "+98 912 345 6789", label="work"),  # same number, typed differently
        PointInput("phone", "021 8888 7777"),
        PointInput("email", "new@example.com"),
    ]))

    alive = {p.kind: p for p in live_points(contact.id)}
    assert alive["mobile"].id == by_kind["mobile"].id
    assert (alive["mobile"].value, alive["mobile"].label) == ("+98 912 345 6789", "work")
    assert alive["phone"].id == by_kind["phone"].id
    assert alive["email"].id != by_kind["email"].id
    assert alive["email"].value == "new@example.com"

    old_email = ContactPoint.get_by_id(by_kind["email"].id)
    assert old_email.deleted_at is not None  # soft-deleted, not gone
    assert [r.record_id for r in audit_rows("contact_point", "delete")] == [old_email.id]
    assert [r.record_id for r in audit_rows("contact_point", "update")] == [alive["mobile"].id]


def test_update_with_no_points_soft_deletes_them_all(owner):
    contact = contacts.create_contact(person(points=[PointInput("mobile", MOBILE), PointInput("email", "a@b.com")]))
    contacts.update_contact(contact.id, person(points=[]))
    assert live_points(contact.id) == []
    assert ContactPoint.select().where(ContactPoint.contact == contact.id).count() == 2


def test_a_removed_point_added_again_is_a_new_row(owner):
    contact = contacts.create_contact(person(points=[PointInput("mobile", MOBILE)]))
    first = live_points(contact.id)[0].id
    contacts.update_contact(contact.id, person())
    contacts.update_contact(contact.id, person(points=[PointInput("mobile", MOBILE)]))
    [again] = live_points(contact.id)
    assert again.id != first
    assert again.value_norm == MOBILE_E164


def test_primary_moves_between_points_on_update(owner):
    contact = contacts.create_contact(person(points=[
        PointInput("mobile", "0912 345 6789", is_primary=True), PointInput("mobile", "0935 111 2233")]))
    contacts.update_contact(contact.id, person(points=[
        PointInput("mobile", "0912 345 6789"), PointInput("mobile", "0935 111 2233", is_primary=True)]))
    primary = {p.value_norm: p.is_primary for p in live_points(contact.id)}
    assert primary == {"+989123456789": False, "+989351112233": True}


_mobiles = st.builds(lambda prefix, rest, style: style.format(p=prefix, r=f"{rest:07d}"),
                     st.sampled_from(["912", "935", "901"]), st.integers(0, 20),
                     st.sampled_from(["0{p} {r}", "+98 {p}{r}", "0{p}{r}", "۰{p}{r}", "0098{p}{r}"]))
_emails = st.builds(lambda name, upper: (name.upper() if upper else name) + "@example.com",
                    st.sampled_from(["ali", "sara", "reza"]), st.booleans())
_points = st.lists(
    st.one_of(st.builds(PointInput, st.just("mobile"), _mobiles, st.sampled_from(["", "work"]), st.booleans()),
              st.builds(PointInput, st.just("email"), _emails, st.just(""), st.booleans())),
    max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=_points, second=_points)
def test_points_invariants_over_any_input(owner, first, second):
    """Whatever is typed: no two live points share kind and value_norm, one primary per kind,
    value_norm is the shared normaliser's, and the live set is the distinct input values."""

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), database.atomic():  # keep each example's rows to itself
        contact = contacts.create_contact(person(points=first))
        contacts.update_contact(contact.id, person(points=second))
        alive = live_points(contact.id)
        keys = [(p.kind, p.value_norm) for p in alive]
        assert len(keys) == len(set(keys))
        assert set(keys) == {(p.kind, normalise_value(p.kind, p.value)) for p in second}
        for p in alive:
            assert p.value_norm == normalise_value(p.kind, p.value)
        for kind in {p.kind for p in alive}:
            assert sum(p.is_primary for p in alive if p.kind == kind) == 1
        raise Rollback


# --- tags ----------------------------------------------------------------------------------------


def test_tags_set_and_unset(owner):
    contact = contacts.create_contact(person(tags=["VIP", "همکار"]))
    assert live_tag_names(contact.id) == {"VIP", "همکار"}

    contacts.update_contact(contact.id, person(tags=["همکار"]))
    assert live_tag_names(contact.id) == {"همکار"}
    vip = Tag.get(Tag.name == "VIP")
    link = Tagging.get((Tagging.tag == vip.id) & (Tagging.contact == contact.id))
    assert link.deleted_at is not None  # soft-deleted link
    assert vip.deleted_at is None  # the tag itself stays


def test_a_removed_tag_added_again_restores_the_same_link(owner):
    contact = contacts.create_contact(person(tags=["VIP"]))
    link_id = Tagging.get(Tagging.contact == contact.id).id
    contacts.update_contact(contact.id, person(tags=[]))
    contacts.update_contact(contact.id, person(tags=["vip"]))  # same tag, other case

    links = list(Tagging.select().where(Tagging.contact == contact.id))
    assert [(link.id, link.deleted_at) for link in links] == [(link_id, None)]
    assert [r.action for r in audit_rows("tagging")] == ["create", "delete", "restore"]


def test_arabic_and_persian_spellings_are_one_tag(owner):
    first = contacts.create_contact(person(tags=["مشتري", "مشتری"]))
    second = contacts.create_contact(person(first_name="رضا", tags=["مشتری"]))

    assert Tag.select().count() == 1
    assert Tagging.select().where(Tagging.contact == first.id).count() == 1
    assert live_tag_names(first.id) == live_tag_names(second.id) == {"مشتري"}


def test_blank_tags_are_ignored(owner):
    contact = contacts.create_contact(person(tags=["", "  ", "\u200c"]))
    assert live_tag_names(contact.id) == set()
    assert Tag.select().count() == 0


# --- contact_input round trip --------------------------------------------------------------------


def test_contact_input_round_trip_changes_nothing(owner, counts):
    data = person(first_name="علي", gender="female", national_code="۴۹۹۳۷۰۸۹۹", birth_date=dt.date(1990, 1, 2),
                  job_title="حسابدار", source="نمایشگاه", lifecycle_stage="customer", city="تهران",
                  province="تهران", notes="یادداشت\nدوم",
                  points=[PointInput("mobile", "0935 111 2233"), PointInput("mobile", MOBILE, "work", True),
                          PointInput("email", "A@B.com"), PointInput("address", "تهران، خیابان آزادی")],
                  tags=["VIP", "مشتري ويژه"])
    contact = contacts.create_contact(data)
    stored = Contact.get_by_id(contact.id).__data__.copy()
    points = [(p.id, p.value, p.label, p.is_primary, p.updated_at) for p in live_points(contact.id)]
    before = counts()

    form = contacts.contact_input(contacts.get_contact(contact.id))
    assert form.national_code == "0499370899"
    assert sorted(form.tags) == sorted(["VIP", "مشتري ويژه"])
    contacts.update_contact(contact.id, form)

    assert counts() == before  # no audit row, no new point or link
    assert Contact.get_by_id(contact.id).__data__ == stored  # updated_at included
    assert [(p.id, p.value, p.label, p.is_primary, p.updated_at) for p in live_points(contact.id)] == points
    assert audit_rows("contact", "update") == []


def test_contact_input_reflects_stored_values(owner):
    contact = contacts.create_contact(person(points=[PointInput("email", "a@b.com"), PointInput("mobile", MOBILE)]))
    form = contacts.contact_input(contacts.get_contact(contact.id))
    assert form.owner_id == owner.id
    assert form.organization_id is None
    assert [(p.kind, p.value, p.is_primary) for p in form.points] == [("mobile", MOBILE, True),
                                                                      ("email", "a@b.com", True)]
    changed = dataclasses.replace(form, city="رشت")
    contacts.update_contact(contact.id, changed)
    assert [r.changes for r in audit_rows("contact", "update")] == ['{"city": ["", "رشت"]}']


# --- last interaction ----------------------------------------------------------------------------


def test_touch_interaction_only_moves_forward(owner):
    contact = contacts.create_contact(person())
    assert Contact.get_by_id(contact.id).last_interaction_at is None
    t1 = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)
    earlier = dt.datetime(2024, 4, 1, 10, 0, tzinfo=dt.timezone.utc)
    later = dt.datetime(2024, 6, 1, 9, 30, tzinfo=dt.timezone.utc)

    contacts.touch_interaction(contact.id, t1)
    assert Contact.get_by_id(contact.id).last_interaction_at == t1
    contacts.touch_interaction(contact.id, earlier)
    assert Contact.get_by_id(contact.id).last_interaction_at == t1
    contacts.touch_interaction(contact.id, later)
    assert Contact.get_by_id(contact.id).last_interaction_at == later


def test_touch_interaction_compares_instants_not_local_text(owner):
    contact = contacts.create_contact(person())
    utc = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)
    tehran = dt.timezone(dt.timedelta(hours=3, minutes=30))
    contacts.touch_interaction(contact.id, utc)
    contacts.touch_interaction(contact.id, dt.datetime(2024, 5, 1, 13, 0, tzinfo=tehran))  # 09:30 UTC: older
    assert Contact.get_by_id(contact.id).last_interaction_at == utc
    contacts.touch_interaction(contact.id, dt.datetime(2024, 5, 1, 14, 0, tzinfo=tehran))  # 10:30 UTC
    assert Contact.get_by_id(contact.id).last_interaction_at == dt.datetime(2024, 5, 1, 10, 30, tzinfo=dt.timezone.utc)

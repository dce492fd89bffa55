"""Persian-aware search: letters, digits, ZWNJ, phone formats, ranking, and the index kept in step."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db import search_index
from crm_desktop.services import contacts, organizations, search_documents
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.services.search import search


def person(first: str, last: str = "", *points: tuple[str, str], **fields) -> int:
    return contacts.create_contact(ContactInput(
        first_name=first, last_name=last, points=[PointInput(kind, value) for kind, value in points], **fields)).id


def found(query: str, **kwargs) -> list[int]:
    return [hit.id for hit in search(query, **kwargs)]


@pytest.mark.parametrize(("stored", "typed"), [
    ("علی", "علي"),  # Arabic yeh typed, Persian stored
    ("علي", "علی"),  # and the other way round
    ("کریمی", "كريمي"),  # Arabic kaf and yeh
    ("نیک‌نام", "نیکنام"),  # ZWNJ stored, not typed
    ("نیکنام", "نیک‌نام"),  # ZWNJ typed, not stored
    ("Ahmadi", "AHMADI"),  # case
])
def test_letters_are_folded_on_both_sides(owner, stored, typed):
    target = person("زهرا", stored)
    person("مریم", "رضایی")
    assert found(typed) == [target]


@pytest.mark.parametrize("typed", [
    "0912 345 6789", "09123456789", "9123456789", "+98 912 345 6789", "00989123456789", "۰۹۱۲۳۴۵۶۷۸۹",
    "٠٩١٢٣٤٥", "912-345", "0912 34", "345 67",
])
def test_any_phone_format_finds_the_number(owner, typed):
    target = person("Ali", "", ("mobile", "0912 345 6789"))
    person("Reza", "", ("mobile", "0935 111 2233"))
    assert found(typed) == [target]


def test_substring_of_a_name_email_and_codes(owner):
    code = "0499370899"
    target = person("زهرا", "کریمی", ("email", "Zahra.K@Example.com"), national_code=code)
    assert found("ریم") == [target]  # inside a word, not only at the start
    assert found("example.com") == [target]
    assert found("zahra.k@") == [target]
    assert found(code) == [target]


def test_company_finds_itself_and_its_people(owner):
    company = organizations.create_organization(OrganizationInput(
        name="پخش البرز", points=[PointInput("phone", "021 8888 7777")]))
    staff = person("امید", "نوری", organization_id=company.id)
    hits = search("پخش البرز")
    assert [(h.kind, h.id) for h in hits] == [("organization", company.id), ("contact", staff)]
    assert hits[1].company == "پخش البرز"
    assert [(h.kind, h.id) for h in search("021 8888")] == [("organization", company.id)]


def test_ranking_whole_name_then_words_then_starts_then_inside(owner):
    inside = person("مهدی", "حسینعلی")  # "علی" inside a word
    starts = person("علیرضا", "رحیمی")  # a word starting with it
    word = person("علی", "کریمی")  # a whole word
    whole = person("علی")  # the whole name
    assert found("علی") == [whole, word, starts, inside]


def test_most_recent_interaction_first_within_a_rank(owner):
    older, newer, never = person("علی", "الف"), person("علی", "ب"), person("علی", "پ")
    contacts.touch_interaction(older, dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    contacts.touch_interaction(newer, dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    assert found("علی") == [newer, older, never]


def test_words_in_any_order_and_short_words(owner):
    target = person("زهرا", "کریمی")
    person("زهره", "کرمانی")
    assert found("کریمی زهرا") == [target]
    assert found("زهرا کر") == [target]  # a 2-letter word filters the candidates


def test_one_or_two_characters_match_the_start_of_names(owner):
    ali, other = person("علی", "رضایی"), person("مریم", "علوی")
    assert found("عل") == [ali]
    assert found("ع") == [ali]
    assert found("") == [] and found("   ") == []
    del other


def test_deleted_and_updated_records(owner):
    target = person("Kamran", "", ("mobile", "0912 000 1111"))
    contacts.delete_contact(target)
    assert found("Kamran") == [] and found("0912 000") == []
    contacts.restore_contact(target)
    assert found("Kamran") == [target]
    data = contacts.contact_input(contacts.get_contact(target))
    data.first_name, data.points = "Kaveh", [PointInput("mobile", "0935 222 3333")]
    contacts.update_contact(target, data)
    assert found("Kamran") == [] and found("0912 000") == []
    assert found("Kaveh") == [target] and found("0935 222") == [target]


def test_renaming_a_company_reindexes_its_people(owner):
    company = organizations.create_organization(OrganizationInput(name="Atlas Medical"))
    staff = person("Sara", organization_id=company.id)
    organizations.update_organization(company.id, OrganizationInput(name="Zagros Health"))
    assert [h.id for h in search("Zagros", kinds=("contact",))] == [staff]
    assert search("Atlas") == []


def test_hits_carry_the_primary_phone_and_email(owner):
    target = person("Ali", "", ("phone", "021 4444 5555"), ("mobile", "0912 345 6789"), ("email", "a@b.co"))
    hit = search("Ali")[0]
    assert (hit.id, hit.phone, hit.email) == (target, "0912 345 6789", "a@b.co")


def test_limit_is_respected(owner):
    for i in range(30):
        person("Sam", f"Number{i}")
    assert len(search("Sam", limit=7)) == 7


def test_rebuild_gives_the_same_index_as_incremental_updates(owner):
    ids = [person("نرگس", f"ن{i}", ("mobile", f"0912 000 00{i:02d}")) for i in range(12)]
    organizations.create_organization(OrganizationInput(name="کلینیک مهر"))
    before = {kind: _documents(kind) for kind in search_index.KINDS}
    assert search_documents.rebuild() == 13
    assert {kind: _documents(kind) for kind in search_index.KINDS} == before
    assert len(before["contact"]) == len(ids)


def test_index_is_rebuilt_when_its_format_changes(owner, monkeypatch):
    target = person("Ali", "", ("mobile", "0912 345 6789"))
    search_index.clear("contact")
    assert found("345 67") == []  # the middle of a number is found through the index only
    assert search_documents.ensure_current() is True  # never built in this database: version 0
    assert found("345 67") == [target]
    assert search_documents.ensure_current() is False
    search_index.clear("contact")
    monkeypatch.setattr(search_documents, "INDEX_VERSION", search_documents.INDEX_VERSION + 1)
    assert search_documents.ensure_current() is True
    assert found("345 67") == [target]


def _documents(kind: str) -> dict[int, str]:
    from crm_desktop.db.base import database

    db = database.obj
    if search_index.is_sqlite(db):
        rows = db.execute_sql(f"SELECT rowid, body FROM {search_index.fts_table(kind)}").fetchall()
    else:
        rows = db.execute_sql("SELECT ref_id, body FROM search_document WHERE kind = %s", (kind,)).fetchall()
    return dict(rows)


def test_numbers_and_emails_typed_from_the_start_need_no_text_index(owner):
    target = person("Ali", "", ("mobile", "0912 345 6789"), ("email", "ali.karimi@example.com"))
    search_index.clear("contact")
    assert found("0912 345 67") == [target] and found("+98 912 345") == [target]
    assert found("ali.kar") == [target]
    assert found("example") == []  # the middle of an address needs the index

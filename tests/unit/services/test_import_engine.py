"""Importing a sheet: mapping, parsing, checking, duplicates, one transaction, dry run, cancel."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Contact, ContactPoint, ImportBatch, Organization, Tag
from crm_desktop.db import search_index
from crm_desktop.services import contacts, search, search_documents
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.imports import header_match, mapping as mapping_mod, record_writer
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping, MappingError
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.services.progress import CancelToken, Cancelled
from crm_desktop.text.i18n import render
from tests.unit.services.import_sheets import customers_sheet, write_xlsx

TODAY = dt.date(2026, 11, 23)


def suggested(path, entity="contacts") -> tuple[ImportMapping, list[str]]:
    view = inspect_file(path)
    columns = header_match.suggest(view.headers, entity, [c for _, c in view.sample])
    return ImportMapping(entity=entity, header_row=view.header_row, columns=columns), view.headers


def reasons(outcome) -> list[str]:
    return [render(text, params) for _, text, params in outcome.reasons]


def test_a_messy_persian_sheet_maps_itself(tmp_path, db, owner):
    view = inspect_file(customers_sheet(tmp_path / "c.xlsx"))
    assert view.header_row == 3  # a title and a blank row sit above the header
    columns = header_match.suggest(view.headers, "contacts", [c for _, c in view.sample])
    assert columns == {1: "full_name", 2: "mobile", 3: "email", 4: "company", 5: "city", 6: "birth_date",
                       7: "national_code", 8: "tags"}  # Arabic ي/ك in the headers do not matter


def test_import_writes_people_companies_points_tags(tmp_path, db, owner):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)
    assert (result.rows, result.created, result.duplicates, result.invalid) == (4, 2, 1, 1)
    assert result.companies_created == 1
    ali = Contact.get(Contact.last_name == "رضایی")
    assert (ali.first_name, ali.gender, ali.birth_date, ali.national_code) == ("علی", "male", dt.date(1991, 8, 8),
                                                                              "0012345679")
    assert ali.organization.name == "بازرگانی نمونه"
    sara = Contact.get(Contact.first_name == "سارا")
    assert sara.birth_date == dt.date(1990, 1, 2) and sara.organization_id == ali.organization_id
    points = {(p.kind, p.value, p.value_norm) for p in ContactPoint.select()}
    assert ("mobile", "09123456789", "+989123456789") in points  # the lost leading zero is back
    assert ("mobile", "09351112233", "+989351112233") in points  # Persian digits and spaces
    assert {t.name for t in Tag.select()} == {"VIP", "عمده"}
    assert [h.name for h in search.search("0912 345")] == ["علی رضایی"]  # in the search index at once
    batch = ImportBatch.get_by_id(result.batch_id)
    assert (batch.created_count, batch.skipped_count, batch.invalid_count, batch.file_name) == (2, 1, 1, "c.xlsx")


def test_invalid_rows_say_what_and_where(tmp_path, db, owner):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(tmp_path / "c.xlsx", m, dry_run=True, preview_rows=10, today=TODAY)
    bad = next(o for o in result.preview if o.action == "invalid")
    assert bad.number == 6
    assert {column for column, _, _ in bad.reasons} == {2, 3, 6, 7, -1}
    assert "\u201c0912\u201d is not a phone number." in reasons(bad)
    assert "\u201c1402/13/01\u201d is not a real Jalali date." in reasons(bad)
    repeat = next(o for o in result.preview if o.number == 7)
    assert repeat.action == "duplicate" and reasons(repeat) == ["Same phone number as row 4 of this file; skipped."]


def test_dry_run_changes_nothing(tmp_path, db, owner, counts):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    before = counts()
    result = run_import(tmp_path / "c.xlsx", m, dry_run=True, today=TODAY)
    assert (result.created, result.batch_id) == (2, None)
    assert counts() == before


def test_edits_from_the_preview_fix_a_row(tmp_path, db, owner):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    edits = {(6, 1): "مریم کاظمی", (6, 2): "09121112233", (6, 3): None, (6, 6): "1402/12/01", (6, 7): None}
    result = run_import(tmp_path / "c.xlsx", m, edits=edits, today=TODAY)
    assert (result.created, result.invalid) == (3, 0)
    assert Contact.get(Contact.last_name == "کاظمی").birth_date == dt.date(2024, 2, 20)


def test_dates_in_real_formats_and_the_day_month_order(tmp_path, db, owner):
    rows = [[f"شخص {i}", f"0912{i:07d}", value] for i, value in enumerate(
        ["۱۴۰۲/۵/۱۷", "17-05-1402", dt.date(1999, 3, 4), 36526, "1402.05.17", "05/13/1990"], start=1)]
    path = write_xlsx(tmp_path / "d.xlsx", rows, title=None, headers=["نام", "همراه", "تاریخ تولد"])
    m, _ = suggested(path)
    assert m.columns == {0: "full_name", 1: "mobile", 2: "birth_date"}
    result = run_import(path, m, dry_run=True, preview_rows=10, today=TODAY)
    born = [o.values.get("birth_date") for o in result.preview]
    assert born == [dt.date(2023, 8, 8), dt.date(2023, 8, 8), dt.date(1999, 3, 4), dt.date(2000, 1, 1),
                    dt.date(2023, 8, 8), dt.date(1990, 5, 13)]
    ambiguous = write_xlsx(tmp_path / "a.xlsx", [["الف ب", "09120000001", "03/04/1990"]], title=None,
                           headers=["نام", "همراه", "تاریخ تولد"])
    m, _ = suggested(ambiguous)
    outcome = run_import(ambiguous, m, dry_run=True, preview_rows=1, today=TODAY).preview[0]
    assert outcome.action == "invalid" and "choose the order of this column" in reasons(outcome)[0]
    m.date_orders = {2: "MDY"}
    assert run_import(ambiguous, m, dry_run=True, preview_rows=1).preview[0].values["birth_date"] == dt.date(1990, 3, 4)


@pytest.fixture
def existing(db, owner):
    return contacts.create_contact(contacts.ContactInput(
        first_name="علی", last_name="رضایی", city="کرج", job_title="مدیر",
        points=[PointInput("mobile", "0912 345 6789", is_primary=True)]))


def test_skip_duplicates_of_existing_records(tmp_path, existing):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(tmp_path / "c.xlsx", m, preview_rows=10, today=TODAY)
    assert (result.created, result.duplicates) == (1, 2)
    assert reasons(result.preview[0]) == ["Already in the database as \u201cعلی رضایی\u201d (same phone number); skipped."]
    assert Contact.get_by_id(existing.id).city == "کرج"


def test_update_existing_overwrites_filled_fields_and_adds_points(tmp_path, existing):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    m.on_duplicate = "update"
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)
    assert (result.created, result.updated, result.duplicates) == (1, 1, 1)
    ali = Contact.get_by_id(existing.id)
    assert (ali.city, ali.job_title, ali.national_code) == ("تهران", "مدیر", "0012345679")  # empty cells keep values
    kinds = sorted(p.kind for p in ContactPoint.alive().where(ContactPoint.contact == ali.id))
    assert kinds == ["email", "mobile"]  # the same mobile is not added twice


def test_the_search_index_holds_what_a_rebuild_would_write(tmp_path, existing):
    """New records are indexed from what the import wrote (no reading back); the documents must be
    the very ones a rebuild from the tables makes — people with their company, and updates."""
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    m.on_duplicate = "update"
    run_import(tmp_path / "c.xlsx", m, today=TODAY)
    written = {kind: search_index.documents(kind) for kind in search_index.KINDS}
    assert len(written["contact"]) == 2 and len(written["organization"]) == 1
    search_documents.rebuild()
    assert {kind: search_index.documents(kind) for kind in search_index.KINDS} == written


def test_create_anyway_ignores_matches(tmp_path, existing):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    m.on_duplicate = "create"
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)
    assert (result.created, result.duplicates) == (3, 0)
    assert Contact.alive().count() == 4


def test_match_on_email_code_and_national_code(tmp_path, db, owner):
    contacts.create_contact(contacts.ContactInput(first_name="Ana", last_name="Lee", national_code="0012345679",
                                                  points=[PointInput("email", "ANA@Example.com")]))
    path = write_xlsx(tmp_path / "m.xlsx", [["Ana Lee", "ana@example.com", ""], ["A. Lee", "", "0012345679"]],
                      title=None, headers=["Full name", "E-mail", "National code"])
    m, _ = suggested(path)
    result = run_import(path, m, dry_run=True, preview_rows=5)
    assert [o.action for o in result.preview] == ["duplicate", "duplicate"]
    m.match_on = ("phone",)
    assert run_import(path, m, dry_run=True).created == 2


def test_one_transaction_a_failure_writes_nothing(tmp_path, db, owner, counts, monkeypatch):
    rows = [[f"نفر {i}", f"0912{i:07d}"] for i in range(2500)]
    path = write_xlsx(tmp_path / "big.xlsx", rows, title=None, headers=["نام", "موبایل"])
    m, _ = suggested(path)
    before = counts()
    calls = {"n": 0}
    real = record_writer.RecordWriter._insert_people

    def failing(self, people):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real(self, people)

    monkeypatch.setattr(record_writer.RecordWriter, "_insert_people", failing)
    with pytest.raises(OSError):
        run_import(path, m)
    assert counts() == before


def test_cancel_leaves_the_database_as_before(tmp_path, db, owner, counts):
    rows = [[f"نفر {i}", f"0912{i:07d}"] for i in range(2500)]
    path = write_xlsx(tmp_path / "big.xlsx", rows, title=None, headers=["نام", "موبایل"])
    m, _ = suggested(path)
    before = counts()
    token = CancelToken()
    with pytest.raises(Cancelled):
        run_import(path, m, progress=lambda done, total: token.cancel(), cancel=token)
    assert counts() == before


def test_companies_and_a_mixed_sheet(tmp_path, db, owner):
    path = write_xlsx(tmp_path / "co.xlsx", [["پخش البرز", "021-44556677", "www.alborz.ir", "10103050201"],
                                             ["پخش البرز", "", "", ""]],
                      title=None, headers=["نام شرکت", "تلفن", "وب سایت", "شناسه ملی"])
    m, _ = suggested(path, "companies")
    assert m.columns == {0: "name", 1: "phone", 2: "website", 3: "national_id"}
    result = run_import(path, m, dry_run=True, preview_rows=5)
    assert [o.action for o in result.preview] == ["invalid", "new"]  # a wrong check digit
    m.columns.pop(3)
    result = run_import(path, m)
    org = Organization.get(Organization.name == "پخش البرز")
    assert (result.created, result.duplicates, org.website) == (1, 1, "www.alborz.ir")  # companies match by name
    mixed = write_xlsx(tmp_path / "mix.xlsx", [["شخص", "نرگس", "امینی", ""], ["شرکت", "", "", "صنایع غذایی پارس"]],
                       title=None, headers=["نوع", "نام", "نام خانوادگی", "نام شرکت"])
    m, _ = suggested(mixed)
    assert m.columns[0] == "record_kind"
    run_import(mixed, m)
    assert Organization.get_or_none(Organization.name == "صنایع غذایی پارس") is not None
    assert Contact.get(Contact.last_name == "امینی").organization is None


def test_mapping_files_and_remembered_layouts(tmp_path, db, owner):
    path = customers_sheet(tmp_path / "c.xlsx")
    m, headers = suggested(path)
    m.on_duplicate, m.default_stage, m.tag = "update", "customer", "نمایشگاه ۱۴۰۳"
    mapping_mod.remember(m, headers)
    again = mapping_mod.recall(list(headers), "contacts")
    assert again.columns == m.columns and again.on_duplicate == "update" and again.tag == "نمایشگاه ۱۴۰۳"
    spec = tmp_path / "map.json"
    spec.write_text('{"columns": {"B": "full_name", "موبایل": "mobile"}, "on_duplicate": "create"}', encoding="utf-8")
    loaded = mapping_mod.load_mapping_file(spec, headers, ImportMapping(header_row=3))
    assert loaded.columns == {1: "full_name", 2: "mobile"} and loaded.on_duplicate == "create"
    spec.write_text('{"columns": {"Nope": "full_name"}}', encoding="utf-8")
    with pytest.raises(MappingError, match="does not have"):
        mapping_mod.load_mapping_file(spec, headers)
    spec.write_text('{"columns": ', encoding="utf-8")
    with pytest.raises(MappingError, match="not valid JSON"):
        mapping_mod.load_mapping_file(spec, headers)


def test_defaults_and_batch_tag(tmp_path, db, owner):
    m, _ = suggested(customers_sheet(tmp_path / "c.xlsx"))
    m.default_stage, m.tag = "customer", "نمایشگاه"
    run_import(tmp_path / "c.xlsx", m, today=TODAY)
    ali = Contact.get(Contact.last_name == "رضایی")
    assert ali.lifecycle_stage == "customer"
    assert "نمایشگاه" in {t.name for t in Tag.select()}
    m.default_owner = "nobody"
    with pytest.raises(MappingError, match="No user called"):
        run_import(tmp_path / "c.xlsx", m, dry_run=True)

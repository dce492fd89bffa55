"""Import history, undo, and the workbook of rows that were not imported."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from crm_desktop.db.models import Contact, ContactPoint, ImportBatch, Organization, Tag
from crm_desktop.services import contacts, search
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.imports import batches, header_match
from crm_desktop.services.imports.error_report import write_error_report
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.text import i18n
from crm_desktop.text.messages import UserError
from tests.unit.services.import_sheets import customers_sheet

TODAY = dt.date(2026, 11, 23)


def mapping_for(path) -> tuple[ImportMapping, list[str]]:
    view = inspect_file(path)
    return ImportMapping(header_row=view.header_row, columns=header_match.suggest(view.headers, "contacts")), view.headers


def test_undo_removes_what_the_import_created(tmp_path, db, owner):
    m, _ = mapping_for(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)
    [summary] = batches.list_batches()
    assert (summary.id, summary.created, summary.file_name, summary.state) == (result.batch_id, 2, "c.xlsx", "done")
    preview = batches.undo_preview(result.batch_id)
    assert (preview.people, preview.companies, preview.changed_since) == (2, 1, 0)
    done = batches.undo_batch(result.batch_id)
    assert done.removed == 3
    assert Contact.alive().count() == 0 and Organization.alive().count() == 0 and ContactPoint.alive().count() == 0
    assert Tag.alive().count() == 0  # tags the import made and nobody else uses
    assert search.search("رضایی") == []
    assert batches.list_batches()[0].state == "undone"
    with pytest.raises(UserError, match="already undone"):
        batches.undo_batch(result.batch_id)


def test_undo_restores_updated_fields_but_keeps_later_edits(tmp_path, db, owner):
    ali = contacts.create_contact(contacts.ContactInput(
        first_name="علی", last_name="رضایی", city="کرج", points=[PointInput("mobile", "09123456789")]))
    m, _ = mapping_for(customers_sheet(tmp_path / "c.xlsx"))
    m.on_duplicate = "update"
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)
    record = Contact.get_by_id(ali.id)
    assert (record.city, record.birth_date) == ("تهران", dt.date(1991, 8, 8))
    data = contacts.contact_input(record)
    data.birth_date = dt.date(1991, 8, 9)  # someone corrects the birthday after the import
    contacts.update_contact(ali.id, data)
    assert batches.undo_preview(result.batch_id).updated == 1
    done = batches.undo_batch(result.batch_id)
    record = Contact.get_by_id(ali.id)
    assert record.deleted_at is None
    assert record.city == "کرج"  # restored
    assert record.birth_date == dt.date(1991, 8, 9) and done.kept == 1  # the later edit stays
    values = {p.value_norm for p in ContactPoint.alive().where(ContactPoint.contact == ali.id)}
    assert values == {"+989123456789"}  # the email the import added is gone


def test_undo_is_one_transaction(tmp_path, db, owner, monkeypatch):
    m, _ = mapping_for(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(tmp_path / "c.xlsx", m, today=TODAY)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(batches, "_drop_unused_tags", broken)
    with pytest.raises(OSError):
        batches.undo_batch(result.batch_id)
    assert Contact.alive().count() == 2 and ImportBatch.get_by_id(result.batch_id).state == "done"


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_error_workbook_is_ready_to_fix_and_reimport(tmp_path, db, owner, lang):
    i18n.set_language(lang)
    path = customers_sheet(tmp_path / "c.xlsx")
    m, headers = mapping_for(path)
    result = run_import(path, m, today=TODAY)
    out = tmp_path / "errors.xlsx"
    assert write_error_report(out, headers, result.failed) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet.sheet_view.rightToLeft is (lang == "fa")
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:9]) == headers and rows[0][-1] == ("دلیل" if lang == "fa" else "Reason")
    assert rows[1][2] == "0912" and rows[1][9] == 6
    reason = rows[1][-1]
    assert ("موبايل" in reason) and (("شماره تلفن نیست" in reason) if lang == "fa" else ("is not a phone number" in reason))
    assert sheet.cell(row=2, column=3).fill.fgColor.rgb.endswith("FFC7CE")  # the bad cell is marked
    # the user fixes the row in Excel and imports the file again
    book = openpyxl.load_workbook(out)
    fixed = book.active
    fixed.cell(row=2, column=2, value="مریم کاظمی")
    fixed.cell(row=2, column=3, value="09127654321")
    for column in (4, 7, 8):
        fixed.cell(row=2, column=column).value = None
    book.save(out)
    again, _ = mapping_for(out)
    assert again.header_row == 1 and set(again.columns.values()) >= {"full_name", "mobile"}
    second = run_import(out, again, today=TODAY)
    assert (second.created, second.duplicates, second.invalid) == (1, 1, 0)
    assert Contact.get(Contact.last_name == "کاظمی").first_name == "مریم"

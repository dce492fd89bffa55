"""Leads from a spreadsheet: the mapping suggested from Persian headers, one phone and one email per
lead, sources found or added, statuses and first-contact dates read, duplicates by phone/email,
update mode, undo."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db.models import Lead, LeadSource
from crm_desktop.services.funnel import choices, lead_list, leads
from crm_desktop.services.imports import batches, header_match
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.text.i18n import render
from tests.unit.services.import_sheets import write_xlsx

HEADERS = ["ردیف", "نام و نام خانوادگی", "موبایل", "ایمیل", "شرکت", "منبع", "محصول مورد علاقه", "کمپین", "وضعیت",
           "تاریخ", "شهر"]
ROWS = [
    [1, "مریم کاظمی", 9121112233, "maryam@example.com", "پخش البرز", "اینستاگرام", "نرم‌افزار حسابداری", "پاییز",
     "جدید", "1403/07/15", "کرج"],
    [2, "", "0912 222 3344", "", "فروشگاه تابان", "نمایشگاه کیش", "دستگاه تصفیه آب", "", "پیگیری", "1403/07/20", ""],
    [3, "رضا احمدی", "", "", "", "معرفی", "", "", "", "", ""],  # no way to reach him
    [4, "مریم ک.", "۰۹۱۲۱۱۱۲۲۳۳", "", "", "", "", "", "", "", ""],  # the same mobile as row 1
    [5, "علی رضایی", "09351234567", "", "", "", "", "", "منتفی", "1403/08/01", ""],
]


def sheet(tmp_path):
    return write_xlsx(tmp_path / "leads.xlsx", ROWS, title="سرنخ‌های پاییز", headers=HEADERS)


def mapping_for(path) -> ImportMapping:
    view = inspect_file(path)
    columns = header_match.suggest(view.headers, "leads", [c for _, c in view.sample])
    return ImportMapping(entity="leads", header_row=view.header_row, columns=columns)


def test_persian_lead_headers_map_themselves(tmp_path, db, owner):
    m = mapping_for(sheet(tmp_path))
    assert m.columns == {1: "full_name", 2: "mobile", 3: "email", 4: "company", 5: "source", 6: "interest",
                         7: "campaign", 8: "lead_status", 9: "lead_date", 10: "city"}


def test_leads_are_written_with_sources_statuses_and_dates(tmp_path, db, owner):
    instagram = choices.find_choice("source", "Instagram")
    choices.update_choice("source", instagram, "اینستاگرام")  # the office's own word for it
    result = run_import(sheet(tmp_path), mapping_for(sheet(tmp_path)), preview_rows=10)
    assert (result.rows, result.created, result.invalid, result.duplicates) == (5, 3, 1, 1)
    maryam = Lead.get(Lead.first_name == "مریم")
    assert (maryam.phone_norm, maryam.email_norm, maryam.company_name, maryam.status) == (
        "+989121112233", "maryam@example.com", "پخش البرز", "new")
    assert (maryam.__data__["source"], maryam.interest, maryam.campaign, maryam.city) == (
        instagram, "نرم‌افزار حسابداری", "پاییز", "کرج")
    assert maryam.created_at.date() == dt.date(2024, 10, 6)  # 1403/07/15
    taban = Lead.get(Lead.company_name == "فروشگاه تابان")
    assert (taban.first_name, taban.status, taban.source.name) == ("", "contacted", "نمایشگاه کیش")  # a new source
    assert Lead.get(Lead.last_name == "رضایی").status == "disqualified"
    reasons = {o.number: [render(t, p) for _, t, p in o.reasons] for o in result.failed}
    assert reasons[6] == ["The row has no phone number and no email to reach the lead."]
    assert reasons[7] == ["Same phone number as row 4 of this file; skipped."]
    assert {r.name or r.company for r in lead_list.lead_rows(lead_list.LeadFilter(status="all"))} == {
        "مریم کاظمی", "فروشگاه تابان", "علی رضایی"}


def test_a_second_import_skips_or_updates_the_same_leads_and_undo_restores(tmp_path, db, owner):
    path = sheet(tmp_path)
    first = run_import(path, mapping_for(path))
    again = run_import(path, mapping_for(path), preview_rows=10)
    assert (again.created, again.duplicates) == (0, 4)
    assert "Already in the database as \u201cمریم کاظمی\u201d (same phone number); skipped." in [
        render(t, p) for o in again.preview for _, t, p in o.reasons]
    rows = [list(r) for r in ROWS]
    rows[0][7] = "زمستان"  # the campaign changed
    changed = write_xlsx(tmp_path / "leads2.xlsx", rows, title="سرنخ‌های پاییز", headers=HEADERS)
    m = mapping_for(changed)
    m.on_duplicate = "update"
    update = run_import(changed, m)
    assert update.updated == 3 and Lead.get(Lead.first_name == "مریم").campaign == "زمستان"
    batches.undo_batch(update.batch_id)
    assert Lead.get(Lead.first_name == "مریم").campaign == "پاییز"
    assert batches.undo_preview(first.batch_id).leads == 3
    batches.undo_batch(first.batch_id)
    assert Lead.alive().count() == 0 and leads.open_leads_count() == 0
    assert LeadSource.select().count() >= 1  # sources the import added stay in the office's list


def test_the_command_line_imports_leads(tmp_path):
    from tests.unit.test_cli import run

    db, home = tmp_path / "office.sqlite3", tmp_path / "home"
    done = run("import", str(sheet(tmp_path)), "--entity", "leads", "--db", str(db), home=home)
    assert done.returncode == 0, done.stderr
    listed = run("leads", "--db", str(db), home=home)
    assert listed.returncode == 0 and "فروشگاه تابان" in listed.stdout and "مریم کاظمی" in listed.stdout

"""Deals from a spreadsheet: each row's customer found by phone, email or name (or added), stages
read from the pipeline's names and won/lost words, amounts in Rial or Toman, the stage log a sheet
can tell, lost deals needing a reason, duplicates by title and customer, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Contact, Deal, DealStageChange, Organization
from crm_desktop.services import contacts
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.funnel import choices, metrics, pipelines
from crm_desktop.services.imports import batches, header_match
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping, MappingError
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.text.i18n import render
from tests.unit.services.import_sheets import write_xlsx

HEADERS = ["عنوان معامله", "مشتری", "موبایل", "شرکت", "مبلغ (تومان)", "مرحله", "تاریخ ثبت", "تاریخ بسته شدن",
           "دلیل شکست", "مسئول", "منبع"]


def rows():
    return [
        ["۱۰ دستگاه کولر", "علی رضایی", 9123456789, "", "50,000,000", "Negotiation", "1403/06/01", "", "", "", ""],
        ["قرارداد پشتیبانی", "", "", "پخش البرز", "12000000", "موفق", "1403/05/10", "1403/06/20", "", "",
         "نمایشگاه"],
        ["لپ‌تاپ", "سارا محمدی", "09351112233", "", "80000000", "ناموفق", "1403/04/01", "1403/05/01", "قیمت بالا",
         "", ""],
        ["چاپگر", "مینا", "", "", "1000000", "ناموفق", "1403/04/01", "", "", "", ""],  # lost without a reason
        ["اسکنر", "رضا", "", "", "1000000", "مرحله عجیب", "", "", "", "", ""],  # no such stage
        ["۱۰ دستگاه کولر", "علی رضایی", "", "", "1", "", "", "", "", "", ""],  # same title and customer as row 4
    ]


def sheet(tmp_path, data=None):
    return write_xlsx(tmp_path / "deals.xlsx", data or rows(), title=None, headers=HEADERS)


def mapping_for(path) -> ImportMapping:
    view = inspect_file(path)
    columns = header_match.suggest(view.headers, "deals", [c for _, c in view.sample])
    return ImportMapping(entity="deals", header_row=view.header_row, columns=columns)


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(
        first_name="علی", last_name="رضایی", points=[PointInput("mobile", "0912 345 6789", is_primary=True)]))


def test_deal_headers_map_themselves(tmp_path, db, owner):
    m = mapping_for(sheet(tmp_path))
    assert m.columns == {0: "deal_title", 1: "full_name", 2: "mobile", 3: "company", 4: "amount_toman",
                         5: "deal_stage", 6: "deal_date", 7: "closed_on", 8: "lost_reason", 9: "owner", 10: "source"}


def test_deals_land_with_customers_stages_and_their_log(tmp_path, ali):
    result = run_import(sheet(tmp_path), mapping_for(sheet(tmp_path)), preview_rows=10)
    assert (result.rows, result.created, result.invalid, result.duplicates) == (6, 3, 2, 1)
    stages = {s.name: s for s in pipelines.stages(pipelines.default_pipeline_id())}
    ac = Deal.get(Deal.title == "۱۰ دستگاه کولر")
    assert (ac.__data__["contact"], ac.amount, ac.status, ac.__data__["stage"]) == (
        ali.id, 500_000_000, "open", stages["Negotiation"].id)  # found by mobile; Toman -> Rial
    assert ac.created_at == ac.stage_entered_at == dt.datetime(2024, 8, 22, 12, tzinfo=dt.timezone.utc)
    support = Deal.get(Deal.title == "قرارداد پشتیبانی")
    assert (support.status, support.contact, support.organization.name, support.source.name) == (
        "won", None, "پخش البرز", "نمایشگاه")  # the company is added, the source too
    assert support.closed_at == dt.datetime(2024, 9, 10, 12, tzinfo=dt.timezone.utc)
    log = [(c.__data__["from_stage"], c.__data__["to_stage"]) for c in
           DealStageChange.select().where(DealStageChange.deal == support.id).order_by(DealStageChange.at)]
    assert log == [(None, stages["First contact"].id), (stages["First contact"].id, stages["Won"].id)]
    laptop = Deal.get(Deal.title == "لپ‌تاپ")
    assert (laptop.status, laptop.lost_reason.name) == ("lost", "قیمت بالا")
    sara = Contact.get(Contact.first_name == "سارا")  # a new customer, with her mobile
    assert (laptop.__data__["contact"], sara.lifecycle_stage) == (sara.id, "opportunity")
    reasons = {o.number: [render(t, p) for _, t, p in o.reasons] for o in result.failed}
    assert reasons[5] == ["The deal is lost but the row gives no reason: fill in the reason column."]
    assert reasons[6][0].startswith("\u201cمرحله عجیب\u201d is not a stage of the pipeline \u201cSales\u201d")
    assert reasons[7] == ["Same title and customer as row 2 of this file; skipped."]
    # the funnel numbers see them: the laptop and the support contract closed in their months
    won = metrics.win_rates(dt.date(2024, 7, 1), dt.date(2024, 9, 30), by="source")
    assert sum(w.won for w in won) == 1 and sum(w.lost for w in won) == 1


def test_a_second_import_skips_the_same_deals_and_undo_removes_them(tmp_path, ali):
    path = sheet(tmp_path)
    first = run_import(path, mapping_for(path))
    again = run_import(path, mapping_for(path))
    assert (again.created, again.duplicates) == (0, 4)
    m = mapping_for(path)
    m.on_duplicate = "update"
    with pytest.raises(MappingError):
        run_import(path, m)
    preview = batches.undo_preview(first.batch_id)
    assert (preview.deals, preview.people, preview.companies) == (3, 1, 1)
    batches.undo_batch(first.batch_id)
    assert Deal.alive().count() == 0 and DealStageChange.alive().count() == 0
    assert Contact.alive().count() == 1 and Organization.alive().count() == 0  # Ali was there before
    assert choices.find_choice("lost_reason", "قیمت بالا") is not None  # reasons added stay in the list

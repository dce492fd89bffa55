"""Every real workbook in ../shared/fixtures/real goes through the import engine: it imports what
it can and reports the rest with reasons, or refuses with one clear sentence — never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.models import Contact, ContactPoint, Organization
from crm_desktop.services.imports import header_match
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.text.i18n import render, render_error
from crm_desktop.text.messages import UserError

REAL = (Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "real").resolve()
FILES = sorted(p for p in REAL.rglob("*") if p.is_file() and p.name != "CATALOGUE.md") if REAL.is_dir() else []
MAX_SHEETS = 6  # openpyxl/bigfoot.xlsx has 1024
pytestmark = pytest.mark.skipif(not FILES, reason="the real-files fixtures are not beside the project")


def _dry_run_every_sheet(path: Path) -> list[tuple[str, object]]:
    """(sheet, report or the refusal's message) for each sheet of ``path``."""
    try:
        first = inspect_file(path)
    except UserError as error:
        return [("", render_error(error))]
    outcomes = []
    for info in first.sheets[:MAX_SHEETS]:  # the reader tests open every sheet of every file
        try:
            view = inspect_file(path, info.index)
            for entity in ("contacts", "companies"):
                columns = header_match.suggest(view.headers, entity, [c for _, c in view.sample])
                mapping = ImportMapping(entity=entity, header_row=view.header_row, columns=columns)
                outcomes.append((info.name, run_import(path, mapping, sheet=info.index, dry_run=True)))
        except UserError as error:
            outcomes.append((info.name, render_error(error)))
    return outcomes


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(REAL)) for p in FILES])
def test_real_file_imports_or_refuses_clearly(path, db, owner, counts):
    before = counts()
    for sheet, outcome in _dry_run_every_sheet(path):
        if isinstance(outcome, str):
            assert path.name in outcome and "Traceback" not in outcome, outcome
            continue
        assert outcome.rows == outcome.created + outcome.updated + outcome.duplicates + outcome.invalid
        for failed in outcome.failed:
            assert failed.reasons, (sheet, failed.number)
            assert all(render(text, params).strip() for _, text, params in failed.reasons)
    assert counts() == before  # dry runs write nothing


def _import(relative: str, entity: str = "contacts", sheet: int | None = None):
    path = REAL / relative
    view = inspect_file(path, sheet)
    columns = header_match.suggest(view.headers, entity, [c for _, c in view.sample])
    mapping = ImportMapping(entity=entity, header_row=view.header_row, columns=columns)
    return view, mapping, run_import(path, mapping, sheet=view.sheet.index)


def test_persian_shop_customers_with_a_mobile_stored_as_text(db, owner):
    view, mapping, result = _import("store-bot-fa/customers.xlsx")
    assert "full_name" in mapping.columns.values() and {"mobile", "phone"} & set(mapping.columns.values())
    assert result.created == 1
    person = Contact.get()
    assert ContactPoint.get(ContactPoint.contact == person.id).value_norm.startswith("+989")


def test_saudi_customer_export_with_a_title_row(db, owner):
    view, mapping, result = _import("mec-ar/بيانات العملاء.xlsx", "companies")
    assert view.header_row == 2  # row 1 is the export's title
    assert result.created > 100
    # the sales reps (المندوب -> owner) are not users here: those rows wait for the users to be added
    assert {str(text) for o in result.failed for _, text, _ in o.reasons} <= {
        "No user called \u201c{value}\u201d in this database; add the user, or do not import this column.",
        "Same {key} as row {row} of this file; skipped."}
    assert Organization.select().where(Organization.code != "").count() == result.created  # رقم العميل -> code


def test_arabic_member_template_with_bilingual_headers(db, owner):
    view, mapping, result = _import("alshuail-ar/AlShuail_Members_Prefilled_Import.xlsx")
    assert {"full_name", "mobile", "code"} <= set(mapping.columns.values())
    assert result.created > 250
    assert ContactPoint.select().where(ContactPoint.kind == "mobile").count() > 0


def test_odoo_partner_template_as_companies(db, owner):
    view, mapping, result = _import("odoo17/res_partner.xlsx", "companies")
    assert result.created >= 1 and "name" in mapping.columns.values()


def test_atomic_crm_contacts_csv(db, owner):
    view, mapping, result = _import("atomic-crm/contacts_export.csv")
    assert {"first_name", "last_name"} <= set(mapping.columns.values())
    assert result.created + result.invalid == result.rows and result.created >= 1

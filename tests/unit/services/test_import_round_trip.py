"""Round trip: importing a customers export into an empty database reproduces the same records."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Contact, ContactPoint, Organization, Tag, Tagging
from crm_desktop.services import contacts, organizations
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.exports.customers import export_customers
from crm_desktop.services.imports import header_match
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.source import inspect_file
from crm_desktop.services.users import ensure_default_user
from crm_desktop.text import i18n
from tests.conftest import PG_URL


def _records() -> tuple[set, set]:
    people = set()
    for c in Contact.alive():
        points = frozenset((p.kind, p.value_norm) for p in ContactPoint.alive().where(ContactPoint.contact == c.id))
        tags = frozenset(t.name for t in Tag.select().join(Tagging).where(Tagging.contact == c.id))
        people.add((c.first_name, c.last_name, c.gender, c.national_code, c.birth_date, c.job_title,
                    c.organization.name if c.organization else "", c.source, c.lifecycle_stage, c.city, c.province,
                    c.code, c.notes, points, tags))
    companies = set()
    for o in Organization.alive():
        points = frozenset((p.kind, p.value_norm) for p in ContactPoint.alive().where(ContactPoint.organization == o.id))
        companies.add((o.name, o.industry, o.website, o.city, o.province, o.national_id, o.economic_code, o.code,
                       points))
    return people, companies


@pytest.mark.skipif(bool(PG_URL), reason="moves between two SQLite files")
@pytest.mark.parametrize("lang, suffix", [("fa", "xlsx"), ("en", "xlsx"), ("fa", "csv")])
def test_an_export_imports_back_to_the_same_records(tmp_path, db, owner, lang, suffix):
    i18n.set_language(lang)
    org = organizations.create_organization(organizations.OrganizationInput(
        name="بازرگانی پارس", industry="پخش", website="www.pars.ir", city="تهران", province="تهران",
        national_id="10103050200", points=[PointInput("phone", "021-88776655")]))
    contacts.create_contact(contacts.ContactInput(
        first_name="علی", last_name="رضایی", gender="male", national_code="0012345679",
        birth_date=dt.date(1991, 8, 8), job_title="مدیر خرید", organization_id=org.id, source="نمایشگاه",
        lifecycle_stage="customer", city="تهران", province="تهران", notes="مشتری قدیمی",
        points=[PointInput("mobile", "0912 345 6789", is_primary=True), PointInput("mobile", "09351112233"),
                PointInput("email", "ali@example.com")], tags=["VIP", "عمده"]))
    contacts.create_contact(contacts.ContactInput(first_name="Jane", last_name="Doe", gender="female", city="Dubai",
                                                  points=[PointInput("email", "jane@example.com")]))
    expected = _records()
    out = tmp_path / f"customers.{suffix}"
    assert export_customers(out, ListFilter()) == 3
    close_database()
    database.initialize(None)
    open_database(tmp_path / "fresh.sqlite3", backup_dir=tmp_path / "backups")
    ensure_default_user()
    view = inspect_file(out)
    mapping = ImportMapping(header_row=view.header_row,
                            columns=header_match.suggest(view.headers, "contacts", [c for _, c in view.sample]))
    result = run_import(out, mapping)
    assert (result.created, result.invalid, result.duplicates) == (3, 0, 0)
    assert _records() == expected

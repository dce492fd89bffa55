"""A small office to export: people and companies with several phones, tags, owners and dates,
and helpers that read a written .xlsx or .csv back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.db.models import Contact, Organization, User
from crm_desktop.services import contacts, notes, organizations, settings
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.organizations import OrganizationInput


def read_xlsx(path: Path) -> list[tuple]:
    """Every row of the first sheet, values only."""
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def use_preferences(language: str, calendar: str, money_unit: str = "toman") -> None:
    """Make these the office's preferences (what exports read)."""
    prefs = settings.Preferences(language, calendar, "latin", money_unit)
    settings.save_preferences(prefs, user_id=None)


@pytest.fixture
def office(owner):
    """Two companies and four people; returns ids by short name."""
    sara = User.create(username="sara", full_name="سارا احمدی")
    alborz = organizations.create_organization(OrganizationInput(
        name="پخش البرز", city="تهران", province="تهران", website="alborz.example", national_id="10101234565",
        economic_code="411111111111", industry="پخش", tags=["VIP"],
        points=[PointInput("phone", "021 8888 7777"), PointInput("website", "https://shop.alborz.example")]))
    zagros = organizations.create_organization(OrganizationInput(name="Zagros Trading", city="شیراز"))
    zhaleh = contacts.create_contact(ContactInput(
        first_name="ژاله", last_name="محمدی", city="تهران", province="تهران", lifecycle_stage="customer",
        gender="female", organization_id=alborz.id, job_title="مدیر خرید", birth_date=dt.date(1990, 8, 8),
        source="نمایشگاه", tags=["VIP", "عمده"], notes="مشتری قدیمی\nخط دوم",
        points=[PointInput("mobile", "0912 345 6789"), PointInput("mobile", "+98 935 111 2233", is_primary=True),
                PointInput("email", "zh@example.ir"), PointInput("address", "تهران، خیابان ولیعصر؛ پلاک ۱۲"),
                PointInput("whatsapp", "09123456789"), PointInput("telegram", "@zhaleh")]))
    zahra = contacts.create_contact(ContactInput(
        first_name="زهرا", last_name="کریمی", city="شیراز", owner_id=sara.id, tags=["VIP"],
        points=[PointInput("phone", "۰۷۱ ۳۲۲۲ ۴۴۵۵")]))
    parviz = contacts.create_contact(ContactInput(first_name="پرویز", city="تهران", lifecycle_stage="customer"))
    john = contacts.create_contact(ContactInput(first_name="John", last_name="Smith", organization_id=zagros.id,
                                                points=[PointInput("email", "john@zagros.example")]))
    Contact.update(code="C-0042").where(Contact.id == zhaleh.id).execute()
    Organization.update(code="K-7").where(Organization.id == alborz.id).execute()
    notes.add_note("تماس گرفت؛ پیش‌فاکتور می‌خواهد", contact_id=zhaleh.id)
    notes.add_note("Sent the catalogue", organization_id=zagros.id)
    return {"alborz": alborz.id, "zagros": zagros.id, "zhaleh": zhaleh.id, "zahra": zahra.id, "parviz": parviz.id,
            "john": john.id, "sara": sara.id}

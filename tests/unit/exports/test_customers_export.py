"""The customers list to .xlsx/.csv: headers in both languages, one row per person or company with
every detail, exactly the rows (and order) the list shows for a filter and a sort."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Contact
from crm_desktop.db.models.people import POINT_KINDS
from crm_desktop.services import contacts, customer_list, tags
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.exports import customers
from crm_desktop.services.exports.customers import customer_columns, customer_rows, export_customers
from crm_desktop.services.exports.table_writer import UnknownFormatError
from crm_desktop.text import i18n
from tests.unit.exports.conftest import read_csv, read_xlsx, use_preferences

HEADERS_EN = ["Kind", "Customer code", "First name", "Last name", "Full name or company name", "Company", "Job title", "Industry",
              "Mobile", "Phone", "Email", "Address", "Website", "Fax", "WhatsApp", "Telegram", "Instagram", "LinkedIn",
              "Other", "City", "Province", "National code", "National ID", "Economic code", "Birth date", "Gender",
              "Stage", "Source", "Owner", "Tags", "Notes", "Added", "Last interaction"]


def by_name(rows: list) -> dict[str, dict]:
    """Data rows by their Name cell, as {English header: value}."""
    return {row[4]: dict(zip(HEADERS_EN, row, strict=True)) for row in rows[1:]}


def test_headers_in_english(db, tmp_path, office):
    use_preferences("en", "gregorian")
    target = tmp_path / "customers.xlsx"
    assert export_customers(target, ListFilter()) == 6
    assert list(read_xlsx(target)[0]) == HEADERS_EN


def test_headers_in_persian_are_the_translated_labels(db, tmp_path, office):
    use_preferences("fa", "jalali")
    i18n.set_language("fa")
    headers = [c.header for c in customer_columns()]
    for known in ("نوع", "نام خانوادگی", "شرکت", "سمت", "همراه", "تلفن", "ایمیل", "نشانی", "شهر", "استان", "کد ملی",
                  "شناسه ملی", "کد اقتصادی", "تاریخ تولد", "جنسیت", "مرحله", "مسئول", "توضیحات", "آخرین تعامل"):
        assert known in headers
    target = tmp_path / "customers.xlsx"
    export_customers(target, ListFilter())
    assert list(read_xlsx(target)[0]) == headers


def test_persian_headers_are_unique(db):
    i18n.set_language("fa")
    headers = [c.header for c in customer_columns()]
    assert len(set(headers)) == len(headers)


def test_english_headers_are_unique_and_every_contact_detail_has_a_column(db):
    headers = [c.header for c in customer_columns()]
    assert len(set(headers)) == len(headers)
    assert set(POINT_KINDS) <= {c.key for c in customer_columns()}


def test_a_person_row_has_every_detail(db, tmp_path, office):
    use_preferences("en", "gregorian")
    target = tmp_path / "customers.xlsx"
    export_customers(target, ListFilter())
    row = by_name(read_xlsx(target))["ژاله محمدی"]
    created = Contact.get_by_id(office["zhaleh"]).created_at.astimezone().replace(tzinfo=None, microsecond=0)
    assert row == {
        "Kind": "Person", "Customer code": "C-0042", "First name": "ژاله", "Last name": "محمدی",
        "Full name or company name": "ژاله محمدی", "Company": "پخش البرز", "Job title": "مدیر خرید", "Industry": None,
        "Mobile": "+98 935 111 2233; 0912 345 6789",  # the primary one first
        "Phone": None, "Email": "zh@example.ir", "Address": "تهران، خیابان ولیعصر؛ پلاک ۱۲", "Website": None,
        "Fax": None, "WhatsApp": "09123456789", "Telegram": "@zhaleh", "Instagram": None, "LinkedIn": None,
        "Other": None, "City": "تهران", "Province": "تهران", "National code": None, "National ID": None,
        "Economic code": None, "Birth date": dt.datetime(1990, 8, 8), "Gender": "Female", "Stage": "Customer",
        "Source": "نمایشگاه", "Owner": row["Owner"], "Tags": "عمده, VIP", "Notes": "مشتری قدیمی\nخط دوم",
        "Added": created, "Last interaction": row["Last interaction"]}
    assert row["Owner"] and isinstance(row["Last interaction"], dt.datetime)  # the note touched it


def test_a_company_row_and_other_owners(db, tmp_path, office):
    use_preferences("en", "gregorian")
    target = tmp_path / "customers.csv"
    export_customers(target, ListFilter())
    rows = read_csv(target)
    assert rows[0] == HEADERS_EN
    found = {row[4]: dict(zip(HEADERS_EN, row)) for row in rows[1:]}
    alborz = found["پخش البرز"]
    assert (alborz["Kind"], alborz["Customer code"], alborz["First name"], alborz["Company"]) == \
        ("Company", "K-7", "", "")
    assert alborz["Website"] == "alborz.example; https://shop.alborz.example"
    assert (alborz["Phone"], alborz["National ID"], alborz["Economic code"]) == ("021 8888 7777", "10101234565",
                                                                                "411111111111")
    assert (alborz["Industry"], alborz["Tags"], alborz["Stage"], alborz["Gender"]) == ("پخش", "VIP", "", "")
    assert found["زهرا کریمی"]["Owner"] == "سارا احمدی"
    assert found["زهرا کریمی"]["Phone"] == "071 3222 4455"  # Latin digits, as typed otherwise
    assert found["John Smith"]["Company"] == "Zagros Trading"


def test_persian_values_dates_and_tags(db, tmp_path, office):
    use_preferences("fa", "jalali")
    i18n.set_language("fa")
    target = tmp_path / "customers.xlsx"
    export_customers(target, ListFilter())
    row = by_name(read_xlsx(target))["ژاله محمدی"]
    assert (row["Kind"], row["Gender"], row["Stage"]) == ("شخص", "زن", "مشتری")
    assert row["Birth date"] == "1369/05/17"
    assert row["Tags"] == "عمده، VIP"
    assert len(row["Added"]) == len("1403/01/01 10:00") and row["Added"][:2] == "14"


def test_the_list_order_and_filters_are_kept(db, tmp_path, office):
    use_preferences("en", "gregorian")
    for f in (ListFilter(), ListFilter(sort="newest", descending=True), ListFilter(kind="organization"),
              ListFilter(text="محمدی"), ListFilter(city="تهران", sort="recent", descending=True),
              ListFilter(tag_id=tags.get_or_create_tag("VIP").id), ListFilter(stage="customer")):
        target = tmp_path / "customers.xlsx"
        count = export_customers(target, f)
        shown = [row.name for row in customer_list.page(f, 0, 100)]
        assert [row[4] for row in read_xlsx(target)[1:]] == shown and count == len(shown), f


def test_a_tag_filter_exports_only_the_tagged(db, tmp_path, office):
    use_preferences("en", "gregorian")
    target = tmp_path / "vip.csv"
    assert export_customers(target, ListFilter(tag_id=tags.get_or_create_tag("VIP").id)) == 3
    assert sorted(row[4] for row in read_csv(target)[1:]) == sorted(["پخش البرز", "ژاله محمدی", "زهرا کریمی"])


def test_deleted_people_are_left_out(db, tmp_path, office):
    use_preferences("en", "gregorian")
    contacts.delete_contact(office["parviz"])
    target = tmp_path / "customers.xlsx"
    assert export_customers(target, ListFilter()) == 5
    assert "پرویز" not in [row[4] for row in read_xlsx(target)]


def test_rows_read_in_small_chunks_are_the_same(db, office):
    assert list(customer_rows(ListFilter(), chunk=2)) == list(customer_rows(ListFilter()))


def test_an_empty_list_still_has_its_header(db, tmp_path, office):
    target = tmp_path / "none.xlsx"
    assert export_customers(target, ListFilter(text="nobody-by-this-name")) == 0
    assert read_xlsx(target) == [tuple(HEADERS_EN)]


def test_a_wrong_extension_fails_before_reading(db, tmp_path, monkeypatch):
    monkeypatch.setattr(customers.customer_list, "count", lambda f: pytest.fail("read the database"))
    with pytest.raises(UnknownFormatError):
        export_customers(tmp_path / "customers.xls", ListFilter())

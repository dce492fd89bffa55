"""Every real-world file in shared/fixtures/real opens and reads, or fails with a clear message.

The files (described with their traps in CATALOGUE.md there) are read in place, never copied
into this repository: several carry no licence for redistribution.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.imports.header_row import detect_header_row, header_labels
from crm_desktop.services.imports.workbook import WorkbookError, open_workbook
from crm_desktop.text.i18n import render_error

REAL = (Path(__file__).resolve().parents[3] / "../shared/fixtures/real").resolve()
FILES = sorted(p for p in REAL.rglob("*") if p.is_file() and p.name != "CATALOGUE.md") if REAL.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"real fixtures not found at {REAL}")


def failure(relative: str) -> WorkbookError | None:
    """Open and read every sheet of the file; the WorkbookError if that failed."""
    path = REAL / relative
    try:
        with open_workbook(path) as book:
            for info in book.sheets:
                for number, cells in book.iter_rows(info):
                    assert isinstance(number, int) and isinstance(cells, list)
    except WorkbookError as error:
        assert path.name in render_error(error)
        return error
    return None


@pytest.mark.parametrize("relative", [str(p.relative_to(REAL)) for p in FILES])
def test_every_file_reads_or_fails_clearly(relative):
    failure(relative)  # any exception but WorkbookError fails the test


@pytest.mark.parametrize("relative", ["calamine/pass_protected.xlsx", "sheetjs/password_2002_40_xor.xls",
                                      "calamine/issue_385.xls"])
def test_password_protected_files_say_so(relative):
    error = failure(relative)
    assert error is not None and error.reason == "password"
    assert "password" in render_error(error)


@pytest.mark.parametrize(("relative", "reason"), [
    ("odoo17/crm_lead.xls", "damaged"),
    ("calamine/too_small.xls", "damaged"),
    ("calamine/OOM_alloc3.xls", "damaged"),
    ("calamine/issue252.xlsx", "damaged"),
    ("openpyxl/null_archive.xlsx", "damaged"),
    ("openpyxl/null_file.xlsx", "empty"),
    ("calamine/issue_594_dos.ods", "too_big"),
    ("xlrd/biff4_no_format_no_window2.xls", "resave"),
])
def test_broken_files_fail_with_a_clear_message(relative, reason):
    error = failure(relative)
    assert error is not None and error.reason == reason
    text = render_error(error)
    assert text.startswith(f"The file {Path(relative).name} ") and text.endswith(".")


def header_of(relative: str, sheet: str | int | None = None) -> tuple[int, list[str]]:
    with open_workbook(REAL / relative) as book:
        rows = book.read_rows(book.default_sheet() if sheet is None else sheet, limit=30)
    number, cells = rows[detect_header_row([cells for _, cells in rows])]
    return number, [label for label in header_labels(cells) if label]


def test_header_below_an_export_title():
    number, labels = header_of("mec-ar/بيانات العملاء.xlsx")
    assert number == 2
    assert labels[:3] == ["رقم العميل", "الاسم - AR", "الاسم - EN"]


def test_header_on_the_first_row():
    assert header_of("hesab-fa/customers.xlsx") == (1, ["کد", "نام", "جمع حساب", "تاریخ", "نام فایل"])


def test_header_with_two_line_bilingual_labels():
    number, labels = header_of("alshuail-ar/AlShuail_Members_Prefilled_Import.xlsx", "Member Import")
    assert number == 1
    assert labels[3] == "رقم الجوال / phone_number"


def test_header_below_a_key_value_line():
    number, labels = header_of("hesab-fa/mohammad hosein.xlsx")
    assert number == 2  # the same heading repeats on row 21: the first one counts
    assert labels[:2] == ["جمع بدهی", "مبلغ فاکتور"]


def test_header_below_blank_rows_and_a_note():
    assert header_of("calamine/header-row.xlsx")[0] == 9


def test_table_in_the_middle_of_the_sheet():
    with open_workbook(REAL / "calamine/temperature-in-middle.xlsx") as book:
        assert book.read_rows(0)[0] == (4, ["", "label", "value"])


def test_csv_with_bom_crlf_and_newlines_inside_fields():
    with open_workbook(REAL / "sheetjs/crlf/crlf.csv") as book:
        assert (book.encoding, book.delimiter) == ("utf-8-sig", ",")
        assert book.read_rows(0) == [(1, ["Normal", "abc\ndef"]), (2, ["Formula", "abc\r\ndef"]), (3, ["Test", ""])]


def test_semicolon_csv():
    with open_workbook(REAL / "frappe/sample_import_file_semicolon.csv") as book:
        assert book.delimiter == ";"
        assert book.read_rows(0, 1)[0][1][0] == "Title  "


def test_windows_1256_text():
    with open_workbook(REAL / "writeexcel-cp1256/unicode_cp1256.txt") as book:
        assert book.encoding == "cp1256"
        text = " ".join(cell for _, cells in book.read_rows(0) for cell in cells)
    assert "رسول الله" in text


def test_windows_1252_contact_list_is_not_read_as_arabic():
    with open_workbook(REAL / "sheetjs/2011/apachepoi_46904.xls.0.csv") as book:
        assert book.encoding == "cp1252"
        cells = [cell for _, row in book.read_rows(0, 200) for cell in row]
    assert "Hillerød" in cells
    assert not any("\u0600" <= ch <= "\u06ff" for cell in cells for ch in cell)


def test_sheet_visibility_and_chart_sheets():
    with open_workbook(REAL / "calamine/any_sheets.xlsx") as book:
        assert [(s.name, s.visible) for s in book.sheets] == [("Visible", True), ("Hidden", False),
                                                             ("VeryHidden", False)]
    with open_workbook(REAL / "openpyxl/contains_chartsheets.xlsx") as book:
        assert [s.name for s in book.sheets] == ["data", "moredata"]


def test_1904_workbooks_are_flagged():
    for relative in ("calamine/date_1904.xlsx", "calamine/date_1904.xls", "sheetjs/1904/1904.xlsx"):
        with open_workbook(REAL / relative) as book:
            assert book.epoch_1904, relative
    with open_workbook(REAL / "odoo-older/res_partner.xls") as book:
        assert not book.epoch_1904

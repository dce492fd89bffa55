"""Opening spreadsheets of every kind, reading rows, and clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import openpyxl
import pytest
import python_calamine
from openpyxl.utils.datetime import MAC_EPOCH

from crm_desktop.services.imports import sheet_readers
from crm_desktop.services.imports import workbook as workbook_module
from crm_desktop.services.imports.workbook import CellError, SheetInfo, WorkbookError, open_workbook
from crm_desktop.text.i18n import render_error


def make_xlsx(path, build=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Customers"
    if build:
        build(book, sheet)
    else:
        sheet.append(["Name", "Phone", "Joined"])
        sheet.append(["Ali", "09121234567", dt.date(2024, 1, 2)])
        sheet.append(["Sara", 9351234567, dt.datetime(2024, 2, 3, 10, 30)])
    book.save(path)
    return path


def reason(path) -> str:
    with pytest.raises(WorkbookError) as caught:
        with open_workbook(path) as book:
            for info in book.sheets:
                list(book.iter_rows(info))
    assert os.path.basename(path) in render_error(caught.value)
    return caught.value.reason


def test_reads_an_xlsx(tmp_path):
    path = make_xlsx(tmp_path / "c.xlsx")
    with open_workbook(path) as book:
        assert book.format == "xlsx"
        assert book.path == path
        assert not book.epoch_1904
        assert book.sheets == [SheetInfo(0, "Customers", True, 3, 3)]
        rows = book.read_rows("Customers")
    assert rows[0] == (1, ["Name", "Phone", "Joined"])
    assert rows[1][1][:2] == ["Ali", "09121234567"]
    assert rows[1][1][2] in (dt.date(2024, 1, 2), dt.datetime(2024, 1, 2))
    assert rows[2][1][1:] == [9351234567, dt.datetime(2024, 2, 3, 10, 30)]


def test_table_starting_at_c4_keeps_excel_row_numbers_and_column_a(tmp_path):
    def build(book, sheet):
        sheet["C4"], sheet["D4"], sheet["E4"] = "Name", "Phone", "City"
        sheet["C5"], sheet["D5"] = "Ali", "0912"
        sheet["E6"] = "Tehran"

    with open_workbook(make_xlsx(tmp_path / "c4.xlsx", build)) as book:
        assert book.sheets[0].rows == 3 and book.sheets[0].columns == 3
        assert book.read_rows(0) == [
            (4, ["", "", "Name", "Phone", "City"]),
            (5, ["", "", "Ali", "0912", ""]),
            (6, ["", "", "", "", "Tehran"]),
        ]
        assert book.read_rows(0, limit=1) == [(4, ["", "", "Name", "Phone", "City"])]


def test_hidden_sheets_are_listed_and_chart_sheets_are_not(tmp_path):
    def build(book, sheet):
        sheet.title = "Empty"
        hidden = book.create_sheet("Secret")
        hidden.append(["x"])
        hidden.sheet_state = "hidden"
        book.create_chartsheet("Chart")
        book.create_sheet("Data").append(["Name", "Phone"])

    with open_workbook(make_xlsx(tmp_path / "s.xlsx", build)) as book:
        assert [(s.name, s.visible) for s in book.sheets] == [("Empty", True), ("Secret", False), ("Data", True)]
        assert book.default_sheet().name == "Data"
        assert book.sheet(2) is book.sheets[2]
        assert book.sheet(" data ").name == "Data"
        assert book.sheet(book.sheets[1]).name == "Secret"
        with pytest.raises(WorkbookError) as caught:
            book.iter_rows("Chart")
        assert caught.value.reason == "sheet_not_found"
        assert render_error(caught.value) == "The file s.xlsx has no sheet named Chart."
        with pytest.raises(WorkbookError):
            book.sheet(7)


def test_default_sheet_falls_back_to_the_first(tmp_path):
    with open_workbook(make_xlsx(tmp_path / "e.xlsx", lambda book, sheet: None)) as book:
        assert book.default_sheet() == book.sheets[0]
        assert book.read_rows(0) == []


def test_1904_date_system(tmp_path):
    def build(book, sheet):
        book.epoch = MAC_EPOCH
        sheet["A1"] = dt.date(2021, 1, 1)
        sheet["A1"].number_format = "yyyy-mm-dd"

    with open_workbook(make_xlsx(tmp_path / "mac.xlsx", build)) as book:
        assert book.epoch_1904
        assert book.read_rows(0)[0][1][0] in (dt.date(2021, 1, 1), dt.datetime(2021, 1, 1))


def test_format_comes_from_the_bytes_not_the_name(tmp_path):
    data = make_xlsx(tmp_path / "real.xlsx").read_bytes()
    for name in ("renamed.xls", "renamed.csv", "renamed"):
        (tmp_path / name).write_bytes(data)
        with open_workbook(tmp_path / name) as book:
            assert book.format == "xlsx"
            assert book.read_rows(0, 1) == [(1, ["Name", "Phone", "Joined"])]


def test_xlsm_is_told_from_its_content_types(tmp_path):
    source = make_xlsx(tmp_path / "plain.xlsx")
    target = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"spreadsheetml.sheet.main+xml", b"..ms-excel.sheet.macroEnabled.main+xml")
            new.writestr(item, data)
    with open_workbook(target) as book:
        assert book.format == "xlsm"


def test_utf16_tab_separated_text(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_text("نام\tتلفن\r\nعلی\t0912\r\n", encoding="utf-16")
    with open_workbook(path) as book:
        assert (book.format, book.encoding, book.delimiter) == ("csv", "utf-16", "\t")
        assert book.sheets == [SheetInfo(0, "unicode", True, 2, 2)]
        assert book.read_rows(0) == [(1, ["نام", "تلفن"]), (2, ["علی", "0912"])]


def test_semicolon_csv_with_windows_1256(tmp_path):
    path = tmp_path / "customers.csv"
    path.write_bytes("الاسم;الجوال\r\nعلي;0501000000\r\nمحمد;0502000000".encode("cp1256"))
    with open_workbook(path) as book:
        assert (book.encoding, book.delimiter) == ("cp1256", ";")
        assert book.read_rows(book.default_sheet())[-1] == (3, ["محمد", "0502000000"])


def test_csv_with_xls_name_is_read_when_it_is_a_table(tmp_path):
    path = tmp_path / "export.xls"  # web applications often send tab-separated text as .xls
    path.write_text("name\tphone\nAli\t0912\nSara\t0935\n", encoding="utf-8")
    with open_workbook(path) as book:
        assert book.format == "csv"
        assert book.delimiter == "\t"


def test_openpyxl_steps_in_when_calamine_fails(tmp_path, monkeypatch):
    def build(book, sheet):
        sheet["B2"] = "Name"
        sheet["C2"] = "Check"
        sheet["B3"] = "Ali"
        sheet["C3"] = "#N/A"  # openpyxl stores this as an error cell

    path = make_xlsx(tmp_path / "fallback.xlsx", build).rename(tmp_path / "fallback.xls")  # any name

    class Refusing:
        @staticmethod
        def from_path(*args):
            raise python_calamine.XmlError("calamine says no")

        from_filelike = from_path

    monkeypatch.setattr(sheet_readers, "CalamineWorkbook", Refusing)
    with open_workbook(path) as book:
        assert book.format == "xlsx"
        assert book.sheets == [SheetInfo(0, "Customers", True, 2, 2)]
        rows = book.read_rows(0)
    assert rows == [(2, [None, "Name", "Check"]), (3, [None, "Ali", CellError("#N/A")])]
    assert str(CellError("#N/A")) == "#N/A"


def test_a_sheet_failing_while_read_names_the_sheet(tmp_path, monkeypatch):
    path = make_xlsx(tmp_path / "broken.xlsx")
    with open_workbook(path) as book:
        def explode(info):
            raise ValueError("boom")

        monkeypatch.setattr(book._reader, "rows", explode)
        with pytest.raises(WorkbookError) as caught:
            book.read_rows(0)
    assert caught.value.reason == "sheet_damaged"
    assert "Customers" in render_error(caught.value) and "broken.xlsx" in render_error(caught.value)


# -- bad files ---------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    assert reason(tmp_path / "nowhere.xlsx") == "not_found"


def test_empty_file(tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert reason(tmp_path / "empty.xlsx") == "empty"


def test_a_folder_is_not_readable(tmp_path):
    (tmp_path / "folder.xlsx").mkdir()
    assert reason(tmp_path / "folder.xlsx") == "not_readable"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = make_xlsx(tmp_path / "locked.xlsx")
    path.chmod(0)
    try:
        assert reason(path) == "not_readable"
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(("name", "data"), [
    ("report.xlsx", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
    ("junk.csv", bytes(range(256)) * 8),
])
def test_not_a_spreadsheet(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    assert reason(tmp_path / name) == "not_spreadsheet"


def test_zip_of_other_things(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    (tmp_path / "photos.zip").write_bytes(buffer.getvalue())
    (tmp_path / "claims.xlsx").write_bytes(buffer.getvalue())
    assert reason(tmp_path / "photos.zip") == "not_spreadsheet"
    assert reason(tmp_path / "claims.xlsx") == "damaged"


def test_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Override PartName="/word/document.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", "<w:document/>")
    (tmp_path / "letter.xlsx").write_bytes(buffer.getvalue())
    assert reason(tmp_path / "letter.xlsx") == "not_spreadsheet"


def test_truncated_xlsx(tmp_path):
    data = make_xlsx(tmp_path / "whole.xlsx").read_bytes()
    (tmp_path / "half.xlsx").write_bytes(data[: len(data) // 2])
    assert reason(tmp_path / "half.xlsx") == "damaged"


def test_truncated_compound_file(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert reason(tmp_path / "old.xls") == "damaged"


def test_encrypted_ooxml_package(tmp_path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    (tmp_path / "secret.xlsx").write_bytes(header + "EncryptedPackage".encode("utf-16-le") + bytes(400))
    assert reason(tmp_path / "secret.xlsx") == "password"


def test_web_page_saved_as_xls(tmp_path):
    (tmp_path / "export.xls").write_text("<html><body><table><tr><td>Ali</td></tr></table></body></html>")
    assert reason(tmp_path / "export.xls") == "resave"


def test_a_line_of_text_named_xls(tmp_path):
    (tmp_path / "note.xls").write_text("Attachment f:\\Summer trading shots.xls not found!")
    assert reason(tmp_path / "note.xls") == "damaged"


def test_messages_are_one_clear_sentence_naming_the_file(tmp_path):
    for key, text in workbook_module.MESSAGES.items():
        assert "{file}" in text, key
        assert text.context == "Import"
    error = WorkbookError("password", tmp_path / "secret.xlsx")
    assert render_error(error).startswith("The file secret.xlsx is protected with a password.")

"""The table writer: .xlsx layout (RTL, frozen header, autofilter, widths), typed values by the
user's calendar and money unit, CSV bytes, and files that appear complete or not at all."""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile

import openpyxl
import pytest

from crm_desktop.services import atomic_file
from crm_desktop.services.exports import table_writer
from crm_desktop.services.atomic_file import FileInUseError
from crm_desktop.services.exports.table_writer import ExportColumn, UnknownFormatError, write_table
from crm_desktop.services.progress import CancelToken, Cancelled
from crm_desktop.services.settings import Preferences
from crm_desktop.text import i18n

COLUMNS = [ExportColumn("name", "Name"), ExportColumn("mobile", "Mobile", "phone"),
           ExportColumn("born", "Birth date", "date"), ExportColumn("seen", "Last seen", "datetime"),
           ExportColumn("price", "Price", "money"), ExportColumn("count", "Count", "number"),
           ExportColumn("vip", "VIP", "bool")]
ROWS = [
    ["ژاله محمدی", "09123456789", dt.date(2023, 8, 8), dt.datetime(2023, 8, 8, 14, 30), 1_200_000, 3, True],
    ["John Smith", "+98 912 345 6789", None, None, 125, 0, False],
    ["", "", None, None, None, None, None],
]
JALALI = Preferences("fa", "jalali", "persian", "toman")
GREGORIAN = Preferences("en", "gregorian", "latin", "rial")


def sheet(path):
    return openpyxl.load_workbook(path).worksheets[0]


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_persian_sheet_is_right_to_left_with_a_frozen_filtered_header(tmp_path):
    i18n.set_language("fa")
    target = tmp_path / "list.xlsx"
    assert write_table(target, COLUMNS, ROWS, sheet_title="مشتریان", prefs=JALALI) == 3
    ws = sheet(target)
    assert ws.title == "مشتریان"
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G4"
    header = next(ws.iter_rows(max_row=1))
    assert [c.value for c in header] == ["Name", "Mobile", "Birth date", "Last seen", "Price (تومان)", "Count", "VIP"]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith(table_writer.HEADER_FILL) for c in header)
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFG"]
    assert all(table_writer.MIN_WIDTH <= w <= table_writer.MAX_WIDTH for w in widths)
    assert widths[0] >= len("ژاله محمدی")


def test_english_sheet_is_left_to_right(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="Customers", prefs=GREGORIAN)
    ws = sheet(target)
    assert not ws.sheet_view.rightToLeft
    assert ws["E1"].value == "Price (Rial)"


def test_jalali_dates_are_text_in_latin_digits(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=JALALI)
    ws = sheet(target)
    assert ws["C2"].value == "1402/05/17" and ws["C2"].data_type == "s"
    assert ws["D2"].value == "1402/05/17 14:30" and ws["D2"].data_type == "s"
    assert ws["C3"].value is None


def test_gregorian_dates_are_real_date_cells(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    ws = sheet(target)
    assert ws["C2"].is_date and ws["C2"].value == dt.datetime(2023, 8, 8)
    assert ws["C2"].number_format == table_writer.DATE_FORMAT
    assert ws["D2"].is_date and ws["D2"].value == dt.datetime(2023, 8, 8, 14, 30)
    assert ws["D2"].number_format == table_writer.DATETIME_FORMAT


def test_aware_moments_are_written_in_local_time(tmp_path):
    moment = dt.datetime(2023, 8, 8, 10, 0, tzinfo=dt.timezone.utc)
    target = tmp_path / "list.xlsx"
    write_table(target, [ExportColumn("at", "At", "datetime")], [[moment]], sheet_title="x", prefs=GREGORIAN)
    assert sheet(target)["A2"].value == moment.astimezone().replace(tzinfo=None)


def test_phones_stay_text_with_their_leading_zero_and_plus(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    ws = sheet(target)
    for cell, value in ((ws["B2"], "09123456789"), (ws["B3"], "+98 912 345 6789")):
        assert cell.value == value and cell.data_type == "s" and cell.number_format == "@"


def test_money_is_a_whole_number_in_the_chosen_unit_with_thousands(tmp_path):
    target = tmp_path / "toman.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=JALALI)
    ws = sheet(target)
    assert ws["E2"].value == 120_000 and isinstance(ws["E2"].value, int)
    assert ws["E2"].number_format == table_writer.MONEY_FORMAT
    assert ws["E3"].value == 12.5 and ws["E3"].number_format == table_writer.MONEY_TENTHS_FORMAT  # 125 Rials
    target = tmp_path / "rial.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    ws = sheet(target)
    assert ws["E2"].value == 1_200_000 and ws["E3"].value == 125 and ws["E2"].number_format == "#,##0"


def test_numbers_and_booleans_are_typed_and_empty_cells_stay_empty(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    ws = sheet(target)
    assert ws["F2"].value == 3 and ws["F3"].value == 0 and ws["G2"].value is True and ws["G3"].value is False
    assert [c.value for c in ws[4]] == [None] * 7


def test_text_never_becomes_a_formula_or_an_error(tmp_path):
    target = tmp_path / "list.xlsx"
    rows = [["=HYPERLINK(\"http://x\")", "=1"], ["#N/A", "#N/A"], ["a\x00b\x07c", None], ["x" * 40_000, None]]
    write_table(target, [ExportColumn("t", "Text"), ExportColumn("p", "Phone", "phone")], rows, sheet_title="x",
                prefs=GREGORIAN)
    ws = sheet(target)
    assert ws["A2"].value == "=HYPERLINK(\"http://x\")" and ws["A2"].data_type == "s"
    assert ws["A3"].value == "#N/A" and ws["A3"].data_type == "s"
    assert (ws["B2"].value, ws["B2"].data_type, ws["B3"].data_type) == ("=1", "s", "s")
    assert ws["A4"].value == "abc"  # control characters a workbook cannot hold are dropped
    assert len(ws["A5"].value) == table_writer.MAX_CELL_TEXT


def test_sheet_titles_are_made_valid(tmp_path):
    target = tmp_path / "list.xlsx"
    write_table(target, COLUMNS[:1], [], sheet_title="a/b:c*d?[e] and a very long tail of words", prefs=GREGORIAN)
    ws = sheet(target)
    assert len(ws.title) <= 31 and not set("/\\:*?[]") & set(ws.title)
    assert ws.auto_filter.ref == "A1:A1"


def test_csv_is_utf8_with_bom_commas_and_crlf(tmp_path):
    i18n.set_language("fa")
    target = tmp_path / "list.csv"
    rows = [*ROWS, ["سطر اول\nسطر دوم، با ویرگول, و \"نقل\"", "0912", None, None, None, None, None]]
    assert write_table(target, COLUMNS, rows, sheet_title="x", prefs=JALALI) == 4
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "Name,Mobile,Birth date,Last seen,Price (تومان),Count,VIP"
    assert lines[1] == "ژاله محمدی,09123456789,1402/05/17,1402/05/17 14:30,120000,3,TRUE"
    assert lines[2] == "John Smith,+98 912 345 6789,,,12.5,0,FALSE"
    assert lines[3] == ",,,,,,"
    assert '"سطر اول\nسطر دوم، با ویرگول, و ""نقل"""' in text  # a line break inside a quoted cell is kept
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "").replace("سطر اول\nسطر", "")


def test_csv_dates_are_iso_with_the_gregorian_calendar(tmp_path):
    target = tmp_path / "list.csv"
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    assert target.read_bytes().decode("utf-8-sig").split("\r\n")[1] == \
        "ژاله محمدی,09123456789,2023-08-08,2023-08-08 14:30,1200000,3,TRUE"


@pytest.mark.parametrize("name", ["list.xls", "list.txt", "list"])
def test_unknown_extension_is_refused_before_writing(tmp_path, name):
    with pytest.raises(UnknownFormatError) as caught:
        write_table(tmp_path / name, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    assert ".xlsx" in str(caught.value) and ".csv" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def many_rows(n: int):
    for i in range(n):
        yield [f"name {i}", f"0912{i:07d}", None, None, i, i, i % 2 == 0]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancel_leaves_no_file_and_an_existing_one_unchanged(tmp_path, monkeypatch, suffix):
    scratch = tmp_path / "scratch"  # openpyxl streams the sheet through a temporary file here
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"list{suffix}"
    token = CancelToken()
    with pytest.raises(Cancelled):
        write_table(target, COLUMNS, many_rows(5000), sheet_title="x", prefs=GREGORIAN, cancel=token, total=5000,
                    progress=lambda done, total: token.cancel() if done >= 1000 else None)
    assert list(folder.iterdir()) == []
    assert list(scratch.iterdir()) == []

    target.write_bytes(b"the old file")
    token = CancelToken()
    with pytest.raises(Cancelled):
        write_table(target, COLUMNS, many_rows(5000), sheet_title="x", prefs=GREGORIAN, cancel=token,
                    progress=lambda done, total: token.cancel() if done >= 2000 else None)
    assert target.read_bytes() == b"the old file"
    assert leftovers(folder) == [] and list(scratch.iterdir()) == []


def test_an_error_while_reading_rows_keeps_the_old_file(tmp_path):
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"the old file")

    def broken():
        yield from many_rows(1500)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_table(target, COLUMNS, broken(), sheet_title="x", prefs=GREGORIAN)
    assert target.read_bytes() == b"the old file" and leftovers(tmp_path) == []


def test_replacing_a_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "list.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_table(target, COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() != b"old"


def test_an_unwritable_place_is_a_clear_error(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    with pytest.raises(FileInUseError) as caught:
        write_table(tmp_path / "list.xlsx", COLUMNS, ROWS, sheet_title="x", prefs=GREGORIAN)
    assert "list.xlsx" in str(caught.value) and "open in another program" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_progress_counts_rows_up_to_the_total(tmp_path):
    seen: list[tuple[int, int]] = []
    count = write_table(tmp_path / "list.csv", COLUMNS, many_rows(2500), sheet_title="x", prefs=GREGORIAN,
                        total=2500, progress=lambda done, total: seen.append((done, total)))
    assert count == 2500
    assert seen == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


def test_column_kinds_are_checked():
    with pytest.raises(ValueError):
        ExportColumn("x", "X", "percent")

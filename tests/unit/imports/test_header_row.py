"""Finding the heading row above a table, and turning heading cells into labels."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services.imports.header_row import detect_header_row, header_labels

DATA = [
    ["Ali Rezaei", "09121234567", "Tehran", 120000.0, dt.date(2024, 1, 2)],
    ["Sara Ahmadi", "09351234567", "Shiraz", 80000.0, dt.date(2024, 2, 3)],
    ["Reza Karimi", "09191234567", "Tabriz", 5000.0, dt.date(2024, 3, 4)],
]
HEADER = ["Name", "Mobile", "City", "Balance", "Joined"]


def test_header_on_the_first_row():
    assert detect_header_row([HEADER, *DATA]) == 0


def test_title_and_blank_rows_above_the_header():
    rows = [["Customers_20260622110139", "", "", "", ""], ["", "", "", "", ""], HEADER, *DATA]
    assert detect_header_row(rows) == 2


def test_key_value_lines_above_the_header():
    rows = [
        ["محمد حسین رحمتی", "نام طرف حساب :", "", "", ""],
        ["", "تاریخ گزارش :", "1404/01/28", "", ""],
        ["نام", "موبایل", "شهر", "مانده", "تاریخ عضویت"],
        *DATA,
    ]
    assert detect_header_row(rows) == 2


def test_header_starting_right_of_column_a():
    rows = [["", "", *HEADER]] + [["", "", *row] for row in DATA]
    assert detect_header_row([["Report"], [], *rows]) == 2


def test_a_heading_repeated_further_down_is_not_preferred():
    rows = [["Ledger", "Account :"], HEADER, *DATA, *DATA, ["", ""], HEADER, *DATA]
    assert detect_header_row(rows) == 1


def test_all_text_data_leaves_the_heading_first():
    rows = [["Name", "City", "Country"], ["Ali", "Tehran", "Iran"], ["Sara", "Shiraz", "Iran"],
            ["Omar", "Riyadh", "Saudi Arabia"]]
    assert detect_header_row(rows) == 0


def test_no_heading_at_all_gives_zero():
    assert detect_header_row([[1, 2, 3], [4, 5, 6]]) == 0
    assert detect_header_row([]) == 0
    assert detect_header_row([[], ["", None]]) == 0


def test_rows_of_data_without_a_heading_give_zero():
    rows = [[15 + i, "الابتدائية (عام)", "الصفوف العليا", f"مادة {i}", str(i)] for i in range(12)]
    rows.append([40, "المرحلة", "الصف الدراسي", "المادة الدراسية", "عدد الحصص"])  # a sub-table's heading
    assert detect_header_row(rows) == 0


def test_known_words_tip_the_balance():
    rows = [["Quarterly", "report", "draft"], ["name", "phone", "email"],
            ["Ali", "0912", "a@example.com"], ["Sara", "0935", "s@example.com"]]
    assert detect_header_row(rows) == 0
    known = {"name", "phone", "email"}.__contains__
    assert detect_header_row(rows, known) == 1


def test_only_the_first_thirty_rows_count():
    rows = [["note"]] * 40 + [HEADER, *DATA]
    assert detect_header_row(rows) < 30


def test_header_labels():
    row = ["  Name ", "رقم الجوال\nphone_number", 1.0, 2.5, 7, None, "", True,
           dt.date(2024, 1, 2), "T\x00i\x00t\x00e\x00l", "a\t b\u00a0 c"]
    assert header_labels(row) == ["Name", "رقم الجوال / phone_number", "1", "2.5", "7", "", "", "TRUE",
                                  "2024-01-02", "Titel", "a b c"]


def test_header_labels_keep_zwnj():
    assert header_labels(["نام\u200cخانوادگی "]) == ["نام\u200cخانوادگی"]

"""Small realistic sheets for the import tests, written with openpyxl into a temp folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl

HEADERS = ["ردیف", "نام و نام خانوادگی", "موبايل", "ايميل", "شركت", "شهر", "تاریخ تولد", "کد ملی", "برچسب"]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, title: str | None = "لیست مشتریان",
               headers: Sequence[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "مشتریان"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def customers_sheet(path: Path) -> Path:
    """Four people (one bad row, one repeated mobile): the sheet most offices start from."""
    return write_xlsx(path, [
        [1, "آقای علی رضایی", 9123456789, "ali@example.com", "بازرگانی نمونه", "تهران", "1370/05/17", "0012345679",
         "VIP، عمده"],
        [2, "سارا احمدي", "۰۹۳۵ ۱۱۱ ۲۲۳۳", None, "بازرگانی نمونه", "شیراز", dt.datetime(1990, 1, 2), None, None],
        [3, None, "0912", "bad@", None, None, "1402/13/01", "123", None],
        [4, "رضا کریمی", "09123456789", None, None, None, None, None, None],
    ])

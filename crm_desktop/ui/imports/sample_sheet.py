"""A small Persian customer sheet as offices keep them, for the screenshots: a title above the
header, mobiles stored as numbers (the leading zero lost), Jalali birth dates typed as text in
either digit style, a salesperson column — and a few rows that cannot be imported as they are."""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.demo import vocabulary as words
from crm_desktop.text.digits import localize_digits

HEADERS = ["ردیف", "نام و نام خانوادگی", "تلفن همراه", "تاریخ تولد", "شهر", "محل کار", "ایمیل", "کارشناس فروش",
           "توضیحات"]
NOTES = ["مشتری قدیمی", "از نمایشگاه کتاب", "پیگیری بعد از عید", "", "", "درخواست کاتالوگ", ""]


def _person(rng: random.Random) -> list:
    first, first_latin = rng.choice(words.MALE_FIRST_FA + words.FEMALE_FIRST_FA)
    last, last_latin = rng.choice(words.LAST_FA)
    mobile = int(rng.choice(words.MOBILE_PREFIXES) + f"{rng.randrange(10 ** 7):07d}")  # 9121234567: no leading 0
    birth = f"{rng.randint(1340, 1382)}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}"
    if rng.random() < 0.4:
        birth = localize_digits(birth, "persian")
    city = rng.choice(words.CITIES_IR)[0]
    company = ""
    if rng.random() < 0.5:
        core = rng.choice(words.COMPANY_CORES_FA)[0]
        company = f"{rng.choice(words.COMPANY_KINDS_FA)} {core}"
    email = f"{first_latin}.{last_latin}@{rng.choice(words.EMAIL_DOMAINS)}" if rng.random() < 0.6 else ""
    staff = rng.choice(words.STAFF)[1].split()[0]
    return [f"{first} {last}", mobile, birth, city, company, email, staff, rng.choice(NOTES)]


def write_sample_sheet(path: Path, *, rows: int = 18, seed: int = 1403, title: str = "", problems: bool = True) -> Path:
    """Write the sheet to ``path`` (.xlsx); with ``problems``, rows 7, 10, 12 and 15 need a look."""
    rng = random.Random(seed)
    book = Workbook()
    sheet = book.active
    sheet.title = "مشتریان"
    sheet.sheet_view.rightToLeft = True
    sheet.append([title or "فهرست مشتریان نمایشگاه کتاب، پاییز ۱۴۰۳"])
    sheet.append([])
    sheet.append(HEADERS)
    people = [_person(rng) for _ in range(rows)]
    if problems:
        people[3][2] = "1370/13/05"  # no 13th month
        people[6][5] = people[6][5].split("@")[0] + "@gmail" if people[6][5] else "reza.karimi@gmail"
        people[8][0] = ""  # a phone with no name
        people[11][1] = people[1][1]  # the same mobile as an earlier row
    for number, person in enumerate(people, 1):
        sheet.append([number, *person])
    for column, width in zip("ABCDEFGHI", (6, 24, 14, 12, 10, 20, 30, 14, 22), strict=True):
        sheet.column_dimensions[column].width = width
    notes = book.create_sheet("یادداشت")
    notes.sheet_state = "hidden"
    notes.append(["این برگه برای محاسبات داخلی است."])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path

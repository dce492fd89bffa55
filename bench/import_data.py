"""The sheet the import bench reads (cached as ``~/.cache/crm-desktop-bench/import-sheet-{N}-{seed}-s{SHEET_VERSION}.xlsx``,
written with openpyxl write-only) is what an office exports from its old accounting program or
keeps by hand: ردیف, نام و نام خانوادگی (some typed on an Arabic keyboard, some with آقای/خانم),
موبایل (mostly numbers that lost their leading zero, some ``0912 345 6789`` text, some Persian
digits), تلفن ثابت, ایمیل, شرکت (from ~N/8 company names), شهر, استان, تاریخ تولد (Jalali text in
both digit styles, some real Excel date cells), کد ملی (valid check digits, some stored as numbers
that lost their leading zeros), برچسب, توضیحات. About 1 % of the rows have a bad cell (a phone,
an impossible date, an email, a check digit) and about 1 % repeat an earlier row's mobile.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

from bench.dataset import CACHE, PERSIAN_DIGITS, arabic_keyboard, national_code

SEED = 1403
SHEET_VERSION = 1  # bump when the sheet's content changes (the cache key)
HEADERS = ["ردیف", "نام و نام خانوادگی", "موبایل", "تلفن ثابت", "ایمیل", "شرکت", "شهر", "استان", "تاریخ تولد",
           "کد ملی", "برچسب", "توضیحات"]
BAD_SHARE = 0.01  # rows with one bad cell
REPEAT_SHARE = 0.01  # rows repeating an earlier row's mobile


def sheet_path(size: int, seed: int = SEED) -> Path:
    return CACHE / f"import-sheet-{size}-{seed}-s{SHEET_VERSION}.xlsx"


def sheet(size: int, seed: int = SEED) -> tuple[Path, float | None]:
    """The cached sheet of ``size`` rows (written now when missing) and the seconds it took (None
    when reused); prints which."""
    path = sheet_path(size, seed)
    if path.exists():
        print(f"sheet: reused {path}")
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    started = time.perf_counter()
    _write_sheet(partial, size, seed)
    seconds = time.perf_counter() - started
    partial.rename(path)
    print(f"sheet: wrote {path} in {seconds:.1f} s ({size / seconds:,.0f} rows/s, "
          f"{path.stat().st_size / 1024 / 1024:.1f} MB)")
    return path, seconds


def _companies(rng: random.Random, count: int) -> list[str]:
    from crm_desktop.services.demo import vocabulary as V

    cores = [c for c, _ in V.COMPANY_CORES_FA]
    cities = [c[0] for c in V.CITIES_IR]
    names: dict[str, None] = {}
    while len(names) < count:
        core = rng.choice(cores)
        if rng.random() < 0.5:
            core = f"{core} {rng.choice(cores)}"
        name = f"{rng.choice(V.COMPANY_KINDS_FA)} {core}{rng.choice(V.COMPANY_SUFFIX_FA)}"
        if rng.random() < 0.5:
            name = f"{name} {rng.choice(cities)}"
        names[arabic_keyboard(name) if rng.random() < 0.03 else name] = None
    return list(names)


def _mobile(rng: random.Random, digits: str) -> object:
    """``digits`` (9123456789) as the cell holds it: a number that lost its zero, or typed text."""
    style = rng.random()
    if style < 0.70:
        return int(digits)
    if style < 0.85:
        return f"0{digits[:3]} {digits[3:6]} {digits[6:]}"
    if style < 0.95:
        return f"0{digits}"
    return f"0{digits}".translate(PERSIAN_DIGITS)


def _birth(rng: random.Random) -> object:
    style = rng.random()
    if style < 0.15:
        return dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))  # a real date cell
    year, month, day = rng.randint(1340, 1383), rng.randint(1, 12), rng.randint(1, 29)
    if style < 0.70:
        return f"{year}/{month:02d}/{day:02d}"
    return f"{year}/{month}/{day}".translate(PERSIAN_DIGITS)


def _rows(size: int, seed: int):
    from crm_desktop.services.demo import vocabulary as V

    rng = random.Random(seed)
    companies = _companies(rng, max(1, size // 8))
    slots = len(V.MOBILE_PREFIXES) * 10_000_000
    mobiles = iter(rng.sample(range(slots), size))
    earlier: list[object] = []  # mobiles already in the sheet, for the repeated ones
    notes = [n.format(product=p) for n in V.NOTES_FA for p in V.PRODUCTS_FA[:3]]
    for number in range(1, size + 1):
        male = rng.random() < 0.55
        first = rng.choice(V.MALE_FIRST_FA if male else V.FEMALE_FIRST_FA)[0]
        last, last_latin = rng.choice(V.LAST_FA)
        name = f"{first} {last}"
        if rng.random() < 0.03:
            name = arabic_keyboard(name)
        if rng.random() < 0.10:
            name = f"{'آقای' if male else 'خانم'} {name}"
        if earlier and rng.random() < REPEAT_SHARE:
            mobile = rng.choice(earlier)
        else:
            slot = next(mobiles)
            mobile = _mobile(rng, V.MOBILE_PREFIXES[slot // 10_000_000] + f"{slot % 10_000_000:07d}")
            if len(earlier) < 50_000:
                earlier.append(mobile)
        city, _, province, _, area = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
        landline: object = None
        if rng.random() < 0.4:
            local = f"{rng.randrange(2, 10)}{rng.randrange(10_000_000):07d}"
            landline = int(area + local) if rng.random() < 0.5 else f"0{area}-{local}"
        email = None
        if rng.random() < 0.35:
            email = f"{rng.choice(V.MALE_FIRST_FA + V.FEMALE_FIRST_FA)[1]}.{last_latin}{rng.randrange(10_000)}" \
                    f"@{rng.choice(V.EMAIL_DOMAINS)}"
        company = rng.choice(companies) if rng.random() < 0.45 else None
        birth = _birth(rng) if rng.random() < 0.7 else None
        code: object = None
        if rng.random() < 0.5:
            code = national_code(rng)
            if rng.random() < 0.4:
                code = int(code)  # a number: the leading zeros are gone
        tag = None
        if rng.random() < 0.3:
            tag = rng.choice(V.TAGS_FA) if rng.random() < 0.8 else "، ".join(rng.sample(V.TAGS_FA, 2))
        note = rng.choice(notes) if rng.random() < 0.2 else None
        if rng.random() < BAD_SHARE:  # one bad cell
            what = rng.random()
            if what < 0.4:
                mobile = rng.choice(["0912", "ندارد", "912-34", "تماس نگرفت"])
            elif what < 0.7:
                birth = rng.choice(["1370/13/05", "1365/02/32", "۱۳۶۸/۰۰/۱۲", "31/31/1990"])
            elif what < 0.85:
                email = f"{last_latin}@gmail" if rng.random() < 0.5 else f"{last_latin} gmail.com"
            else:
                good = national_code(rng)
                code = good[:9] + str((int(good[9]) + 1) % 10)  # the check digit does not match
        yield [number, name, mobile, landline, email, company, city, province, birth, code, tag, note]


def _write_sheet(path: Path, size: int, seed: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("مشتریان")
    ws.sheet_view.rightToLeft = True
    ws.append(HEADERS)
    for row in _rows(size, seed):
        ws.append(row)
    book.save(path)

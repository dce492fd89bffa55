"""A realistic database of N people for benchmarks, built fast and cached between runs.

People: 88 % Persian, 12 % English names, first and last drawn at random from the demo vocabulary
(so names repeat as they do in a real list: 5,400 Persian name pairs), 3 % typed on an Arabic
keyboard (ي/ك); a city (Iranian ones weighted like the demo, foreign ones for English names); a
company for ~1 in 8 (one company per ~40 people, so ~5 people each); one mobile each, distinct,
typed the ways people type them (``0912 345 6789``, ``09123456789``, ``+98 912 ...``, Persian
digits) with its E.164 ``value_norm``; an email for ~35 %; a national code for half the Iranians;
a last contact for ~60 %.

Written with :func:`crm_desktop.db.bulk.insert_rows` in one transaction, the secondary indexes of
the three tables dropped first and rebuilt after the load (DESIGN.md: building indexes after a bulk
load is faster); names memoised (normalised form, sort key); then the search index
(``search_documents.rebuild``), the sort-key version stamped (the keys were made by the current
collation) and ``session.prepare()``, so opening it finds nothing to recompute.

The file is cached as ``~/.cache/crm-desktop-bench/people-{N}-{seed}[-dup{P}]-v{SCHEMA}.sqlite3``
and reused. ``planted=0.05`` makes the last 5 % of the N people copies of earlier ones with one
realistic variation each (see :data:`VARIATIONS`); the truth goes to a ``.truth.json`` beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from crm_desktop.db.fields import to_utc_text
from crm_desktop.db.models.people import person_name
from crm_desktop.services.demo import vocabulary as V
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.normalize import normalize_text

SEED = 1403
CHUNK = 10_000
NOW = dt.datetime(2025, 3, 19, 9, 30, tzinfo=dt.timezone.utc)
CACHE = Path(os.environ.get("CRM_BENCH_CACHE", "~/.cache/crm-desktop-bench")).expanduser()
TABLES = ("contact", "contact_point", "organization")
CONTACT_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "name_norm",
                   "sort_key", "gender", "national_code", "organization", "owner", "lifecycle_stage", "city",
                   "province", "last_interaction_at", "job_title", "source", "notes")
ORG_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "name", "name_norm", "sort_key", "industry",
               "city", "province", "owner", "website", "national_id", "economic_code", "notes")
POINT_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "contact", "organization", "kind", "label",
                 "value", "value_norm", "is_primary")
STAGES = ("lead", "prospect", "opportunity", "customer", "inactive")
VARIATIONS = ("phone", "email", "national_code", "arabic", "typo", "swapped")
ALPHABET_FA = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class Person(NamedTuple):
    first: str
    last: str
    gender: str
    city: str
    province: str
    org: int | None
    phone: str  # as typed
    phone_norm: str  # E.164
    email: str
    code: str
    created: str
    contacted: str | None


@dataclass
class Dataset:
    path: Path
    size: int
    seed: int
    build_seconds: float | None  # None when the cached file was reused
    truth: list[tuple[int, int, str]] = field(default_factory=list)  # (planted id, original id, variation)


def dataset_path(size: int, seed: int = SEED, planted: float = 0.0) -> Path:
    from crm_desktop.db.migrations.runner import head_version

    dup = f"-dup{round(planted * 100)}" if planted else ""
    return CACHE / f"people-{size}-{seed}{dup}-v{head_version()}.sqlite3"


def dataset(size: int, seed: int = SEED, *, planted: float = 0.0) -> Dataset:
    """The cached database of ``size`` people (built now when missing); prints which."""
    path = dataset_path(size, seed, planted)
    truth_file = path.with_suffix(".truth.json")
    if path.exists() and (not planted or truth_file.exists()):
        truth = [tuple(t) for t in json.loads(truth_file.read_text())] if planted else []
        print(f"dataset: reused {path}")
        return Dataset(path, size, seed, None, truth)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    truth = _build(partial, size, seed, planted)
    seconds = time.perf_counter() - started
    if planted:
        truth_file.write_text(json.dumps(truth))
    partial.rename(path)
    print(f"dataset: built {path} in {seconds:.1f} s ({size / seconds:,.0f} people/s)")
    return Dataset(path, size, seed, seconds, truth)


def writable_copy(ds: Dataset, folder: Path) -> Path:
    """A copy of the dataset in ``folder``, for benchmarks that write."""
    target = Path(folder) / ds.path.name
    shutil.copyfile(ds.path, target)
    return target


# --- building ------------------------------------------------------------------------------------


class _Maker:
    def __init__(self, rng: random.Random, size: int, owner: int) -> None:
        self.rng, self.owner = rng, owner
        self.names: dict[str, tuple[str, str]] = {}
        self.start = NOW - dt.timedelta(days=1100)
        self.orgs = range(1, max(1, size // 40) + 1)
        slots = len(V.MOBILE_PREFIXES) * 10_000_000
        self.mobiles = iter(rng.sample(range(slots), size))  # distinct numbers, like real people

    def uid(self) -> str:
        return "%032x" % (self.rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60) | (0x4000 << 64) | (0x8 << 60))

    def stamp(self, low: dt.datetime) -> str:
        return to_utc_text(low + dt.timedelta(seconds=self.rng.uniform(0, (NOW - low).total_seconds())))

    def name_columns(self, name: str) -> tuple[str, str]:
        found = self.names.get(name)
        if found is None:
            found = self.names[name] = (normalize_text(name), persian_sort_key(name)[:900])
        return found

    def mobile(self, style: int | None = None) -> tuple[str, str]:
        slot = next(self.mobiles)
        digits = V.MOBILE_PREFIXES[slot // 10_000_000] + f"{slot % 10_000_000:07d}"
        return typed_mobile(digits, self.rng.randrange(5) if style is None else style), f"+98{digits}"

    def person(self) -> Person:
        rng = self.rng
        created = self.stamp(self.start)
        contacted = self.stamp(dt.datetime.fromisoformat(created + "+00:00")) if rng.random() < 0.6 else None
        org = rng.choice(self.orgs) if rng.random() < 0.125 else None
        male = rng.random() < 0.55
        if rng.random() < 0.12:
            first = rng.choice(V.MALE_FIRST_EN if male else V.FEMALE_FIRST_EN)
            last = rng.choice(V.LAST_EN)
            email = f"{first.lower()}.{last.lower()}"
            city, province, code, length = rng.choice(V.CITIES_ABROAD)
            number = "".join(rng.choices("0123456789", k=length))
            phone, norm = f"+{code} {number[:3]} {number[3:6]} {number[6:]}", f"+{code}{number}"
            national = ""
            with_email = rng.random() < 0.8
        else:
            (first, first_lat), (last, last_lat) = rng.choice(V.MALE_FIRST_FA if male else V.FEMALE_FIRST_FA), \
                rng.choice(V.LAST_FA)
            if rng.random() < 0.03:
                first, last = arabic_keyboard(first), arabic_keyboard(last)
            email = f"{first_lat}.{last_lat}"
            city, _, province, _, _ = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
            phone, norm = self.mobile()
            national = national_code(rng) if rng.random() < 0.5 else ""
            with_email = rng.random() < 0.3
        if with_email:
            email = f"{email}{rng.randrange(100_000)}@{rng.choice(V.EMAIL_DOMAINS)}"
        return Person(first, last, "male" if male else "female", city, province, org, phone, norm,
                      email if with_email else "", national, created, contacted)

    def rows(self, contact_id: int, p: Person, batch: dict[str, list]) -> None:
        name_norm, sort_key = self.name_columns(person_name(p.first, p.last))
        batch["contact"].append((contact_id, self.uid(), p.created, p.created, self.owner, p.first, p.last, name_norm,
                                 sort_key, p.gender, p.code, p.org, self.owner, self.rng.choice(STAGES), p.city,
                                 p.province, p.contacted, "", "", ""))
        meta = (p.created, p.created, self.owner, contact_id, None)
        batch["point"].append((self.uid(), *meta, "mobile", "", p.phone, p.phone_norm, True))
        if p.email:
            batch["point"].append((self.uid(), *meta, "email", "", p.email, p.email.casefold(), True))

    def organization(self, org_id: int) -> tuple:
        rng = self.rng
        core, _ = rng.choice(V.COMPANY_CORES_FA)
        name = f"{rng.choice(V.COMPANY_KINDS_FA)} {core}{rng.choice(V.COMPANY_SUFFIX_FA)}"
        city, _, province, _, _ = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
        created = self.stamp(self.start)
        return (org_id, self.uid(), created, created, self.owner, name, *self.name_columns(name),
                rng.choice(V.INDUSTRIES)[0], city, province, self.owner, "", "", "", "")

    def planted(self, p: Person, variation: str) -> Person:
        """A second record of person ``p``, as someone typing it again would leave it."""
        rng = self.rng
        copy = p._replace(created=self.stamp(dt.datetime.fromisoformat(p.created + "+00:00")), contacted=None,
                          email="", code="", org=p.org if rng.random() < 0.5 else None)
        if variation != "phone":
            copy = copy._replace(**dict(zip(("phone", "phone_norm"), self.mobile(), strict=True)))
        if variation == "phone":
            digits = p.phone_norm[3:]
            style = next(s for s in rng.sample(range(5), 5) if typed_mobile(digits, s) != p.phone)
            copy = copy._replace(phone=typed_mobile(digits, style))
        elif variation == "email":
            local, domain = p.email.split("@")
            copy = copy._replace(email=f"{local.title()}@{domain.upper() if rng.random() < 0.5 else domain}")
        elif variation == "national_code":
            copy = copy._replace(code=p.code)
        elif variation == "arabic":
            copy = copy._replace(first=arabic_keyboard(p.first), last=arabic_keyboard(p.last))
        elif variation == "typo":
            copy = copy._replace(last=typo(rng, p.last))
        elif variation == "swapped":
            copy = copy._replace(first=p.last, last=p.first)
        return copy


def eligible(p: Person, variation: str) -> bool:
    if variation == "phone":
        return p.phone_norm.startswith("+98")
    if variation == "email":
        return bool(p.email)
    if variation == "national_code":
        return bool(p.code)
    if variation == "arabic":
        return arabic_keyboard(p.first + p.last) != p.first + p.last
    return True


def typed_mobile(digits: str, style: int) -> str:
    """``digits`` (``9123456789``) typed one of five ways."""
    return (f"0{digits[:3]} {digits[3:6]} {digits[6:]}", f"0{digits}", f"+98 {digits[:3]} {digits[3:6]} {digits[6:]}",
            f"0{digits[:3]}-{digits[3:]}", f"0{digits}".translate(PERSIAN_DIGITS))[style]


def arabic_keyboard(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


def typo(rng: random.Random, word: str) -> str:
    """One letter replaced, dropped or doubled (never the first letter)."""
    at = rng.randrange(1, len(word)) if len(word) > 1 else 0
    letters = ALPHABET_FA if not word.isascii() else "abcdefghijklmnopqrstuvwxyz"
    how = rng.randrange(3)
    if how == 0:
        return word[:at] + rng.choice([c for c in letters if c != word[at]]) + word[at + 1:]
    if how == 1 and len(word) > 2:
        return word[:at] + word[at + 1:]
    return word[:at] + word[at] + word[at:]


def national_code(rng: random.Random) -> str:
    """A random Iranian national code with a correct check digit."""
    body = f"{rng.randrange(700_000_000):09d}"
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(remainder if remainder < 2 else 11 - remainder)


def _build(path: Path, size: int, seed: int, planted: float) -> list[tuple[int, int, str]]:
    from crm_desktop.db import bulk, derived_state
    from crm_desktop.db.base import database
    from crm_desktop.db.connection import close_database
    from crm_desktop.db.models import Contact, ContactPoint, Organization
    from crm_desktop.services import search_documents
    from crm_desktop.services.session import open_session, prepare
    from crm_desktop.text.collation import SORT_KEY_VERSION

    started = time.perf_counter()
    _, owner = open_session(path)
    rng = random.Random(seed)
    maker = _Maker(rng, size, owner.id)
    copies = round(size * planted)
    originals = size - copies
    keep: list[Person] = []
    db = database.obj
    db.execute_sql("PRAGMA cache_size = -262144")  # 256 MB while building
    with database.atomic():
        indexes = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 f"AND tbl_name IN ({', '.join('?' * len(TABLES))})", TABLES).fetchall()
        for name, _ in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
        bulk.insert_rows(Organization, ORG_COLUMNS, (maker.organization(i) for i in maker.orgs))
        batch: dict[str, list] = {"contact": [], "point": []}
        truth: list[tuple[int, int, str]] = []
        used: set[int] = set()  # each original is copied at most once: true groups are pairs
        for contact_id in range(1, size + 1):
            if contact_id <= originals:
                person = maker.person()
                if planted:
                    keep.append(person)
            else:
                variation = VARIATIONS[(contact_id - originals - 1) % len(VARIATIONS)]
                original = rng.randrange(originals)
                while original in used or not eligible(keep[original], variation):
                    original = rng.randrange(originals)
                used.add(original)
                person = maker.planted(keep[original], variation)
                truth.append((contact_id, original + 1, variation))
            maker.rows(contact_id, person, batch)
            if len(batch["contact"]) >= CHUNK or contact_id == size:
                bulk.insert_rows(Contact, CONTACT_COLUMNS, batch["contact"])
                bulk.insert_rows(ContactPoint, POINT_COLUMNS, batch["point"])
                batch = {"contact": [], "point": []}
        loaded = time.perf_counter()
        for _, sql in indexes:
            db.execute_sql(sql)
    indexed = time.perf_counter()
    search_documents.rebuild()
    derived_state.set_version(derived_state.SORT_KEYS, SORT_KEY_VERSION)
    prepare()
    close_database()
    print(f"dataset: rows {loaded - started:.1f} s, indexes {indexed - loaded:.1f} s, "
          f"search index (search_documents.rebuild) {time.perf_counter() - indexed:.1f} s")
    return truth

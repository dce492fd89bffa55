"""Fill a database with a believable small office's customers: Persian people and companies
across Iranian cities (and some foreign clients), phones typed the many ways people type them,
emails, addresses, tags, notes, owners. Same seed and clock, same data.

Rows are written with the bulk path (one transaction, executemany); one audit row records the
batch. Cancel rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from crm_desktop.db import bulk
from crm_desktop.db.base import database
from crm_desktop.db.fields import to_utc_text, utcnow
from crm_desktop.db.models import AuditLog, Contact, ContactPoint, Note, Organization, Tagging, User
from crm_desktop.db.models.people import person_name
from crm_desktop.services import audit, search_documents, tags
from crm_desktop.services.contact_points import normalise_value
from crm_desktop.services.context import current_user_id
from crm_desktop.services.demo import activities as demo_activities
from crm_desktop.services.demo import cases as demo_cases
from crm_desktop.services.demo import funnel as demo_funnel
from crm_desktop.services.demo import vocabulary as V
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.normalize import normalize_text

CHUNK = 2000
CONTACT_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "name_norm",
                   "sort_key", "gender", "national_code", "birth_date", "job_title", "organization", "owner",
                   "source", "lifecycle_stage", "city", "province", "notes", "last_interaction_at")
ORG_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "name", "name_norm", "sort_key", "industry",
               "website", "city", "province", "national_id", "economic_code", "owner", "notes")
POINT_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "contact", "organization", "kind", "label",
                 "value", "value_norm", "is_primary")
NOTE_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "body", "contact", "organization", "pinned")
TAGGING_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "tag", "contact", "organization")
STAGES = (("lead", 30), ("prospect", 20), ("opportunity", 10), ("customer", 35), ("inactive", 5))
REENTERED = 0.015  # share of people entered a second time (another spelling, the mobile typed differently)


@dataclass
class DemoReport:
    people: int = 0
    companies: int = 0
    points: int = 0
    notes: int = 0
    taggings: int = 0
    users: int = 0
    activities: int = 0
    seconds: float = 0.0


@dataclass
class _Batch:
    contacts: list[tuple] = field(default_factory=list)
    points: list[tuple] = field(default_factory=list)
    notes: list[tuple] = field(default_factory=list)
    taggings: list[tuple] = field(default_factory=list)


def national_code(rng: random.Random) -> str:
    """A random Iranian national code with a correct check digit."""
    body = [rng.randint(0, 9) for _ in range(9)]
    body[0] = rng.randint(0, 6)
    remainder = sum(d * (10 - i) for i, d in enumerate(body)) % 11
    return "".join(map(str, body)) + str(remainder if remainder < 2 else 11 - remainder)


def company_national_id(rng: random.Random) -> str:
    """A random 11-digit Iranian company national ID with a correct check digit."""
    digits = [1, 0] + [rng.randint(0, 9) for _ in range(8)]
    d = digits[9] + 2
    weights = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
    s = sum((digits[i] + d) * weights[i] for i in range(10)) % 11
    return "".join(map(str, digits)) + str(0 if s == 10 else s)


def _iran_mobile(rng: random.Random) -> tuple[str, str]:
    """A mobile number typed one of the ways people type them, and its E.164 form."""
    return _typed_mobile(rng.choice(V.MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}", rng)


def _typed_mobile(digits: str, rng: random.Random) -> tuple[str, str]:
    style = rng.random()
    if style < 0.45:
        typed = f"0{digits[:3]} {digits[3:6]} {digits[6:]}"
    elif style < 0.8:
        typed = f"0{digits}"
    elif style < 0.9:
        typed = f"+98 {digits[:3]} {digits[3:6]} {digits[6:]}"
    else:
        typed = f"0{digits[:3]}-{digits[3:]}"
    return typed, f"+98{digits}"


def _landline(rng: random.Random, area: str) -> tuple[str, str]:
    number = f"{rng.randint(2_000_0000, 8_999_9999)}"
    typed = f"0{area}-{number}" if rng.random() < 0.6 else f"0{area} {number[:4]} {number[4:]}"
    return typed, f"+98{area}{number}"


@functools.lru_cache(maxsize=20_000)
def _name_columns(name: str) -> tuple[str, str]:
    """(name_norm, sort_key) of a name; demo names repeat, so this is cached."""
    return normalize_text(name), persian_sort_key(name)


def _arabic_keyboard(text: str) -> str:
    """How a name looks when typed on an Arabic keyboard layout (ي/ك)."""
    return text.replace("ی", "ي").replace("ک", "ك")


def _stamp(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    span = max((end - start).total_seconds(), 1)
    return start + dt.timedelta(seconds=rng.uniform(0, span))


class _Generator:
    def __init__(self, rng: random.Random, now: dt.datetime, users: list[int], tag_ids: list[int],
                 org_rows: list[tuple], uid: Callable[[], str]) -> None:
        self.rng, self.now, self.users, self.tag_ids, self.orgs, self.uid = rng, now, users, tag_ids, org_rows, uid
        self.creator = current_user_id()
        self.emails: set[str] = set()
        self.recent: list[tuple] = []  # people a colleague may enter again later

    def _unique_email(self, local: str, domain: str) -> str:
        """An address no other demo person has (two real people never share a mailbox)."""
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def _meta(self, when: dt.datetime) -> tuple:
        stamp = to_utc_text(when)
        return (self.uid(), stamp, stamp, self.creator)

    def organization(self, org_id: int) -> tuple[tuple, list[tuple]]:
        rng = self.rng
        foreign = rng.random() < 0.1
        created = _stamp(rng, self.now - dt.timedelta(days=1100), self.now)
        if foreign:
            name, slug = rng.choice(V.COMPANY_EN), None
            city, country, _, _ = rng.choice(V.CITIES_ABROAD)
            province, industry, nid = country, rng.choice(V.INDUSTRIES)[1], ""
        else:
            core, slug = rng.choice(V.COMPANY_CORES_FA)
            name = f"{rng.choice(V.COMPANY_KINDS_FA)} {core}{rng.choice(V.COMPANY_SUFFIX_FA)}"
            city, _, province, _, area = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
            industry, nid = rng.choice(V.INDUSTRIES)[0], company_national_id(rng) if rng.random() < 0.6 else ""
        website = f"www.{(slug or name.split()[0].lower())}{org_id}.{'ir' if slug else 'com'}"
        row = (org_id, *self._meta(created), name, *_name_columns(name), industry,
               website, city, province, nid, "", rng.choice(self.users), "")
        points = []
        if not foreign:
            phone, e164 = _landline(rng, area)
            points.append((*self._meta(created), None, org_id, "phone", "", phone, e164, True))
        email = f"info@{website.removeprefix('www.')}"
        points.append((*self._meta(created), None, org_id, "email", "", email, email, True))
        return row, points

    def person(self, contact_id: int, batch: _Batch) -> None:
        rng = self.rng
        if self.recent and rng.random() < REENTERED:
            self._reentered(contact_id, batch)
            return
        foreign = rng.random() < 0.12
        male = rng.random() < 0.55
        created = _stamp(rng, self.now - dt.timedelta(days=1100), self.now)
        if foreign:
            first = rng.choice(V.MALE_FIRST_EN if male else V.FEMALE_FIRST_EN)
            last = rng.choice(V.LAST_EN)
            first_lat, last_lat = first.lower(), last.lower()
            city, province, _, _ = rng.choice(V.CITIES_ABROAD)
            area = None
        else:
            first, first_lat = rng.choice(V.MALE_FIRST_FA if male else V.FEMALE_FIRST_FA)
            last, last_lat = rng.choice(V.LAST_FA)
            if rng.random() < 0.04:
                first, last = _arabic_keyboard(first), _arabic_keyboard(last)
            city, _, province, _, area = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
        org = rng.choice(self.orgs) if self.orgs and rng.random() < 0.4 else None
        lang = 1 if foreign else 0
        birth = None
        if rng.random() < 0.5:
            birth = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 50))
        notes = self._notes(contact_id, created, foreign, batch)
        name = person_name(first, last)
        batch.contacts.append((
            contact_id, *self._meta(created), first, last, *_name_columns(name),
            "male" if male else "female", national_code(rng) if not foreign and rng.random() < 0.6 else "",
            birth.isoformat() if birth else None, rng.choice(V.JOB_TITLES)[lang] if org else "",
            org[0] if org else None, rng.choice(self.users), rng.choice(V.SOURCES)[lang],
            rng.choices([s for s, _ in STAGES], [w for _, w in STAGES])[0], city, province, "",
            to_utc_text(max(notes)) if notes else None))
        mobile = self._points(contact_id, created, foreign, area, city, first_lat, last_lat, batch)
        if mobile and len(self.recent) < 5000:
            self.recent.append((first, last, city, province, male, mobile))
        for tag_id in rng.sample(self.tag_ids, k=rng.choices((0, 1, 2), (78, 17, 5))[0]):
            batch.taggings.append((*self._meta(created), tag_id, contact_id, None))

    def _reentered(self, contact_id: int, batch: _Batch) -> None:
        """Someone already in the list, entered again by a colleague: the name maybe typed on an
        Arabic keyboard, the same mobile typed another way, few details (what real sheets hold)."""
        rng = self.rng
        first, last, city, province, male, e164 = rng.choice(self.recent)
        if rng.random() < 0.5:
            first, last = _arabic_keyboard(first), _arabic_keyboard(last)
        created = _stamp(rng, self.now - dt.timedelta(days=300), self.now)
        name = person_name(first, last)
        batch.contacts.append((
            contact_id, *self._meta(created), first, last, *_name_columns(name), "male" if male else "female", "",
            None, "", None, rng.choice(self.users), rng.choice(V.SOURCES)[0], "lead", city, province, "", None))
        typed, _ = _typed_mobile(e164.removeprefix("+98"), rng)
        batch.points.append((*self._meta(created), contact_id, None, "mobile", "", typed, e164, True))

    def _points(self, contact_id: int, created: dt.datetime, foreign: bool, area: str | None, city: str,
                first_lat: str, last_lat: str, batch: _Batch) -> str:
        """Write the person's points; returns their primary Iranian mobile (E.164) or ""."""
        rng = self.rng
        points: list[tuple[str, str, str, str]] = []  # kind, label, typed, normalised
        if foreign:
            _, _, code, length = next(c for c in V.CITIES_ABROAD if c[0] == city)
            number = "".join(str(rng.randint(0, 9)) for _ in range(length))
            points.append(("mobile", "", f"+{code} {number[:3]} {number[3:6]} {number[6:]}", f"+{code}{number}"))
        else:
            if rng.random() < 0.96:
                points.append(("mobile", "", *_iran_mobile(rng)))
            if rng.random() < 0.15:
                points.append(("mobile", "محل کار", *_iran_mobile(rng)))
            if rng.random() < 0.25:
                points.append(("phone", "منزل", *_landline(rng, area)))
            if rng.random() < 0.3:
                address = f"{city}، {rng.choice(V.STREETS_FA)}، پلاک {rng.randint(1, 250)}"
                points.append(("address", "", address, normalise_value("address", address)))
        if rng.random() < (0.8 if foreign else 0.35):
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
            email = self._unique_email(f"{first_lat}.{last_lat}{suffix}", rng.choice(V.EMAIL_DOMAINS))
            points.append(("email", "", email, email))
        seen: set[str] = set()
        for kind, label, value, norm in points:
            primary = kind not in seen
            seen.add(kind)
            batch.points.append((*self._meta(created), contact_id, None, kind, label, value, norm, primary))
        return next((norm for kind, _, _, norm in points if kind == "mobile" and norm.startswith("+98")), "")

    def _notes(self, contact_id: int, created: dt.datetime, foreign: bool, batch: _Batch) -> list[dt.datetime]:
        rng = self.rng
        times = sorted(_stamp(rng, created, self.now) for _ in range(rng.choices((0, 1, 2, 3), (40, 35, 15, 10))[0]))
        for when in times:
            if foreign:
                body = rng.choice(V.NOTES_EN).format(product=rng.choice(V.PRODUCTS_EN))
            else:
                body = rng.choice(V.NOTES_FA).format(product=rng.choice(V.PRODUCTS_FA))
            batch.notes.append((*self._meta(when), body, contact_id, None, rng.random() < 0.05))
        return times


def _staff_ids(language: str) -> list[int]:
    ids = []
    for username, name_fa, name_en in V.STAFF:
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User.create(username=username, full_name=name_fa if language == "fa" else name_en,
                               created_by=current_user_id())
            audit.record_create(user)
        ids.append(user.id)
    return ids


def generate_demo(contacts: int, *, seed: int = 1403, language: str = "fa", now: dt.datetime | None = None,
                  progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> DemoReport:
    """Add ``contacts`` people (and about one company per eight people) to the open database."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now = now or utcnow()
    result = DemoReport()

    def uid() -> str:  # a version-4 UUID drawn from the seeded generator
        return "%032x" % (rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60) | (0x4000 << 64) | (0x8 << 60))

    with database.atomic():
        users = _staff_ids(language) + ([current_user_id()] if current_user_id() else [])
        tag_ids = [tags.get_or_create_tag(name).id for name in (*V.TAGS_FA, *V.TAGS_EN)]
        org_ids = bulk.reserve_ids(Organization, max(1, contacts // 8) if contacts else 0)
        gen = _Generator(rng, now, users, tag_ids, [], uid)
        org_rows, org_points = [], []
        for org_id in org_ids:
            row, points = gen.organization(org_id)
            org_rows.append(row)
            org_points.extend(points)
        bulk.insert_rows(Organization, ORG_COLUMNS, org_rows)
        bulk.insert_rows(ContactPoint, POINT_COLUMNS, org_points)
        gen.orgs = org_rows
        result.companies, result.points = len(org_rows), len(org_points)
        ids = bulk.reserve_ids(Contact, contacts)
        for start in range(0, contacts, CHUNK):
            check(cancel)
            batch = _Batch()
            for contact_id in ids[start:start + CHUNK]:
                gen.person(contact_id, batch)
            bulk.insert_rows(Contact, CONTACT_COLUMNS, batch.contacts)
            bulk.insert_rows(ContactPoint, POINT_COLUMNS, batch.points)
            bulk.insert_rows(Note, NOTE_COLUMNS, batch.notes)
            bulk.insert_rows(Tagging, TAGGING_COLUMNS, batch.taggings)
            result.people += len(batch.contacts)
            result.points += len(batch.points)
            result.notes += len(batch.notes)
            result.taggings += len(batch.taggings)
            report(progress, result.people, contacts)
        check(cancel)  # a cancel during the last (often the only) batch rolls back too
        for model in (Organization, Contact):
            bulk.sync_sequence(model)
        search_documents.refresh_organizations(list(org_ids))  # once for the batch: cheaper than per row
        search_documents.refresh_contacts(list(ids))
        demo_funnel.generate_funnel(ids, users, seed=seed, now=now, language=language, cancel=cancel)
        demo_cases.generate_cases(ids, users, seed=seed, now=now, language=language, cancel=cancel)
        result.activities = demo_activities.generate_activities(ids, users, seed=seed, now=now, language=language,
                                                                cancel=cancel).activities
        result.users = len(users)
        AuditLog.create(user=current_user_id(), action="import", entity="demo", record_id=0,
                        summary=f"demo data: {result.people} people, {result.companies} companies",
                        changes=json.dumps({"seed": seed, "people": result.people, "companies": result.companies,
                                            "points": result.points, "notes": result.notes}))
    result.seconds = time.perf_counter() - started
    return result


def is_empty() -> bool:
    """True when the database holds no people and no companies (a fresh demo database)."""
    return not Contact.alive().exists() and not Organization.alive().exists()

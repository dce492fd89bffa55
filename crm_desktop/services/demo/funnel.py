"""Demo data for the sales funnel: a year of a small office's selling.

- lead sources with what they cost each month (the exhibition only in its months);
- leads over the last twelve months, more of them lately; the old ones converted (to a demo
  person, with a deal) or disqualified with a reason, the recent ones still new / contacted /
  qualified; referrals convert best, flyers worst;
- deals (from converted leads and from existing customers) walking the default pipeline one stage
  at a time with plausible times per stage, fewer going on at each stage, lost with a reason that
  fits the stage, some going back a stage; the recent ones still open, some stuck past their
  stage's limit, some with their next activity overdue;
- a monthly target per salesperson (and the office) for the recent months.

The stage log is generated with the deals, so each deal's last log row is its current stage,
``stage_entered_at`` is that row's time, and a closed deal's ``closed_at`` is it too. Rows are
written with the bulk path (executemany, reserved ids) in the caller's transaction. Same seed and
clock, same data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.db import bulk
from crm_desktop.db.base import database
from crm_desktop.db.fields import to_utc_text
from crm_desktop.db.models import (AuditLog, Contact, ContactPoint, Deal, DealStageChange, Lead, Organization,
                                   SalesTarget, SourceCost)
from crm_desktop.db.models.people import person_name
from crm_desktop.services.context import current_user_id
from crm_desktop.services.demo import vocabulary as V
from crm_desktop.services.funnel import choices, pipelines, qualification
from crm_desktop.services.progress import CancelToken, check
from crm_desktop.text import i18n
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.text.normalize import normalize_text

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
LEAD_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "company_name",
                "name_norm", "phone", "phone_norm", "email", "email_norm", "city", "industry", "source", "campaign",
                "interest", "owner", "status", "disqualify_reason", "qualification_score", "notes", "contact",
                "organization", "converted_at")
DEAL_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "title", "title_norm", "contact",
                "organization", "pipeline", "stage", "status", "amount", "expected_close", "probability", "owner",
                "source", "lead", "products", "next_activity", "next_activity_at", "stage_entered_at", "closed_at",
                "lost_reason", "lost_note", "notes")
CHANGE_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "deal", "from_stage", "to_stage", "at", "by")
COST_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "source", "spent_on", "amount", "note")
TARGET_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "user", "team", "period_kind", "period_start",
                  "period_end", "amount")

# (product, unit price range in Rial, most units in one deal, unit word)
PRODUCTS = (
    ("دستگاه تصفیه آب", (80_000_000, 250_000_000), 20, ""),
    ("لپ\u200cتاپ", (350_000_000, 1_200_000_000), 15, "دستگاه"),
    ("نرم\u200cافزار حسابداری", (150_000_000, 600_000_000), 3, "نسخه"),
    ("قرارداد پشتیبانی سالانه", (200_000_000, 900_000_000), 1, ""),
    ("کولر گازی", (250_000_000, 700_000_000), 12, "دستگاه"),
    ("پکیج دیواری", (300_000_000, 650_000_000), 10, "دستگاه"),
    ("چاپگر لیزری", (120_000_000, 450_000_000), 8, "دستگاه"),
    ("خدمات نصب و راه\u200cاندازی", (30_000_000, 200_000_000), 1, ""),
)
NEXT_ACTIVITIES = ("تماس پیگیری", "ارسال پیش\u200cفاکتور", "جلسه حضوری در دفتر مشتری", "ارسال نمونه و کاتالوگ",
                   "پیگیری پیش\u200cپرداخت", "دمو محصول")
LOST_NOTES = ("مشتری گفت فعلاً خرید را عقب انداخته است.", "پیشنهاد رقیب ۱۵٪ ارزان\u200cتر بود.",
              "چند بار تماس گرفتیم، پاسخی نداد.", "مدیر خرید عوض شد و پروژه متوقف شد.")
DISQUALIFY_REASONS = ("بودجه کافی ندارد", "فقط استعلام قیمت بود", "شماره تماس اشتباه بود",
                      "خارج از محدوده خدمات ما", "قبلاً از رقیب خرید کرده است", "پاسخ نداد")
CAMPAIGNS = {1: ("کمپین نوروز", "تخفیف پاییزه", ""), 3: ("نمایشگاه الکامپ", "نمایشگاه صنعت ساختمان")}

# by the position of the default lists (choices.DEFAULT_SOURCES / DEFAULT_LOST_REASONS)
SOURCE_WEIGHTS = (20, 30, 14, 10, 10, 8, 8)  # website, Instagram, referral, exhibition, phone, walk-in, flyer
SOURCE_CONVERSION = (0.30, 0.18, 0.50, 0.30, 0.35, 0.40, 0.12)
SOURCE_MONTHLY_COST = ((15_000_000, 30_000_000), (40_000_000, 120_000_000), None, (600_000_000, 900_000_000), None,
                       None, (10_000_000, 25_000_000))
EXHIBITION_DAYS_AGO = (300, 120)  # the exhibitions of the year (their leads come in those weeks)
# lost reasons (price, competitor, budget, no answer, needs changed, delivery) early / late in the pipeline
REASONS_EARLY = (2, 2, 5, 8, 4, 1)
REASONS_LATE = (9, 6, 2, 2, 2, 3)

STAGE_DAYS = (4.0, 9.0, 12.0, 15.0)  # mean days in each open stage (later stages: the last one)
ADVANCE = (0.78, 0.72, 0.68, 0.72)  # chance to move on from each open stage (the rest is lost)
STALL = 0.12  # share of stage visits that drag on far past the usual time
GO_BACK = 0.05  # chance, at a later stage, to go back one stage once (a new proposal, new needs)


@dataclass
class FunnelReport:
    sources: int = 0
    costs: int = 0
    leads: int = 0
    deals: int = 0
    stage_changes: int = 0
    targets: int = 0


@dataclass
class _Rows:
    leads: list[tuple] = field(default_factory=list)
    deals: list[tuple] = field(default_factory=list)
    changes: list[tuple] = field(default_factory=list)
    won: dict[tuple[int, int], int] = field(default_factory=dict)  # (owner, month index) -> Rial won


@functools.lru_cache(maxsize=50_000)
def _norm(text: str) -> str:
    return normalize_text(text)


def month_periods(today: dt.date, calendar: str, back: int, ahead: int = 0) -> list[tuple[dt.date, dt.date]]:
    """(first day, last day) of the months from ``back`` months ago to ``ahead`` months ahead of
    ``today``'s month, oldest first, in the office's calendar (stored as Gregorian dates)."""
    periods = []
    if calendar == "jalali":
        j = JalaliDate.from_gregorian(today)
        first = JalaliDate(j.year, j.month, 1)
        for k in range(-back, ahead + 1):
            month = first.add_months(k)
            periods.append((month.to_gregorian(), month.add_months(1).to_gregorian() - DAY))
    else:
        for k in range(-back, ahead + 1):
            index = today.year * 12 + today.month - 1 + k
            start = dt.date(index // 12, index % 12 + 1, 1)
            nxt = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
            periods.append((start, nxt - DAY))
    return periods


def _gamma_days(rng: random.Random, mean: float) -> dt.timedelta:
    return dt.timedelta(days=rng.gammavariate(2.0, mean / 2.0))


def _weighted(rng: random.Random, items: Sequence, weights: Sequence[float]):
    return rng.choices(items, weights[:len(items)] + (1,) * max(0, len(items) - len(weights)))[0]


class _FunnelGenerator:
    def __init__(self, rng: random.Random, now: dt.datetime, users: Sequence[int], calendar: str) -> None:
        self.rng, self.now, self.users, self.calendar = rng, now, list(users), calendar
        self.creator = current_user_id()
        pipeline_id = pipelines.default_pipeline_id()
        stages = pipelines.stages(pipeline_id)
        self.pipeline_id = pipeline_id
        self.open_stages = [s.id for s in stages if s.is_open]
        self.won_stage = next(s.id for s in stages if s.kind == "won")
        self.lost_stage = next(s.id for s in stages if s.kind == "lost")
        self.sources = [c.id for c in choices.choices("source")]
        self.reasons = [c.id for c in choices.choices("lost_reason")]
        self.skill = {user: rng.uniform(0.85, 1.12) for user in self.users}  # some sell better than others
        self.months = month_periods(now.date(), calendar, 13)

    def uid(self) -> str:  # a version-4 UUID drawn from the seeded generator
        return "%032x" % (self.rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60) | (0x4000 << 64) | (0x8 << 60))

    def meta(self, created: dt.datetime, updated: dt.datetime | None = None) -> tuple:
        return (self.uid(), to_utc_text(created), to_utc_text(updated or created), self.creator)

    def month_index(self, when: dt.datetime) -> int:
        day = when.date()
        return next((i for i, (start, end) in enumerate(self.months) if start <= day <= end), -1)

    # -- sources and what they cost ---------------------------------------------------------------

    def costs(self) -> list[tuple]:
        rows = []
        exhibition_months = {self.month_index(self.now - d * DAY) for d in EXHIBITION_DAYS_AGO}
        for index, (start, _) in enumerate(self.months[-12:], start=len(self.months) - 12):
            for position, source_id in enumerate(self.sources[:len(SOURCE_MONTHLY_COST)]):
                spend = SOURCE_MONTHLY_COST[position]
                if spend is None or (position == 3 and index not in exhibition_months):
                    continue
                amount = round(self.rng.uniform(*spend), -6)
                note = "اجاره غرفه و ساخت" if position == 3 else "هزینه ماهانه تبلیغات"
                when = dt.datetime.combine(start, dt.time(9), dt.timezone.utc)
                rows.append((*self.meta(min(when, self.now)), source_id, start.isoformat(), int(amount), note))
        return rows

    # -- leads ------------------------------------------------------------------------------------

    def _lead_time(self) -> tuple[dt.datetime, int]:
        rng = self.rng
        position = self.sources.index(_weighted(rng, self.sources, SOURCE_WEIGHTS))
        if position == 3:  # the exhibitions' leads come in their weeks
            days = rng.choice(EXHIBITION_DAYS_AGO) - rng.uniform(0, 5)
        else:
            days = 365 * (1 - rng.random() ** 0.7)  # more leads lately: the office grows
        return self.now - dt.timedelta(days=max(days, 0.02)), position

    def lead(self, lead_id: int, pool: list[tuple], rows: _Rows, deal_ids: list[int]) -> None:
        rng = self.rng
        created, position = self._lead_time()
        source_id = self.sources[position]
        age = (self.now - created).days
        conversion = SOURCE_CONVERSION[position] if position < len(SOURCE_CONVERSION) else 0.25
        roll = rng.random()
        if age < 3:
            status = "new" if roll < 0.7 else "contacted"
        elif age < 21:
            status = ("new", "contacted", "qualified", "disqualified", "converted")[
                0 if roll < 0.1 else 1 if roll < 0.4 else 2 if roll < 0.6 else 3 if roll < 0.8 else 4]
        else:
            status = "converted" if roll < conversion else "disqualified" if roll < 0.93 else \
                rng.choice(("contacted", "qualified"))
        converted_at = created + _gamma_days(rng, 5.0) + HOUR if status == "converted" else None
        if converted_at is not None and (converted_at >= self.now - HOUR or not pool):
            status, converted_at = "qualified", None
        product = rng.choice(PRODUCTS)
        owner = rng.choice(self.users)
        city, _, _, _, _ = rng.choices(V.CITIES_IR, V.CITY_WEIGHTS_IR)[0]
        industry = rng.choice(V.INDUSTRIES)[0]
        contact_id = org_id = None
        if status == "converted":
            contact_id, first, last, org_id, org_name, phone, phone_norm, _ = pool.pop()
            company = org_name or ""
        else:
            male = rng.random() < 0.55
            first = rng.choice(V.MALE_FIRST_FA if male else V.FEMALE_FIRST_FA)[0]
            last = rng.choice(V.LAST_FA)[0]
            digits = rng.choice(V.MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}"
            phone, phone_norm = f"0{digits[:3]} {digits[3:6]} {digits[6:]}", f"+98{digits}"
            company = ""
            if rng.random() < 0.3:
                core, _ = rng.choice(V.COMPANY_CORES_FA)
                company = f"{rng.choice(V.COMPANY_KINDS_FA)} {core}"
        score = {"converted": (55, 95), "qualified": (50, 90), "disqualified": (5, 45), "contacted": (20, 70)}
        qualification = rng.randint(*score[status]) if status in score and rng.random() < 0.8 else None
        reason = rng.choice(DISQUALIFY_REASONS) if status == "disqualified" else ""
        campaign = rng.choice(CAMPAIGNS.get(position, ("",)))
        name = person_name(first, last)
        rows.leads.append((lead_id, *self.meta(created, converted_at), first, last, company,
                           _norm(" ".join(p for p in (name, company) if p)), phone or "", phone_norm or "", "", "",
                           city, industry, source_id, campaign, product[0], owner, status, reason, qualification, "",
                           contact_id, org_id, to_utc_text(converted_at) if converted_at else None))
        if converted_at is not None:
            self.deal(deal_ids.pop(), rows, created=converted_at, contact=(contact_id, org_id, org_name),
                      owner=owner, source_id=source_id, lead_id=lead_id, product=product, first_stage=0)

    # -- deals ------------------------------------------------------------------------------------

    def direct_deal(self, deal_id: int, customers: list[tuple], orgs: list[tuple], rows: _Rows) -> None:
        """A deal with a customer already in the list (repeat business, a call, a visit)."""
        rng = self.rng
        created = self.now - dt.timedelta(days=420 * (1 - rng.random() ** 0.8)) - HOUR
        if orgs and rng.random() < 0.2:
            org_id, org_name, owner = rng.choice(orgs)
            contact = (None, org_id, org_name)
        else:
            contact_id, _, _, org_id, org_name, _, _, owner = rng.choice(customers)
            contact = (contact_id, org_id, org_name)
        owner = owner if owner in self.skill and rng.random() < 0.7 else rng.choice(self.users)
        source = rng.choice(self.sources) if rng.random() < 0.3 else None
        self.deal(deal_id, rows, created=created, contact=contact, owner=owner, source_id=source, lead_id=None,
                  product=rng.choice(PRODUCTS), first_stage=1 if rng.random() < 0.15 else 0)

    def _path(self, created: dt.datetime, first: int, owner: int) -> tuple[list[tuple], str, dt.datetime | None]:
        """The deal's moves [(from, to, at)], oldest first; its status; the open stage it was lost at."""
        rng, opens = self.rng, self.open_stages
        skill = self.skill.get(owner, 1.0)
        at, index, went_back = created, min(first, len(opens) - 1), False
        moves: list[tuple] = [(None, opens[index], at)]
        while True:
            mean = STAGE_DAYS[min(index, len(STAGE_DAYS) - 1)]
            stalled = rng.random() < STALL
            advance = rng.random() < min(0.95, ADVANCE[min(index, len(ADVANCE) - 1)] * skill * (0.6 if stalled else 1))
            spent = _gamma_days(rng, mean) * (rng.uniform(3, 8) if stalled else 1) * (1 if advance else 1.5) + HOUR
            if at + spent >= self.now:  # still in this stage today
                return moves, "open", None
            at += spent
            if not advance:
                moves.append((opens[index], self.lost_stage, at))
                return moves, "lost", index
            if index == len(opens) - 1:
                moves.append((opens[index], self.won_stage, at))
                return moves, "won", None
            if index >= 2 and not went_back and rng.random() < GO_BACK:
                moves.append((opens[index], opens[index - 1], at))
                index, went_back = index - 1, True
            else:
                moves.append((opens[index], opens[index + 1], at))
                index += 1

    def deal(self, deal_id: int, rows: _Rows, *, created: dt.datetime, contact: tuple, owner: int,
             source_id: int | None, lead_id: int | None, product: tuple, first_stage: int) -> None:
        rng = self.rng
        contact_id, org_id, org_name = contact
        name, (low, high), most, unit = product
        quantity = min(most, 1 + int(rng.expovariate(0.5))) if most > 1 else 1
        amount = int(round(rng.uniform(low, high) * quantity, -6))
        what = " ".join(p for p in (localize_digits(str(quantity), "persian"), unit, name) if p) if quantity > 1 \
            else name
        title = f"{what} برای {org_name}" if org_name and rng.random() < 0.5 else what
        moves, status, lost_at_index = self._path(created, first_stage, owner)
        for from_stage, to_stage, at in moves:
            by = owner if rng.random() < 0.85 else rng.choice(self.users)
            rows.changes.append((*self.meta(at), deal_id, from_stage, to_stage, to_utc_text(at), by))
        _, stage, entered = moves[-1]
        closed = entered if status != "open" else None
        note, reason_id = "", None
        if status == "lost":
            late = lost_at_index >= 2
            reason_id = _weighted(rng, self.reasons, REASONS_LATE if late else REASONS_EARLY)
            note = rng.choice(LOST_NOTES) if rng.random() < 0.3 else ""
        if status == "won":
            key = (owner, self.month_index(entered))
            rows.won[key] = rows.won.get(key, 0) + amount
        expected = (created + dt.timedelta(days=rng.uniform(25, 70))).date()
        next_activity, next_at = "", None
        if status == "open":
            next_activity = rng.choice(NEXT_ACTIVITIES)
            if rng.random() < 0.25:  # overdue: should have happened already
                next_at = max(entered + HOUR, self.now - dt.timedelta(days=rng.uniform(1, 20)))
            else:
                next_at = self.now + dt.timedelta(days=rng.uniform(0.5, 14))
            next_at = next_at.replace(minute=0, second=0, microsecond=0)
        rows.deals.append((deal_id, *self.meta(created, entered), title, _norm(title), contact_id, org_id,
                           self.pipeline_id, stage, status, amount, expected.isoformat(), None, owner, source_id,
                           lead_id, name, next_activity, to_utc_text(next_at) if next_at else None,
                           to_utc_text(entered), to_utc_text(closed) if closed else None, reason_id, note, ""))

    # -- targets ----------------------------------------------------------------------------------

    def targets(self, won: dict[tuple[int, int], int]) -> list[tuple]:
        """Each salesperson's monthly target for the last six months, this one and the next, from
        what they won in a typical month (a bit more, rounded); and the office's, their sum."""
        rng = self.rng
        periods = month_periods(self.now.date(), self.calendar, 6, 1)
        rows = []
        for start, end in periods:
            office = 0
            for user in self.users:
                typical = sum(v for (u, month), v in won.items() if u == user and month >= 0) / 12
                amount = max(100_000_000, int(round(typical * rng.uniform(1.05, 1.35), -7)))
                office += amount
                rows.append((*self.meta(self.now), user, None, "month", start.isoformat(), end.isoformat(), amount))
            rows.append((*self.meta(self.now), None, None, "month", start.isoformat(), end.isoformat(), office))
        return rows


def _customers(contact_ids: range) -> tuple[list[tuple], list[tuple]]:
    """(contact id, first, last, company id, company name, phone, phone norm, owner) of the demo people,
    and (company id, name, owner) of the companies: plain cursor rows, no model objects."""
    if not contact_ids:
        return [], []
    first, last = contact_ids.start, contact_ids.stop - 1
    orgs = [tuple(row) for row in database.execute(
        Organization.select(Organization.id, Organization.name, Organization.owner)
        .where(Organization.deleted_at.is_null()).order_by(Organization.id))]
    names = {org_id: name for org_id, name, _ in orgs}
    phones = {contact: (value, norm) for contact, value, norm in database.execute(
        ContactPoint.select(ContactPoint.contact, ContactPoint.value, ContactPoint.value_norm)
        .where(ContactPoint.contact.between(first, last) & (ContactPoint.kind == "mobile")
               & (ContactPoint.is_primary == True)))}  # noqa: E712 (SQL)
    people = [(cid, first_name, last_name, org, names.get(org), *phones.get(cid, ("", "")), owner)
              for cid, first_name, last_name, org, owner in database.execute(
                  Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.organization,
                                 Contact.owner).where(Contact.id.between(first, last)).order_by(Contact.id))]
    return people, orgs


def generate_funnel(contact_ids: range, users: Sequence[int], *, seed: int, now: dt.datetime,
                    language: str = "fa", deals: int | None = None, leads: int | None = None,
                    cancel: CancelToken | None = None) -> FunnelReport:
    """Funnel data around the demo people ``contact_ids`` (about one lead and one deal per two
    people unless ``deals`` / ``leads`` say otherwise), inside the caller's transaction."""
    report = FunnelReport()
    customers, orgs = _customers(contact_ids)
    if not customers or not users:
        return report
    deals = len(customers) // 2 if deals is None else deals
    leads = len(customers) // 2 if leads is None else leads
    rng = random.Random(seed * 7_919 + 17)
    calendar = "jalali" if language == "fa" else "gregorian"
    previous = (i18n.current_language(), i18n.current_digits())
    i18n.set_language(language)  # the default pipeline, sources and reasons are named in the demo's language
    try:
        gen = _FunnelGenerator(rng, now, users, calendar)
        qualification.ensure_default()  # the office's questionnaire, as on a first visit to the settings
    finally:
        i18n.set_language(*previous)
    check(cancel)
    costs = gen.costs()
    bulk.insert_rows(SourceCost, COST_COLUMNS, costs)
    pool = list(customers)
    rng.shuffle(pool)
    rows = _Rows()
    lead_ids = bulk.reserve_ids(Lead, leads)
    deal_ids = list(reversed(bulk.reserve_ids(Deal, max(deals, 0))))
    for lead_id in lead_ids:
        if not deal_ids:  # every deal is spoken for: the remaining leads never convert
            pool = []
        gen.lead(lead_id, pool, rows, deal_ids)
    check(cancel)
    while deal_ids:
        gen.direct_deal(deal_ids.pop(), customers, orgs, rows)
    bulk.insert_rows(Lead, LEAD_COLUMNS, rows.leads)
    bulk.insert_rows(Deal, DEAL_COLUMNS, rows.deals)
    bulk.insert_rows(DealStageChange, CHANGE_COLUMNS, rows.changes)
    targets = gen.targets(rows.won)
    bulk.insert_rows(SalesTarget, TARGET_COLUMNS, targets)
    check(cancel)
    for model in (Lead, Deal, DealStageChange, SourceCost, SalesTarget):
        bulk.sync_sequence(model)
    report = FunnelReport(len(gen.sources), len(costs), len(rows.leads), len(rows.deals), len(rows.changes),
                          len(targets))
    AuditLog.create(user=current_user_id(), action="import", entity="demo_funnel", record_id=0,
                    summary=f"demo funnel: {report.leads} leads, {report.deals} deals",
                    changes=json.dumps({"seed": seed, "leads": report.leads, "deals": report.deals,
                                        "stage_changes": report.stage_changes, "costs": report.costs,
                                        "targets": report.targets}))
    return report

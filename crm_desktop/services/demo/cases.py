"""Demo data for the complaint queue: a year of a small office's requests and complaints.

- The queue set up as a new office would set it up, through the services (a few rows): the default
  categories, SLA policies and message templates (``setup.ensure_defaults``), a Support team of
  three, routing rules (VIP customers to the least busy supporter, billing to the accountant,
  installations to the technician, walk-ins in turn), the year's holidays (Nowruz 1-4 Farvardin
  and Nature Day; New Year's Day and Christmas in English) and the office's knowledge articles.
- Cases, about one per seven people over the last twelve months and more lately (the office grows,
  and the last fortnight was busy: the team is behind), each a small story told in its history:
  opened (mostly in working hours) by phone, a visit, email, SMS, the website or social media,
  about a product the customer bought when there is one; routed by a rule or handed out by the
  supervisor; taken up, answered, sometimes waiting for the customer (the SLA clock stops and the
  deadline moves), resolved with a resolution, rated by about six in ten customers (lower when
  late), closed, now and then reopened and resolved again. Response and resolution times are
  drawn around the SLA targets in working time on the office's calendar (about 85 % on time; a
  few cases drag on). The story stops at ``now``: recent cases are open in every status, some
  overdue, some at risk.
- Messages to customers in the outbox (the office's automatic ones and staff replies; sent when
  older than two days, a few failed, queued when recent), knowledge articles linked to cases (use
  counts agree) and every case in the search index.

The SLA deadlines, ``due_at`` and the routing explanations come from the real rules
(``sla.deadlines``, ``sla.shift_for_pause``, ``events.refresh_due``, the routing reason's format),
so the queue, the clock and the reports see the cases as if staff had worked them. Texts are in the
demo's language (``case_texts``; English for any language but Persian). Rows are written with the
bulk path (executemany, reserved ids) in the caller's transaction. Same seed, clock and office
settings (calendar, week, time zone), same data.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

from peewee import fn

from crm_desktop.db import bulk
from crm_desktop.db.base import database
from crm_desktop.db.fields import to_utc_text
from crm_desktop.db.models import (AuditLog, Case, CaseArticle, CaseCategory, CaseEvent, Contact, ContactPoint, Deal,
                                   Holiday, KnowledgeArticle, OutboxMessage, RoutingRule, SlaPolicy, Tagging, Team,
                                   User)
from crm_desktop.db.models.cases import CASE_CHANNELS, CASE_PRIORITIES, OPEN_STATUSES
from crm_desktop.db.models.outbox import MESSAGE_CHANNELS, TEMPLATE_EVENTS
from crm_desktop.db.models.people import person_name
from crm_desktop.services import tags
from crm_desktop.services.cases import (categories, knowledge, labels, numbering, outbox, routing, search_text, setup,
                                        sla, templates, work_calendar)
from crm_desktop.services.cases.events import refresh_due
from crm_desktop.services.context import current_user_id
from crm_desktop.services.demo import case_texts as T
from crm_desktop.services.demo import funnel as demo_funnel
from crm_desktop.services.funnel import targets
from crm_desktop.services.progress import CancelToken, check
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.i18n import render
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.text.normalize import normalize_text, tidy_text

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)

CASE_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "number", "year", "sequence", "kind", "channel",
                "contact", "organization", "category", "subcategory", "product", "priority", "subject", "description",
                "status", "assignee", "team", "routing_rule", "routing_note", "opened_at", "first_response_at",
                "resolved_at", "closed_at", "resolution", "satisfaction", "satisfaction_comment", "sla_policy",
                "response_due_at", "resolve_due_at", "paused_at", "due_at", "reopen_count")
EVENT_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "case", "at", "by", "kind", "old_value", "new_value",
                 "body")
LINK_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "case", "article")
OUTBOX_COLUMNS = ("uid", "created_at", "updated_at", "created_by", "channel", "to_address", "to_name", "contact",
                  "case", "template", "subject", "body", "status", "queued_at", "sent_at", "error")

PEOPLE_PER_CASE = 7
MAX_CASES = 15_000
ONLINE = ("email", "sms", "website", "social")
AFTER_HOURS = 0.25  # share of online cases written in the evening or on a day off
BUYERS = 0.5  # share of cases from customers who bought something (their product)
# working time to the first response and to the resolution, as a share of the SLA target:
# log-normal around these medians (about one in ten past the target)
RESPONSE_MEDIAN, RESPONSE_SIGMA = 0.3, 0.7
RESOLVE_MEDIAN, RESOLVE_SIGMA = 0.38, 0.65
SLOW = 0.06  # cases that drag on (a part on order, a colleague away): everything takes 2-6 times as long
RECENT_RUSH, RUSH_DAYS = 0.15, 14  # a busy fortnight lately: this share of the cases came in it ...
RUSH_PACE = (1.3, 2.5)  # ... and the team is behind: everything takes this much longer (a backlog builds up)
QUICK_ANSWER = 0.55  # questions answered (and resolved) with the first reply
WAITS = 0.3  # cases that wait for the customer once (fewer when there is nothing to ask for)
LONG_WAIT = 0.25  # of those, the customer takes a week or more
REOPENED = 0.06  # of complaints and requests
RATED = 0.6
LEFT_RESOLVED = 0.08  # resolved cases nobody closes
NOTE_COUNTS, NOTE_WEIGHTS = (0, 1, 2), (50, 35, 15)
ARTICLE_USE = {"question": 0.5, "request": 0.3, "complaint": 0.15, "suggestion": 0.0}
FAILED = 0.02  # sent messages that failed (a wrong number)
QUEUED_FOR = 2 * DAY  # messages younger than this are still in the outbox
HAPPY_SCORES, HAPPY_WEIGHTS = (5, 4, 3, 2, 1), (55, 30, 9, 4, 2)
UNHAPPY_WEIGHTS = (12, 23, 25, 22, 18)

# The funnel demo's products: which can break, be delivered, be installed
PRODUCT_NAMES = tuple(p[0] for p in demo_funnel.PRODUCTS)
SERVICES = ("قرارداد پشتیبانی سالانه", "خدمات نصب و راه\u200cاندازی")
SOFTWARE = "نرم\u200cافزار حسابداری"
PRODUCT_GROUPS = {
    "device": tuple(p for p in PRODUCT_NAMES if p not in SERVICES and p != SOFTWARE),
    "goods": tuple(p for p in PRODUCT_NAMES if p not in SERVICES),
    "install": ("دستگاه تصفیه آب", "کولر گازی", "پکیج دیواری", SOFTWARE),
    "any": PRODUCT_NAMES,
}


@dataclass
class CasesReport:
    cases: int = 0
    events: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    open: int = 0
    overdue: int = 0
    at_risk: int = 0
    resolved: int = 0  # resolved or closed
    reopened: int = 0
    rated: int = 0
    satisfaction: float | None = None  # average score of the rated cases
    response_met: float | None = None  # share of judged first responses on time (0..1)
    resolution_met: float | None = None  # share of judged resolutions on time (0..1)
    articles: int = 0
    article_links: int = 0
    outbox: int = 0
    rules: int = 0
    holidays: int = 0


@dataclass(slots=True)
class _Customer:
    id: int
    name: str
    organization: int | None
    mobile: str  # what an SMS is sent to ("" when none)
    email: str
    tags: frozenset[int]
    bought: list[tuple[dt.datetime, str]]  # (closed, product) of their won deals


@dataclass(frozen=True)
class _Rule:
    id: int
    name: str
    category: int | None = None
    category_name: str = ""
    channel: str = ""
    tag: int | None = None
    tag_name: str = ""
    user: int | None = None
    team: int | None = None
    method: str = "round_robin"


@dataclass
class _Office:
    """What the cases are filed under and handled by."""

    categories: dict[tuple[int, int | None], int]  # (category, subcategory) positions -> id
    cal: work_calendar.WorkCalendar
    calendar: str  # numbering: "jalali" | "gregorian"
    team: int
    team_name: str
    members: list[int]
    supervisor: int
    users: list[int]
    names: dict[int, str]
    rules: list[_Rule]
    policies: dict[tuple[str, int | None], SlaPolicy]
    templates: dict[tuple[str, str], object]
    auto: dict[str, bool]
    office_name: str
    articles: list[tuple[int, tuple[int, int | None], str]]  # id, (category, subcategory) positions, question
    holidays: int


@dataclass(slots=True)
class _Case:
    id: int
    number: str
    year: int
    sequence: int
    scenario: T.Scenario
    kind: str
    channel: str
    priority: str
    customer: _Customer
    product: str
    category: int | None
    subcategory: int | None
    subject: str
    description: str
    opened: dt.datetime
    policy: SlaPolicy | None
    response_due: dt.datetime | None
    resolve_due: dt.datetime | None
    variant: int = 0  # which of the scenario's texts (its resolution goes with it)
    status: str = "new"
    assignee: int | None = None
    team: int | None = None
    rule: int | None = None
    routing_note: str = ""
    first_response: dt.datetime | None = None
    resolved: dt.datetime | None = None
    closed: dt.datetime | None = None
    paused: dt.datetime | None = None
    resolution: str = ""
    satisfaction: int | None = None
    comment: str = ""
    reopen_count: int = 0
    updated: dt.datetime | None = None
    first_resolved: dt.datetime | None = None
    events: list[tuple] = field(default_factory=list)
    messages: list[tuple] = field(default_factory=list)
    links: list[tuple[int, dt.datetime]] = field(default_factory=list)


# --- the setup, through the services ---------------------------------------------------------------

def _category_ids(language: str) -> dict[tuple[int, int | None], int]:
    """The default categories by position, found by name in any language (the office may have
    renamed or removed some: those are missing)."""
    rows = list(CaseCategory.alive(CaseCategory.id, CaseCategory.name, CaseCategory.parent)
                .order_by(CaseCategory.id).tuples())
    found: dict[tuple[int, int | None], int] = {}

    def find(text, parent: int | None) -> int | None:
        names = {normalize_text(render(text, lang=lang)) for lang in dict.fromkeys((language, "fa", "en"))}
        return next((cid for cid, name, up in rows if up == parent and normalize_text(name) in names), None)

    for position, (name, subs) in enumerate(categories.DEFAULT_CATEGORIES):
        parent = find(name, None)
        if parent is None:
            continue
        found[position, None] = parent
        for sub_position, sub in enumerate(subs):
            child = find(sub, parent)
            if child is not None:
                found[position, sub_position] = child
    return found


def _holidays(language: str, now: dt.datetime) -> int:
    """Nowruz (1-4 Farvardin) and Nature Day (13 Farvardin), or New Year's Day and Christmas, of the
    last twelve months and the next four; days already in the list are left alone."""
    first, last = (now - 366 * DAY).date(), (now + 120 * DAY).date()
    days: list[tuple[dt.date, str]] = []
    if language == "fa":
        for year in range(JalaliDate.from_gregorian(first).year, JalaliDate.from_gregorian(last).year + 1):
            days += [(JalaliDate(year, 1, d).to_gregorian(), "نوروز") for d in (1, 2, 3, 4)]
            days.append((JalaliDate(year, 1, 13).to_gregorian(), "روز طبیعت (سیزده\u200cبه\u200cدر)"))
    else:
        for year in range(first.year, last.year + 1):
            days += [(dt.date(year, 1, 1), "New Year's Day"), (dt.date(year, 12, 25), "Christmas Day")]
    taken = {day for (day,) in Holiday.alive(Holiday.day).tuples()}
    made = 0
    for day, name in days:
        if first <= day <= last and day not in taken:
            work_calendar.add_holiday(day, name)
            made += 1
    return made


def _team(name: str, members: list[int]) -> Team:
    norm = normalize_text(name)
    team = next((t for t in Team.alive().order_by(Team.id) if normalize_text(t.name) == norm), None)
    team = team or targets.create_team(name)
    for user_id in members:
        targets.add_member(team.id, user_id)
    return team


def _rules(language: str, found: dict, team: Team, billing: int, installer: int) -> list[_Rule]:
    """The demo's routing rules, after any the office has (one already there by name is left alone
    and not simulated)."""
    names = T.RULE_NAMES[language]
    vip = tags.get_or_create_tag(T.VIP_TAG[language])
    category_names = dict(CaseCategory.select(CaseCategory.id, CaseCategory.name).tuples())
    wanted = [("vip", routing.RuleInput(name=names["vip"], tag_id=vip.id, team_id=team.id, method="least_busy"))]
    if (0, None) in found:
        wanted.append(("billing", routing.RuleInput(name=names["billing"], category_id=found[0, None],
                                                    user_id=billing)))
    if (3, 2) in found:
        wanted.append(("installation", routing.RuleInput(name=names["installation"], category_id=found[3, 2],
                                                         user_id=installer)))
    wanted.append(("walk_in", routing.RuleInput(name=names["walk_in"], channel="walk_in", team_id=team.id,
                                                method="round_robin")))
    existing = {normalize_text(r.name) for r in RoutingRule.alive()}
    made = []
    for _, data in wanted:
        if normalize_text(data.name) in existing:
            continue
        rule = routing.create_rule(data)
        made.append(_Rule(rule.id, rule.name, data.category_id, category_names.get(data.category_id, ""),
                          data.channel, data.tag_id, vip.name if data.tag_id else "", data.user_id, data.team_id,
                          data.method))
    return made


def _articles(language: str, found: dict) -> list[tuple[int, tuple[int, int | None], str]]:
    existing = {norm: aid for aid, norm in KnowledgeArticle.alive(KnowledgeArticle.id, KnowledgeArticle.question_norm)
                .order_by(KnowledgeArticle.id).tuples()}
    articles = []
    for position, sub, question, answer, words in (T.ARTICLES_FA if language == "fa" else T.ARTICLES_EN):
        article_id = existing.get(normalize_text(tidy_text(question)))
        if article_id is None:
            category = found.get((position, sub)) or found.get((position, None))
            article_id = knowledge.create_article(knowledge.ArticleInput(
                question=question, answer=answer, category_id=category, tags=words)).id
        articles.append((article_id, (position, sub), tidy_text(question)))
    return articles


def _templates(language: str) -> dict[tuple[str, str], object]:
    """The template of each (event, channel) in the demo's language, else another (as the outbox picks)."""
    found = {}
    for event in TEMPLATE_EVENTS:
        for channel in MESSAGE_CHANNELS:
            for lang in (language, *(lang for lang in ("fa", "en") if lang != language)):
                template = templates.find_template(event, lang, channel)
                if template is not None:
                    found[event, channel] = template
                    break
    return found


def _set_up(office_language: str, language: str, users: Sequence[int], now: dt.datetime) -> tuple[_Office, int]:
    """The office's defaults in its language; the demo's own names and texts in ``language`` (fa or en)."""
    setup.ensure_defaults(office_language)
    found = _category_ids(office_language)
    holidays = _holidays(language, now)
    me = current_user_id()
    staff = [u for u in users if u != me] or list(users)
    supervisor = me if me in users else staff[0]
    members = staff[:3]
    team = _team(T.TEAM_NAME[language], members)
    billing = staff[3] if len(staff) > 3 else staff[-1]
    installer = staff[1] if len(staff) > 1 else staff[0]
    rules = _rules(language, found, team, billing, installer)
    policies: dict[tuple[str, int | None], SlaPolicy] = {}
    for policy in SlaPolicy.alive().where(SlaPolicy.is_active == True).order_by(SlaPolicy.id):  # noqa: E712 (SQL)
        policies.setdefault((policy.priority, policy.__data__.get("category")), policy)
    names = {uid: full or name for uid, full, name in User.select(User.id, User.full_name, User.username).tuples()}
    office = _Office(found, work_calendar.office_calendar(), targets.office_calendar(), team.id, team.name,
                     sorted(members), supervisor, list(users), names, rules, policies, _templates(language),
                     outbox.auto_events(), outbox.office_name(), _articles(language, found), holidays)
    return office, len(rules)


# --- the customers ---------------------------------------------------------------------------------

class _People:
    """The demo people cases come from; a person's details become a ``_Customer`` when a case needs them."""

    def __init__(self, rows: list[tuple], mobiles: dict[int, str], emails: dict[int, str],
                 person_tags: dict[int, set[int]], company_tags: dict[int, set[int]],
                 bought: dict[int, list[tuple[dt.datetime, str]]]) -> None:
        self.rows = rows  # (id, first name, last name, company id)
        self.buyers = [row for row in rows if row[0] in bought]
        self.mobiles, self.emails, self.bought = mobiles, emails, bought
        self.person_tags, self.company_tags = person_tags, company_tags
        self.made: dict[int, _Customer] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def pick(self, rng: random.Random) -> _Customer:
        """Someone who bought something (half the cases: their product), else anyone."""
        cid, first, last, org = rng.choice(self.buyers if self.buyers and rng.random() < BUYERS else self.rows)
        customer = self.made.get(cid)
        if customer is None:
            tags = self.person_tags.get(cid, set()) | self.company_tags.get(org, set())
            customer = self.made[cid] = _Customer(cid, person_name(first, last), org, self.mobiles.get(cid, ""),
                                                  self.emails.get(cid, ""), frozenset(tags), self.bought.get(cid, []))
        return customer


def _customers(contact_ids: range) -> _People:
    """The demo people with what the cases need: name, company, addresses, tags, what they bought."""
    if not contact_ids:
        return _People([], {}, {}, {}, {}, {})
    first, last = contact_ids.start, contact_ids.stop - 1
    mobiles: dict[int, str] = {}
    emails: dict[int, str] = {}
    for contact, kind, value, norm in database.execute(  # plain cursor rows: no datetimes to convert here
            ContactPoint.select(ContactPoint.contact, ContactPoint.kind, ContactPoint.value, ContactPoint.value_norm)
            .where(ContactPoint.contact.between(first, last) & ContactPoint.kind.in_(("mobile", "email"))
                   & ContactPoint.deleted_at.is_null())
            .order_by(ContactPoint.contact, ContactPoint.is_primary.desc(), ContactPoint.id)):
        if kind == "mobile":
            mobiles.setdefault(contact, norm if norm.startswith("+") else tidy_text(value))
        else:
            emails.setdefault(contact, tidy_text(value))
    person_tags: dict[int, set[int]] = {}
    company_tags: dict[int, set[int]] = {}
    for contact, org, tag in database.execute(
            Tagging.select(Tagging.contact, Tagging.organization, Tagging.tag)
            .where(Tagging.deleted_at.is_null()
                   & (Tagging.contact.between(first, last) | Tagging.organization.is_null(False)))):
        if contact is not None:
            person_tags.setdefault(contact, set()).add(tag)
        elif org is not None:
            company_tags.setdefault(org, set()).add(tag)
    bought: dict[int, list[tuple[dt.datetime, str]]] = {}
    for contact, products, closed in (Deal.select(Deal.contact, Deal.products, Deal.closed_at)
                                      .where(Deal.contact.between(first, last) & (Deal.status == "won")
                                             & Deal.closed_at.is_null(False) & Deal.deleted_at.is_null())
                                      .order_by(Deal.contact, Deal.closed_at, Deal.id).tuples()):
        if products in PRODUCT_NAMES:
            bought.setdefault(contact, []).append((closed, products))
    rows = [tuple(row) for row in database.execute(
        Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.organization)
        .where(Contact.id.between(first, last) & Contact.deleted_at.is_null()).order_by(Contact.id))]
    return _People(rows, mobiles, emails, person_tags, company_tags, bought)


# --- the cases ---------------------------------------------------------------------------------------

def _lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


class _CaseGenerator:
    def __init__(self, rng: random.Random, now: dt.datetime, language: str, office: _Office,
                 customers: _People) -> None:
        self.rng, self.now, self.language, self.office = rng, now, language, office
        self.cal = office.cal
        self.creator = current_user_id()
        self.customers = customers
        self.labels: dict[tuple[str, str], str] = {}  # (status, language) -> its word
        self.scenario_weights = [s.weight for s in T.SCENARIOS]
        self.open_now = dict.fromkeys(office.users, 0)  # open cases per user at the moment simulated
        self.releases: list[tuple[dt.datetime, int, int]] = []  # (resolved, tiebreak, user): a heap
        self.turn: dict[int, int | None] = {rule.id: None for rule in office.rules}  # round-robin's last user
        self.articles_by_key: dict[tuple[int, int | None], list[tuple[int, str]]] = {}
        for article_id, key, question in office.articles:
            self.articles_by_key.setdefault(key, []).append((article_id, question))
        self.digits = "persian" if language == "fa" else "latin"

    def uid(self) -> str:  # a version-4 UUID drawn from the seeded generator
        return "%032x" % (self.rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60) | (0x4000 << 64) | (0x8 << 60))

    def meta(self, created: dt.datetime, updated: dt.datetime | None = None) -> tuple:
        return (self.uid(), to_utc_text(created), to_utc_text(updated or created), self.creator)

    # -- when and what ---------------------------------------------------------------------------

    def opened_at(self, channel: str) -> dt.datetime:
        """Mostly inside working hours (the nearest working day at or before the drawn one); online
        messages sometimes in the evening or on a day off. Never after ``now``."""
        rng, cal = self.rng, self.cal
        for _ in range(30):
            if rng.random() < RECENT_RUSH:
                days = RUSH_DAYS * rng.random()
            else:
                days = 365 * (1 - rng.random() ** 0.7)  # more cases lately: the office grows
            day = (self.now - dt.timedelta(days=days)).astimezone(cal.tz).date()
            if channel in ONLINE and rng.random() < AFTER_HOURS:
                minute = rng.randint(7 * 60, 23 * 60 + 59)
            else:
                spans: tuple = ()
                for _ in range(14):
                    spans = () if day in cal.holidays else cal.week.hours[day.weekday()]
                    if spans:
                        break
                    day -= DAY
                if not spans:
                    continue
                start, end = rng.choices(spans, [e - s for s, e in spans])[0]
                minute = rng.randrange(start, end)
            local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)), tzinfo=cal.tz)
            moment = local.astimezone(UTC)
            if moment < self.now - MINUTE:
                return moment
        return self.now - dt.timedelta(seconds=rng.randint(300, 36_000))

    def _product(self, scenario: T.Scenario, customer: _Customer, opened: dt.datetime) -> str:
        if not scenario.product:
            return ""
        group = PRODUCT_GROUPS[scenario.product]
        owned = [p for closed, p in customer.bought if closed < opened and p in group]
        name = owned[-1] if owned and self.rng.random() < 0.8 else self.rng.choice(group)
        return name if self.language == "fa" else T.PRODUCTS_EN.get(name, name)

    @staticmethod
    def _variant(rng: random.Random, options: tuple[str, ...], bodies: int, index: int) -> str:
        """The option that goes with the ``index``-th body (see ``case_texts.Texts``), else any."""
        return options[index] if len(options) == bodies else rng.choice(options)

    def _texts(self, scenario: T.Scenario, channel: str, product: str) -> tuple[str, str, int]:
        """Subject, description and which of the scenario's bodies it is."""
        rng = self.rng
        texts = scenario.fa if self.language == "fa" else scenario.en
        values = {"product": product, "days": localize_digits(str(rng.randint(4, 15)), self.digits),
                  "invoice": localize_digits(str(rng.randint(1200, 9800)), self.digits)}
        index = rng.randrange(len(texts.bodies))
        subject = self._variant(rng, texts.subjects, len(texts.bodies), index).format(**values)
        if self.language == "en" and subject[:1].islower():
            subject = subject[0].upper() + subject[1:]
        body = texts.bodies[index].format(**values)
        if self.language == "en":
            body = body[0].upper() + body[1:]
        staff = T.TAKEN_BY_STAFF[self.language].get(channel)
        if staff:
            description = staff + body
        else:
            opener, closer = rng.choice(T.OPENERS[self.language]), rng.choice(T.CLOSERS[self.language])
            description = "\n".join(p for p in (opener, " ".join(p for p in (body, closer) if p)) if p)
        return subject[:200], description, index

    def _resolution(self, case: _Case) -> str:
        texts = case.scenario.fa if self.language == "fa" else case.scenario.en
        text = self._variant(self.rng, texts.resolutions, len(texts.bodies), case.variant).format(
            product=case.product or "", days="", invoice="")
        return text[0].upper() + text[1:] if self.language == "en" else text

    def new_case(self, case_id: int, opened: dt.datetime, scenario: T.Scenario, channel: str,
                 numbers: dict[int, int]) -> _Case:
        rng, office = self.rng, self.office
        customer = self.customers.pick(rng)
        priority = rng.choices(CASE_PRIORITIES, scenario.priorities)[0]
        product = self._product(scenario, customer, opened)
        subject, description, variant = self._texts(scenario, channel, product)
        category = office.categories.get((scenario.category, None))
        subcategory = office.categories.get((scenario.category, scenario.sub)) if scenario.sub is not None else None
        policy = office.policies.get((priority, category)) or office.policies.get((priority, None))
        due = sla.deadlines(opened, policy, self.cal)
        year = numbering.year_of(opened, office.calendar)
        numbers[year] = numbers.get(year, 0) + 1
        return _Case(case_id, numbering.format_number(year, numbers[year]), year, numbers[year], scenario,
                     scenario.kind, channel, priority, customer, product, category, subcategory, subject, description,
                     opened, policy, due.response_due_at, due.resolve_due_at, variant=variant, updated=opened)

    # -- who gets it -------------------------------------------------------------------------------

    def _release(self, until: dt.datetime) -> None:
        """Cases resolved before ``until`` no longer count as their assignee's open cases."""
        while self.releases and self.releases[0][0] <= until:
            _, _, user = heapq.heappop(self.releases)
            self.open_now[user] -= 1

    def _who(self, user: int | None, team: int | None) -> str:
        names = []
        if team is not None:
            names.append(self.office.team_name)
        if user is not None:
            names.append(self.office.names.get(user, ""))
        return " / ".join(names)

    def route(self, case: _Case) -> None:
        """The first of the demo's rules that matches (as routing.route would decide)."""
        office = self.office
        for rule in office.rules:
            conditions: list[dict] = []
            if rule.category is not None:
                if rule.category not in (case.category, case.subcategory):
                    continue
                conditions.append({"kind": "category", "value": rule.category_name})
            if rule.channel:
                if rule.channel != case.channel:
                    continue
                conditions.append({"kind": "channel", "value": rule.channel})
            if rule.tag is not None:
                if rule.tag not in case.customer.tags:
                    continue
                conditions.append({"kind": "tag", "value": rule.tag_name})
            reason: dict = {"rule": {"id": rule.id, "name": rule.name}, "conditions": conditions, "team": None,
                            "user": None, "method": ""}
            user = rule.user
            if user is not None:
                reason["user"] = {"id": user, "name": office.names.get(user, "")}
            else:
                members = office.members
                reason["team"], reason["method"] = {"id": office.team, "name": office.team_name}, rule.method
                if rule.method == "least_busy":
                    user = min(members, key=lambda m: (self.open_now.get(m, 0), m))
                    reason["open_cases"] = self.open_now.get(user, 0)
                else:
                    last = self.turn.get(rule.id)
                    user = next((m for m in members if last is not None and m > last), members[0])
                    self.turn[rule.id] = user
                reason["user"] = {"id": user, "name": office.names.get(user, "")}
            case.assignee, case.team, case.rule = user, rule.team, rule.id
            case.status = "assigned"
            case.routing_note = json.dumps(reason, ensure_ascii=False)
            return
        case.routing_note = json.dumps({"rule": None}, ensure_ascii=False)

    # -- the history ------------------------------------------------------------------------------

    def _event(self, case: _Case, at: dt.datetime, by: int | None, kind: str, old: str = "", new: str = "",
               body: str = "") -> None:
        case.events.append((at, by, kind, old[:200], new[:200], body))
        case.updated = at

    def _address(self, case: _Case, channel: str) -> str:
        return case.customer.mobile if channel == "sms" else case.customer.email

    def _queue(self, case: _Case, at: dt.datetime, channel: str, subject: str, body: str, template) -> None:
        case.messages.append((at, channel, self._address(case, channel), case.customer.name, subject, body,
                              template.id if template is not None else None))

    def _notify(self, case: _Case, event: str, at: dt.datetime, by: int | None) -> None:
        """The office's automatic message for this event (as events.notify and outbox.queue_for_case)."""
        office = self.office
        if not office.auto.get(event):
            return
        for channel in (("email", "sms") if case.channel == "email" else ("sms", "email")):
            template = office.templates.get((event, channel))
            if template is None or not self._address(case, channel):
                continue
            status = self.labels.get((case.status, template.language))
            if status is None:
                word = labels.STATUSES.get(case.status)
                status = self.labels[case.status, template.language] = (
                    render(word, lang=template.language) if word is not None else case.status)
            values = {"customer": case.customer.name, "number": case.number, "subject": case.subject,
                      "status": status,
                      "assignee": office.names.get(case.assignee, "") if case.assignee else "",
                      "office": office.office_name}
            subject, body = templates.render_template(template, values)
            body = body.strip()
            if not body:
                continue
            self._queue(case, at, channel, tidy_text(subject) if channel == "email" else "", body, template)
            self._event(case, at, by, "message", "auto", channel, body)
            return

    def _message(self, case: _Case, at: dt.datetime, by: int | None, body: str) -> None:
        """A staff reply (conversation.send_message): the first one is the first response."""
        channel = "email" if case.channel == "email" else "sms"
        if not self._address(case, channel):  # nowhere to write to: they were phoned, and a note says what was said
            self._event(case, at, by, "note", body=body)
            return
        self._queue(case, at, channel, case.subject if channel == "email" else "", body, None)
        if case.first_response is None:
            case.first_response = at
        self._event(case, at, by, "message", "", channel, body)

    def _status(self, case: _Case, at: dt.datetime, by: int | None, new: str, body: str = "") -> None:
        """As workflow.set_status: a wait moves the deadlines later; waiting or resolving is a response."""
        old = case.status
        if old == "waiting":
            if case.first_response is None:
                case.response_due = sla.shift_for_pause(case.response_due, case.paused, at, self.cal)
            case.resolve_due = sla.shift_for_pause(case.resolve_due, case.paused, at, self.cal)
            case.paused = None
        if new == "waiting":
            case.paused = at
        if new in ("waiting", "resolved") and case.first_response is None:
            case.first_response = at
        if new == "resolved":
            case.resolved, case.resolution = at, body or case.resolution
            case.first_resolved = case.first_resolved or at
        if new == "closed":
            case.closed = at
        case.status = new
        self._event(case, at, by, "status", old, new, body if new == "resolved" else "")
        if new in ("waiting", "resolved", "closed"):
            self._notify(case, new, at, by)

    def _take_up(self, case: _Case, at: dt.datetime, by: int | None) -> None:
        if case.status in ("new", "assigned"):  # (a wait may have put it in progress already)
            self._status(case, at, by, "in_progress")

    def _assign(self, case: _Case, at: dt.datetime, by: int | None, user: int, team: int | None) -> None:
        old = self._who(case.assignee, case.team)
        case.assignee, case.team = user, team
        if case.status == "new":
            case.status = "assigned"
        self._event(case, at, by, "assigned", old, self._who(user, team))
        self._notify(case, "assigned", at, by)

    def _reopen(self, case: _Case, at: dt.datetime, by: int | None) -> None:
        old = case.status
        case.status = "in_progress" if case.assignee is not None else "new"
        case.resolved = case.closed = None
        case.reopen_count += 1
        self._event(case, at, by, "reopened", old, case.status, self.rng.choice(T.REOPEN_REASONS[self.language]))

    def _rate(self, case: _Case, at: dt.datetime, by: int | None) -> None:
        rng = self.rng
        on_time = case.resolve_due is None or case.resolved <= case.resolve_due
        score = rng.choices(HAPPY_SCORES, HAPPY_WEIGHTS if on_time else UNHAPPY_WEIGHTS)[0]
        comment = ""
        if score <= 2 and rng.random() < 0.85:
            comment = rng.choice(T.UNHAPPY[self.language])
        elif score == 5 and rng.random() < 0.3:
            comment = rng.choice(T.HAPPY[self.language])
        old = str(case.satisfaction or "")
        case.satisfaction, case.comment = score, comment
        self._event(case, at, by, "rating", old, str(score), comment)

    def _link(self, case: _Case, at: dt.datetime, by: int | None, article: tuple[int, str]) -> None:
        case.links.append((article[0], at))
        self._event(case, at, by, "article", "", article[1])

    def live(self, case: _Case) -> None:
        """The case's story, told up to ``now``: the steps before the resolution are planned in
        working minutes after the opening (the customer's wait included), the rest in clock time."""
        rng, office, cal, now = self.rng, self.office, self.cal, self.now
        self._release(case.opened)
        lang = self.language
        receiver = rng.choice([*office.members, office.supervisor])
        self.route(case)
        response_target, resolve_target = ((case.policy.response_minutes, case.policy.resolve_minutes)
                                           if case.policy is not None else sla.DEFAULT_TARGETS[case.priority])
        slow = rng.uniform(2.0, 6.0) if rng.random() < SLOW else 1.0
        if now - case.opened < RUSH_DAYS * DAY:
            slow *= rng.uniform(*RUSH_PACE)
        respond = max(3.0, response_target * _lognormal(rng, RESPONSE_MEDIAN, RESPONSE_SIGMA) * slow)
        resolve = max(respond + 10, resolve_target * _lognormal(rng, RESOLVE_MEDIAN, RESOLVE_SIGMA) * slow)
        routed = case.assignee is not None
        assign = 0.0 if routed else max(1.0, respond * rng.uniform(0.3, 0.95))  # the supervisor's rounds
        if rng.random() < 0.5:  # taken up before answering the customer, or after
            start = assign + (respond - assign) * rng.uniform(0.1, 0.9)
        else:
            start = respond + (resolve - respond) * rng.uniform(0.0, 0.4)
        quick = case.kind == "question" and rng.random() < QUICK_ANSWER
        waits = not quick and rng.random() < (WAITS if case.scenario.ask else WAITS / 3)
        wait_at = respond if rng.random() < 0.65 else rng.uniform(respond, resolve)
        wait_for = rng.gammavariate(2.0, (2500 if rng.random() < LONG_WAIT else 500)) if waits else 0.0

        def later(active: float) -> float:  # working minutes after the opening: the wait shifts what follows
            return active + wait_for if waits and active > wait_at else active

        assignee = case.assignee
        if not routed:  # the supervisor hands it out: to whoever has least on their plate, mostly
            members = office.members
            assignee = (min(members, key=lambda m: (self.open_now.get(m, 0), m)) if rng.random() < 0.6
                        else rng.choice(members))
        plan: list[tuple[float, int, object]] = []  # (working minutes after the opening, order, step)

        def step(active: float, action) -> None:
            plan.append((later(active), len(plan), action))

        if not routed:
            step(assign, lambda at: self._assign(case, at, office.supervisor, assignee, office.team))
        if not quick:
            step(start, lambda at: self._take_up(case, at, assignee))
        if quick:
            step(respond, lambda at: self._status(case, at, assignee, "resolved", self._resolution(case)))
        elif waits and wait_at == respond:
            step(respond, lambda at: self._message(case, at, assignee, T.ASKS[lang][case.scenario.ask]))
            step(respond, lambda at: self._status(case, at, assignee, "waiting"))
        else:
            step(respond, lambda at: self._message(case, at, assignee, rng.choice(T.FIRST_MESSAGES[lang])))
            if waits:
                step(wait_at, lambda at: self._message(case, at, assignee, T.ASKS[lang][case.scenario.ask]))
                step(wait_at, lambda at: self._status(case, at, assignee, "waiting"))
        if waits:
            plan.append((wait_at + wait_for, len(plan), lambda at: self._status(case, at, assignee, "in_progress")))
            plan.append((wait_at + wait_for, len(plan), lambda at: self._event(
                case, at, assignee, "note", body=rng.choice(T.CUSTOMER_REPLIED[lang]))))
        if not quick:
            for _ in range(rng.choices(NOTE_COUNTS, NOTE_WEIGHTS)[0]):
                text = rng.choice(T.NOTES[lang])
                step(rng.uniform(start, resolve), lambda at, text=text: self._event(case, at, assignee, "note",
                                                                                      body=text))
        candidates = (self.articles_by_key.get((case.scenario.category, case.scenario.sub))
                      or self.articles_by_key.get((case.scenario.category, None)) or [])
        if candidates and rng.random() < ARTICLE_USE.get(case.kind, 0):
            article = rng.choice(candidates)
            step(rng.uniform(start if not quick else respond * 0.8, resolve if not quick else respond),
                 lambda at: self._link(case, at, assignee, article))
        if not quick:
            step(resolve, lambda at: self._status(case, at, assignee, "resolved", self._resolution(case)))

        # opened (and routed, and told it was received) at once
        self._event(case, case.opened, receiver, "created", body=case.description)
        if routed:
            self._event(case, case.opened, receiver, "routed", "", self._who(case.assignee, case.team),
                        case.routing_note)
        self._notify(case, "received", case.opened, receiver)
        if routed:
            self._notify(case, "assigned", case.opened, receiver)
        last = case.opened
        plan.sort(key=lambda p: (p[0], p[1]))
        for minutes, _, action in plan:
            at = max(cal.add_minutes(case.opened, max(1, int(minutes))), last)
            if at > now:
                break
            action(at)
            last = at
        else:
            self._after(case, last)
        self.open_now[assignee] = self.open_now.get(assignee, 0) + 1
        heapq.heappush(self.releases, (case.first_resolved or dt.datetime.max.replace(tzinfo=UTC), case.id,
                                       assignee))

    def _after(self, case: _Case, resolved: dt.datetime) -> None:
        """Rated, closed, maybe reopened and resolved again; in clock time, up to ``now``."""
        rng, cal = self.rng, self.cal
        assignee = case.assignee
        closer = assignee if rng.random() < 0.7 else self.office.supervisor
        steps: list[tuple[dt.datetime, int, object]] = []
        rated = rng.random() < RATED
        close = rng.random() >= LEFT_RESOLVED
        if case.kind in ("complaint", "request") and rng.random() < REOPENED:  # the customer calls back
            reopen_at = cal.add_minutes(resolved, rng.randint(60, 2400))
            first_close = cal.add_minutes(resolved, rng.randint(480, 2400))
            if first_close < reopen_at:
                steps.append((first_close, 0, lambda at: self._status(case, at, closer, "closed")))
            steps.append((reopen_at, 1, lambda at: self._reopen(case, at, rng.choice([assignee, closer]))))
            again = cal.add_minutes(reopen_at, max(30, int(rng.gammavariate(2.0, 250))))
            text = rng.choice(T.SECOND_RESOLUTIONS[self.language])
            steps.append((again, 2, lambda at: self._status(case, at, assignee, "resolved", text)))
            resolved = again
        if rated:
            steps.append((resolved + dt.timedelta(minutes=rng.randint(60, 72 * 60)), 3,
                          lambda at: self._rate(case, at, self.office.supervisor)))
        if close:
            steps.append((cal.add_minutes(resolved, rng.randint(480, 2400)), 4,
                          lambda at: self._status(case, at, closer, "closed")))
        steps.sort(key=lambda s: (s[0], s[1]))
        for at, _, action in steps:
            if at > self.now:
                break
            action(at)

    # -- rows -------------------------------------------------------------------------------------

    def rows(self, case: _Case, out: dict[str, list]) -> None:
        state = SimpleNamespace(status=case.status, paused_at=case.paused, first_response_at=case.first_response,
                                response_due_at=case.response_due, resolve_due_at=case.resolve_due, due_at=None)
        refresh_due(state)
        stamp = to_utc_text

        def when(moment: dt.datetime | None) -> str | None:
            return stamp(moment) if moment is not None else None

        customer = case.customer
        out["cases"].append((
            case.id, *self.meta(case.opened, case.updated), case.number, case.year, case.sequence, case.kind,
            case.channel, customer.id, customer.organization, case.category, case.subcategory, case.product,
            case.priority, case.subject, case.description, case.status, case.assignee, case.team, case.rule,
            case.routing_note, stamp(case.opened), when(case.first_response), when(case.resolved), when(case.closed),
            case.resolution, case.satisfaction, case.comment, case.policy.id if case.policy is not None else None,
            when(case.response_due), when(case.resolve_due), when(case.paused), when(state.due_at),
            case.reopen_count))
        for at, by, kind, old, new, body in case.events:
            out["events"].append((*self.meta(at), case.id, stamp(at), by, kind, old, new, body))
        for article_id, at in case.links:
            out["links"].append((*self.meta(at), case.id, article_id))
        for at, channel, address, name, subject, body, template_id in case.messages:
            status, sent, error = "queued", None, ""
            if self.now - at >= QUEUED_FOR:
                if self.rng.random() < FAILED:
                    status, error = "failed", T.SEND_FAILED[self.language]
                else:
                    status, sent = "sent", at + dt.timedelta(seconds=self.rng.randint(10, 720))
            out["outbox"].append((*self.meta(at, sent or at), channel, address, name[:300], customer.id, case.id,
                                  template_id, subject[:200], body, status, stamp(at), when(sent), error))


def _judge(cases: list[_Case], now: dt.datetime, cal: work_calendar.WorkCalendar, report: CasesReport) -> None:
    """The report's figures, as the queue and the statistics would show them."""
    response = [0, 0]  # met, breached
    resolution = [0, 0]
    scores = []
    for case in cases:
        report.statuses[case.status] = report.statuses.get(case.status, 0) + 1
        for (done, due), tally in (((case.first_response, case.response_due), response),
                                   ((case.resolved, case.resolve_due), resolution)):
            if due is None:
                continue
            if done is not None:
                tally[0 if done <= due else 1] += 1
            elif due < now:
                tally[1] += 1
        if case.status in OPEN_STATUSES:
            row = SimpleNamespace(status=case.status, opened_at=case.opened, first_response_at=case.first_response,
                                  resolved_at=case.resolved, response_due_at=case.response_due,
                                  resolve_due_at=case.resolve_due, paused_at=case.paused)
            state = sla.clock(row, now, cal, case.policy).state
            report.overdue += state == "overdue"
            report.at_risk += state == "at_risk"
        if case.satisfaction is not None:
            scores.append(case.satisfaction)
        report.reopened += case.reopen_count > 0
    report.open = sum(report.statuses.get(s, 0) for s in OPEN_STATUSES)
    report.resolved = report.statuses.get("resolved", 0) + report.statuses.get("closed", 0)
    report.rated = len(scores)
    report.satisfaction = round(sum(scores) / len(scores), 2) if scores else None
    report.response_met = round(response[0] / sum(response), 3) if sum(response) else None
    report.resolution_met = round(resolution[0] / sum(resolution), 3) if sum(resolution) else None


def generate_cases(contact_ids: range, users: Sequence[int], *, seed: int, now: dt.datetime, language: str = "fa",
                   cases: int | None = None, cancel: CancelToken | None = None) -> CasesReport:
    """Complaint-queue data around the demo people ``contact_ids`` (about one case per seven people,
    at most MAX_CASES, unless ``cases`` says otherwise), inside the caller's transaction."""
    report = CasesReport()
    customers = _customers(contact_ids)
    if not len(customers) or not users:
        return report
    count = min(len(customers) // PEOPLE_PER_CASE, MAX_CASES) if cases is None else cases
    texts = "fa" if language == "fa" else "en"  # the demo's words exist in these two
    rng = random.Random(seed * 104_729 + 61)
    check(cancel)
    office, report.rules = _set_up(language, texts, users, now)
    report.holidays, report.articles = office.holidays, len(office.articles)
    check(cancel)
    gen = _CaseGenerator(rng, now, texts, office, customers)
    drafts = []
    for _ in range(count):
        scenario = rng.choices(T.SCENARIOS, gen.scenario_weights)[0]
        channel = rng.choices(CASE_CHANNELS, scenario.channels)[0]
        drafts.append((gen.opened_at(channel), scenario, channel))
    drafts.sort(key=lambda d: d[0])
    numbers = {year: last for year, last in Case.select(Case.year, fn.MAX(Case.sequence)).group_by(Case.year).tuples()}
    ids = bulk.reserve_ids(Case, len(drafts))
    made: list[_Case] = []
    for case_id, (opened, scenario, channel) in zip(ids, drafts):
        case = gen.new_case(case_id, opened, scenario, channel, numbers)
        gen.live(case)
        made.append(case)
    check(cancel)
    out: dict[str, list] = {"cases": [], "events": [], "links": [], "outbox": []}
    for case in made:
        gen.rows(case, out)
    bulk.insert_rows(Case, CASE_COLUMNS, out["cases"])
    bulk.insert_rows(CaseEvent, EVENT_COLUMNS, out["events"])
    bulk.insert_rows(CaseArticle, LINK_COLUMNS, out["links"])
    bulk.insert_rows(OutboxMessage, OUTBOX_COLUMNS, out["outbox"])
    for model in (Case, CaseEvent, CaseArticle, OutboxMessage):
        bulk.sync_sequence(model)
    uses: dict[int, int] = {}
    for _, _, _, _, _, article_id in out["links"]:
        uses[article_id] = uses.get(article_id, 0) + 1
    for article_id, used in sorted(uses.items()):
        KnowledgeArticle.update(use_count=KnowledgeArticle.use_count + used).where(
            KnowledgeArticle.id == article_id).execute()
    for rule in office.rules:
        if gen.turn.get(rule.id) is not None:
            RoutingRule.update(last_user=gen.turn[rule.id]).where(RoutingRule.id == rule.id).execute()
    check(cancel)
    search_text.index_new([case.id for case in made], cancel=cancel)
    report.cases, report.events = len(out["cases"]), len(out["events"])
    report.article_links, report.outbox = len(out["links"]), len(out["outbox"])
    _judge(made, now, office.cal, report)
    AuditLog.create(user=current_user_id(), action="import", entity="demo_cases", record_id=0,
                    summary=f"demo cases: {report.cases} cases, {report.events} events",
                    changes=json.dumps({"seed": seed, "cases": report.cases, "events": report.events,
                                        "outbox": report.outbox, "article_links": report.article_links}))
    return report

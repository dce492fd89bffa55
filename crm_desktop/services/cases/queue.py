"""The complaint queue: which cases, in which order, a page at a time.

Order (what needs action first): overdue cases, then the nearest SLA deadline, then the highest
priority, then the oldest. Cases whose clock is paused (waiting for the customer) or that have no
SLA follow, by priority and age. Resolved and closed cases (shown only when asked for) come newest
resolution first. The view holds the ordered ids (an array: light even for a million) and reads
the rows of what is on screen with :func:`rows`.
"""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field

from peewee import SQL, JOIN
from peewee import Case as When

from crm_desktop.db import search_index
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseCategory, Contact, Organization, Team, TeamMember, User
from crm_desktop.db.models.cases import OPEN_STATUSES
from crm_desktop.db.models.people import person_name
from crm_desktop.services.search import Query

VIEWS = ("all", "mine", "my_team", "unassigned", "overdue")
PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3}


@dataclass(frozen=True)
class QueueFilter:
    view: str = "all"  # VIEWS
    user_id: int | None = None  # whose "mine" / "my team"
    statuses: tuple[str, ...] = OPEN_STATUSES
    category_id: int | None = None
    channel: str = ""
    kind: str = ""
    priority: str = ""
    assignee_id: int | None = None
    team_id: int | None = None
    text: str = ""
    now: dt.datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: str
    subject: str
    customer: str
    contact_id: int | None
    organization_id: int | None
    kind: str
    channel: str
    category: str
    priority: str
    status: str
    assignee: str
    team: str
    opened_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    response_due_at: dt.datetime | None
    resolve_due_at: dt.datetime | None
    paused_at: dt.datetime | None
    due_at: dt.datetime | None
    satisfaction: int | None


def _team_ids(user_id: int | None) -> list[int]:
    if user_id is None:
        return []
    return [row[0] for row in TeamMember.select(TeamMember.team).where(
        (TeamMember.user == user_id) & TeamMember.deleted_at.is_null()).tuples()]


def _text_condition(text: str):
    q = Query.parse(text)
    if not q.usable:
        return None
    long_words = [w for w in q.words if len(w) >= search_index.MIN_WORD]
    condition = None
    if long_words:
        sub, params = search_index.matching_ids_sql("case", long_words)
        condition = Case.id.in_(SQL(f"({sub})", params))
    for word in (w for w in q.words if len(w) < search_index.MIN_WORD):
        short = Case.number.contains(word) | Case.subject.contains(word)
        condition = short if condition is None else (condition & short)
    return condition


def _where(f: QueueFilter, now: dt.datetime):
    condition = Case.deleted_at.is_null()
    if f.statuses:
        condition &= Case.status.in_(list(f.statuses))
    if f.view == "mine":
        condition &= Case.assignee == f.user_id
    elif f.view == "my_team":
        condition &= Case.team.in_(_team_ids(f.user_id) or [-1])
    elif f.view == "unassigned":
        condition &= Case.assignee.is_null()
    elif f.view == "overdue":
        condition &= Case.due_at.is_null(False) & (Case.due_at < now)
    for column, value in ((Case.category, f.category_id), (Case.assignee, f.assignee_id), (Case.team, f.team_id)):
        if value is not None:
            condition &= (column == value) | (Case.subcategory == value) if column is Case.category else column == value
    for column, value in ((Case.channel, f.channel), (Case.kind, f.kind), (Case.priority, f.priority)):
        if value:
            condition &= column == value
    text = _text_condition(f.text) if f.text else None
    if text is not None:
        condition &= text
    return condition


def _order(f: QueueFilter, now: dt.datetime) -> list:
    rank = When(Case.priority, [(code, rank) for code, rank in PRIORITY_RANK.items()], 4)
    if f.statuses and not set(f.statuses) & set(OPEN_STATUSES):
        return [Case.resolved_at.desc(nulls="LAST"), Case.id.desc()]
    overdue = When(None, [((Case.due_at.is_null(False) & (Case.due_at < now)), 0)], 1)
    return [overdue, When(None, [(Case.due_at.is_null(), 1)], 0), Case.due_at, rank, Case.opened_at, Case.id]


def ordered_ids(f: QueueFilter) -> array:
    """The matching case ids in queue order."""
    now = f.now or utcnow()
    query = Case.select(Case.id).where(_where(f, now)).order_by(*_order(f, now))
    cursor = query.tuples().execute()
    return array("q", (row[0] for row in cursor))


def count(f: QueueFilter) -> int:
    return Case.select().where(_where(f, f.now or utcnow())).count()


def rows(ids: list[int]) -> list[QueueRow]:
    """The rows of these cases, in the given order (missing or deleted ones left out)."""
    if not ids:
        return []
    Assignee = User.alias()
    query = (Case.select(Case.id, Case.number, Case.subject, Contact.first_name, Contact.last_name, Organization.name,
                         Case.contact, Case.organization, Case.kind, Case.channel, CaseCategory.name, Case.priority,
                         Case.status, Assignee.full_name, Assignee.username, Team.name, Case.opened_at,
                         Case.first_response_at, Case.resolved_at, Case.response_due_at, Case.resolve_due_at,
                         Case.paused_at, Case.due_at, Case.satisfaction)
             .join(Contact, JOIN.LEFT_OUTER, on=(Case.contact == Contact.id))
             .switch(Case).join(Organization, JOIN.LEFT_OUTER, on=(Case.organization == Organization.id))
             .switch(Case).join(CaseCategory, JOIN.LEFT_OUTER, on=(Case.category == CaseCategory.id))
             .switch(Case).join(Assignee, JOIN.LEFT_OUTER, on=(Case.assignee == Assignee.id))
             .switch(Case).join(Team, JOIN.LEFT_OUTER, on=(Case.team == Team.id))
             .where(Case.id.in_(list(ids)) & Case.deleted_at.is_null()))
    found = {}
    for (case_id, number, subject, first, last, company, contact_id, org_id, kind, channel, category, priority, status,
         full, username, team, *times, satisfaction) in query.tuples():
        person = person_name(first or "", last or "")
        customer = person if not company else (f"{person} \u00b7 {company}" if person else company)
        found[case_id] = QueueRow(case_id, number, subject, customer, contact_id, org_id, kind, channel, category or "",
                                  priority, status, full or username or "", team or "", *times, satisfaction)
    return [found[i] for i in ids if i in found]


def open_summary(user_id: int | None = None, now: dt.datetime | None = None) -> dict[str, int]:
    """Counts for the queue's side list: all open, mine, my team's, unassigned, overdue."""
    now = now or utcnow()
    return {view: count(QueueFilter(view=view, user_id=user_id, now=now)) for view in VIEWS}

"""Demo data for activities: a year of a small office's calls, meetings, SMS, emails, notes and tasks
with its customers, and what every person still has to do on the demo's ``now``.

- Done (:mod:`activity_history`): about three activities per person over the last twelve months,
  more lately, on the office's working days and hours and never before the person was added; calls
  in and out with outcomes and lengths, meetings with a place, attendees and minutes, messages with
  their text; the steps that moved each deal through the funnel; calls about complaints.
- Open (:mod:`activity_plans`): every open deal's next step (the board and the activities agree:
  the deal's ``next_activity`` is its earliest open activity), complaint follow-ups and call backs,
  and per person a few overdue, several due today, some done today and more over the coming weeks,
  some with reminders; a weekly team meeting, a monthly invoicing reminder on the 31st (Jalali months
  in Persian) and a fortnightly call to a key customer, their past occurrences done.
- The people's and companies' "last contact" moves to their newest done call, meeting, message or
  note when that is newer than what they had.

Texts are in the demo's language (``activity_texts``; English for any language but Persian). Times
are local to ``tz`` (the computer's zone by default). Rows are written with the bulk path
(executemany, reserved ids, in the order they were made) in the caller's transaction. Same seed,
clock, zone and office week, same data.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.db import bulk
from crm_desktop.db.base import database
from crm_desktop.db.fields import from_stored, to_utc_text
from crm_desktop.db.models import (
    Activity,
    AuditLog,
    Case,
    Contact,
    Deal,
    DealStageChange,
    Holiday,
    Organization,
    User,
)
from crm_desktop.db.models.people import person_name
from crm_desktop.services.activities import agenda
from crm_desktop.services.cases import work_calendar
from crm_desktop.services.context import current_user_id
from crm_desktop.services.demo.activity_drafts import (
    Draft,
    Maker,
    Person,
    Staff,
    WorkTime,
    uid,
)
from crm_desktop.services.demo.activity_history import (
    MAX_DEAL_HISTORIES,
    CaseRow,
    DealRow,
    History,
)
from crm_desktop.services.demo.activity_plans import KEY_ACCOUNT_WEEKS, Plans
from crm_desktop.services.funnel import pipelines
from crm_desktop.services.local_time import LocalZone
from crm_desktop.services.progress import CancelToken, check
from crm_desktop.text.normalize import normalize_text

COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "kind", "subject", "subject_norm", "body",
           "contact", "organization", "deal", "case", "assignee", "priority", "due_at", "all_day", "duration_minutes",
           "done_at", "direction", "outcome", "location", "attendees", "remind_before", "remind_at",
           "recurrence_unit", "recurrence_interval", "recurrence_calendar", "series_uid", "occurrence",
           "series_start", "follow_up_of")
PER_PERSON = 3  # done activities with the people over the year (besides those of deals and cases)
MAX_GENERAL = 40_000
TOUCHING = ("call", "meeting", "sms", "email", "note")  # done, these are contact with the customer


@dataclass
class ActivitiesReport:
    activities: int = 0
    done: int = 0
    open: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    today: int = 0  # open, due today (after now, or all-day)
    upcoming: int = 0  # open, after today
    done_today: int = 0
    with_deal: int = 0
    with_case: int = 0
    deal_steps: int = 0
    reminders: int = 0  # pending reminders
    series: int = 0
    touched: int = 0  # people and companies whose last contact moved


# -- what the demo already holds ------------------------------------------------------------------

def _people(contact_ids: range) -> list[Person]:
    if not contact_ids:
        return []
    first, last = contact_ids.start, contact_ids.stop - 1
    return [Person(cid, person_name(first_name, last_name), org, owner, from_stored(created))
            for cid, first_name, last_name, org, owner, created in database.execute(
                Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.organization, Contact.owner,
                               Contact.created_at)
                .where(Contact.id.between(first, last) & Contact.deleted_at.is_null()).order_by(Contact.id))]


def _staff(users: Sequence[int]) -> Staff:
    names = {user_id: full or name for user_id, full, name in
             User.select(User.id, User.full_name, User.username).where(User.id.in_(list(users))).tuples()}
    return Staff(list(users), names, current_user_id())


def _linked(column):
    return Activity.select(column).where(column.is_null(False))


def _deals(people: dict[int, Person]) -> list[DealRow]:
    """The demo people's deals (and the companies'), newest first, with their stage moves."""
    if not people:
        return []
    first, last = min(people), max(people)
    rows = list(database.execute(
        Deal.select(Deal.id, Deal.title, Deal.contact, Deal.organization, Deal.owner, Deal.status, Deal.created_at,
                    Deal.stage_entered_at, Deal.next_activity, Deal.next_activity_at)
        .where(Deal.deleted_at.is_null() & (Deal.contact.between(first, last) | Deal.contact.is_null())
               & Deal.id.not_in(_linked(Activity.deal)))  # an earlier demo's deals have their own already
        .order_by(Deal.id.desc())))
    ids = [row[0] for row in rows]
    moves: dict[int, list[tuple]] = {}
    if ids:
        for deal_id, from_stage, to_stage, at in database.execute(
                DealStageChange.select(DealStageChange.deal, DealStageChange.from_stage, DealStageChange.to_stage,
                                       DealStageChange.at)
                .where(DealStageChange.deal.between(min(ids), max(ids))).order_by(DealStageChange.id)):
            moves.setdefault(deal_id, []).append((from_stage, to_stage, from_stored(at)))
    return [DealRow(deal_id, title, contact, org, owner, status, from_stored(created), from_stored(entered), nxt or "",
                    from_stored(nxt_at), tuple(moves.get(deal_id, ())))
            for deal_id, title, contact, org, owner, status, created, entered, nxt, nxt_at in rows]


def _cases(people: dict[int, Person]) -> list[CaseRow]:
    if not people:
        return []
    first, last = min(people), max(people)
    return [CaseRow(case_id, number, contact, org, assignee, status, from_stored(opened), from_stored(answered),
                    from_stored(resolved))
            for case_id, number, contact, org, assignee, status, opened, answered, resolved in database.execute(
                Case.select(Case.id, Case.number, Case.contact, Case.organization, Case.assignee, Case.status,
                            Case.opened_at, Case.first_response_at, Case.resolved_at)
                .where(Case.deleted_at.is_null() & Case.contact.between(first, last)
                       & Case.id.not_in(_linked(Activity.case))).order_by(Case.id))]


def _stages() -> tuple[dict[int, int], int, int]:
    stages = pipelines.stages(pipelines.default_pipeline_id())
    opens = [s.id for s in stages if s.is_open]
    return ({stage_id: i for i, stage_id in enumerate(opens)}, next(s.id for s in stages if s.kind == "won"),
            next(s.id for s in stages if s.kind == "lost"))


# -- writing ----------------------------------------------------------------------------------------

def _rows(drafts: list[Draft], rng: random.Random, creator: int | None) -> list[tuple]:
    def stamp(moment: dt.datetime | None) -> str | None:
        return to_utc_text(moment) if moment is not None else None

    out = []
    for d in drafts:
        updated = max(d.created, d.done) if d.done is not None else d.created
        out.append((d.id, uid(rng), stamp(d.created), stamp(updated), creator, d.kind, d.subject,
                    normalize_text(d.subject), d.body, d.contact, d.organization, d.deal, d.case, d.assignee,
                    d.priority, stamp(d.due), d.all_day, d.duration, stamp(d.done), d.direction, d.outcome, d.location,
                    d.attendees, d.remind_before, stamp(d.remind_at), d.unit, d.interval, d.calendar, d.series_uid,
                    d.occurrence, stamp(d.series_start), d.follows.id if d.follows is not None else None))
    return out


def _touch_customers(drafts: list[Draft]) -> int:
    """Move the people's and companies' last contact to their newest done contact activity, when newer."""
    newest: dict[tuple[str, int], dt.datetime] = {}
    for d in drafts:
        if d.done is None or d.kind not in TOUCHING:
            continue
        key = ("contact", d.contact) if d.contact is not None else ("organization", d.organization)
        if key[1] is None:
            continue
        when = min(d.due or d.done, d.done)
        if when > newest.get(key, when - dt.timedelta(seconds=1)):
            newest[key] = when
    db = database.obj
    p = db.param
    cursor = db.cursor()
    for model in (Contact, Organization):
        table = model._meta.table_name
        values = [(to_utc_text(when), record_id, to_utc_text(when))
                  for (kind, record_id), when in sorted(newest.items()) if kind == table]
        if values:
            cursor.executemany(f'UPDATE "{table}" SET "last_interaction_at" = {p} WHERE "id" = {p} AND '
                               f'("last_interaction_at" IS NULL OR "last_interaction_at" < {p})', values)
    return len(newest)


def _write_deal_steps(steps: list[tuple[int, str, dt.datetime]]) -> None:
    """The deals' next step as the activities have it (the time moved into working hours, the words
    in the demo's language): what ``deal_steps.sync`` would write."""
    if not steps:
        return
    p = database.obj.param
    database.obj.cursor().executemany(
        f'UPDATE "deal" SET "next_activity" = {p}, "next_activity_at" = {p} WHERE "id" = {p}',
        [(subject[:200], to_utc_text(due), deal_id) for deal_id, subject, due in steps])


def _judge(drafts: list[Draft], now: dt.datetime, tz: dt.tzinfo, report: ActivitiesReport) -> None:
    b = agenda.bounds(now, tz=tz)
    for d in drafts:
        if d.done is not None:
            report.done += 1
            report.done_today += b.today_start <= d.done < b.tomorrow_start
            continue
        report.open += 1
        report.reminders += d.remind_at is not None
        if d.due < (b.today_start if d.all_day else now):
            report.overdue += 1
        elif d.due < b.tomorrow_start:
            report.today += 1
        else:
            report.upcoming += 1
    report.kinds = dict(sorted(Counter(d.kind for d in drafts).items()))
    report.with_deal = sum(d.deal is not None for d in drafts)
    report.with_case = sum(d.case is not None for d in drafts)
    report.series = len({d.series_uid for d in drafts if d.series_uid})


# -- the whole ----------------------------------------------------------------------------------------

def generate_activities(contact_ids: range, users: Sequence[int], *, seed: int, now: dt.datetime,
                        language: str = "fa", tz: dt.tzinfo | None = None, per_person: float = PER_PERSON,
                        cancel: CancelToken | None = None) -> ActivitiesReport:
    """Activities around the demo people ``contact_ids`` and their deals and cases, for ``users``,
    inside the caller's transaction."""
    report = ActivitiesReport()
    people = _people(contact_ids)
    if not people or not users:
        return report
    tz = tz or LocalZone()
    rng = random.Random(seed * 15_485_863 + 29)
    calendar = "jalali" if language == "fa" else "gregorian"
    holidays = {day for (day,) in Holiday.alive().select(Holiday.day).tuples()}
    work = WorkTime(work_calendar.load_week(), holidays, tz)
    staff = _staff(users)
    for person in people:
        if person.owner in staff.users:
            staff.by_owner.setdefault(person.owner, []).append(person)
    maker = Maker(rng, now, language, work, staff)
    by_id = {p.id: p for p in people}
    history, plans = History(maker, people, staff.users), Plans(maker, staff, people, calendar)
    check(cancel)
    history.general(min(int(len(people) * per_person), MAX_GENERAL))
    stage_index, won, lost = _stages()
    deals = _deals(by_id)
    for deal in deals[:MAX_DEAL_HISTORIES]:
        history.deal(deal, stage_index, won, lost)
    cases = _cases(by_id)
    for case in cases:
        history.case_call(case)
    check(cancel)
    for deal in deals:
        plans.deal_step(deal)
    for case in cases:
        plans.case_follow_up(case)
    plans.call_backs(history.drafts)
    for user in staff.users:
        plans.person_day(user)
    others = [u for u in staff.users if u != staff.me] or staff.users
    plans.team_meeting()
    plans.invoices(others[3] if len(others) > 3 else others[-1])  # the billing colleague of the cases demo
    since = now - dt.timedelta(weeks=KEY_ACCOUNT_WEEKS + 1)  # a customer of the office for the whole series
    key_people = [p for p in people if p.organization is not None and p.created < since] or people
    plans.key_account(others[0], rng.choice(key_people))
    check(cancel)
    drafts = sorted(history.drafts + plans.drafts, key=lambda d: d.created)
    for activity_id, draft in zip(bulk.reserve_ids(Activity, len(drafts)), drafts):
        draft.id = activity_id
    bulk.insert_rows(Activity, COLUMNS, _rows(drafts, rng, current_user_id()))
    bulk.sync_sequence(Activity)
    _write_deal_steps(plans.deal_steps)
    report.touched = _touch_customers(drafts)
    report.activities, report.deal_steps = len(drafts), len(plans.deal_steps)
    _judge(drafts, now, tz, report)
    check(cancel)
    AuditLog.create(user=current_user_id(), action="import", entity="demo_activities", record_id=0,
                    summary=f"demo activities: {report.activities} activities, {report.open} open",
                    changes=json.dumps({"seed": seed, "activities": report.activities, "open": report.open,
                                        "deal_steps": report.deal_steps, "kinds": report.kinds}))
    return report

"""What the activities' demo generator shares: an activity in the making (:class:`Draft`), the office's
working days and hours on local time (:class:`WorkTime`), the people and staff it draws from, and
:class:`Maker`, which turns a kind, a customer and a moment into a believable draft in the demo's
language (a call with its direction, outcome and length, a meeting with its place, attendees and
minutes, a message with its text ...)."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.services.activities.activity_service import reminder_time
from crm_desktop.services.cases.work_calendar import WorkWeek
from crm_desktop.services.demo import activity_texts as T
from crm_desktop.services.demo.activity_texts import Topic
from crm_desktop.text.digits import localize_digits

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)
OFFICE_HOURS = (480, 1020)  # 08:00-17:00: the hours of a day the office week leaves empty
OUT_OUTCOMES, OUT_WEIGHTS = ("answered", "no_answer", "busy", "left_message", "wrong_number"), (66, 18, 7, 7, 2)


@dataclass(slots=True)
class Draft:
    """One activity row before it has an id (rows are numbered in the order they were made)."""

    kind: str
    subject: str
    due: dt.datetime | None
    created: dt.datetime
    assignee: int | None
    body: str = ""
    contact: int | None = None
    organization: int | None = None
    deal: int | None = None
    case: int | None = None
    priority: str = "normal"
    all_day: bool = False
    duration: int | None = None
    done: dt.datetime | None = None
    direction: str = ""
    outcome: str = ""
    location: str = ""
    attendees: str = ""
    remind_before: int | None = None
    remind_at: dt.datetime | None = None
    unit: str = ""
    interval: int = 1
    calendar: str = ""
    series_uid: str = ""
    occurrence: int = 0
    series_start: dt.datetime | None = None
    follows: Draft | None = None
    id: int = 0


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    organization: int | None
    owner: int | None
    created: dt.datetime


@dataclass
class Staff:
    users: list[int]
    names: dict[int, str]  # user id -> full name
    me: int | None  # the acting user (the office manager in the demo)
    by_owner: dict[int, list[Person]] = field(default_factory=dict)  # the people each user looks after


class WorkTime:
    """Working days (the office week less holidays) and hours on the local clock ``tz``."""

    def __init__(self, week: WorkWeek, holidays: set[dt.date], tz: dt.tzinfo) -> None:
        self.week, self.holidays, self.tz = week, holidays, tz

    def hours(self, day: dt.date) -> tuple[int, int] | None:
        """The day's first and last working minute, or None on a day off."""
        spans = self.week.hours[day.weekday()]
        if not spans or day in self.holidays:
            return None
        return spans[0][0], spans[-1][1]

    def moment(self, day: dt.date, minute: int) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=self.tz).astimezone(UTC)

    def day_start(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(), tzinfo=self.tz).astimezone(UTC)

    def local_date(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.tz).date()

    def local_minute(self, moment: dt.datetime) -> int:
        local = moment.astimezone(self.tz)
        return local.hour * 60 + local.minute

    def workday(self, day: dt.date, step: int = -1) -> dt.date:
        """``day`` if the office works then, else the nearest working day before (``step=-1``) or after."""
        for _ in range(30):
            if self.hours(day) is not None:
                return day
            day += dt.timedelta(days=step)
        return day

    def at_work(self, rng: random.Random, day: dt.date, grain: int = 5) -> dt.datetime:
        """A moment in ``day``'s working hours (08:00-17:00 on a day off), on a ``grain``-minute mark."""
        start, end = self.hours(day) or OFFICE_HOURS
        minute = rng.randrange(start, max(start + grain, end - 15), grain)
        return self.moment(day, minute)

    def slots_after(self, moment: dt.datetime, grain: int = 30) -> list[dt.datetime]:
        """The ``grain``-minute marks left in the working hours of ``moment``'s local day."""
        day = self.local_date(moment)
        start, end = self.hours(day) or OFFICE_HOURS
        first = max(start, -(-(self.local_minute(moment) + 1) // grain) * grain)
        return [self.moment(day, m) for m in range(first, end - grain + 1, grain)]


def uid(rng: random.Random) -> str:
    """A version-4 UUID drawn from the seeded generator (same seed, same uids)."""
    return "%032x" % (rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC << 60) | (0x4000 << 64) | (0x8 << 60))


class Maker:
    """Believable drafts of each kind in the demo's language."""

    def __init__(self, rng: random.Random, now: dt.datetime, language: str, work: WorkTime, staff: Staff) -> None:
        self.rng, self.now, self.language, self.work, self.staff = rng, now, language, work, staff
        self.words = T.WORDS["fa" if language == "fa" else "en"]
        self.products = T.PRODUCTS["fa" if language == "fa" else "en"]
        self.digits = "persian" if language == "fa" else "latin"

    # -- words ------------------------------------------------------------------------------------

    def fill(self, text: str, **values: str) -> str:
        if "{" not in text:
            return text
        values.setdefault("product", self.rng.choice(self.products))
        text = text.format(**values)
        return text[:1].upper() + text[1:]  # "{product} demo ..." in English starts with a capital

    def topic(self, topics: Sequence[Topic], **values: str) -> tuple[str, str]:
        topic = self.rng.choice(topics)
        return self.fill(topic.subject, **values), self.fill(self.rng.choice(topic.bodies), **values)

    def number(self, text: str) -> str:
        return localize_digits(text, self.digits)

    def attendees(self, assignee: int | None, customer: str) -> str:
        names = [self.staff.names.get(assignee, "")] if assignee is not None else []
        if self.rng.random() < 0.3:
            other = self.rng.choice(self.staff.users)
            if other != assignee:
                names.append(self.staff.names.get(other, ""))
        names.append(customer)
        return "\n".join(n for n in names if n)

    # -- done activities --------------------------------------------------------------------------

    def call(self, when: dt.datetime, assignee: int | None, person: Person | None, inbound: bool | None = None,
             topic: tuple[str, str] | None = None) -> Draft:
        rng = self.rng
        inbound = rng.random() < 0.38 if inbound is None else inbound
        outcome = "answered" if inbound else rng.choices(OUT_OUTCOMES, OUT_WEIGHTS)[0]
        subject, body = topic or self.topic(self.words.calls_in if inbound else self.words.calls_out)
        duration = None
        if outcome == "answered":
            duration = max(1, min(45, round(4 * math.exp(rng.gauss(0, 0.7)))))
        else:
            body = rng.choice(self.words.missed[outcome])
        return self._done("call", subject, body, when, assignee, person, direction="inbound" if inbound else "outbound",
                          outcome=outcome, duration=duration)

    def meeting(self, when: dt.datetime, assignee: int | None, person: Person | None,
                topic: tuple[str, str] | None = None) -> Draft:
        subject, minutes = topic or self.topic(self.words.meetings)
        draft = self._done("meeting", subject, minutes, when, assignee, person,
                           duration=self.rng.choice((30, 45, 60, 60, 90, 120)))
        draft.location = self.rng.choice(self.words.places)
        draft.attendees = self.attendees(assignee, person.name if person else "")
        draft.done = min(self.now, when + dt.timedelta(minutes=draft.duration))
        return draft

    def message(self, kind: str, when: dt.datetime, assignee: int | None, person: Person | None) -> Draft:
        inbound = self.rng.random() < (0.25 if kind == "sms" else 0.35)
        w = self.words
        topics = (w.sms_in if inbound else w.sms_out) if kind == "sms" else (w.emails_in if inbound else w.emails_out)
        subject, body = self.topic(topics)
        return self._done(kind, subject, body, when, assignee, person, direction="inbound" if inbound else "outbound")

    def note(self, when: dt.datetime, assignee: int | None, person: Person | None) -> Draft:
        return self._done("note", *self.topic(self.words.notes), when, assignee, person)

    def task(self, when: dt.datetime, assignee: int | None, person: Person | None) -> Draft:
        return self._done("task", *self.topic(self.words.tasks), when, assignee, person)

    def _done(self, kind: str, subject: str, body: str, when: dt.datetime, assignee: int | None,
              person: Person | None, **values) -> Draft:
        done = min(self.now, when + dt.timedelta(minutes=values.get("duration") or 0))
        logged = min(self.now, done + dt.timedelta(minutes=self.rng.randint(1, 40)))
        draft = Draft(kind, subject, when, logged, assignee, body=body, done=done, **values)
        if person is not None:
            draft.contact, draft.organization = person.id, person.organization
        return draft

    # -- open activities --------------------------------------------------------------------------

    def planned(self, kind: str, due: dt.datetime, assignee: int | None, person: Person | None, *,
                subject: str | None = None, all_day: bool = False, remind: int | None = None,
                pending: bool = True) -> Draft:
        """An open activity due at ``due``, scheduled a little while before; ``remind`` minutes before
        it reminds (``pending=False``: that reminder was already dismissed)."""
        rng, w = self.rng, self.words
        if subject is None:
            options = {"call": w.planned_calls, "meeting": w.planned_meetings, "task": w.planned_tasks,
                       "email": w.planned_emails}.get(kind, w.planned_sms)
            subject = self.fill(rng.choice(options))
        if all_day:
            due = self.work.day_start(self.work.local_date(due))
        created = min(self.now, due) - dt.timedelta(days=rng.uniform(0.2, 6))
        draft = Draft(kind, subject, due, created, assignee, all_day=all_day, remind_before=remind)
        if kind in ("call", "sms", "email"):
            draft.direction = "outbound"
        if kind == "meeting":
            draft.duration = rng.choice((30, 60, 60, 90))
            draft.location = rng.choice(w.places)
            draft.attendees = self.attendees(assignee, person.name if person else "")
        if person is not None:
            draft.contact, draft.organization = person.id, person.organization
        if remind is not None and pending:
            draft.remind_at = remind_time(due, all_day, remind, self.work)
        return draft


def remind_time(due: dt.datetime, all_day: bool, before: int, work: WorkTime) -> dt.datetime:
    """As the app sets it (an all-day activity reminds from 08:00 on its day)."""
    return reminder_time(due, all_day, before, work.tz)

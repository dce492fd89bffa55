"""The open part of the activities' demo: what each person still has to do on the demo's ``now``.

- every open deal's next step (the funnel demo's ``next_activity``) as an open activity of its owner
  at that time (moved into the working hours of its day), so the board and the activities agree;
- follow-ups of recent complaints and of calls nobody answered;
- per person a few overdue, several due today (after ``now`` in today's working hours; all-day jobs
  when the day is over), some done today, and more over the coming weeks, some with reminders;
- three repeating series, their past occurrences done: the weekly team meeting on the first working
  day of the week, the monthly invoicing reminder anchored on a 31st (so the months without one
  show the last day: Jalali 30 Mehr ... 29/30 Esfand, or 30 April ...), and a fortnightly call to
  a key customer. Occurrence times come from :mod:`crm_desktop.services.activities.recurrence`, so
  completing the open one in the app makes the same next one the demo would have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from crm_desktop.services.activities import recurrence
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.demo import activity_texts as T
from crm_desktop.services.demo.activity_drafts import (
    DAY,
    HOUR,
    MINUTE,
    Draft,
    Maker,
    Person,
    Staff,
    uid,
)
from crm_desktop.services.demo.activity_history import CaseRow, DealRow
from crm_desktop.text.jalali import JalaliDate, jalali_month_length

CASE_FOLLOW_UPS = 0.5  # open cases with a follow-up planned by their assignee
RETRIES = 0.6  # unanswered calls of the last week that have a call back planned
SERIES_WEEKS = 52  # the team meeting and the invoicing reminder began about a year ago
KEY_ACCOUNT_WEEKS = 26


class Plans:
    def __init__(self, maker: Maker, staff: Staff, people: Sequence[Person], calendar: str) -> None:
        self.maker, self.rng, self.work, self.staff = maker, maker.rng, maker.work, staff
        self.people = list(people)
        self.by_id = {p.id: p for p in self.people}
        self.calendar = calendar
        self.drafts: list[Draft] = []
        self.deal_steps: list[tuple[int, str, dt.datetime]] = []  # (deal, next step, its time) as written
        self.booked: set[tuple[int | None, dt.datetime]] = set()  # (person, time) of their timed open activities

    # -- when -----------------------------------------------------------------------------------------

    def _in_hours(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` moved into the working hours of its local day (on the half hour), on the same
        side of ``now``."""
        work, now = self.work, self.maker.now
        day = work.local_date(moment)
        start, end = work.hours(day) or (480, 1020)
        minute = min(max(work.local_minute(moment), start), end - 30) // 30 * 30
        moved = work.moment(day, minute)
        if (moved < now) == (moment < now):
            return moved
        if moment >= now:  # later today, then: the next half hour in today's hours, else the next working day
            later = work.slots_after(now)
            return later[0] if later else self._work_slot(1)
        return moment

    def _free(self, user: int | None, pick) -> dt.datetime:
        """A time from ``pick()`` that ``user`` has nothing else planned at (a few tries), now booked."""
        due = pick()
        for _ in range(3):
            if (user, due) not in self.booked:
                break
            due = pick()
        self.booked.add((user, due))
        return due

    def _work_slot(self, days_ahead: int, step: int = 1) -> dt.datetime:
        """A working moment (on the half hour) on the working day ``days_ahead`` days from today."""
        work = self.work
        day = work.workday(work.local_date(self.maker.now) + dt.timedelta(days=days_ahead), step)
        return work.at_work(self.rng, day, grain=30)

    # -- deals and cases ------------------------------------------------------------------------------

    def deal_step(self, deal: DealRow) -> None:
        """The deal's next step as its owner's open activity at the (working-hours) time the board shows."""
        if deal.status != "open" or not deal.next_activity:
            return
        maker, rng = self.maker, self.rng
        subject = deal.next_activity
        if maker.words.next_steps:
            subject = maker.words.next_steps.get(subject, subject)
        kind = T.NEXT_STEP_KINDS.get(deal.next_activity, "task")
        due = self._in_hours(deal.next_at) if deal.next_at is not None else self._work_slot(rng.randint(1, 7))
        owner = deal.owner if deal.owner in self.staff.users else rng.choice(self.staff.users)
        person = self.by_id.get(deal.contact) if deal.contact is not None else None
        remind = rng.choice((None, None, 15, 30, 60))
        draft = maker.planned(kind, due, owner, person, subject=subject, remind=remind,
                              pending=due >= maker.now or rng.random() < 0.3)
        draft.deal, draft.contact = deal.id, deal.contact
        draft.organization = deal.organization if deal.organization is not None else draft.organization
        draft.created = max(draft.created, deal.stage_entered if deal.stage_entered < maker.now else deal.created)
        draft.created = min(draft.created, maker.now)
        self.drafts.append(draft)
        self.deal_steps.append((deal.id, subject, due))
        self.booked.add((owner, due))

    def case_follow_up(self, case: CaseRow) -> None:
        if case.resolved is not None or case.assignee is None or self.rng.random() >= CASE_FOLLOW_UPS:
            return
        maker, rng = self.maker, self.rng
        overdue = rng.random() < 0.3
        due = self._free(case.assignee, lambda: self._work_slot(-rng.randint(1, 4), -1) if overdue
                         else self._work_slot(rng.randint(1, 5)))
        if due < case.opened:
            due = self._free(case.assignee, lambda: self._work_slot(rng.randint(1, 3)))
        subject = maker.fill(rng.choice(maker.words.case_follow_ups), number=maker.number(case.number))
        person = self.by_id.get(case.contact) if case.contact is not None else None
        draft = maker.planned("call" if rng.random() < 0.7 else "task", due, case.assignee, person, subject=subject,
                              remind=30 if rng.random() < 0.5 else None, pending=not overdue)
        draft.case, draft.contact = case.id, case.contact
        draft.organization = case.organization if case.organization is not None else draft.organization
        draft.created = min(max(draft.created, case.opened), maker.now)
        draft.priority = "high" if rng.random() < 0.3 else "normal"
        self.drafts.append(draft)

    def call_backs(self, done: Sequence[Draft]) -> None:
        """Unanswered calls of the last week get a call back, following them up."""
        maker, rng = self.maker, self.rng
        for call in done:
            if (call.kind != "call" or call.outcome not in ("no_answer", "busy", "left_message") or call.deal
                    or call.case or call.due is None or maker.now - call.due > 7 * DAY or rng.random() >= RETRIES):
                continue
            due = self._in_hours(call.due + dt.timedelta(days=rng.choice((1, 1, 2, 3))))
            person = self.by_id.get(call.contact) if call.contact is not None else None
            draft = maker.planned("call", due, call.assignee, person, subject=call.subject,
                                  pending=due >= maker.now)
            draft.created, draft.follows = call.created, call
            draft.organization = call.organization
            self.drafts.append(draft)

    # -- each person's day ----------------------------------------------------------------------------

    def person_day(self, user: int) -> None:
        rng, maker, work, now = self.rng, self.maker, self.work, self.maker.now
        mine = self.staff.by_owner.get(user) or self.people

        def someone(at: dt.datetime) -> Person | None:
            """One of the user's people already in the list at ``at``."""
            for _ in range(5):
                person = rng.choice(mine) if mine else None
                if person is None or person.created < at - DAY:
                    return person
            return None

        def kind() -> str:
            return rng.choices(("call", "meeting", "task", "email", "sms"), (40, 15, 30, 10, 5))[0]

        for n in range(rng.randint(2, 4)):  # overdue: promised and not done yet
            due = self._free(user, lambda: self._work_slot(-rng.choice((1, 1, 2, 3, 5, 8, 12)), -1))
            k = rng.choice(("call", "call", "task", "email"))
            draft = maker.planned(k, due, user, someone(due), remind=rng.choice((None, 15, 30)), pending=n == 0)
            draft.priority = "high" if n == 0 and rng.random() < 0.5 else "normal"
            self.drafts.append(draft)
        slots = [slot for slot in work.slots_after(now) if (user, slot) not in self.booked]
        for due in sorted(rng.sample(slots, k=min(len(slots), rng.randint(2, 4)))):  # later today
            self.booked.add((user, due))
            self.drafts.append(maker.planned(kind(), due, user, someone(due), remind=rng.choice((None, 15, 30, 60))))
        for _ in range(1 if len(slots) >= 2 else 2):  # today's all-day jobs (all of today's when the day is over)
            subject = rng.choice(maker.words.day_tasks) if rng.random() < 0.5 else None
            person = None if subject else someone(now)
            self.drafts.append(maker.planned("task", now, user, person, subject=subject, all_day=True,
                                             remind=0 if rng.random() < 0.5 else None))
        done_today = [m for m in work.slots_after(work.day_start(work.local_date(now)), 15) if m < now - 10 * MINUTE]
        for when in sorted(rng.sample(done_today, k=min(len(done_today), rng.randint(1, 3)))):
            self.drafts.append(maker.call(when, user, someone(when)))
        for _ in range(rng.randint(5, 9)):  # the coming weeks, more of it soon
            k = kind()
            all_day = k == "task" and rng.random() < 0.5
            remind = (60 if k == "meeting" else rng.choice((None, 15, 30))) if rng.random() < 0.6 else None
            due = self._free(user, lambda: self._work_slot(min(30, 1 + int(rng.expovariate(1 / 6)))))
            self.drafts.append(maker.planned(k, due, user, someone(now), all_day=all_day, remind=remind))

    # -- repeating ------------------------------------------------------------------------------------

    def _series(self, rule: Recurrence, anchor: dt.datetime, make, is_open) -> None:
        """Occurrences from ``anchor``: done ones (``make(n, due, False)``) until the first that is still
        open (``is_open(due)``), made with True. Done ones on a holiday are left out (that week was off)."""
        series, previous = uid(self.rng), None
        for n in range(400):
            due = recurrence.occurrence(rule, anchor, n, self.work.tz)
            if due is None:
                return
            still_open = is_open(due)
            if not still_open and self.work.local_date(due) in self.work.holidays:
                continue
            draft = make(n, due, still_open)
            draft.unit, draft.interval, draft.calendar = rule.unit, rule.interval, rule.calendar
            draft.series_uid, draft.occurrence, draft.series_start = series, n, anchor
            draft.created = previous.done if previous is not None and previous.done else anchor - 3 * DAY
            self.drafts.append(draft)
            if still_open:
                return
            previous = draft

    def team_meeting(self) -> None:
        maker, rng, work, staff = self.maker, self.rng, self.work, self.staff
        organiser = staff.me if staff.me in staff.users else staff.users[0]
        first_weekday = 5 if self.calendar == "jalali" else 0  # Saturday in a Persian office, else Monday
        day = work.local_date(maker.now) - dt.timedelta(weeks=SERIES_WEEKS)
        while day.weekday() != first_weekday:
            day += DAY
        start = (work.hours(day) or (480, 1020))[0] + 60
        anchor = work.moment(day, start)
        attendees = "\n".join(staff.names[u] for u in staff.users if staff.names.get(u))
        words = maker.words

        def make(n: int, due: dt.datetime, still_open: bool) -> Draft:
            draft = maker.planned("meeting", due, organiser, None, subject=words.team_meeting, remind=15,
                                  pending=still_open)
            draft.location, draft.attendees, draft.duration = words.team_place, attendees, 60
            if not still_open:
                draft.done, draft.body = due + HOUR, rng.choice(words.team_minutes)
            return draft

        self._series(Recurrence("week", 1, None, self.calendar), anchor, make, lambda due: due + HOUR > maker.now)

    def invoices(self, accountant: int) -> None:
        maker, rng, work = self.maker, self.rng, self.work
        day = self._first_31st(work.local_date(maker.now) - dt.timedelta(weeks=SERIES_WEEKS + 4))
        anchor = work.day_start(day)
        today = work.day_start(work.local_date(maker.now))

        def make(n: int, due: dt.datetime, still_open: bool) -> Draft:
            draft = maker.planned("task", due, accountant, None, subject=maker.words.invoices, all_day=True,
                                  remind=0, pending=still_open)
            if not still_open:
                done_day = work.workday(work.local_date(due), 1)
                done = work.at_work(rng, done_day)
                draft.done = done if done < maker.now else due + 10 * HOUR
                draft.body = rng.choice(maker.words.invoice_notes)
            return draft

        self._series(Recurrence("month", 1, None, self.calendar), anchor, make, lambda due: due >= today)

    def _first_31st(self, day: dt.date) -> dt.date:
        """The first 31st of a month on or after ``day`` in the demo's calendar."""
        for _ in range(14):
            if self.calendar == "jalali":
                j = JalaliDate.from_gregorian(day)
                if jalali_month_length(j.year, j.month) == 31:
                    return JalaliDate(j.year, j.month, 31).to_gregorian()
                day = JalaliDate(j.year, j.month, 1).add_months(1).to_gregorian()
            else:
                following = (day.replace(day=28) + 4 * DAY).replace(day=1)
                if (following - DAY).day == 31:
                    return following - DAY
                day = following
        return day

    def key_account(self, caller: int, person: Person) -> None:
        maker, rng, work = self.maker, self.rng, self.work
        day = work.workday(work.local_date(maker.now) - dt.timedelta(weeks=KEY_ACCOUNT_WEEKS) + DAY, 1)
        anchor = work.moment(day, (work.hours(day) or (480, 1020))[0] + 150)
        words = maker.words

        def make(n: int, due: dt.datetime, still_open: bool) -> Draft:
            if still_open:
                return maker.planned("call", due, caller, person, subject=words.key_account, remind=15)
            topic = (words.key_account, rng.choice(words.key_account_notes))
            return maker.call(due, caller, person, inbound=False, topic=topic)

        self._series(Recurrence("week", 2, None, self.calendar), anchor, make, lambda due: due > maker.now - HOUR)

"""The done part of the activities' demo: a year of calls, meetings, messages, notes and tasks with
the demo people (more lately, on working days and hours, after each person was added), what moved
each deal from stage to stage (a first call, a needs meeting, the quote by email, the negotiation,
the contract when won, a last call when lost) and calls to customers about their complaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.services.demo.activity_drafts import DAY, HOUR, Draft, Maker, Person

KINDS, KIND_WEIGHTS = ("call", "sms", "email", "meeting", "note", "task"), (46, 12, 12, 8, 10, 12)
REGULARS = 0.55  # share of the activities with the quarter of the people who deal with the office most
MAX_DEAL_HISTORIES = 20_000  # the newest deals get their story; older ones (huge demos) only their outcome
CASE_CALLS = 0.4  # resolved cases with a call to the customer on record
OPEN_DEAL_CALL = 0.5  # open deals with a call since they entered their stage


@dataclass(frozen=True, slots=True)
class DealRow:
    id: int
    title: str
    contact: int | None
    organization: int | None
    owner: int | None
    status: str
    created: dt.datetime
    stage_entered: dt.datetime
    next_activity: str
    next_at: dt.datetime | None
    moves: tuple[tuple[int | None, int, dt.datetime], ...]  # (from stage, to stage, at), oldest first


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    number: str
    contact: int | None
    organization: int | None
    assignee: int | None
    status: str
    opened: dt.datetime
    answered: dt.datetime | None  # first response
    resolved: dt.datetime | None


class History:
    def __init__(self, maker: Maker, people: Sequence[Person], users: Sequence[int]) -> None:
        self.maker, self.rng, self.work = maker, maker.rng, maker.work
        self.people = list(people)
        self.by_id = {p.id: p for p in self.people}
        self.users = list(users)
        self.drafts: list[Draft] = []

    # -- when -----------------------------------------------------------------------------------------

    def at_work_between(self, start: dt.datetime, end: dt.datetime, late: bool = True) -> dt.datetime | None:
        """A working moment in [start, end) (nearer the end when ``late``), or None when there is none."""
        rng, work = self.rng, self.work
        end = min(end, self.maker.now)
        if end <= start:
            return None
        for _ in range(4):
            share = rng.random() ** (0.4 if late else 1.0)
            raw = start + (end - start) * share
            moment = work.at_work(rng, work.workday(work.local_date(raw), -1))
            if start <= moment < end:
                return moment
        raw = start + (end - start) * rng.uniform(0.5, 0.99)
        return raw if start <= raw < end else None

    def _recent_moment(self, since: dt.datetime) -> dt.datetime | None:
        """A working moment of the last year after ``since``, more of them lately (the office grows)."""
        now, rng, work = self.maker.now, self.rng, self.work
        for _ in range(4):
            back = dt.timedelta(days=365 * (1 - rng.random() ** 0.8))
            day = work.workday(work.local_date(now - back), -1)
            moment = work.at_work(rng, day)
            if since <= moment < now:
                return moment
        return self.at_work_between(since, now, late=False)

    def _assignee(self, person: Person | None) -> int | None:
        if person is not None and person.owner in self.users and self.rng.random() < 0.75:
            return person.owner
        return self.rng.choice(self.users) if self.users else None

    # -- with the people ------------------------------------------------------------------------------

    def general(self, count: int) -> None:
        rng, maker = self.rng, self.maker
        if not self.people:
            return
        regulars = rng.sample(self.people, k=max(1, len(self.people) // 4))
        for _ in range(count):
            person = rng.choice(regulars) if rng.random() < REGULARS else rng.choice(self.people)
            when = self._recent_moment(person.created)
            if when is None:
                continue
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
            assignee = self._assignee(person)
            if kind == "call":
                draft = maker.call(when, assignee, person)
            elif kind == "meeting":
                draft = maker.meeting(when, assignee, person)
            elif kind in ("sms", "email"):
                draft = maker.message(kind, when, assignee, person)
            elif kind == "note":
                draft = maker.note(when, assignee, person)
            else:
                draft = maker.task(when, assignee, person)
            self.drafts.append(draft)

    # -- the deals -----------------------------------------------------------------------------------

    def deal(self, deal: DealRow, stage_index: dict[int, int], won: int, lost: int) -> None:
        rng, maker, words = self.rng, self.maker, self.maker.words
        person = self.by_id.get(deal.contact) if deal.contact is not None else None
        owner = deal.owner if deal.owner in self.users else self._assignee(person)
        previous = deal.created
        for from_stage, to_stage, at in deal.moves[1:]:
            index = stage_index.get(from_stage) if from_stage is not None else None
            when = self.at_work_between(previous, at) if index is not None else None
            if when is not None:
                by = owner if rng.random() < 0.85 else rng.choice(self.users)
                if to_stage == lost:
                    subject, body = maker.topic(words.deal_lost, title=deal.title)
                    self._for_deal(maker.call(when, by, person, inbound=False, topic=(subject, body)), deal)
                else:
                    topics = words.deal_stages[min(index, len(words.deal_stages) - 1)]
                    topic = maker.topic((topics,), title=deal.title)
                    self._for_deal(self._stage_step(index, when, by, person, topic), deal)
            if to_stage == won:
                self._won(deal, at, owner, person)
            previous = at
        if deal.status == "open" and rng.random() < OPEN_DEAL_CALL:
            when = self.at_work_between(deal.stage_entered, maker.now - HOUR, late=False)
            if when is not None:
                self._for_deal(maker.call(when, owner, person, inbound=rng.random() < 0.3), deal)

    def _stage_step(self, index: int, when: dt.datetime, by: int | None, person: Person | None,
                    topic: tuple[str, str]) -> Draft:
        maker = self.maker
        if index == 1:
            return maker.meeting(when, by, person, topic=topic)
        if index == 2:
            draft = maker.message("email", when, by, person)
            draft.subject, draft.body, draft.direction = topic[0], topic[1], "outbound"
            return draft
        return maker.call(when, by, person, inbound=False, topic=topic)

    def _won(self, deal: DealRow, at: dt.datetime, owner: int | None, person: Person | None) -> None:
        maker, words = self.maker, self.maker.words
        if at < maker.now:
            contract = maker.task(at, owner, person)
            contract.subject, contract.body = maker.topic(words.deal_won[:1], title=deal.title)
            self._for_deal(contract, deal)
        when = self.at_work_between(at, at + 4 * DAY, late=False)
        if when is not None:
            self._for_deal(maker.call(when, owner, person, inbound=False,
                                      topic=maker.topic(words.deal_won[1:], title=deal.title)), deal)

    def _for_deal(self, draft: Draft, deal: DealRow) -> None:
        draft.deal = deal.id
        draft.contact = deal.contact
        draft.organization = deal.organization if deal.organization is not None else draft.organization
        if draft.kind == "call" and draft.outcome == "answered" and self.rng.random() < 0.2:
            draft.priority = "high"
        self.drafts.append(draft)

    # -- the complaints -----------------------------------------------------------------------------

    def case_call(self, case: CaseRow) -> None:
        if case.assignee is None or case.resolved is None or self.rng.random() >= CASE_CALLS:
            return
        when = self.at_work_between(case.answered or case.opened, case.resolved, late=False)
        if when is None:
            return
        maker = self.maker
        person = self.by_id.get(case.contact) if case.contact is not None else None
        topic = maker.topic(maker.words.case_calls, number=maker.number(case.number))
        draft = maker.call(when, case.assignee, person, inbound=False, topic=topic)
        draft.case, draft.contact = case.id, case.contact
        draft.organization = case.organization if case.organization is not None else draft.organization
        self.drafts.append(draft)

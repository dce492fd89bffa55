"""The complaint queue's demo data (services/demo/cases.py): the same seed gives the same cases,
numbers run in sequence per year, every case's fields agree with its history and with the real
SLA, workflow and queue rules, the search finds a case by its number, and the figures look like a
small office's year."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter, defaultdict
from types import SimpleNamespace

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import (AuditLog, Case, CaseArticle, CaseEvent, Contact, Holiday, KnowledgeArticle,
                                   OutboxMessage, RoutingRule, Team, TeamMember, User)
from crm_desktop.db.models.cases import OPEN_STATUSES
from crm_desktop.services import settings
from crm_desktop.services.cases import case_service, numbering, queue, sla, work_calendar, workflow
from crm_desktop.services.cases.events import refresh_due
from crm_desktop.services.context import current_user_id
from crm_desktop.services.demo import cases as demo_cases
from crm_desktop.services.demo import generator
from crm_desktop.services.demo import vocabulary as V
from crm_desktop.services.users import ensure_default_user
from tests.conftest import sqlite_only

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 3, 1, 8, 30, tzinfo=UTC)  # Saturday 1403/12/11 08:30: a Persian office's first hour
PEOPLE, CASES = 700, 300
PERSIAN = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def utc_clock(monkeypatch):
    """The computer's zone is UTC (the office calendar and the numbering use it)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def build(language: str = "fa", seed: int = 7) -> demo_cases.CasesReport:
    """People, companies and the funnel from the demo generator (its own call for cases held back: it
    makes one per seven people), then exactly ``CASES`` cases around them."""
    settings.set_setting(settings.PREFERENCE_KEY, {"language": language,
                                                   "calendar": "jalali" if language == "fa" else "gregorian"})
    real = demo_cases.generate_cases
    demo_cases.generate_cases = lambda *args, **kwargs: demo_cases.CasesReport()
    try:
        generator.generate_demo(PEOPLE, seed=seed, language=language, now=NOW)
    finally:
        demo_cases.generate_cases = real
    staff = {u.username: u.id for u in User.select()}
    users = [staff[name] for name, _, _ in V.STAFF] + [current_user_id()]  # as generate_demo passes them
    first, last = (Contact.select(Contact.id).order_by(Contact.id).first().id,
                   Contact.select(Contact.id).order_by(Contact.id.desc()).first().id)
    with database.atomic():
        return demo_cases.generate_cases(range(first, last + 1), users, seed=seed, now=NOW, language=language,
                                         cases=CASES)


@pytest.fixture
def demo(owner, utc_clock):
    return build()


def _history() -> dict[int, list]:
    events = defaultdict(list)
    for row in (CaseEvent.select(CaseEvent.case, CaseEvent.at, CaseEvent.kind, CaseEvent.old_value,
                                 CaseEvent.new_value, CaseEvent.body, CaseEvent.id)
                .order_by(CaseEvent.case, CaseEvent.id).tuples()):
        events[row[0]].append(row[1:])
    return events


def test_the_demo_generator_makes_the_cases_too(owner, utc_clock):
    generator.generate_demo(140, seed=3, now=NOW)
    assert Case.select().count() == 20 and CaseEvent.select().count() > 100  # one case per seven people
    [row] = AuditLog.select().where(AuditLog.entity == "demo_cases")
    assert json.loads(row.changes)["cases"] == 20


def test_the_report_counts_what_was_written(demo):
    assert demo.cases == Case.select().count() == CASES
    assert demo.events == CaseEvent.select().count()
    assert demo.article_links == CaseArticle.select().count() > 0
    assert demo.outbox == OutboxMessage.select().count() > 0
    statuses = Counter(status for (status,) in Case.select(Case.status).tuples())
    assert demo.statuses == dict(statuses)
    assert demo.open == sum(statuses[s] for s in OPEN_STATUSES)
    assert demo.resolved == statuses["resolved"] + statuses["closed"]
    assert demo.reopened == Case.select().where(Case.reopen_count > 0).count() > 0
    assert demo.rated == Case.select().where(Case.satisfaction.is_null(False)).count()


@sqlite_only()
def test_same_seed_and_clock_give_the_same_cases(tmp_path, utc_clock):
    def one(name: str) -> dict:
        open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            ensure_default_user()
            build()
            rows = {model.__name__: list(model.select().order_by(model.id).tuples())
                    for model in (Case, CaseEvent, CaseArticle, OutboxMessage)}
            rows["articles"] = list(KnowledgeArticle.select(KnowledgeArticle.question, KnowledgeArticle.use_count)
                                    .order_by(KnowledgeArticle.id).tuples())
            return rows
        finally:
            close_database()

    try:
        first, second = one("a.sqlite3"), one("b.sqlite3")
    finally:
        database.initialize(None)
    assert first == second and len(first["Case"]) == CASES  # every column, uids and time stamps included


def test_numbers_are_unique_and_run_in_sequence_per_year(demo):
    rows = list(Case.select(Case.number, Case.year, Case.sequence, Case.opened_at).order_by(Case.opened_at).tuples())
    assert len({number for number, *_ in rows}) == len(rows)
    by_year = defaultdict(list)
    for number, year, sequence, opened in rows:
        assert year == numbering.year_of(opened, "jalali") and number == numbering.format_number(year, sequence)
        by_year[year].append(sequence)
    assert 1403 in by_year and set(by_year) <= {1402, 1403}  # the last twelve months of 1403/12/11
    for sequences in by_year.values():
        assert sequences == list(range(1, len(sequences) + 1))  # in order of opening, no gaps


def test_times_of_each_case_are_in_order_and_before_now(demo):
    for case in Case.select():
        assert case.opened_at <= NOW and case.created_at == case.opened_at
        if case.first_response_at is not None:
            assert case.opened_at <= case.first_response_at <= NOW
        if case.status in ("resolved", "closed"):
            assert case.opened_at <= case.first_response_at <= case.resolved_at <= NOW and case.resolution
        else:
            assert case.resolved_at is None and case.closed_at is None
        if case.status == "closed":
            assert case.resolved_at <= case.closed_at <= NOW
        assert (case.paused_at is not None) == (case.status == "waiting")
        assert (case.assignee_id is None) == (case.status == "new")


def test_every_case_history_replays_to_its_fields(demo):
    history = _history()
    for case in Case.select():
        events = history[case.id]
        times = [at for at, *_ in events]
        assert times == sorted(times) and times[-1] == case.updated_at <= NOW
        assert events[0][1] == "created" and events[0][0] == case.opened_at and events[0][4] == case.description
        status = "new"
        reopened, rating = 0, None
        for at, kind, old, new, body, _ in events[1:]:
            if kind == "routed":
                assert at == case.opened_at and case.routing_rule_id is not None
                status = "assigned"
            elif kind == "assigned":
                assert old == "" and status in ("new", "assigned")
                status = "assigned"
            elif kind == "status":
                assert old == status and new in workflow.NEXT[old], (case.number, old, new)
                status = new
                if new == "resolved":
                    assert body
            elif kind == "reopened":
                assert old == status in ("resolved", "closed") and new == "in_progress" and body
                status, reopened = new, reopened + 1
            elif kind == "rating":
                assert status in ("resolved", "closed")
                rating = int(new)
            elif kind == "message":
                assert new in ("sms", "email") and body and old in ("", "auto")
            else:
                assert kind in ("note", "article") and (body or new)
        assert status == case.status and reopened == case.reopen_count and rating == case.satisfaction
        if case.routing_rule_id is None:
            assert json.loads(case.routing_note) == {"rule": None}


def test_deadlines_follow_the_sla_and_due_at_follows_refresh_due(demo):
    cal = work_calendar.office_calendar()
    for case in Case.select():
        again = Case.get_by_id(case.id)
        case_service.apply_sla(again, cal, workflow.paused_spans(again))  # the real rule, waits included
        assert (again.sla_policy_id, again.response_due_at, again.resolve_due_at) == (
            case.sla_policy_id, case.response_due_at, case.resolve_due_at), case.number
        state = SimpleNamespace(status=case.status, paused_at=case.paused_at, first_response_at=case.first_response_at,
                                response_due_at=case.response_due_at, resolve_due_at=case.resolve_due_at, due_at=0)
        refresh_due(state)
        assert state.due_at == case.due_at, case.number


def test_sla_is_met_most_of_the_time_and_satisfaction_follows(demo):
    assert 0.7 <= demo.response_met <= 0.95 and 0.7 <= demo.resolution_met <= 0.95
    closed = list(Case.select().where(Case.status.in_(("resolved", "closed"))))
    late = [c for c in closed if c.resolved_at > c.resolve_due_at]
    assert late and len(late) < len(closed) / 4
    rated = [c for c in closed if c.satisfaction is not None]
    assert 0.45 <= len(rated) / len(closed) <= 0.75
    assert 3.8 <= demo.satisfaction <= 4.6 and {c.satisfaction for c in rated} == {1, 2, 3, 4, 5}
    unhappy = [c for c in rated if c.satisfaction <= 2]
    assert sum(bool(c.satisfaction_comment) for c in unhappy) >= len(unhappy) / 2
    on_time = [c.satisfaction for c in rated if c.resolved_at <= c.resolve_due_at]
    late_scores = [c.satisfaction for c in rated if c.resolved_at > c.resolve_due_at]
    assert sum(on_time) / len(on_time) > sum(late_scores) / len(late_scores)
    assert 0.02 <= demo.reopened / len(closed) <= 0.12


def test_the_queue_lists_the_open_cases_in_every_status(demo):
    open_ids = {cid for (cid,) in Case.select(Case.id).where(Case.status.in_(OPEN_STATUSES)).tuples()}
    ordered = queue.ordered_ids(queue.QueueFilter(now=NOW))
    assert set(ordered) == open_ids and len(ordered) == len(open_ids) >= 10
    cases = list(Case.select().where(Case.id.in_(list(open_ids))))
    assert {c.status for c in cases} == set(OPEN_STATUSES)
    cal = work_calendar.office_calendar()
    states = Counter(sla.clock(c, NOW, cal, c.sla_policy).state for c in cases)
    assert states["overdue"] == demo.overdue >= 1 and states["at_risk"] == demo.at_risk >= 1
    assert states["paused"] >= 1
    overdue = queue.ordered_ids(queue.QueueFilter(view="overdue", now=NOW))
    assert list(overdue) == list(ordered)[:len(overdue)]  # overdue first
    assert queue.count(queue.QueueFilter(view="unassigned", now=NOW)) == demo.statuses["new"]


def test_the_search_finds_a_case_by_its_number(demo):
    for case in (Case.select().where(Case.status == "closed").first(),
                 Case.select().where(Case.status.in_(OPEN_STATUSES)).first()):
        for text in (case.number, case.number.replace("-", "")):
            found = queue.ordered_ids(queue.QueueFilter(text=text, statuses=(), now=NOW))
            assert list(found) == [case.id], text


def test_the_office_is_set_up_as_a_new_office_would_be(demo):
    [team] = Team.select()
    assert team.name == "پشتیبانی" and TeamMember.select().where(TeamMember.team == team).count() == 3
    rules = list(RoutingRule.select().order_by(RoutingRule.position))
    assert len(rules) == demo.rules == 4
    assert [r.method for r in rules if r.team_id] == ["least_busy", "round_robin"]
    routed = Counter(c.routing_rule_id for c in Case.select() if c.routing_rule_id is not None)
    assert set(routed) == {r.id for r in rules}  # every rule did its part
    walk_in = next(r for r in rules if r.channel == "walk_in")
    turns = [c.assignee_id for c in Case.select().where(Case.routing_rule == walk_in.id).order_by(Case.opened_at)]
    members = sorted(m.user_id for m in TeamMember.select())
    assert turns == [members[i % len(members)] for i in range(len(turns))]  # round-robin, in user-id order
    assert walk_in.last_user_id == turns[-1]
    for case in Case.select().where(Case.routing_rule.is_null(False)):
        reason = json.loads(case.routing_note)
        assert reason["rule"]["id"] == case.routing_rule_id and reason["user"]["id"] == case.assignee_id
    holidays = {h.day: h.name for h in Holiday.select()}
    assert {dt.date(2025, 3, 21), dt.date(2025, 3, 24), dt.date(2025, 4, 2), dt.date(2024, 3, 20)} <= set(holidays)
    assert holidays[dt.date(2025, 3, 21)] == "نوروز" and demo.holidays == len(holidays)


def test_articles_are_used_as_often_as_they_are_linked(demo):
    articles = list(KnowledgeArticle.select())
    assert 20 <= len(articles) == demo.articles <= 30
    assert all(a.category_id is not None and PERSIAN.search(a.question) for a in articles)
    links = Counter(article for (article,) in CaseArticle.select(CaseArticle.article).tuples())
    assert {a.id: a.use_count for a in articles} == {a.id: links.get(a.id, 0) for a in articles}
    history = _history()
    for case_id, article_id in CaseArticle.select(CaseArticle.case, CaseArticle.article).tuples():
        question = KnowledgeArticle.get_by_id(article_id).question
        assert any(kind == "article" and new == question for _, kind, _, new, _, _ in history[case_id])


def test_outbox_messages_match_the_history(demo):
    history = _history()
    per_case = Counter(case for (case,) in OutboxMessage.select(OutboxMessage.case).tuples())
    for case_id, events in history.items():
        assert per_case.get(case_id, 0) == sum(kind == "message" for _, kind, *_ in events)
    statuses = Counter()
    for message in OutboxMessage.select():
        statuses[message.status] += 1
        assert message.queued_at <= NOW and message.to_address and message.body
        if message.status == "queued":
            assert NOW - message.queued_at < dt.timedelta(days=2)
        elif message.status == "sent":
            assert message.queued_at <= message.sent_at
    assert statuses["sent"] > statuses["queued"] > 0


def test_cases_look_like_a_small_offices_year(demo):
    cases = list(Case.select())
    assert min(c.opened_at for c in cases) >= NOW - dt.timedelta(days=366)
    recent = sum(c.opened_at > NOW - dt.timedelta(days=60) for c in cases)
    assert recent > len(cases) * 60 / 365  # more lately
    kinds = Counter(c.kind for c in cases)
    assert kinds["complaint"] > max(kinds["request"], kinds["question"])
    assert min(kinds["request"], kinds["question"]) > kinds["suggestion"] > 0
    assert len({c.channel for c in cases}) == 6 and len({c.priority for c in cases}) == 4
    assert len({c.category_id for c in cases}) == 7 and len({c.subject for c in cases}) > 50
    assert all(PERSIAN.search(c.subject) and PERSIAN.search(c.description) for c in cases)
    people = {c.id: c.organization_id for c in Contact.select()}
    assert all(c.contact_id in people and c.organization_id == people[c.contact_id] for c in cases)
    assert any(c.product for c in cases) and any(not c.product for c in cases)
    cal = work_calendar.office_calendar()
    in_hours = sum(cal.minutes_between(c.opened_at - dt.timedelta(minutes=1), c.opened_at) == 1 for c in cases)
    assert in_hours > 0.8 * len(cases)  # mostly opened in working hours


def test_an_english_demo_speaks_english(owner, utc_clock):
    report = build("en", seed=5)
    assert report.cases == CASES and Team.get().name == "Support"
    cases = list(Case.select())
    assert not any(PERSIAN.search(c.subject + c.description + c.resolution) for c in cases)
    assert not any(PERSIAN.search(a.question + a.answer) for a in KnowledgeArticle.select())
    assert {h.name for h in Holiday.select()} == {"New Year's Day", "Christmas Day"}
    assert all(c.number.startswith(("2024-", "2025-")) for c in cases)

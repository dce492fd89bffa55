"""SLA policies, deadlines, pauses and the clock (services/cases/sla.py). The calendar is the
Persian week in Tehran time (Sat-Wed 08-16, Thu 08-12, Fri off); 2024-05-01 is a Wednesday."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

import pytest

from crm_desktop.db.models import Case, CaseCategory, SlaPolicy
from crm_desktop.services.cases import sla
from crm_desktop.services.cases.sla import Clock, PolicyInput
from crm_desktop.services.cases.work_calendar import WorkCalendar, default_week
from crm_desktop.services.errors import ValidationError

from .conftest import audit_rows

TEH = dt.timezone(dt.timedelta(hours=3, minutes=30))
CAL = WorkCalendar(default_week("fa"), [], TEH)
Row = namedtuple("Row", "status opened_at first_response_at resolved_at response_due_at resolve_due_at paused_at")


def teh(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2024, 5, day, hour, minute, tzinfo=TEH)


def row(status="in_progress", opened=None, responded=None, resolved=None, response_due=None, resolve_due=None,
        paused=None) -> Row:
    return Row(status, opened or teh(1, 15), responded, resolved, response_due, resolve_due, paused)


@pytest.fixture
def billing(owner):
    return CaseCategory.create(name="Billing")


def errors_of(call) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(e.field, e.text) for e in caught.value.errors]


# --- policies -----------------------------------------------------------------------------------

def test_default_policies_are_made_once(owner):
    sla.ensure_default_policies("en")
    assert [(p.name, p.priority, p.response_minutes, p.resolve_minutes, p.category)
            for p in sla.list_policies()] == [("Urgent priority", "urgent", 60, 480, None),
                                              ("High priority", "high", 240, 960, None),
                                              ("Normal priority", "normal", 480, 2400, None),
                                              ("Low priority", "low", 960, 4800, None)]
    assert len(audit_rows("sla_policy", "create")) == 4
    sla.ensure_default_policies("en")
    assert SlaPolicy.select().count() == 4
    for policy in sla.list_policies():
        sla.delete_policy(policy.id)
    sla.ensure_default_policies("en")  # an office that removed its policies keeps it that way
    assert sla.list_policies() == []


def test_a_policy_is_created_and_updated_with_audit(billing):
    policy = sla.create_policy(PolicyInput("  Billing urgent ", "urgent", 30, 240, billing.id))
    assert (policy.name, policy.priority, policy.category.id, policy.is_active) == ("Billing urgent", "urgent",
                                                                                    billing.id, True)
    sla.update_policy(policy.id, PolicyInput("Billing urgent", "urgent", 45, 240, billing.id))
    assert SlaPolicy.get_by_id(policy.id).response_minutes == 45
    sla.update_policy(policy.id, PolicyInput("Billing urgent", "urgent", 45, 240, billing.id))  # no change
    assert [(r.action, r.changes) for r in audit_rows("sla_policy")][1:] == [
        ("update", '{"response_minutes": [30, 45]}')]


@pytest.mark.parametrize(("data", "expected"), [
    (PolicyInput("", "normal", 10, 20), [("name", sla.NO_NAME)]),
    (PolicyInput("x", "critical", 10, 20), [("priority", sla.BAD_PRIORITY)]),
    (PolicyInput("x", "normal", 0, 20), [("response_minutes", sla.BAD_MINUTES)]),
    (PolicyInput("x", "normal", 10, -5), [("resolve_minutes", sla.BAD_MINUTES)]),
    (PolicyInput("x", "normal", 60, 59), [("resolve_minutes", sla.RESOLVE_TOO_SHORT)]),
    (PolicyInput("x", "normal", 10, 20, category_id=999), [("category_id", sla.NO_CATEGORY)]),
    (PolicyInput("x" * 151, "normal", 10, 20), [("name", sla.validation.check_length("name", "x" * 151,
                                                                                       SlaPolicy).text)]),
])
def test_a_bad_policy_is_refused(owner, data, expected):
    assert errors_of(lambda: sla.create_policy(data)) == expected
    assert SlaPolicy.select().count() == 0


def test_one_active_policy_per_priority_and_category(billing):
    general = sla.create_policy(PolicyInput("Normal", "normal", 60, 600))
    sla.create_policy(PolicyInput("Billing normal", "normal", 30, 300, billing.id))  # another pair
    second = PolicyInput("Second", "normal", 10, 20)
    assert errors_of(lambda: sla.create_policy(second)) == [("priority", sla.SAME_POLICY)]
    with pytest.raises(ValidationError) as caught:
        sla.create_policy(PolicyInput("Second", "normal", 10, 20, billing.id))
    assert str(caught.value).startswith("\u201cBilling normal\u201d already sets the targets")
    spare = sla.create_policy(PolicyInput("Spare", "normal", 10, 20, is_active=False))  # inactive: allowed
    assert errors_of(lambda: sla.update_policy(spare.id, PolicyInput("Spare", "normal", 10, 20))) == [
        ("priority", sla.SAME_POLICY)]
    sla.update_policy(general.id, PolicyInput("Normal", "normal", 90, 600))  # itself is no clash
    sla.delete_policy(general.id)
    sla.update_policy(spare.id, PolicyInput("Spare", "normal", 10, 20))  # the deleted one is no clash either


def test_the_category_policy_wins_over_the_general_one(billing):
    assert sla.policy_for("normal", None) is None
    general = sla.create_policy(PolicyInput("Normal", "normal", 60, 600))
    own = sla.create_policy(PolicyInput("Billing normal", "normal", 30, 300, billing.id))
    sla.create_policy(PolicyInput("Billing urgent", "urgent", 10, 100, billing.id))
    assert sla.policy_for("normal", billing.id).id == own.id
    assert sla.policy_for("normal", None).id == general.id
    assert sla.policy_for("normal", billing.id + 1).id == general.id
    assert sla.policy_for("urgent", None) is None and sla.policy_for("urgent", billing.id).name == "Billing urgent"
    sla.update_policy(own.id, PolicyInput("Billing normal", "normal", 30, 300, billing.id, is_active=False))
    assert sla.policy_for("normal", billing.id).id == general.id
    sla.delete_policy(general.id)
    assert sla.policy_for("normal", billing.id) is None


# --- deadlines and pauses -----------------------------------------------------------------------

def test_deadlines_in_working_time():
    normal = SlaPolicy(response_minutes=480, resolve_minutes=2400)
    due = sla.deadlines(teh(1, 15), normal, CAL)
    # response 8 h: Wed 15-16 (1) + Thu 08-12 (4) + Sat 08-11 (3)
    assert due.response_due_at == teh(4, 11)
    # resolution 40 h: Wed 1 + Thu 4 + Sat, Sun, Mon, Tue 8 each (37) + Wed 2024-05-08 08-11 (3)
    assert due.resolve_due_at == teh(8, 11)
    assert sla.deadlines(teh(1, 15), None, CAL) == sla.Deadlines(None, None)


def test_a_pause_moves_the_deadline_by_the_working_time_waited():
    due = teh(4, 11)
    # waiting Thu 11:00 .. Sat 10:00: Thu 11-12 and Sat 08-10 count (3 h); Thursday afternoon and Friday do not
    assert sla.shift_for_pause(due, teh(2, 11), teh(4, 10), CAL) == teh(4, 14)
    # a wait over the weekend only (Thu 13:00 .. Sat 08:00) moves nothing
    assert sla.shift_for_pause(due, teh(2, 13), teh(4, 8), CAL) == due
    # a deadline already passed when the wait began stays: the breach stands
    assert sla.shift_for_pause(due, teh(4, 12), teh(5, 12), CAL) == due
    assert sla.shift_for_pause(None, teh(2, 11), teh(4, 10), CAL) is None
    assert sla.shift_for_pause(due, None, teh(4, 10), CAL) == due


# --- the clock ----------------------------------------------------------------------------------

def test_the_response_clock_runs_until_the_first_response():
    case = row(response_due=teh(4, 11), resolve_due=teh(8, 11))  # 480 working minutes from the opening
    # Thu 09:00: Thu 09-12 and Sat 08-11 left = 360, more than a quarter (120)
    assert sla.clock(case, teh(2, 9), CAL) == Clock("ok", "response", 360)
    assert sla.clock(case, teh(4, 9), CAL) == Clock("ok", "response", 120)  # exactly a quarter: not yet
    assert sla.clock(case, teh(4, 9, 30), CAL) == Clock("at_risk", "response", 90)
    assert sla.clock(case, teh(4, 11), CAL) == Clock("overdue", "response", 0)
    assert sla.clock(case, teh(5, 9), CAL) == Clock("overdue", "response", -(5 * 60 + 60))  # Sat 11-16, Sun 8-9
    answered = case._replace(first_response_at=teh(2, 10))
    # resolution left on Sat 09:00: Sat 7 h + Sun, Mon, Tue 24 h + Wed 3 h = 34 h
    assert sla.clock(answered, teh(4, 9), CAL) == Clock("ok", "resolution", 34 * 60)


def test_the_policy_sets_the_target_length_for_at_risk():
    # the response deadline moved 3 h by a pause: Sat 14:00, 660 working minutes after the opening
    case = row(response_due=teh(4, 14), resolve_due=teh(8, 14))
    assert sla.clock(case, teh(4, 11, 30), CAL) == Clock("at_risk", "response", 150)  # 150 < 660 / 4
    policy = SlaPolicy(response_minutes=480, resolve_minutes=2400)
    assert sla.clock(case, teh(4, 11, 30), CAL, policy) == Clock("ok", "response", 150)  # 150 >= 480 / 4


def test_a_waiting_case_shows_a_paused_clock():
    case = row(status="waiting", response_due=teh(4, 11), resolve_due=teh(8, 11), paused=teh(2, 11))
    assert sla.clock(case, teh(6, 9), CAL) == Clock("paused", "response", 60 + 180)  # Thu 11-12, Sat 08-11
    late = case._replace(paused_at=teh(4, 12))  # the deadline had passed when the wait began
    assert sla.clock(late, teh(4, 13), CAL) == Clock("overdue", "response", -120)


def test_met_and_breached_once_done():
    case = row(status="resolved", responded=teh(2, 9), resolved=teh(7, 15), response_due=teh(4, 11),
               resolve_due=teh(8, 11))
    assert sla.clock(case, teh(20, 9), CAL) == Clock("met", "resolution", 60 + 180)  # Tue 15-16, Wed 08-11
    late = case._replace(resolved_at=teh(8, 12), status="closed")
    assert sla.clock(late, teh(20, 9), CAL) == Clock("breached", "resolution", -60)
    no_resolve_target = case._replace(resolve_due_at=None, first_response_at=teh(4, 12))
    assert sla.clock(no_resolve_target, teh(20, 9), CAL) == Clock("breached", "response", -60)
    open_answered = row(responded=teh(4, 10), response_due=teh(4, 11))  # no resolution target
    assert sla.clock(open_answered, teh(20, 9), CAL) == Clock("met", "response", 60)
    assert sla.clock(row(), teh(2, 9), CAL) == Clock("none", "", None)
    assert sla.clock(row(status="closed"), teh(2, 9), CAL) == Clock("none", "", None)


def test_the_clock_reads_a_case_model():
    case = Case(status="new", opened_at=teh(1, 15), response_due_at=teh(4, 11), resolve_due_at=teh(8, 11))
    assert sla.clock(case, teh(2, 9), CAL) == Clock("ok", "response", 360)

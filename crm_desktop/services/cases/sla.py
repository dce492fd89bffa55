"""SLA policies and the clock: how long a case may take to get its first response and its
resolution, in working minutes of the office calendar.

- A policy is for a priority, optionally only for one category (that one wins over the
  priority's general policy). At most one active policy per priority and category.
- Deadlines are the opening plus the policy's working minutes. While a case waits for the
  customer its clock stands still: on resuming, a deadline moves later by the working time
  waited, unless it had already passed when the wait began (a breach stays a breach).
- The clock of a case: "none" (no deadline), "ok", "at_risk" (under a quarter of the target's
  working time left), "overdue", "paused" (waiting for the customer); once the response or the
  resolution happened, "met" or "breached" against its deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.models import CaseCategory, SlaPolicy
from crm_desktop.db.models.cases import CASE_PRIORITIES
from crm_desktop.services import audit, records, validation
from crm_desktop.services.cases.labels import PRIORITIES
from crm_desktop.services.cases.work_calendar import WorkCalendar, office_language
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

AT_RISK_SHARE = 0.25
CLOCK_STATES = ("none", "ok", "at_risk", "overdue", "paused", "met", "breached")
#: working minutes (first response, resolution) of the policies made for a new office
DEFAULT_TARGETS = {"urgent": (60, 480), "high": (240, 960), "normal": (480, 2400), "low": (960, 4800)}
DEFAULT_NAME = QT_TRANSLATE_NOOP("Cases", "{priority} priority")

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
BAD_PRIORITY = QT_TRANSLATE_NOOP("Errors", "Choose a priority.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Errors", "Enter a time greater than zero.")
RESOLVE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The time to resolve cannot be shorter than the time to the first response.")
NO_CATEGORY = QT_TRANSLATE_NOOP("Errors", "The chosen category no longer exists; choose another one.")
SAME_POLICY = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{name}\u201d already sets the targets for this priority and category; "
              "change that policy or make it inactive first.")


@dataclass
class PolicyInput:
    name: str = ""
    priority: str = "normal"
    response_minutes: int = 0  # working minutes to the first response
    resolve_minutes: int = 0  # working minutes to the resolution
    category_id: int | None = None  # None: every category without its own policy
    is_active: bool = True


def _rank(policy: SlaPolicy) -> tuple:
    priority = CASE_PRIORITIES.index(policy.priority) if policy.priority in CASE_PRIORITIES else -1
    return (-priority, policy.__data__.get("category") is not None, policy.name, policy.id)


def list_policies(*, include_inactive: bool = True) -> list[SlaPolicy]:
    """Most urgent priority first; a priority's general policy before its category ones."""
    query = SlaPolicy.alive()
    if not include_inactive:
        query = query.where(SlaPolicy.is_active == True)  # noqa: E712 (SQL)
    return sorted(query, key=_rank)


def _same_pair(priority: str, category_id: int | None, policy_id: int | None):
    category = SlaPolicy.category.is_null() if category_id is None else (SlaPolicy.category == category_id)
    active = SlaPolicy.is_active == True  # noqa: E712 (SQL)
    return (SlaPolicy.alive().where((SlaPolicy.priority == priority) & category & active
                                    & (SlaPolicy.id != (policy_id or 0))).first())


def check(data: PolicyInput, policy_id: int | None = None) -> list[FieldError]:
    errors = []
    if not data.name:
        errors.append(FieldError("name", NO_NAME))
    elif (too_long := validation.check_length("name", data.name, SlaPolicy)) is not None:
        errors.append(too_long)
    if data.priority not in CASE_PRIORITIES:
        errors.append(FieldError("priority", BAD_PRIORITY))
    for field in ("response_minutes", "resolve_minutes"):
        value = getattr(data, field)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            errors.append(FieldError(field, BAD_MINUTES))
    if not any(e.field.endswith("_minutes") for e in errors) and data.resolve_minutes < data.response_minutes:
        errors.append(FieldError("resolve_minutes", RESOLVE_TOO_SHORT))
    if data.category_id is not None and not CaseCategory.alive().where(CaseCategory.id == data.category_id).exists():
        errors.append(FieldError("category_id", NO_CATEGORY))
    if data.is_active and data.priority in CASE_PRIORITIES:
        other = _same_pair(data.priority, data.category_id, policy_id)
        if other is not None:
            errors.append(FieldError("priority", SAME_POLICY, {"name": other.name}))
    return errors


def _tidy(data: PolicyInput) -> PolicyInput:
    return PolicyInput(tidy_text(data.name), data.priority, data.response_minutes, data.resolve_minutes,
                       data.category_id, bool(data.is_active))


def _apply(policy: SlaPolicy, data: PolicyInput) -> None:
    policy.name, policy.priority, policy.category = data.name, data.priority, data.category_id
    policy.response_minutes, policy.resolve_minutes = data.response_minutes, data.resolve_minutes
    policy.is_active = data.is_active


def create_policy(data: PolicyInput) -> SlaPolicy:
    """Raises ValidationError."""
    data = _tidy(data)
    with database.atomic():
        errors = check(data)
        if errors:
            raise ValidationError(errors)
        policy = SlaPolicy(created_by=current_user_id())
        _apply(policy, data)
        policy.save(force_insert=True)
        audit.record_create(policy)
    return policy


def update_policy(policy_id: int, data: PolicyInput) -> SlaPolicy:
    """Raises ValidationError. Cases keep the deadlines they already have."""
    data = _tidy(data)
    with database.atomic():
        policy = records.fetch(SlaPolicy, policy_id)
        errors = check(data, policy_id)
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(policy)
        _apply(policy, data)
        if audit.diff(before, audit.snapshot(policy)):
            policy.save()
            audit.record_update(policy, before)
    return policy


def delete_policy(policy_id: int) -> None:
    records.soft_delete(SlaPolicy, policy_id)


def ensure_default_policies(language: str | None = None) -> None:
    """A general policy per priority (names in ``language``, else the office's) for an office that
    never had any policy; one that deleted its policies keeps it that way."""
    if SlaPolicy.select(SlaPolicy.id).exists():
        return
    language = language or office_language()
    with database.atomic():
        for priority in reversed(CASE_PRIORITIES):
            response, resolve = DEFAULT_TARGETS[priority]
            name = render(DEFAULT_NAME, {"priority": render(PRIORITIES[priority], lang=language)}, lang=language)
            policy = SlaPolicy.create(name=name, priority=priority, response_minutes=response, resolve_minutes=resolve,
                                      created_by=current_user_id())
            audit.record_create(policy)


def policy_for(priority: str, category_id: int | None) -> SlaPolicy | None:
    """The active policy for a case: its category's for its priority, else the priority's general one."""
    category = SlaPolicy.category.is_null()
    if category_id is not None:
        category |= SlaPolicy.category == category_id
    found = list(SlaPolicy.alive().where((SlaPolicy.priority == priority) & (SlaPolicy.is_active == True)  # noqa: E712
                                         & category))
    found.sort(key=lambda p: (p.__data__.get("category") is None, p.id))
    return found[0] if found else None


# --- deadlines and the clock --------------------------------------------------------------------

@dataclass
class Deadlines:
    response_due_at: dt.datetime | None
    resolve_due_at: dt.datetime | None


def deadlines(opened_at: dt.datetime, policy: SlaPolicy | None, cal: WorkCalendar) -> Deadlines:
    if policy is None:
        return Deadlines(None, None)
    return Deadlines(cal.add_minutes(opened_at, policy.response_minutes),
                     cal.add_minutes(opened_at, policy.resolve_minutes))


def shift_for_pause(case_due: dt.datetime | None, paused_at: dt.datetime | None, resumed_at: dt.datetime,
                    cal: WorkCalendar) -> dt.datetime | None:
    """The deadline after a wait for the customer from ``paused_at`` to ``resumed_at``: later by the
    working minutes waited. A deadline already passed when the wait began stays where it is."""
    if case_due is None or paused_at is None or paused_at >= case_due:
        return case_due
    waited = cal.minutes_between(paused_at, resumed_at)
    return cal.add_minutes(case_due, waited) if waited else case_due


@dataclass(frozen=True)
class Clock:
    state: str  # CLOCK_STATES
    target: str  # "response" | "resolution" | ""
    minutes_left: int | None  # working minutes; negative when overdue or breached


NO_CLOCK = Clock("none", "", None)


def _signed(cal: WorkCalendar, moment: dt.datetime, due: dt.datetime) -> int:
    """Working minutes from ``moment`` to ``due``; negative when ``due`` is behind."""
    return cal.minutes_between(moment, due) if moment < due else -cal.minutes_between(due, moment)


def _judged(cal: WorkCalendar, target: str, happened: dt.datetime, due: dt.datetime) -> Clock:
    return Clock("met" if happened <= due else "breached", target, _signed(cal, happened, due))


def clock(case, now: dt.datetime, cal: WorkCalendar, policy: SlaPolicy | None = None) -> Clock:
    """The SLA clock of a case (a ``Case`` or any row with ``status``, ``opened_at``,
    ``first_response_at``, ``resolved_at``, ``response_due_at``, ``resolve_due_at``, ``paused_at``).
    ``policy`` gives the target lengths for "at risk"; without it a target's length is the working
    time from the opening to its deadline."""
    response_due, resolve_due = case.response_due_at, case.resolve_due_at
    responded, resolved = case.first_response_at, case.resolved_at
    if resolved is not None or case.status in ("resolved", "closed"):
        if resolved is not None and resolve_due is not None:
            return _judged(cal, "resolution", resolved, resolve_due)
        if responded is not None and response_due is not None:
            return _judged(cal, "response", responded, response_due)
        return NO_CLOCK
    if responded is None and response_due is not None:
        target, due, length = "response", response_due, policy.response_minutes if policy else None
    elif resolve_due is not None:
        target, due, length = "resolution", resolve_due, policy.resolve_minutes if policy else None
    elif responded is not None and response_due is not None:
        return _judged(cal, "response", responded, response_due)
    else:
        return NO_CLOCK
    paused = case.paused_at
    if paused is not None and paused < due:  # the clock stands still while waiting
        return Clock("paused", target, cal.minutes_between(paused, due))
    if now >= due:
        return Clock("overdue", target, -cal.minutes_between(due, now))
    left = cal.minutes_between(now, due)
    if length is None:
        length = cal.minutes_between(case.opened_at, due)
    return Clock("at_risk" if left < AT_RISK_SHARE * length else "ok", target, left)

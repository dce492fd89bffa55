"""A case's life: new -> assigned -> in progress -> waiting for the customer -> resolved -> closed,
and back again with reopen.

- Waiting for the customer pauses the SLA clock; when the case moves on, its deadlines move later
  by the working time it waited.
- The first response is the first message to the customer, the first question put to them (moving
  to waiting) or the resolution, whichever comes first.
- Resolving needs the resolution text; a resolved or closed case can be reopened (counted: the
  reopen rate) and goes back to its assignee.
- Every change is a history event; the customer may be told (outbox) per the office's choice.
"""

from __future__ import annotations

import datetime as dt

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseEvent, Team, User
from crm_desktop.db.models.cases import CASE_STATUSES
from crm_desktop.services import audit
from crm_desktop.services.cases import sla, work_calendar
from crm_desktop.services.cases.case_service import get_case
from crm_desktop.services.cases.events import log_event, notify, refresh_due
from crm_desktop.services.errors import FieldError, ValidationError, record_word
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

NEXT: dict[str, tuple[str, ...]] = {
    "new": ("assigned", "in_progress", "waiting", "resolved"),
    "assigned": ("in_progress", "waiting", "resolved"),
    "in_progress": ("waiting", "resolved"),
    "waiting": ("in_progress", "resolved"),
    "resolved": ("closed",),
    "closed": (),
}
NOTIFIED = {"waiting": "waiting", "resolved": "resolved", "closed": "closed"}

NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "A case that is \u201c{old}\u201d cannot become \u201c{new}\u201d.")
NEEDS_RESOLUTION = QT_TRANSLATE_NOOP("Errors", "Write how the case was resolved.")
NEEDS_ASSIGNEE = QT_TRANSLATE_NOOP("Errors", "Choose who the case is assigned to.")
NOT_OPEN = QT_TRANSLATE_NOOP("Errors", "Only a resolved or closed case can be reopened.")
BAD_SCORE = QT_TRANSLATE_NOOP("Errors", "A satisfaction score is a whole number from 1 to 5.")
NOT_RESOLVED = QT_TRANSLATE_NOOP("Errors", "The customer can rate a case once it is resolved.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")


def _label(code: str) -> str:
    from crm_desktop.services.cases.labels import STATUSES
    from crm_desktop.services.labels import label

    return label(STATUSES, code)


def paused_spans(case: Case) -> list[tuple[dt.datetime, dt.datetime]]:
    """(began, ended) of the finished waits for the customer (the current one is still running)."""
    spans, began = [], None
    for at, old, new in (CaseEvent.select(CaseEvent.at, CaseEvent.old_value, CaseEvent.new_value)
                         .where((CaseEvent.case == case.id) & (CaseEvent.kind == "status"))
                         .order_by(CaseEvent.at, CaseEvent.id).tuples()):
        if new == "waiting":
            began = at
        elif old == "waiting" and began is not None:
            spans.append((began, at))
            began = None
    return spans


def _resume(case: Case, now: dt.datetime) -> None:
    cal = work_calendar.office_calendar()
    if case.first_response_at is None:
        case.response_due_at = sla.shift_for_pause(case.response_due_at, case.paused_at, now, cal)
    case.resolve_due_at = sla.shift_for_pause(case.resolve_due_at, case.paused_at, now, cal)
    case.paused_at = None


def set_status(case_id: int, status: str, *, resolution: str = "", at: dt.datetime | None = None) -> Case:
    """Move a case on; raises ValidationError for a move the workflow does not allow."""
    if status not in CASE_STATUSES:
        raise ValueError(f"unknown case status {status!r}")
    now = at or utcnow()
    with database.atomic():
        case = get_case(case_id)
        old = case.status
        if status == old:
            return case
        if status not in NEXT[old]:
            raise ValidationError([FieldError("status", NOT_ALLOWED, {"old": _label(old), "new": _label(status)})])
        if status == "assigned" and case.__data__.get("assignee") is None:
            raise ValidationError([FieldError("assignee_id", NEEDS_ASSIGNEE)])
        resolution = resolution.strip()
        if status == "resolved" and not (resolution or case.resolution):
            raise ValidationError([FieldError("resolution", NEEDS_RESOLUTION)])
        before = audit.snapshot(case)
        if old == "waiting":
            _resume(case, now)
        if status == "waiting":
            case.paused_at = now
        if status in ("waiting", "resolved") and case.first_response_at is None:
            case.first_response_at = now
        if status == "resolved":
            case.resolved_at = now
            case.resolution = resolution or case.resolution
        if status == "closed":
            case.closed_at = now
        case.status = status
        refresh_due(case)
        case.save()
        audit.record_update(case, before)
        log_event(case, "status", old=old, new=status, body=resolution if status == "resolved" else "", at=now)
        if status in NOTIFIED:
            notify(case, NOTIFIED[status], now)
    return case


def reopen(case_id: int, reason: str = "", *, at: dt.datetime | None = None) -> Case:
    """A resolved or closed case comes back: to its assignee (in progress) or to the queue (new)."""
    now = at or utcnow()
    with database.atomic():
        case = get_case(case_id)
        if case.status not in ("resolved", "closed"):
            raise ValidationError([FieldError("status", NOT_OPEN)])
        before, old = audit.snapshot(case), case.status
        case.status = "in_progress" if case.__data__.get("assignee") is not None else "new"
        case.resolved_at = case.closed_at = None
        case.reopen_count += 1
        refresh_due(case)
        case.save()
        audit.record_update(case, before)
        log_event(case, "reopened", old=old, new=case.status, body=tidy_text(reason), at=now)
    return case


def _who(user_id: int | None, team_id: int | None) -> str:
    names = []
    if team_id is not None:
        names.append(Team.get_by_id(team_id).name)
    if user_id is not None:
        names.append(User.get_by_id(user_id).display_name)
    return " / ".join(names)


def assign(case_id: int, user_id: int | None, team_id: int | None = None, *, keep_team: bool = True,
           at: dt.datetime | None = None) -> Case:
    """Give the case to a person (and/or a team). A new case becomes "assigned"; taking the person
    away from an assigned case puts it back to "new"."""
    now = at or utcnow()
    with database.atomic():
        if user_id is not None and not User.alive().where(User.id == user_id).exists():
            raise ValidationError([FieldError("assignee_id", GONE, {"what": record_word("person")})])
        if team_id is not None and not Team.alive().where(Team.id == team_id).exists():
            raise ValidationError([FieldError("team_id", GONE, {"what": record_word("team")})])
        case = get_case(case_id)
        old_user, old_team = case.__data__.get("assignee"), case.__data__.get("team")
        new_team = team_id if team_id is not None or not keep_team else old_team
        if (old_user, old_team) == (user_id, new_team):
            return case
        before = audit.snapshot(case)
        case.assignee, case.team = user_id, new_team
        if case.status == "new" and user_id is not None:
            case.status = "assigned"
        elif case.status == "assigned" and user_id is None:
            case.status = "new"
        case.save()
        audit.record_update(case, before)
        log_event(case, "assigned", old=_who(old_user, old_team), new=_who(user_id, new_team), at=now)
        if user_id is not None and user_id != old_user:
            notify(case, "assigned", now)
    return case


def rate(case_id: int, score: int, comment: str = "", *, at: dt.datetime | None = None) -> Case:
    """The customer's satisfaction (1..5) with a comment, for a resolved or closed case."""
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationError([FieldError("satisfaction", BAD_SCORE)])
    with database.atomic():
        case = get_case(case_id)
        if case.status not in ("resolved", "closed"):
            raise ValidationError([FieldError("satisfaction", NOT_RESOLVED)])
        before = audit.snapshot(case)
        case.satisfaction, case.satisfaction_comment = score, comment.strip()
        case.save()
        audit.record_update(case, before)
        log_event(case, "rating", old=str(before.get("satisfaction") or ""), new=str(score),
                  body=case.satisfaction_comment, at=at)
    return case


def bulk_assign(case_ids: list[int], user_id: int | None, team_id: int | None = None) -> int:
    """Assign many cases in one transaction; returns how many changed."""
    changed = 0
    with database.atomic():
        for case_id in case_ids:
            before = Case.select(Case.assignee, Case.team).where(Case.id == case_id).tuples().first()
            case = assign(case_id, user_id, team_id)
            changed += (case.__data__.get("assignee"), case.__data__.get("team")) != before
    return changed


def bulk_status(case_ids: list[int], status: str, *,
                resolution: str = "") -> tuple[int, list[tuple[int, ValidationError]]]:
    """Move many cases; the ones the workflow refuses are reported, the others move (each case is
    its own change: a refused one does not hold the rest back)."""
    moved, refused = 0, []
    for case_id in case_ids:
        try:
            set_status(case_id, status, resolution=resolution)
            moved += 1
        except ValidationError as failure:
            refused.append((case_id, failure))
    return moved, refused

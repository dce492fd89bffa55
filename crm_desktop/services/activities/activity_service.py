"""Activities: log what happened, schedule what is promised, complete, reschedule, delete.

Every write is one transaction with its audit row. An activity belongs to a person and/or company
(or to nobody, for an office task), optionally to a deal or a case (whose customer it then takes
when none is given), is assigned to someone (the acting user unless chosen) and, while open, has a
due time. Doing one that recurs makes the next occurrence; a done call, meeting, message or note
moves the customer's "last contact"; an open activity of a deal is that deal's next step on the
board (see :mod:`crm_desktop.services.activities.deal_steps`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity, Deal
from crm_desktop.db.models.activities import CALL_OUTCOMES
from crm_desktop.services import audit, contacts, organizations, records, validation
from crm_desktop.services.activities import deal_steps, links, recurrence
from crm_desktop.services.activities.checks import (ALL_DAY_REMINDER, BAD_DURATION, DIRECTED, DONE_IN_FUTURE,
                                                    MAX_DURATION, OUTCOME_NOT_FOR_KIND, TOUCHES_CUSTOMER,
                                                    ActivityInput, check, check_new, default_subject, prepared)
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.local_time import LocalZone, local_date, local_day_start
from crm_desktop.text.normalize import tidy_text

@dataclass(frozen=True)
class Completed:
    activity: Activity
    next_occurrence: Activity | None


# -- helpers ---------------------------------------------------------------------------------------

def reminder_time(due_at: dt.datetime | None, all_day: bool, remind_before: int | None,
                  tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """When the reminder of an activity due at ``due_at`` fires (None: no reminder)."""
    if remind_before is None or due_at is None:
        return None
    base = due_at
    if all_day:
        tz = tz or LocalZone()
        base = dt.datetime.combine(local_date(due_at, tz), ALL_DAY_REMINDER, tzinfo=tz).astimezone(dt.timezone.utc)
    return base - dt.timedelta(minutes=remind_before)


def rule_of(activity: Activity) -> Recurrence | None:
    if not activity.recurrence_unit:
        return None
    return Recurrence(activity.recurrence_unit, activity.recurrence_interval, activity.recurrence_until,
                      activity.recurrence_calendar or "jalali")


def _normal_due(due_at: dt.datetime | None, all_day: bool, tz: dt.tzinfo | None) -> dt.datetime | None:
    """UTC; an all-day activity's due time is the start of its local day."""
    if due_at is None:
        return None
    if due_at.tzinfo is None:
        due_at = due_at.replace(tzinfo=dt.timezone.utc)
    return local_day_start(local_date(due_at, tz), tz) if all_day else due_at.astimezone(dt.timezone.utc)


def _apply(activity: Activity, data: ActivityInput, tz: dt.tzinfo | None) -> None:
    activity.kind = data.kind
    activity.subject = tidy_text(data.subject)
    activity.body = data.body.strip()
    contact_id, organization_id = data.contact_id, data.organization_id
    if contact_id is None and organization_id is None:  # the deal's or the case's customer
        contact_id, organization_id = links.customer_of(deal_id=data.deal_id, case_id=data.case_id)
    if contact_id is not None and organization_id is None:
        organization_id = links.company_of(contact_id)
    activity.contact, activity.organization = contact_id, organization_id
    activity.deal, activity.case = data.deal_id, data.case_id
    activity.priority = data.priority
    activity.all_day = bool(data.all_day)
    activity.due_at = _normal_due(data.due_at, activity.all_day, tz)
    activity.duration_minutes = data.duration_minutes
    activity.direction = data.direction if data.kind in DIRECTED else ""
    activity.outcome = data.outcome if data.kind == "call" else ""
    activity.location = tidy_text(data.location) if data.kind == "meeting" else ""
    activity.attendees = data.attendees.strip() if data.kind == "meeting" else ""
    activity.remind_before = data.remind_before
    activity.follow_up_of = data.follow_up_of
    _apply_recurrence(activity, data.recurrence)


def _apply_recurrence(activity: Activity, rule: Recurrence | None) -> None:
    if rule is None:
        activity.recurrence_unit, activity.recurrence_interval = "", 1
        activity.recurrence_until, activity.recurrence_calendar = None, ""
        activity.series_start = None
        return
    same_series = activity.recurrence_unit == rule.unit and activity.series_uid
    activity.recurrence_unit, activity.recurrence_interval = rule.unit, rule.interval
    activity.recurrence_until, activity.recurrence_calendar = rule.until, rule.calendar
    if not same_series:  # a new rule starts a new series from this occurrence
        activity.series_uid = uuid.uuid4().hex
        activity.occurrence = 0
        activity.series_start = activity.due_at
    elif activity.occurrence == 0:
        activity.series_start = activity.due_at


def _refresh_reminder(activity: Activity, tz: dt.tzinfo | None) -> None:
    activity.remind_at = None if activity.done_at is not None else reminder_time(
        activity.due_at, activity.all_day, activity.remind_before, tz)


def _touch_customer(activity: Activity) -> None:
    if activity.done_at is None or activity.kind not in TOUCHES_CUSTOMER:
        return
    when = min(activity.due_at or activity.done_at, activity.done_at)
    if activity.__data__.get("contact") is not None:
        contacts.touch_interaction(activity.__data__["contact"], when)
    elif activity.__data__.get("organization") is not None:
        organizations.touch_interaction(activity.__data__["organization"], when)


def _done_time(data: ActivityInput, due_at: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    if data.done_at is not None:
        return data.done_at.astimezone(dt.timezone.utc)
    return due_at if due_at is not None and due_at <= now else now


# -- writes ---------------------------------------------------------------------------------------

def create_activity(data: ActivityInput, *, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> Activity:
    """Validate and record an activity (logged when ``data.done``, else scheduled); raises
    ValidationError. A done activity that repeats makes its next occurrence at once."""
    now = now or utcnow()
    data = prepared(data)
    errors = check_new(data, now, tz)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        activity = Activity(created_by=current_user_id(), created_at=now, updated_at=now)
        _apply(activity, data, tz)
        activity.assignee = data.assignee_id if data.assignee_id is not None else current_user_id()
        if data.done:
            activity.done_at = _done_time(data, activity.due_at, now)
            if activity.due_at is None:
                activity.due_at = activity.done_at
        _refresh_reminder(activity, tz)
        activity.save(force_insert=True)
        audit.record_create(activity)
        _touch_customer(activity)
        if activity.done_at is not None and activity.recurrence_unit:
            _next_occurrence(activity, now, tz)
        deal_steps.sync(activity.__data__.get("deal"), tz=tz)
    return activity


def get_activity(activity_id: int) -> Activity:
    return records.fetch(Activity, activity_id)


def activity_input(activity: Activity) -> ActivityInput:
    """What an edit form starts from."""
    d = activity.__data__
    return ActivityInput(
        kind=activity.kind, subject=activity.subject, body=activity.body, contact_id=d.get("contact"),
        organization_id=d.get("organization"), deal_id=d.get("deal"), case_id=d.get("case"),
        assignee_id=d.get("assignee"), priority=activity.priority, due_at=activity.due_at, all_day=activity.all_day,
        duration_minutes=activity.duration_minutes, direction=activity.direction, outcome=activity.outcome,
        location=activity.location, attendees=activity.attendees, remind_before=activity.remind_before,
        recurrence=rule_of(activity), done=activity.done_at is not None, done_at=activity.done_at,
        follow_up_of=d.get("follow_up_of"))


def update_activity(activity_id: int, data: ActivityInput, *, now: dt.datetime | None = None,
                    tz: dt.tzinfo | None = None) -> Activity:
    """Edit an activity. Marking it done here completes it (the next occurrence of a repeating one
    is made); unmarking reopens it."""
    now = now or utcnow()
    errors = check(data, now, tz)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        activity = get_activity(activity_id)
        before = audit.snapshot(activity)
        old_deal = activity.__data__.get("deal")
        was_done = activity.done_at is not None
        _apply(activity, data, tz)
        if data.assignee_id is not None:
            activity.assignee = data.assignee_id
        if data.done and not was_done:
            activity.done_at = _done_time(data, activity.due_at, now)
        elif data.done and data.done_at is not None:
            activity.done_at = data.done_at.astimezone(dt.timezone.utc)
        elif not data.done:
            activity.done_at = None
        _refresh_reminder(activity, tz)
        if not audit.diff(before, audit.snapshot(activity)):
            return activity
        activity.save()
        audit.record_update(activity, before)
        _touch_customer(activity)
        if activity.done_at is not None and not was_done and activity.recurrence_unit:
            _next_occurrence(activity, now, tz)
        deal_steps.sync(old_deal, activity.__data__.get("deal"), tz=tz)
    return activity


def complete_activity(activity_id: int, *, at: dt.datetime | None = None, outcome: str | None = None,
                      notes: str = "", duration_minutes: int | None = None, now: dt.datetime | None = None,
                      tz: dt.tzinfo | None = None) -> Completed:
    """Mark done (at ``at``, default now) with what came of it; a repeating activity gets its next
    occurrence. Doing a done activity again changes nothing."""
    now = now or utcnow()
    with database.atomic():
        activity = get_activity(activity_id)
        if activity.done_at is not None:
            return Completed(activity, None)
        before = audit.snapshot(activity)
        activity.done_at = (at or now).astimezone(dt.timezone.utc)
        if activity.done_at > now + dt.timedelta(minutes=5):
            raise ValidationError([FieldError("done_at", DONE_IN_FUTURE)])
        if outcome:
            error = OUTCOME_NOT_FOR_KIND if activity.kind != "call" else None
            choice = validation.check_choice("outcome", outcome, CALL_OUTCOMES)
            if error is not None or choice is not None:
                raise ValidationError([choice or FieldError("outcome", error)])
            activity.outcome = outcome
        if notes.strip():
            activity.body = "\n\n".join(p for p in (activity.body, notes.strip()) if p)
        if duration_minutes is not None:
            if not 0 <= duration_minutes <= MAX_DURATION:
                raise ValidationError([FieldError("duration_minutes", BAD_DURATION, {"max": MAX_DURATION})])
            activity.duration_minutes = duration_minutes
        activity.remind_at = None
        activity.save()
        audit.record_update(activity, before)
        _touch_customer(activity)
        following = _next_occurrence(activity, now, tz) if activity.recurrence_unit else None
        deal_steps.sync(activity.__data__.get("deal"), tz=tz)
    return Completed(activity, following)


def reopen_activity(activity_id: int, *, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> Activity:
    """Not done after all: open again (its reminder comes back if still ahead)."""
    with database.atomic():
        activity = get_activity(activity_id)
        if activity.done_at is None:
            return activity
        before = audit.snapshot(activity)
        activity.done_at = None
        _refresh_reminder(activity, tz)
        if activity.remind_at is not None and activity.remind_at < (now or utcnow()):
            activity.remind_at = None  # its moment passed while it was done: no late popup
        activity.save()
        audit.record_update(activity, before)
        deal_steps.sync(activity.__data__.get("deal"), tz=tz)
    return activity


def undo_completion(activity_id: int, next_occurrence_id: int | None = None, *, now: dt.datetime | None = None,
                    tz: dt.tzinfo | None = None) -> bool:
    """Take back a completion just made: open the activity again and, when doing it made
    ``next_occurrence_id``, remove that occurrence -- only while nobody has touched it (not done, not
    edited, not snoozed), so undoing never deletes someone's work. One transaction. Returns whether
    the occurrence was removed."""
    with database.atomic():
        reopen_activity(activity_id, now=now, tz=tz)
        if next_occurrence_id is None:
            return False
        done = get_activity(activity_id)
        following = Activity.alive().where(Activity.id == next_occurrence_id).first()
        untouched = (following is not None and following.done_at is None
                     and following.updated_at == following.created_at
                     and following.series_uid == done.series_uid and following.occurrence > done.occurrence)
        if untouched:
            delete_activity(following.id)
        return untouched


def reschedule(activity_id: int, due_at: dt.datetime, *, all_day: bool | None = None,
               tz: dt.tzinfo | None = None) -> Activity:
    """Move an activity to another time (or, ``all_day``, another day); its reminder moves with it.
    One occurrence of a repeating activity moves alone: the series keeps its rhythm."""
    with database.atomic():
        activity = get_activity(activity_id)
        before = audit.snapshot(activity)
        if all_day is not None:
            activity.all_day = all_day
        activity.due_at = _normal_due(due_at, activity.all_day, tz)
        if activity.recurrence_unit and activity.occurrence == 0 and activity.series_start is None:
            activity.series_start = activity.due_at
        _refresh_reminder(activity, tz)
        if not audit.diff(before, audit.snapshot(activity)):
            return activity
        activity.save()
        audit.record_update(activity, before)
        deal_steps.sync(activity.__data__.get("deal"), tz=tz)
    return activity


def delete_activity(activity_id: int) -> Activity:
    with database.atomic():
        activity = records.soft_delete(Activity, activity_id)
        deal_steps.sync(activity.__data__.get("deal"))
    return activity


def restore_activity(activity_id: int) -> Activity:
    with database.atomic():
        activity = records.restore(Activity, activity_id)
        deal_steps.sync(activity.__data__.get("deal"))
    return activity


def later_occurrence_exists(activity: Activity) -> bool:
    """Whether a later occurrence of ``activity``'s series is already a row (it was done, then opened
    again): doing it again makes none."""
    return Activity.select().where((Activity.series_uid == activity.series_uid) & Activity.deleted_at.is_null()
                                   & (Activity.occurrence > activity.occurrence)).exists()


def next_slot(activity: Activity, *, now: dt.datetime | None = None,
              tz: dt.tzinfo | None = None) -> tuple[int, dt.datetime] | None:
    """The occurrence (number, UTC moment) that doing ``activity`` now makes, or None: it does not
    repeat, its series has ended, or a later occurrence exists already. The first occurrence still
    ahead: one done late does not leave a trail of passed ones behind it (an all-day one may still be
    today); one done early makes the next, not itself again."""
    rule = rule_of(activity)
    start = activity.series_start or activity.due_at
    if rule is None or start is None:
        return None
    if later_occurrence_exists(activity):
        return None
    now = now or utcnow()
    threshold = now if not activity.all_day else \
        local_day_start(local_date(now, tz), tz) - dt.timedelta(microseconds=1)
    if activity.due_at is not None:
        threshold = max(threshold, activity.due_at)
    return recurrence.following(rule, start, activity.occurrence, tz, after=threshold)


def _next_occurrence(done: Activity, now: dt.datetime, tz: dt.tzinfo | None) -> Activity | None:
    """Make the occurrence after ``done`` (see :func:`next_slot`), at most once per occurrence."""
    found = next_slot(done, now=now, tz=tz)
    if found is None:
        return None
    number, due = found
    start = done.series_start or done.due_at
    d = done.__data__
    nxt = Activity(
        created_by=current_user_id(), created_at=now, updated_at=now, kind=done.kind, subject=done.subject,
        body="", contact=d.get("contact"), organization=d.get("organization"), deal=d.get("deal"), case=d.get("case"),
        assignee=d.get("assignee"), priority=done.priority, due_at=due, all_day=done.all_day,
        duration_minutes=done.duration_minutes if done.kind == "meeting" else None, direction=done.direction,
        location=done.location, attendees=done.attendees, remind_before=done.remind_before,
        recurrence_unit=done.recurrence_unit, recurrence_interval=done.recurrence_interval,
        recurrence_until=done.recurrence_until, recurrence_calendar=done.recurrence_calendar,
        series_uid=done.series_uid, occurrence=number, series_start=start)
    _refresh_reminder(nxt, tz)
    nxt.save(force_insert=True)
    audit.record_create(nxt)
    return nxt


def follow_up_input(activity: Activity, *, kind: str = "call", due_at: dt.datetime | None = None,
                    subject: str = "") -> ActivityInput:
    """A new activity to follow ``activity`` up: same customer, deal, case and assignee."""
    d = activity.__data__
    return ActivityInput(kind=kind, subject=subject, contact_id=d.get("contact"), organization_id=d.get("organization"),
                         deal_id=d.get("deal"), case_id=d.get("case"), assignee_id=d.get("assignee"), due_at=due_at,
                         follow_up_of=activity.id)


def set_deal_next_step(deal_id: int, subject: str, day: dt.date | None, *, remind_before: int | None = None,
                       tz: dt.tzinfo | None = None) -> Activity | None:
    """What a deal form's "next step" writes: the deal's earliest open activity takes this subject and
    day (keeping its time of day), or, when it has none, an all-day task is scheduled for the deal's
    owner. Nothing typed, nothing written."""
    subject = tidy_text(subject)
    if not subject and day is None:
        return None
    current = (Activity.alive().where((Activity.deal == deal_id) & Activity.done_at.is_null())
               .order_by(Activity.due_at.asc(nulls="LAST"), Activity.id).first())
    if current is not None:
        data = activity_input(current)
        if subject:
            data.subject = subject
        if day is not None and (current.due_at is None or local_date(current.due_at, tz) != day):
            if current.all_day or current.due_at is None:
                data.due_at = local_day_start(day, tz)
            else:
                clock = current.due_at.astimezone(tz or LocalZone()).time()
                data.due_at = dt.datetime.combine(day, clock, tzinfo=tz or LocalZone())
        return update_activity(current.id, data, tz=tz)
    owner = Deal.select(Deal.owner).where(Deal.id == deal_id).scalar()
    day = day or local_date(utcnow(), tz)
    return create_activity(ActivityInput(kind="task", subject=subject or default_subject("task"), deal_id=deal_id,
                                         assignee_id=owner, due_at=local_day_start(day, tz), all_day=True,
                                         remind_before=remind_before), tz=tz)

"""What an activity is made of (:class:`ActivityInput`) and the rules it must meet before it is
written: a subject, a due time while open, direction and outcome only where they mean something,
durations, reminders and repetition within bounds, linked records that still exist."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity, Case, Contact, Deal, Organization, User
from crm_desktop.db.models.activities import (ACTIVITY_KINDS, ACTIVITY_PRIORITIES, CALL_OUTCOMES, DIRECTIONS,
                                              RECURRENCE_CALENDARS, RECURRENCE_UNITS)
from crm_desktop.services import validation
from crm_desktop.services.activities import recurrence
from crm_desktop.services.activities.labels import DIRECTED_KINDS, KINDS
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.errors import FieldError, record_word
from crm_desktop.services.local_time import local_date
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

NO_SUBJECT = QT_TRANSLATE_NOOP("Errors", "Enter what the activity is about.")
NO_DUE = QT_TRANSLATE_NOOP("Errors", "Choose when it is due.")
GONE = QT_TRANSLATE_NOOP("Errors", "The chosen {what} no longer exists; choose another one.")
NOT_FOR_KIND = QT_TRANSLATE_NOOP("Errors", "Only calls, messages and emails have a direction.")
OUTCOME_NOT_FOR_KIND = QT_TRANSLATE_NOOP("Errors", "Only calls have an outcome.")
BAD_DURATION = QT_TRANSLATE_NOOP("Errors", "The duration is between 0 and {max} minutes.")
BAD_REMINDER = QT_TRANSLATE_NOOP("Errors", "A reminder comes between 0 minutes and {days} days before.")
REMINDER_NEEDS_DUE = QT_TRANSLATE_NOOP("Errors", "A reminder needs a due time.")
BAD_INTERVAL = QT_TRANSLATE_NOOP("Errors", "Repeat every 1 to {max} days, weeks or months.")
BAD_RULE = QT_TRANSLATE_NOOP("Errors", "Repeat by days, weeks or months.")
REPEAT_NEEDS_DUE = QT_TRANSLATE_NOOP("Errors", "A repeating activity needs its first due date.")
UNTIL_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The repetition ends before it starts.")
DONE_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "An activity cannot be done later than now.")
NOT_HAPPENED = QT_TRANSLATE_NOOP("Errors", "A done activity took place already: its time cannot be later than now.")

MAX_DURATION = 7 * 24 * 60
MAX_REMINDER_DAYS = 30
ALL_DAY_REMINDER = dt.time(8, 0)  # an all-day activity reminds from this local time on its day
DIRECTED = ("call", "sms", "email")
TOUCHES_CUSTOMER = ("call", "meeting", "sms", "email", "note")  # a done task is office work, not contact


@dataclass
class ActivityInput:
    kind: str = "task"
    subject: str = ""
    body: str = ""
    contact_id: int | None = None
    organization_id: int | None = None
    deal_id: int | None = None
    case_id: int | None = None
    assignee_id: int | None = None  # None on create: the acting user
    priority: str = "normal"
    due_at: dt.datetime | None = None  # an all-day activity: any moment of its local day
    all_day: bool = False
    duration_minutes: int | None = None
    direction: str = ""
    outcome: str = ""
    location: str = ""
    attendees: str = ""
    remind_before: int | None = None  # minutes; None: no reminder
    recurrence: Recurrence | None = None
    done: bool = False
    done_at: dt.datetime | None = None  # with done: when (default: the due time if past, else now)
    follow_up_of: int | None = None


# -- checks ---------------------------------------------------------------------------------------

def _exists(model, record_id: int | None) -> bool:
    return record_id is None or model.alive().where(model.id == record_id).exists()


def default_subject(kind: str, direction: str = "") -> str:
    """"Outgoing call", "SMS received", "Meeting" ... in the current language."""
    text = DIRECTED_KINDS.get((kind, direction)) or KINDS.get(kind)
    return render(text) if text is not None else kind


def prepared(data: ActivityInput) -> ActivityInput:
    """``data`` as it is written: a done activity with no subject is named by its kind ("Incoming
    call", "Meeting"). What :func:`check` is run on, before writing and before anything a form adds
    ahead of the write (an unknown caller), so both accept and refuse the same input."""
    if data.done and not tidy_text(data.subject):
        return replace(data, subject=default_subject(data.kind, data.direction))
    return data


def check(data: ActivityInput, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> list[FieldError]:
    errors: list[FieldError | None] = []
    errors.append(validation.check_choice("kind", data.kind, ACTIVITY_KINDS))
    errors.append(validation.check_choice("priority", data.priority, ACTIVITY_PRIORITIES))
    if not tidy_text(data.subject):
        errors.append(FieldError("subject", NO_SUBJECT))
    if not data.done and data.due_at is None:
        errors.append(FieldError("due_at", NO_DUE))
    if data.direction:
        if data.kind not in DIRECTED:
            errors.append(FieldError("direction", NOT_FOR_KIND))
        else:
            errors.append(validation.check_choice("direction", data.direction, DIRECTIONS))
    if data.outcome:
        if data.kind != "call":
            errors.append(FieldError("outcome", OUTCOME_NOT_FOR_KIND))
        else:
            errors.append(validation.check_choice("outcome", data.outcome, CALL_OUTCOMES))
    if data.duration_minutes is not None and not 0 <= data.duration_minutes <= MAX_DURATION:
        errors.append(FieldError("duration_minutes", BAD_DURATION, {"max": MAX_DURATION}))
    if data.remind_before is not None:
        if not 0 <= data.remind_before <= MAX_REMINDER_DAYS * 1440:
            errors.append(FieldError("remind_before", BAD_REMINDER, {"days": MAX_REMINDER_DAYS}))
        elif data.due_at is None:
            errors.append(FieldError("remind_before", REMINDER_NEEDS_DUE))
    errors += _check_recurrence(data.recurrence, data.due_at, tz)
    if data.done and data.done_at is not None and data.done_at > (now or utcnow()) + dt.timedelta(minutes=5):
        errors.append(FieldError("done_at", DONE_IN_FUTURE))
    for name, model, value, what in (("contact_id", Contact, data.contact_id, "person"),
                                     ("organization_id", Organization, data.organization_id, "company"),
                                     ("deal_id", Deal, data.deal_id, "deal"),
                                     ("case_id", Case, data.case_id, "case"),
                                     ("assignee_id", User, data.assignee_id, "person"),
                                     ("follow_up_of", Activity, data.follow_up_of, "activity")):
        if not _exists(model, value):
            errors.append(FieldError(name, GONE, {"what": record_word(what)}))
    errors += validation.check_lengths(Activity, {"subject": tidy_text(data.subject),
                                                  "location": tidy_text(data.location)})
    return [e for e in errors if e is not None]


def check_new(data: ActivityInput, now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> list[FieldError]:
    """What a new activity (``data`` :func:`prepared`) is refused for: :func:`check`, and a done one
    (logged) cannot be due later than now. ``create_activity`` and a form checking before it adds
    an unknown caller run this same check."""
    errors = check(data, now, tz)
    if data.done and data.due_at is not None and data.due_at > (now or utcnow()) + dt.timedelta(minutes=5):
        errors.append(FieldError("due_at", NOT_HAPPENED))  # logged as done: it took place already
    return errors


def _check_recurrence(rule: Recurrence | None, due_at: dt.datetime | None, tz: dt.tzinfo | None) -> list[FieldError]:
    if rule is None:
        return []
    errors = []
    if rule.unit not in RECURRENCE_UNITS or rule.calendar not in RECURRENCE_CALENDARS:
        errors.append(FieldError("recurrence", BAD_RULE))
    elif not 1 <= rule.interval <= recurrence.MAX_INTERVAL:
        errors.append(FieldError("recurrence", BAD_INTERVAL, {"max": recurrence.MAX_INTERVAL}))
    if due_at is None:
        errors.append(FieldError("recurrence", REPEAT_NEEDS_DUE))
    elif rule.until is not None and rule.until < local_date(due_at, tz):
        errors.append(FieldError("recurrence_until", UNTIL_BEFORE_START))
    return errors

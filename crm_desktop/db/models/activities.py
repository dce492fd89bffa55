"""Activities: every call, meeting, task, SMS, email and note with a customer, logged when it
happened or scheduled for later, assigned to someone, and brought back as a reminder when due.

``due_at`` is when the activity is planned (or took place, for one logged afterwards); an
``all_day`` activity has a date and no time (``due_at`` is the start of that local day). ``done_at``
set means done. ``remind_at`` is when the next reminder fires (``due_at - remind_before``, or the end
of a snooze); it is cleared once the reminder is dismissed or the activity is done, so the open
reminders are a small partial index.

A recurring activity (every ``recurrence_interval`` days, weeks or months of
``recurrence_calendar``, until ``recurrence_until``) is one row per occurrence: completing one
makes the next, computed from ``series_start`` (the first occurrence, whose day of the month is
kept, clamped to shorter months) so month ends are respected. Occurrences share ``series_uid``.
"""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField
from crm_desktop.db.models.cases import Case
from crm_desktop.db.models.funnel import Deal
from crm_desktop.db.models.people import Contact, Organization
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User
from crm_desktop.text.normalize import normalize_text

ACTIVITY_KINDS = ("call", "meeting", "task", "sms", "email", "note")
ACTIVITY_PRIORITIES = ("low", "normal", "high")
DIRECTIONS = ("outbound", "inbound")
CALL_OUTCOMES = ("answered", "no_answer", "busy", "left_message", "wrong_number")
RECURRENCE_UNITS = ("day", "week", "month")
RECURRENCE_CALENDARS = ("jalali", "gregorian")


class Activity(Record):
    kind = CharField(max_length=10)  # ACTIVITY_KINDS
    subject = CharField(max_length=200)
    subject_norm = CharField(max_length=200, default="")
    body = TextField(default="")  # notes; a meeting's minutes; a message's text
    contact = ForeignKeyField(Contact, null=True, backref="activities", on_delete="SET NULL")
    organization = ForeignKeyField(Organization, null=True, backref="activities", on_delete="SET NULL")
    deal = ForeignKeyField(Deal, null=True, backref="activities", on_delete="SET NULL")
    case = ForeignKeyField(Case, null=True, backref="activities", on_delete="SET NULL")
    assignee = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    priority = CharField(max_length=10, default="normal")  # ACTIVITY_PRIORITIES
    due_at = UtcDateTimeField(null=True)
    all_day = BooleanField(default=False)
    duration_minutes = IntegerField(null=True)
    done_at = UtcDateTimeField(null=True)
    direction = CharField(max_length=10, default="")  # DIRECTIONS (calls, SMS, email)
    outcome = CharField(max_length=16, default="")  # CALL_OUTCOMES (calls)
    location = CharField(max_length=200, default="")  # meetings
    attendees = TextField(default="")  # meetings: one name per line
    remind_before = IntegerField(null=True)  # minutes before due_at; None: no reminder
    remind_at = UtcDateTimeField(null=True)
    recurrence_unit = CharField(max_length=8, default="")  # "" or RECURRENCE_UNITS
    recurrence_interval = IntegerField(default=1)
    recurrence_until = PlainDateField(null=True)
    recurrence_calendar = CharField(max_length=10, default="")  # RECURRENCE_CALENDARS: whose months
    series_uid = CharField(max_length=32, default="", index=True)
    occurrence = IntegerField(default=0)  # 0: the first of its series
    series_start = UtcDateTimeField(null=True)
    follow_up_of = ForeignKeyField("self", null=True, backref="follow_ups", on_delete="SET NULL")

    derived_fields = ("subject_norm",)

    def refresh_derived(self) -> None:
        self.subject_norm = normalize_text(self.subject)

    @property
    def display_name(self) -> str:
        return self.subject

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    class Meta:
        indexes = ((("assignee", "due_at"), False),)


def _partial_indexes() -> None:
    """Schema 7: open activities (a few percent of a long history) by due time, per person and for
    everyone, and the open repeating ones (the calendar projects them); pending reminders per person;
    done ones by time. The today view, the calendar and the reminder clock read only these."""
    open_rows = Activity.done_at.is_null() & Activity.deleted_at.is_null()
    Activity.add_index(Activity.assignee, Activity.due_at, where=open_rows, name="activity_open_assignee_due")
    Activity.add_index(Activity.due_at, where=open_rows, name="activity_open_due")
    Activity.add_index(Activity.due_at, Activity.id, name="activity_due")
    Activity.add_index(Activity.due_at, where=open_rows & (Activity.recurrence_unit != ""),
                       name="activity_open_recurring")
    # covering: the workload's "done per person in a period" never reads the table
    Activity.add_index(Activity.done_at, Activity.assignee, Activity.deleted_at, where=Activity.done_at.is_null(False),
                       name="activity_done")
    Activity.add_index(Activity.assignee, Activity.remind_at, where=Activity.remind_at.is_null(False),
                       name="activity_reminder")


_partial_indexes()

__all__ = ["ACTIVITY_KINDS", "ACTIVITY_PRIORITIES", "CALL_OUTCOMES", "DIRECTIONS", "RECURRENCE_CALENDARS",
           "RECURRENCE_UNITS", "Activity"]

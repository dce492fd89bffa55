"""Schema 7: activities, calendar and reminders.

- ``activity``: calls, meetings, tasks, SMS, emails and notes, linked to a person and/or company and
  optionally a deal or a case; assignee, due time (or all-day date), duration, done time,
  priority; call direction and outcome; meeting place and attendees; reminder (minutes before,
  next firing time); recurrence (unit, interval, until, calendar, series, occurrence, anchor);
  the activity it follows up.
- partial indexes over open activities (per person and for everyone, by due time), open repeating
  ones, pending reminders and done ones (covering the workload counts), so the today view, the
  calendar and the reminder clock stay instant with a long history.

FROZEN: never edit after release; add a migration instead.
"""

from __future__ import annotations

import uuid

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField, UUIDField

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField, utcnow
from crm_desktop.db.migrations.runner import MigrationContext


class _User(Model):
    class Meta:
        table_name = "app_user"


class _Contact(Model):
    class Meta:
        table_name = "contact"


class _Organization(Model):
    class Meta:
        table_name = "organization"


class _Deal(Model):
    class Meta:
        table_name = "deal"


class _Case(Model):
    class Meta:
        table_name = "support_case"


class Activity(Model):
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)
    created_by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=10)
    subject = CharField(max_length=200)
    subject_norm = CharField(max_length=200, default="")
    body = TextField(default="")
    contact = ForeignKeyField(_Contact, null=True, backref="+", on_delete="SET NULL")
    organization = ForeignKeyField(_Organization, null=True, backref="+", on_delete="SET NULL")
    deal = ForeignKeyField(_Deal, null=True, backref="+", on_delete="SET NULL")
    case = ForeignKeyField(_Case, null=True, backref="+", on_delete="SET NULL")
    assignee = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    priority = CharField(max_length=10, default="normal")
    due_at = UtcDateTimeField(null=True)
    all_day = BooleanField(default=False)
    duration_minutes = IntegerField(null=True)
    done_at = UtcDateTimeField(null=True)
    direction = CharField(max_length=10, default="")
    outcome = CharField(max_length=16, default="")
    location = CharField(max_length=200, default="")
    attendees = TextField(default="")
    remind_before = IntegerField(null=True)
    remind_at = UtcDateTimeField(null=True)
    recurrence_unit = CharField(max_length=8, default="")
    recurrence_interval = IntegerField(default=1)
    recurrence_until = PlainDateField(null=True)
    recurrence_calendar = CharField(max_length=10, default="")
    series_uid = CharField(max_length=32, default="", index=True)
    occurrence = IntegerField(default=0)
    series_start = UtcDateTimeField(null=True)
    follow_up_of = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "activity"
        indexes = ((("assignee", "due_at"), False),)


_PARTIAL = (
    ("activity_open_assignee_due", '"assignee_id", "due_at"', '"done_at" IS NULL AND "deleted_at" IS NULL'),
    ("activity_open_due", '"due_at"', '"done_at" IS NULL AND "deleted_at" IS NULL'),
    ("activity_due", '"due_at", "id"', ""),
    ("activity_open_recurring", '"due_at"',
     '"done_at" IS NULL AND "deleted_at" IS NULL AND "recurrence_unit" != \'\''),
    ("activity_done", '"done_at", "assignee_id", "deleted_at"', '"done_at" IS NOT NULL'),
    ("activity_reminder", '"assignee_id", "remind_at"', '"remind_at" IS NOT NULL'),
)


def apply(ctx: MigrationContext) -> None:
    with ctx.db.bind_ctx([Activity, _User, _Contact, _Organization, _Deal, _Case], bind_refs=False,
                         bind_backrefs=False):
        ctx.db.create_tables([Activity], safe=False)
    for name, columns, where in _PARTIAL:
        ctx.db.execute_sql(f'CREATE INDEX "{name}" ON "activity" ({columns})' + (f" WHERE {where}" if where else ""))

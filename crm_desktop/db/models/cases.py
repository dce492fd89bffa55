"""The complaint queue: cases (requests, complaints, questions, suggestions), the history of
everything that happened to each, attachments and linked knowledge articles.

A case's ``number`` is human-friendly: the office calendar's year and a sequence within it
(``1405-00012``). Times are UTC. ``response_due_at`` / ``resolve_due_at`` come from the SLA policy
in working time and move later by the working time a case waits for the customer (``paused_at``
is when the current wait began). ``due_at`` is the next deadline still running (the response
deadline until the first response, then the resolution deadline; None while paused or once
resolved): the queue sorts and filters on it. Every change, comment, message and assignment is a
``CaseEvent`` (who, when, what); internal notes and messages to the customer are distinct kinds.
Attachments are stored in the database itself, so a backup or a server carries them.
"""

from __future__ import annotations

from peewee import BlobField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.fields import UtcDateTimeField
from crm_desktop.db.models.case_setup import CaseCategory, RoutingRule, SlaPolicy
from crm_desktop.db.models.knowledge import KnowledgeArticle
from crm_desktop.db.models.people import Contact, Organization
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.targets import Team
from crm_desktop.db.models.users import User

CASE_KINDS = ("request", "complaint", "question", "suggestion")
CASE_CHANNELS = ("phone", "walk_in", "email", "sms", "website", "social")
CASE_PRIORITIES = ("low", "normal", "high", "urgent")
CASE_STATUSES = ("new", "assigned", "in_progress", "waiting", "resolved", "closed")
OPEN_STATUSES = ("new", "assigned", "in_progress", "waiting")
EVENT_KINDS = ("created", "status", "assigned", "routed", "note", "message", "attachment", "article",
               "rating", "priority", "category", "edited", "reopened")


class Case(Record):
    number = CharField(max_length=20, unique=True)
    year = IntegerField()  # the office calendar's year the number belongs to
    sequence = IntegerField()
    kind = CharField(max_length=12, default="complaint")  # CASE_KINDS
    channel = CharField(max_length=12, default="phone")  # CASE_CHANNELS
    contact = ForeignKeyField(Contact, null=True, backref="cases", on_delete="SET NULL")
    organization = ForeignKeyField(Organization, null=True, backref="cases", on_delete="SET NULL")
    category = ForeignKeyField(CaseCategory, null=True, backref="cases", on_delete="SET NULL")
    subcategory = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="SET NULL")
    product = CharField(max_length=200, default="")
    priority = CharField(max_length=10, default="normal")  # CASE_PRIORITIES
    subject = CharField(max_length=200)
    description = TextField(default="")
    status = CharField(max_length=12, default="new", index=True)  # CASE_STATUSES
    assignee = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    team = ForeignKeyField(Team, null=True, backref="cases", on_delete="SET NULL")
    routing_rule = ForeignKeyField(RoutingRule, null=True, backref="+", on_delete="SET NULL")
    routing_note = TextField(default="")  # JSON: why it went where it went (rendered in the user's language)
    opened_at = UtcDateTimeField(index=True)
    first_response_at = UtcDateTimeField(null=True)
    resolved_at = UtcDateTimeField(null=True, index=True)
    closed_at = UtcDateTimeField(null=True)
    resolution = TextField(default="")
    satisfaction = IntegerField(null=True)  # 1..5
    satisfaction_comment = TextField(default="")
    sla_policy = ForeignKeyField(SlaPolicy, null=True, backref="+", on_delete="SET NULL")
    response_due_at = UtcDateTimeField(null=True)
    resolve_due_at = UtcDateTimeField(null=True)
    paused_at = UtcDateTimeField(null=True)
    due_at = UtcDateTimeField(null=True)
    reopen_count = IntegerField(default=0)

    @property
    def display_name(self) -> str:
        return f"{self.number} {self.subject}"

    class Meta:
        table_name = "support_case"  # "case" is an SQL keyword
        indexes = ((("status", "due_at"), False), (("assignee", "status"), False), (("team", "status"), False),
                   (("year", "sequence"), True))


class CaseEvent(Record):
    case = ForeignKeyField(Case, backref="events", on_delete="CASCADE")
    at = UtcDateTimeField(index=True)
    by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=12)  # EVENT_KINDS
    old_value = CharField(max_length=200, default="")
    new_value = CharField(max_length=200, default="")
    body = TextField(default="")

    class Meta:
        indexes = ((("case", "at"), False),)


class CaseAttachment(Record):
    case = ForeignKeyField(Case, backref="attachments", on_delete="CASCADE")
    file_name = CharField(max_length=255)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    content = BlobField()


class CaseArticle(Record):
    case = ForeignKeyField(Case, backref="article_links", on_delete="CASCADE")
    article = ForeignKeyField(KnowledgeArticle, backref="case_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("case", "article"), True),)


__all__ = ["CASE_CHANNELS", "CASE_KINDS", "CASE_PRIORITIES", "CASE_STATUSES", "EVENT_KINDS", "OPEN_STATUSES",
           "Case", "CaseArticle", "CaseAttachment", "CaseEvent"]

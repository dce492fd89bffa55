"""Schema 6: the complaint queue.

- ``case_category`` (categories and subcategories), ``holiday`` (the office's days off),
  ``sla_policy`` (first-response and resolution targets in working minutes per priority, optionally
  per category), ``routing_rule`` (ordered conditions -> a person or a team, round-robin or
  least-busy)
- ``knowledge_article`` (the knowledge bank)
- ``case`` (number, customer, channel, kind, category, priority, status, assignee and team, SLA
  deadlines, resolution, satisfaction), ``case_event`` (the history), ``case_attachment`` (files kept
  in the database), ``case_article`` (articles linked to a case)
- ``message_template`` and ``outbox_message`` (messages to customers, queued)
- search index tables for cases and articles (SQLite: FTS5 trigram; PostgreSQL: ``search_document``)

FROZEN: never edit after release; add a migration instead.
"""

from __future__ import annotations

import uuid

from peewee import (BigIntegerField, BlobField, BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField,
                    UUIDField)

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


class _Team(Model):
    class Meta:
        table_name = "team"


class _Tag(Model):
    class Meta:
        table_name = "tag"


class _Record(Model):
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)
    created_by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        legacy_table_names = False


class CaseCategory(_Record):
    name = CharField(max_length=150)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="CASCADE")  # set: a subcategory
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class Holiday(_Record):
    day = PlainDateField(unique=True)
    name = CharField(max_length=150, default="")


class SlaPolicy(_Record):
    name = CharField(max_length=150)
    priority = CharField(max_length=10)  # CASE_PRIORITIES
    category = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="CASCADE")
    response_minutes = IntegerField()  # working minutes to the first response
    resolve_minutes = IntegerField()  # working minutes to the resolution
    is_active = BooleanField(default=True)


class RoutingRule(_Record):
    name = CharField(max_length=150)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)
    category = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="CASCADE")
    product = CharField(max_length=200, default="")
    channel = CharField(max_length=12, default="")
    city = CharField(max_length=100, default="")
    province = CharField(max_length=100, default="")
    tag = ForeignKeyField(_Tag, null=True, backref="+", on_delete="CASCADE")
    min_value = BigIntegerField(null=True)  # Rial: the customer's won-deal lifetime value at least this
    user = ForeignKeyField(_User, null=True, backref="+", on_delete="CASCADE")  # a person...
    team = ForeignKeyField(_Team, null=True, backref="+", on_delete="CASCADE")  # ...or a team
    method = CharField(max_length=12, default="round_robin")  # ASSIGN_METHODS, within a team
    last_user = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")  # round-robin's turn


class KnowledgeArticle(_Record):
    question = CharField(max_length=300)
    answer = TextField()
    category = ForeignKeyField(CaseCategory, null=True, backref="articles", on_delete="SET NULL")
    tags = CharField(max_length=300, default="")  # comma separated
    question_norm = CharField(max_length=300, default="", index=True)
    use_count = IntegerField(default=0)
    is_published = BooleanField(default=True)


class Case(_Record):
    number = CharField(max_length=20, unique=True)
    year = IntegerField()  # the office calendar's year the number belongs to
    sequence = IntegerField()
    kind = CharField(max_length=12, default="complaint")  # CASE_KINDS
    channel = CharField(max_length=12, default="phone")  # CASE_CHANNELS
    contact = ForeignKeyField(_Contact, null=True, backref="cases", on_delete="SET NULL")
    organization = ForeignKeyField(_Organization, null=True, backref="cases", on_delete="SET NULL")
    category = ForeignKeyField(CaseCategory, null=True, backref="cases", on_delete="SET NULL")
    subcategory = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="SET NULL")
    product = CharField(max_length=200, default="")
    priority = CharField(max_length=10, default="normal")  # CASE_PRIORITIES
    subject = CharField(max_length=200)
    description = TextField(default="")
    status = CharField(max_length=12, default="new", index=True)  # CASE_STATUSES
    assignee = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    team = ForeignKeyField(_Team, null=True, backref="cases", on_delete="SET NULL")
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


    class Meta:
        table_name = "support_case"  # "case" is an SQL keyword
        indexes = ((("status", "due_at"), False), (("assignee", "status"), False), (("team", "status"), False),
                   (("year", "sequence"), True))


class CaseEvent(_Record):
    case = ForeignKeyField(Case, backref="events", on_delete="CASCADE")
    at = UtcDateTimeField(index=True)
    by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=12)  # EVENT_KINDS
    old_value = CharField(max_length=200, default="")
    new_value = CharField(max_length=200, default="")
    body = TextField(default="")

    class Meta:
        indexes = ((("case", "at"), False),)


class CaseAttachment(_Record):
    case = ForeignKeyField(Case, backref="attachments", on_delete="CASCADE")
    file_name = CharField(max_length=255)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    content = BlobField()


class CaseArticle(_Record):
    case = ForeignKeyField(Case, backref="article_links", on_delete="CASCADE")
    article = ForeignKeyField(KnowledgeArticle, backref="case_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("case", "article"), True),)


class MessageTemplate(_Record):
    event = CharField(max_length=12)  # TEMPLATE_EVENTS
    language = CharField(max_length=5)
    channel = CharField(max_length=8)  # MESSAGE_CHANNELS
    subject = CharField(max_length=200, default="")
    body = TextField()
    is_active = BooleanField(default=True)

    class Meta:
        indexes = ((("event", "language", "channel"), True),)


class OutboxMessage(_Record):
    channel = CharField(max_length=8)
    to_address = CharField(max_length=254)
    to_name = CharField(max_length=300, default="")
    contact = ForeignKeyField(_Contact, null=True, backref="+", on_delete="SET NULL")
    case = ForeignKeyField(Case, null=True, backref="messages", on_delete="SET NULL")
    template = ForeignKeyField(MessageTemplate, null=True, backref="+", on_delete="SET NULL")
    subject = CharField(max_length=200, default="")
    body = TextField()
    status = CharField(max_length=10, default="queued", index=True)  # OUTBOX_STATUSES
    queued_at = UtcDateTimeField(index=True)
    sent_at = UtcDateTimeField(null=True)
    error = TextField(default="")


TABLES = (CaseCategory, Holiday, SlaPolicy, RoutingRule, KnowledgeArticle, Case, CaseEvent, CaseAttachment,
          CaseArticle, MessageTemplate, OutboxMessage)


def apply(ctx: MigrationContext) -> None:
    with ctx.db.bind_ctx([*TABLES, _User, _Contact, _Organization, _Team, _Tag], bind_refs=False,
                         bind_backrefs=False):
        ctx.db.create_tables(TABLES, safe=False)
    if ctx.is_sqlite:  # PostgreSQL keeps every kind in search_document
        for kind in ("case", "article"):
            ctx.db.execute_sql(f"CREATE VIRTUAL TABLE {kind}_fts USING fts5(body, tokenize='trigram')")

"""Schema 5: the sales funnel.

- ``lead_source`` (advertising sources) and ``source_cost`` (what each cost, per day), ``lead``,
  the qualification questionnaire (``qualification_question``, ``qualification_option``) and each
  lead's answers (``lead_answer``)
- ``pipeline``, ``pipeline_stage`` (open stages and the won / lost ends, with default
  probabilities and a "stuck after N days" limit), ``lost_reason``, ``deal`` and
  ``deal_stage_change`` (every move, the source of the funnel numbers)
- ``team``, ``team_member`` and ``sales_target`` (per person, team or office and period)

FROZEN: never edit after release; add a migration instead.
"""

from __future__ import annotations

import uuid

from peewee import (BigIntegerField, BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField,
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


class _Record(Model):
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)
    created_by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        legacy_table_names = False



class LeadSource(_Record):
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class SourceCost(_Record):
    source = ForeignKeyField(LeadSource, backref="costs", on_delete="CASCADE")
    spent_on = PlainDateField(index=True)
    amount = BigIntegerField()  # Rial
    note = CharField(max_length=200, default="")


class Lead(_Record):
    first_name = CharField(max_length=150, default="")
    last_name = CharField(max_length=150, default="")
    company_name = CharField(max_length=300, default="")
    name_norm = CharField(max_length=450, default="", index=True)  # person and company, for search
    phone = CharField(max_length=40, default="")
    phone_norm = CharField(max_length=40, default="", index=True)
    email = CharField(max_length=254, default="")
    email_norm = CharField(max_length=254, default="", index=True)
    city = CharField(max_length=100, default="")
    industry = CharField(max_length=200, default="")
    source = ForeignKeyField(LeadSource, null=True, backref="leads", on_delete="SET NULL")
    campaign = CharField(max_length=150, default="")
    interest = CharField(max_length=300, default="")  # product or service asked about
    owner = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    status = CharField(max_length=15, default="new", index=True)  # LEAD_STATUSES
    disqualify_reason = CharField(max_length=300, default="")
    qualification_score = IntegerField(null=True)  # 0..100 from the questionnaire
    notes = TextField(default="")
    contact = ForeignKeyField(_Contact, null=True, backref="leads", on_delete="SET NULL")  # on conversion
    organization = ForeignKeyField(_Organization, null=True, backref="leads", on_delete="SET NULL")
    converted_at = UtcDateTimeField(null=True)


class QualificationQuestion(_Record):
    text = CharField(max_length=300)
    position = IntegerField(default=0)
    weight = IntegerField(default=1)  # how much this question counts against the others
    is_active = BooleanField(default=True)


class QualificationOption(_Record):
    question = ForeignKeyField(QualificationQuestion, backref="options", on_delete="CASCADE")
    text = CharField(max_length=200)
    position = IntegerField(default=0)
    points = IntegerField(default=0)  # 0..10: how strongly this answer says "a real buyer"


class LeadAnswer(_Record):
    lead = ForeignKeyField(Lead, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(QualificationQuestion, backref="+", on_delete="CASCADE")
    option = ForeignKeyField(QualificationOption, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("lead", "question"), True),)


class Pipeline(_Record):
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    is_default = BooleanField(default=False)


class PipelineStage(_Record):
    pipeline = ForeignKeyField(Pipeline, backref="stages", on_delete="CASCADE")
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    kind = CharField(max_length=10, default="open")  # STAGE_KINDS
    probability = IntegerField(default=0)  # % a deal in this stage closes won, by default
    stuck_days = IntegerField(null=True)  # a deal longer than this in the stage stands out


class LostReason(_Record):
    name = CharField(max_length=150)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class Deal(_Record):
    title = CharField(max_length=200)
    title_norm = CharField(max_length=200, default="", index=True)
    contact = ForeignKeyField(_Contact, null=True, backref="deals", on_delete="SET NULL")
    organization = ForeignKeyField(_Organization, null=True, backref="deals", on_delete="SET NULL")
    pipeline = ForeignKeyField(Pipeline, backref="deals", on_delete="CASCADE")
    stage = ForeignKeyField(PipelineStage, backref="deals", on_delete="RESTRICT")
    status = CharField(max_length=10, default="open", index=True)  # DEAL_STATUSES
    amount = BigIntegerField(default=0)  # Rial
    expected_close = PlainDateField(null=True, index=True)
    probability = IntegerField(null=True)  # None: the stage's probability
    owner = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")
    source = ForeignKeyField(LeadSource, null=True, backref="deals", on_delete="SET NULL")
    lead = ForeignKeyField(Lead, null=True, backref="deals", on_delete="SET NULL")
    products = CharField(max_length=300, default="")  # products or services of interest
    next_activity = CharField(max_length=200, default="")
    next_activity_at = UtcDateTimeField(null=True)
    stage_entered_at = UtcDateTimeField()
    closed_at = UtcDateTimeField(null=True, index=True)
    lost_reason = ForeignKeyField(LostReason, null=True, backref="deals", on_delete="SET NULL")
    lost_note = TextField(default="")
    notes = TextField(default="")

    class Meta:
        indexes = ((("pipeline", "status", "stage"), False), (("owner", "status"), False))


class DealStageChange(_Record):
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    from_stage = ForeignKeyField(PipelineStage, null=True, backref="+", on_delete="SET NULL")
    to_stage = ForeignKeyField(PipelineStage, backref="+", on_delete="CASCADE")
    at = UtcDateTimeField(index=True)
    by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("deal", "at"), False),)


class Team(_Record):
    name = CharField(max_length=100)


class TeamMember(_Record):
    team = ForeignKeyField(Team, backref="members", on_delete="CASCADE")
    user = ForeignKeyField(_User, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "user"), True),)


class SalesTarget(_Record):
    user = ForeignKeyField(_User, null=True, backref="+", on_delete="CASCADE")  # None with team None: the office
    team = ForeignKeyField(Team, null=True, backref="targets", on_delete="CASCADE")
    period_kind = CharField(max_length=10)  # PERIOD_KINDS
    period_start = PlainDateField(index=True)
    period_end = PlainDateField()
    amount = BigIntegerField()  # Rial of won deals


TABLES = [LeadSource, SourceCost, Lead, QualificationQuestion, QualificationOption, LeadAnswer, Pipeline, PipelineStage,
          LostReason, Deal, DealStageChange, Team, TeamMember, SalesTarget]


def apply(ctx: MigrationContext) -> None:
    with ctx.db.bind_ctx([*TABLES, _User, _Contact, _Organization], bind_refs=False, bind_backrefs=False):
        ctx.db.create_tables(TABLES, safe=False)

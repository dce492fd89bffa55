"""The sales funnel: pipelines and their stages, opportunities (deals) and the log of every stage
change they went through, lost reasons.

A stage is ``open`` (the board's columns, in ``position`` order) or the pipeline's ``won`` /
``lost`` end. A deal's ``status`` follows its stage's kind; ``stage_entered_at`` is when it came
into its current stage. Every move (creation too, with no ``from_stage``) is one ``DealStageChange``
row: the funnel numbers are computed from this log, never from the deals' current state alone.
Amounts are integers in Rial.
"""

from __future__ import annotations

from peewee import BigIntegerField, BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField
from crm_desktop.db.models.leads import Lead, LeadSource
from crm_desktop.db.models.people import Contact, Organization
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User
from crm_desktop.text.normalize import normalize_text

STAGE_KINDS = ("open", "won", "lost")
DEAL_STATUSES = ("open", "won", "lost")


class Pipeline(Record):
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    is_default = BooleanField(default=False)


class PipelineStage(Record):
    pipeline = ForeignKeyField(Pipeline, backref="stages", on_delete="CASCADE")
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    kind = CharField(max_length=10, default="open")  # STAGE_KINDS
    probability = IntegerField(default=0)  # % a deal in this stage closes won, by default
    stuck_days = IntegerField(null=True)  # a deal longer than this in the stage stands out


class LostReason(Record):
    name = CharField(max_length=150)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class Deal(Record):
    title = CharField(max_length=200)
    title_norm = CharField(max_length=200, default="", index=True)
    contact = ForeignKeyField(Contact, null=True, backref="deals", on_delete="SET NULL")
    organization = ForeignKeyField(Organization, null=True, backref="deals", on_delete="SET NULL")
    pipeline = ForeignKeyField(Pipeline, backref="deals", on_delete="CASCADE")
    stage = ForeignKeyField(PipelineStage, backref="deals", on_delete="RESTRICT")
    status = CharField(max_length=10, default="open", index=True)  # DEAL_STATUSES
    amount = BigIntegerField(default=0)  # Rial
    expected_close = PlainDateField(null=True, index=True)
    probability = IntegerField(null=True)  # None: the stage's probability
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
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

    derived_fields = ("title_norm",)

    def refresh_derived(self) -> None:
        self.title_norm = normalize_text(self.title)

    @property
    def display_name(self) -> str:
        return self.title

    class Meta:
        indexes = ((("pipeline", "status", "stage"), False), (("owner", "status"), False))


class DealStageChange(Record):
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    from_stage = ForeignKeyField(PipelineStage, null=True, backref="+", on_delete="SET NULL")
    to_stage = ForeignKeyField(PipelineStage, backref="+", on_delete="CASCADE")
    at = UtcDateTimeField(index=True)
    by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("deal", "at"), False),)


__all__ = ["DEAL_STATUSES", "STAGE_KINDS", "Deal", "DealStageChange", "LostReason", "Pipeline", "PipelineStage"]

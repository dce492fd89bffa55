"""Leads (the first contact of a possible customer), where they come from, and how they are
qualified.

``LeadSource`` is the office's list of advertising sources (exhibition, Instagram, website,
referral, ...) with what each cost (``SourceCost``, per day spent, for ROI). A lead's
qualification answers (``LeadAnswer``) to the office's questionnaire (``QualificationQuestion`` /
``QualificationOption``, weighted points) give its ``qualification_score`` (0..100).
"""

from __future__ import annotations

from peewee import BigIntegerField, BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField
from crm_desktop.db.models.people import Contact, Organization, person_name
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User
from crm_desktop.text.normalize import normalize_text

LEAD_STATUSES = ("new", "contacted", "qualified", "disqualified", "converted")


class LeadSource(Record):
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class SourceCost(Record):
    source = ForeignKeyField(LeadSource, backref="costs", on_delete="CASCADE")
    spent_on = PlainDateField(index=True)
    amount = BigIntegerField()  # Rial
    note = CharField(max_length=200, default="")


class Lead(Record):
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
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    status = CharField(max_length=15, default="new", index=True)  # LEAD_STATUSES
    disqualify_reason = CharField(max_length=300, default="")
    qualification_score = IntegerField(null=True)  # 0..100 from the questionnaire
    notes = TextField(default="")
    contact = ForeignKeyField(Contact, null=True, backref="leads", on_delete="SET NULL")  # on conversion
    organization = ForeignKeyField(Organization, null=True, backref="leads", on_delete="SET NULL")
    converted_at = UtcDateTimeField(null=True)

    derived_fields = ("name_norm",)

    def refresh_derived(self) -> None:
        self.name_norm = normalize_text(" ".join(p for p in (person_name(self.first_name, self.last_name),
                                                             self.company_name) if p))

    @property
    def display_name(self) -> str:
        return person_name(self.first_name, self.last_name) or self.company_name


class QualificationQuestion(Record):
    text = CharField(max_length=300)
    position = IntegerField(default=0)
    weight = IntegerField(default=1)  # how much this question counts against the others
    is_active = BooleanField(default=True)


class QualificationOption(Record):
    question = ForeignKeyField(QualificationQuestion, backref="options", on_delete="CASCADE")
    text = CharField(max_length=200)
    position = IntegerField(default=0)
    points = IntegerField(default=0)  # 0..10: how strongly this answer says "a real buyer"


class LeadAnswer(Record):
    lead = ForeignKeyField(Lead, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(QualificationQuestion, backref="+", on_delete="CASCADE")
    option = ForeignKeyField(QualificationOption, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("lead", "question"), True),)


__all__ = ["LEAD_STATUSES", "Lead", "LeadAnswer", "LeadSource", "QualificationOption", "QualificationQuestion",
           "SourceCost"]

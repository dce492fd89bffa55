"""How the complaint queue is run: the managed categories (a category with a ``parent`` is a
subcategory), the office's working calendar (holidays; the week's hours are an
office setting), SLA policies and routing rules.

An ``SlaPolicy`` gives first-response and resolution targets in working minutes for a priority, and
optionally only for one category (a category's policy wins over the priority's general one).
A ``RoutingRule`` (tried in ``position`` order, the first whose conditions all hold wins; an empty
condition holds for any case) sends a new case to a person, or to a team whose members take turns
(``round_robin``, remembering ``last_user``) or where the one with the fewest open cases gets it
(``least_busy``).
"""

from __future__ import annotations

from peewee import BigIntegerField, BooleanField, CharField, ForeignKeyField, IntegerField

from crm_desktop.db.fields import PlainDateField
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.tags import Tag
from crm_desktop.db.models.targets import Team
from crm_desktop.db.models.users import User

ASSIGN_METHODS = ("round_robin", "least_busy")


class CaseCategory(Record):
    name = CharField(max_length=150)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="CASCADE")  # set: a subcategory
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)


class Holiday(Record):
    day = PlainDateField(unique=True)
    name = CharField(max_length=150, default="")


class SlaPolicy(Record):
    name = CharField(max_length=150)
    priority = CharField(max_length=10)  # CASE_PRIORITIES
    category = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="CASCADE")
    response_minutes = IntegerField()  # working minutes to the first response
    resolve_minutes = IntegerField()  # working minutes to the resolution
    is_active = BooleanField(default=True)


class RoutingRule(Record):
    name = CharField(max_length=150)
    position = IntegerField(default=0)
    is_active = BooleanField(default=True)
    category = ForeignKeyField(CaseCategory, null=True, backref="+", on_delete="CASCADE")
    product = CharField(max_length=200, default="")
    channel = CharField(max_length=12, default="")
    city = CharField(max_length=100, default="")
    province = CharField(max_length=100, default="")
    tag = ForeignKeyField(Tag, null=True, backref="+", on_delete="CASCADE")
    min_value = BigIntegerField(null=True)  # Rial: the customer's won-deal lifetime value at least this
    user = ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")  # a person...
    team = ForeignKeyField(Team, null=True, backref="+", on_delete="CASCADE")  # ...or a team
    method = CharField(max_length=12, default="round_robin")  # ASSIGN_METHODS, within a team
    last_user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")  # round-robin's turn


__all__ = ["ASSIGN_METHODS", "CaseCategory", "Holiday", "RoutingRule", "SlaPolicy"]

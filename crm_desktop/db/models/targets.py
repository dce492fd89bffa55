"""Teams (a branch or a group of staff) and sales targets per person, team or the whole office for
a period (a month, quarter or year of the office's calendar, stored as its first and last
Gregorian day)."""

from __future__ import annotations

from peewee import BigIntegerField, CharField, ForeignKeyField

from crm_desktop.db.fields import PlainDateField
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User

PERIOD_KINDS = ("month", "quarter", "year")


class Team(Record):
    name = CharField(max_length=100)


class TeamMember(Record):
    team = ForeignKeyField(Team, backref="members", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "user"), True),)


class SalesTarget(Record):
    user = ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")  # None with team None: the office
    team = ForeignKeyField(Team, null=True, backref="targets", on_delete="CASCADE")
    period_kind = CharField(max_length=10)  # PERIOD_KINDS
    period_start = PlainDateField(index=True)
    period_end = PlainDateField()
    amount = BigIntegerField()  # Rial of won deals


__all__ = ["PERIOD_KINDS", "SalesTarget", "Team", "TeamMember"]

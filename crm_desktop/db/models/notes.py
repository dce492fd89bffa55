"""Free-text notes on a person or company (later also on deals and cases)."""

from __future__ import annotations

from peewee import BooleanField, ForeignKeyField, TextField

from crm_desktop.db.models.people import Contact, Organization
from crm_desktop.db.models.record import Record


class Note(Record):
    body = TextField()
    contact = ForeignKeyField(Contact, null=True, backref="notes_set", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="notes_set", on_delete="CASCADE")
    pinned = BooleanField(default=False)

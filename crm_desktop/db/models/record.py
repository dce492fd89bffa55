"""The base of every business table: a SyncedModel that remembers who created it."""

from __future__ import annotations

from peewee import ForeignKeyField

from crm_desktop.db.base import SyncedModel
from crm_desktop.db.models.users import User


class Record(SyncedModel):
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

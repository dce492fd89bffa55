"""The audit trail: who changed which record when, field by field (old -> new)."""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.base import BaseModel
from crm_desktop.db.fields import UtcDateTimeField, utcnow
from crm_desktop.db.models.users import User

ACTIONS = ("create", "update", "delete", "restore", "merge")


class AuditLog(BaseModel):
    id = AutoField()
    at = UtcDateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    action = CharField(max_length=20)
    entity = CharField(max_length=50)
    record_id = IntegerField()
    record_uid = CharField(max_length=32, default="")
    summary = CharField(max_length=300, default="")
    changes = TextField(default="{}")  # JSON: {"field": [old, new]}

    class Meta:
        indexes = ((("entity", "record_id"), False),)

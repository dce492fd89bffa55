"""Key/value settings: office-wide (user is NULL) or one user's preference."""

from __future__ import annotations

from peewee import CharField, ForeignKeyField, TextField

from crm_desktop.db.base import BaseModel
from crm_desktop.db.fields import UtcDateTimeField, utcnow
from crm_desktop.db.models.users import User


class Setting(BaseModel):
    key = CharField(max_length=100)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")
    value = TextField()  # JSON
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("key", "user"), True),)


# schema 2: at most one office-wide row per key (NULL users are distinct in the index above)
Setting.add_index(Setting.key, unique=True, where=Setting.user.is_null(), name="setting_office_key")

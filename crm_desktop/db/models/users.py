"""People who use the app. Login and roles come later; there is always an owner account."""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField

from crm_desktop.db.base import SyncedModel

DEFAULT_USERNAME = "owner"


class User(SyncedModel):
    username = CharField(max_length=80, unique=True)
    full_name = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    mobile = CharField(max_length=40, default="")
    is_active = BooleanField(default=True)
    created_by = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "app_user"  # "user" is reserved in PostgreSQL

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

"""Schema 1: the core tables.

FROZEN: these definitions are a copy of the models as they were when schema 1 was released, so a
database created today passes through exactly the same steps as one created then. Change the
live models in ``db/models`` and add a new migration instead of editing this file.
"""

from __future__ import annotations

import uuid

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from crm_desktop.db.fields import PlainDateField, UtcDateTimeField, utcnow
from crm_desktop.db.migrations.runner import MigrationContext


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _Synced(_Base):
    id = AutoField()
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)


class User(_Synced):
    username = CharField(max_length=80, unique=True)
    full_name = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    mobile = CharField(max_length=40, default="")
    is_active = BooleanField(default=True)
    created_by = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "app_user"


class _Record(_Synced):
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class Setting(_Base):
    key = CharField(max_length=100)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")
    value = TextField()
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("key", "user"), True),)


class AuditLog(_Base):
    id = AutoField()
    at = UtcDateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    action = CharField(max_length=20)
    entity = CharField(max_length=50)
    record_id = IntegerField()
    record_uid = CharField(max_length=32, default="")
    summary = CharField(max_length=300, default="")
    changes = TextField(default="{}")

    class Meta:
        indexes = ((("entity", "record_id"), False),)


class Organization(_Record):
    name = CharField(max_length=300)
    name_norm = CharField(max_length=300, index=True, default="")
    sort_key = CharField(max_length=900, index=True, default="")
    industry = CharField(max_length=200, default="")
    website = CharField(max_length=300, default="")
    city = CharField(max_length=100, default="", index=True)
    province = CharField(max_length=100, default="")
    national_id = CharField(max_length=20, default="", index=True)
    economic_code = CharField(max_length=20, default="")
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    notes = TextField(default="")


class Contact(_Record):
    first_name = CharField(max_length=150, default="")
    last_name = CharField(max_length=150, default="")
    name_norm = CharField(max_length=300, index=True, default="")
    sort_key = CharField(max_length=900, index=True, default="")
    gender = CharField(max_length=10, default="")
    national_code = CharField(max_length=10, default="", index=True)
    birth_date = PlainDateField(null=True)
    job_title = CharField(max_length=200, default="")
    organization = ForeignKeyField(Organization, null=True, backref="contacts", on_delete="SET NULL")
    owner = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    source = CharField(max_length=100, default="")
    lifecycle_stage = CharField(max_length=20, default="lead")
    city = CharField(max_length=100, default="", index=True)
    province = CharField(max_length=100, default="")
    notes = TextField(default="")
    last_interaction_at = UtcDateTimeField(null=True, index=True)


class ContactPoint(_Record):
    contact = ForeignKeyField(Contact, null=True, backref="points", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="points", on_delete="CASCADE")
    kind = CharField(max_length=20)
    label = CharField(max_length=50, default="")
    value = TextField()
    value_norm = CharField(max_length=300, index=True, default="")
    is_primary = BooleanField(default=False)

    class Meta:
        constraints = [Check("(contact_id IS NULL) <> (organization_id IS NULL)")]


class Tag(_Record):
    name = CharField(max_length=100)
    name_norm = CharField(max_length=100, unique=True)
    color = CharField(max_length=9, default="")


class Tagging(_Record):
    tag = ForeignKeyField(Tag, backref="taggings", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="taggings", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="taggings", on_delete="CASCADE")

    class Meta:
        indexes = ((("tag", "contact"), True), (("tag", "organization"), True))
        constraints = [Check("(contact_id IS NULL) <> (organization_id IS NULL)")]


class Note(_Record):
    body = TextField()
    contact = ForeignKeyField(Contact, null=True, backref="notes_set", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="notes_set", on_delete="CASCADE")
    pinned = BooleanField(default=False)


TABLES = (User, Setting, AuditLog, Organization, Contact, ContactPoint, Tag, Tagging, Note)


def apply(ctx: MigrationContext) -> None:
    with ctx.db.bind_ctx(TABLES, bind_refs=False, bind_backrefs=False):
        ctx.db.create_tables(TABLES, safe=False)

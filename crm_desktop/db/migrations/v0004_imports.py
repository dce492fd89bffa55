"""Schema 4: spreadsheet imports.

- ``import_batch`` (the import history, one row per import, with the id ranges it created) and
  ``import_change`` (values before/after for every existing record an import updated), so any
  import can be undone
- ``contact.code`` and ``organization.code``: the customer number an office already uses
  (کد مشتری), indexed, so a re-import can match rows on it

FROZEN: never edit after release; add a migration instead.
"""

from __future__ import annotations

import uuid

from peewee import SQL, CharField, ForeignKeyField, IntegerField, Model, TextField, UUIDField

from crm_desktop.db.fields import UtcDateTimeField, utcnow
from crm_desktop.db.migrations.runner import MigrationContext


class _User(Model):
    class Meta:
        table_name = "app_user"


class _Record(Model):
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)
    created_by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        legacy_table_names = False


class ImportBatch(_Record):
    entity = CharField(max_length=20)
    file_name = CharField(max_length=260)
    file_checksum = CharField(max_length=64)
    sheet = CharField(max_length=200, default="")
    on_duplicate = CharField(max_length=10, default="skip")
    rows_total = IntegerField(default=0)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    invalid_count = IntegerField(default=0)
    mapping = TextField(default="{}")
    created = TextField(default="{}")
    state = CharField(max_length=10, default="done")
    undone_at = UtcDateTimeField(null=True)
    undone_by = ForeignKeyField(_User, null=True, backref="+", on_delete="SET NULL")


class ImportChange(Model):
    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    entity = CharField(max_length=20)
    record_id = IntegerField()
    changes = TextField()

    class Meta:
        legacy_table_names = False
        indexes = ((("batch", "entity", "record_id"), False),)


def apply(ctx: MigrationContext) -> None:
    m = ctx.migrator
    ctx.run(
        # a database-level default too: bulk paths (demo data, benches) insert without naming the column
        m.add_column("contact", "code", CharField(max_length=50, default="", constraints=[SQL("DEFAULT ''")])),
        m.add_column("organization", "code", CharField(max_length=50, default="", constraints=[SQL("DEFAULT ''")])),
        m.add_index("contact", ("code",), False),
        m.add_index("organization", ("code",), False),
    )
    with ctx.db.bind_ctx([ImportBatch, ImportChange, _User], bind_refs=False, bind_backrefs=False):
        ctx.db.create_tables([ImportBatch, ImportChange], safe=False)

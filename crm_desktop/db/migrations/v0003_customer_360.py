"""Schema 3: what Customer 360 needs.

- the full-text search index (SQLite: FTS5 trigram tables; PostgreSQL: ``search_document``,
  with a pg_trgm index when the extension can be created) and its state row; the services fill
  it after the upgrade (the index format has its own version, independent of the schema)
- ``organization.last_interaction_at`` and ``contact.merged_into_id``
- partial indexes over live rows for the list orders (name, newest, recent contact), replacing
  the full ``sort_key`` and ``last_interaction_at`` indexes
- ``merge_record`` (merge history, undoable) and ``not_duplicate`` (reviewed pairs)

FROZEN: never edit after release; add a migration instead.
"""

from __future__ import annotations

import uuid

import peewee
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField, UUIDField

from crm_desktop.db.fields import UtcDateTimeField, utcnow
from crm_desktop.db.migrations.runner import MigrationContext


class _Contact(Model):
    class Meta:
        table_name = "contact"


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


class MergeRecord(_Record):
    entity = CharField(max_length=20)
    survivor_id = IntegerField(index=True)
    merged_ids = TextField()
    changes = TextField(default="{}")
    batch = CharField(max_length=32, default="", index=True)
    confidence = IntegerField(default=0)
    undone_at = UtcDateTimeField(null=True)


class NotDuplicate(_Record):
    entity = CharField(max_length=20)
    a_id = IntegerField()
    b_id = IntegerField()

    class Meta:
        indexes = ((("entity", "a_id", "b_id"), True),)


def _search_tables(ctx: MigrationContext) -> None:
    db = ctx.db
    db.execute_sql("CREATE TABLE search_index_state (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)")
    if ctx.is_sqlite:
        for kind in ("contact", "organization"):
            db.execute_sql(f"CREATE VIRTUAL TABLE {kind}_fts USING fts5(body, tokenize='trigram')")
        return
    db.execute_sql("CREATE TABLE search_document (kind VARCHAR(20) NOT NULL, ref_id INTEGER NOT NULL, "
                   "body TEXT NOT NULL, PRIMARY KEY (kind, ref_id))")
    db.execute_sql("SAVEPOINT trgm")
    try:
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        db.execute_sql("CREATE INDEX search_document_trgm ON search_document USING gin (body gin_trgm_ops)")
        db.execute_sql("RELEASE SAVEPOINT trgm")
    except peewee.DatabaseError:  # no contrib package or no right to create extensions: LIKE still works
        db.execute_sql("ROLLBACK TO SAVEPOINT trgm")


def apply(ctx: MigrationContext) -> None:
    m = ctx.migrator
    ctx.run(
        m.add_column("organization", "last_interaction_at", UtcDateTimeField(null=True)),
        m.add_column("contact", "merged_into_id",
                     ForeignKeyField(_Contact, field=_Contact.id, null=True, on_delete="SET NULL")),
        m.drop_index("contact", "contact_sort_key"),
        m.drop_index("contact", "contact_last_interaction_at"),
        m.drop_index("organization", "organization_sort_key"),
    )
    for table in ("organization", "contact"):
        for name, column in (("sort", "sort_key"), ("created", "created_at"), ("recent", "last_interaction_at")):
            ctx.db.execute_sql(f'CREATE INDEX "{table}_alive_{name}" ON "{table}" ("{column}", "id") '
                               f'WHERE "deleted_at" IS NULL')
    with ctx.db.bind_ctx([MergeRecord, NotDuplicate, _User], bind_refs=False, bind_backrefs=False):
        ctx.db.create_tables([MergeRecord, NotDuplicate], safe=False)
    _search_tables(ctx)

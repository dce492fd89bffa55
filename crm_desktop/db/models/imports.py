"""Imports from spreadsheets: one ``ImportBatch`` per import (the import history) and, for every
existing record an import changed, an ``ImportChange`` with the values before and after, so any
batch can be undone.

Records a batch *created* are not listed row by row: their ids were reserved as contiguous
ranges inside the import's transaction and are kept in ``ImportBatch.created`` (JSON
``{"contact": [[first, last], ...], ...}``), which makes a 100k-row import cost nothing extra.
"""

from __future__ import annotations

from peewee import CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.base import BaseModel
from crm_desktop.db.fields import UtcDateTimeField
from crm_desktop.db.models.record import Record
from crm_desktop.db.models.users import User

BATCH_STATES = ("done", "undone")


class ImportBatch(Record):
    entity = CharField(max_length=20)  # what the rows became: "contacts" or "companies"
    file_name = CharField(max_length=260)
    file_checksum = CharField(max_length=64)  # SHA-256 of the file's bytes
    sheet = CharField(max_length=200, default="")
    on_duplicate = CharField(max_length=10, default="skip")  # create / update / skip
    rows_total = IntegerField(default=0)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)  # duplicates left alone
    invalid_count = IntegerField(default=0)
    mapping = TextField(default="{}")  # JSON, as used
    created = TextField(default="{}")  # JSON id ranges per table
    state = CharField(max_length=10, default="done")
    undone_at = UtcDateTimeField(null=True)
    undone_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class ImportChange(BaseModel):
    """One existing record an import updated: ``changes`` is ``{field: [before, after]}``."""

    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    entity = CharField(max_length=20)  # table name: "contact", "organization"
    record_id = IntegerField()
    changes = TextField()

    class Meta:
        indexes = ((("batch", "entity", "record_id"), False),)


__all__ = ["BATCH_STATES", "ImportBatch", "ImportChange"]

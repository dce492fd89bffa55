"""Duplicate handling: the history of merges (so each can be undone) and pairs people said are
not duplicates (so the finder stops proposing them)."""

from __future__ import annotations

from peewee import CharField, IntegerField, TextField

from crm_desktop.db.fields import UtcDateTimeField
from crm_desktop.db.models.record import Record


class MergeRecord(Record):
    """One merge of several contacts (or companies) into a survivor.

    ``changes`` (JSON) holds everything needed to undo it: the survivor's fields before, the
    merged records, and every related row that was moved or folded (table, id, column, old value).
    """

    entity = CharField(max_length=20)  # "contact" or "organization"
    survivor_id = IntegerField(index=True)
    merged_ids = TextField()  # JSON list of ids
    changes = TextField(default="{}")
    batch = CharField(max_length=32, default="", index=True)  # bulk merges share a batch id
    confidence = IntegerField(default=0)  # 0..100, as the finder scored the group
    undone_at = UtcDateTimeField(null=True)


class NotDuplicate(Record):
    """Two records a person reviewed and marked as different (a_id < b_id)."""

    entity = CharField(max_length=20)
    a_id = IntegerField()
    b_id = IntegerField()

    class Meta:
        indexes = ((("entity", "a_id", "b_id"), True),)

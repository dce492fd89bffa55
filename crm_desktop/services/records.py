"""Fetching, soft-deleting and restoring any business record, with its audit rows."""

from __future__ import annotations

from typing import TypeVar

from crm_desktop.db.base import SyncedModel, database
from crm_desktop.db.fields import utcnow
from crm_desktop.services import audit
from crm_desktop.services.errors import NotFoundError

M = TypeVar("M", bound=SyncedModel)


def fetch(model: type[M], record_id: int, *, include_deleted: bool = False) -> M:
    query = model.select() if include_deleted else model.alive()
    record = query.where(model.id == record_id).first()
    if record is None:
        raise NotFoundError(model._meta.table_name, record_id)
    return record


def soft_delete(model: type[M], record_id: int) -> M:
    """Mark deleted: gone from lists, kept in the database, restorable."""
    with database.atomic():
        record = fetch(model, record_id)
        record.deleted_at = utcnow()
        record.save()
        audit.record_delete(record)
    return record


def restore(model: type[M], record_id: int) -> M:
    with database.atomic():
        record = fetch(model, record_id, include_deleted=True)
        if record.deleted_at is not None:
            deleted_at, record.deleted_at = record.deleted_at, None
            record.save()
            audit.record_restore(record, deleted_at)
    return record

"""The import history, and undoing an import.

Undo removes (soft-deletes, like any delete here) the people, companies, phones/emails and tags
on records that the batch created, and restores the fields it changed on existing records —
except fields someone changed again after the import: those keep the later value and are counted
as ``kept``. It runs in one transaction with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import (AuditLog, Contact, ContactPoint, Deal, DealStageChange, ImportBatch, ImportChange,
                                   Lead, Organization, Tag, Tagging)
from crm_desktop.db.models.users import User
from crm_desktop.services import audit, search_documents
from crm_desktop.services.context import current_user_id
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

TABLES = {"contact": Contact, "organization": Organization, "contact_point": ContactPoint, "tagging": Tagging,
          "lead": Lead, "deal": Deal, "deal_stage_change": DealStageChange}
UNDO_ORDER = ("tagging", "contact_point", "deal_stage_change", "deal", "contact", "organization", "lead")


@dataclass(frozen=True)
class BatchSummary:
    id: int
    at: dt.datetime
    user: str
    file_name: str
    sheet: str
    entity: str
    rows: int
    created: int
    updated: int
    skipped: int
    invalid: int
    state: str
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoPreview:
    people: int  # created by the batch and still there
    companies: int
    changed_since: int  # of those, records edited after the import (they go too)
    updated: int  # existing records whose fields will be restored
    leads: int = 0
    deals: int = 0


@dataclass
class UndoResult:
    removed: int = 0
    restored: int = 0
    kept: int = 0  # fields left as they are because they changed after the import


def list_batches(limit: int = 200, offset: int = 0) -> list[BatchSummary]:
    batches = list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit).offset(offset))
    user_ids = {b.__data__.get("created_by") for b in batches} - {None}
    names = {uid: full or username for uid, full, username in
             User.select(User.id, User.full_name, User.username).where(User.id.in_(list(user_ids))).tuples()}
    out = []
    for batch in batches:
        name = names.get(batch.__data__.get("created_by"), "")
        out.append(BatchSummary(batch.id, batch.created_at, name, batch.file_name, batch.sheet, batch.entity,
                                batch.rows_total, batch.created_count, batch.updated_count, batch.skipped_count,
                                batch.invalid_count, batch.state, batch.undone_at))
    return out


def count_batches() -> int:
    return ImportBatch.select().count()


def _batch(batch_id: int) -> ImportBatch:
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise UserError(QT_TRANSLATE_NOOP("Import", "There is no import number {id}."), id=batch_id)
    if batch.state == "undone":
        raise UserError(QT_TRANSLATE_NOOP("Import", "Import {id} was already undone."), id=batch_id)
    return batch


def _range_filter(model, spans: list[list[int]]):
    condition = None
    for first, last in spans:
        part = model.id.between(first, last)
        condition = part if condition is None else condition | part
    return condition


def _alive_in(model, spans: list[list[int]]):
    return model.select().where(_range_filter(model, spans) & model.deleted_at.is_null()) if spans else None


def undo_preview(batch_id: int) -> UndoPreview:
    batch = _batch(batch_id)
    created = json.loads(batch.created or "{}")
    counts = {}
    changed = 0
    for table, model in (("contact", Contact), ("organization", Organization), ("lead", Lead), ("deal", Deal)):
        query = _alive_in(model, created.get(table, []))
        counts[table] = query.count() if query is not None else 0
        if query is not None:
            changed += query.where(model.updated_at > batch.updated_at).count()
    updated = ImportChange.select().where(ImportChange.batch == batch.id).count()
    return UndoPreview(counts["contact"], counts["organization"], changed, updated, counts["lead"], counts["deal"])


def _stored(model, name: str, value):
    field = model._meta.fields[name]
    if value is not None and field.field_type == "DATE" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def _restore(change: ImportChange, result: UndoResult) -> int | None:
    model = TABLES[change.entity]
    record = model.get_or_none(model.id == change.record_id)
    if record is None:
        return None
    before = audit.snapshot(record)
    restored = False
    for name, (old, new) in json.loads(change.changes).items():
        if before.get(name) != new:  # changed again since the import: the later value stays
            result.kept += 1
            continue
        setattr(record, name, _stored(model, name, old))
        restored = True
    if not restored:
        return None
    record.updated_at = utcnow()
    record.save()
    audit.record_update(record, before)
    result.restored += 1
    return record.id


def undo_batch(batch_id: int, *, progress: ProgressFn | None = None,
               cancel: CancelToken | None = None) -> UndoResult:
    result = UndoResult()
    with database.atomic():
        batch = _batch(batch_id)
        created = json.loads(batch.created or "{}")
        now = utcnow()
        changes = list(ImportChange.select().where(ImportChange.batch == batch.id).order_by(ImportChange.id.desc()))
        total = len(changes) + len(UNDO_ORDER)
        touched = {"contact": [], "organization": [], "lead": [], "deal": []}
        for step, table in enumerate(UNDO_ORDER):
            spans = created.get(table, [])
            if spans:
                model = TABLES[table]
                if table in touched:
                    touched[table] = [i for (i,) in model.select(model.id).where(
                        _range_filter(model, spans) & model.deleted_at.is_null()).tuples()]
                    result.removed += len(touched[table])
                model.update(deleted_at=now, updated_at=now).where(
                    _range_filter(model, spans) & model.deleted_at.is_null()).execute()
            check(cancel)
            report(progress, step + 1, total)
        for index, change in enumerate(changes):
            restored = _restore(change, result)
            if restored is not None:
                touched[change.entity].append(restored)
            if index % 200 == 0:
                check(cancel)
                report(progress, len(UNDO_ORDER) + index, total)
        _drop_unused_tags(created.get("tag_ids", []), now)
        check(cancel)
        search_documents.refresh_contacts(touched["contact"])
        search_documents.refresh_organizations(touched["organization"], with_people=True)
        batch.state, batch.undone_at, batch.undone_by = "undone", now, current_user_id()
        batch.save()
        AuditLog.create(user=current_user_id(), action="undo", entity="import_batch", record_id=batch.id,
                        summary=f"undo import {batch.file_name}: {result.removed} removed, "
                                f"{result.restored} restored"[:300],
                        changes=json.dumps({"removed": result.removed, "restored": result.restored,
                                            "kept": result.kept}))
    report(progress, 1, 1)
    return result


def _drop_unused_tags(tag_ids: list[int], now: dt.datetime) -> None:
    """Tags the import created that no live record carries any more."""
    for tag_id in tag_ids:
        in_use = Tagging.select().where((Tagging.tag == tag_id) & Tagging.deleted_at.is_null()).exists()
        if not in_use:
            Tag.update(deleted_at=now, updated_at=now).where((Tag.id == tag_id) & Tag.deleted_at.is_null()).execute()


def imported_in(entity: str, record_id: int) -> ImportBatch | None:
    """The import that created this record (for its timeline), if any."""
    table = "contact" if entity == "contact" else "organization"
    for batch in ImportBatch.select().where(ImportBatch.created.contains(f'"{table}"')).order_by(ImportBatch.id.desc()):
        for first, last in json.loads(batch.created).get(table, []):
            if first <= record_id <= last:
                return batch
    return None


__all__ = ["BatchSummary", "UndoPreview", "UndoResult", "count_batches", "imported_in", "list_batches",
           "undo_batch", "undo_preview"]

"""Undoing merges: one (:func:`undo_merge`) or a whole bulk batch (:func:`undo_batch`, newest first).

An undo puts back exactly what the merge changed, from its :class:`MergeRecord`: the merged
records alive again (``merged_into`` cleared), every moved row back on its old owner, folded
points and tags restored, demoted primaries primary again, and the survivor's fields as they
were -- those the merge changed and nobody edited since (a later edit of the survivor wins).

It refuses, changing nothing, when that would not be safe: the merge was already undone; the
survivor was merged into another record (or deleted) afterwards; a later merge still in effect kept
one of its records as survivor (undo that one first); or rows it moved or records it merged were
changed since (moved on, restored by hand, merged elsewhere).
"""

from __future__ import annotations

import json
from collections import defaultdict

from peewee import ForeignKeyField

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, MergeRecord
from crm_desktop.services import audit
from crm_desktop.services.merge_rows import model_for, reindex, soft, stamp, stored_value
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

MSG_NO_MERGE = QT_TRANSLATE_NOOP("Errors", "There is no merge number {id}.")
MSG_ALREADY_UNDONE = QT_TRANSLATE_NOOP("Errors", "This merge was already undone.")
MSG_SURVIVOR_MERGED = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{name}\u201d was merged into another record afterwards; undo that merge first.")
MSG_LATER_MERGE = QT_TRANSLATE_NOOP("Errors", "A later merge involves these records; undo it first.")
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "The records of this merge were changed afterwards, so it can no longer be undone safely.")
MSG_EMPTY_BATCH = QT_TRANSLATE_NOOP("Errors", "There is nothing left to undo in this group of merges.")


def _tables(model) -> dict[str, type]:
    """Table name -> model of every table holding a foreign key to ``model``."""
    return {f.model._meta.table_name: f.model for f in list(model._meta.backrefs)}


def _check_later_merges(record: MergeRecord, involved: set[int]) -> None:
    """A later merge still in effect whose survivor is one of these records. (A later merge that
    took one of them as the *merged* record shows as a changed record: the survivor merged away,
    or a merged record that was restored and merged again.)"""
    later = MergeRecord.select(MergeRecord.id).where(
        MergeRecord.survivor_id.in_(sorted(involved)) & (MergeRecord.entity == record.entity)
        & (MergeRecord.id > record.id) & MergeRecord.undone_at.is_null() & MergeRecord.deleted_at.is_null())
    if later.exists():
        raise UserError(MSG_LATER_MERGE)


def _stored(field, value):
    """A column value as the change log holds it (JSON-able database form)."""
    return None if value is None else audit.to_jsonable(field.db_value(value))


def _check_rows(tables: dict[str, type], rows: list[list]) -> None:
    """Every moved/changed row still holds what the merge wrote (rows deleted since are skipped)."""
    wanted: dict[tuple[str, str], dict[int, object]] = defaultdict(dict)
    for table, row_id, column, _old, new in rows:
        wanted[(table, column)][row_id] = new
    for (table, column), values in wanted.items():
        model = tables.get(table)
        if model is None or column not in model._meta.columns:
            raise UserError(MSG_CHANGED)
        field = model._meta.columns[column]
        ids = list(values)
        for start in range(0, len(ids), 500):
            for row_id, current in model.select(model.id, field).where(model.id.in_(ids[start:start + 500])).tuples():
                if _stored(field, current) != values[row_id]:
                    raise UserError(MSG_CHANGED)


def _restore_rows(tables: dict[str, type], rows: list[list], folded: list[list]) -> None:
    now = utcnow()
    back: dict[tuple[str, str, object], list[int]] = defaultdict(list)
    for table, row_id, column, old, _new in rows:
        back[(table, column, old)].append(row_id)
    for (table, column, old), ids in back.items():
        model = tables[table]
        field = model._meta.columns[column]
        values = {field: None if old is None else field.python_value(old)}
        if "updated_at" in model._meta.fields:
            values[model.updated_at] = now
        for start in range(0, len(ids), 500):
            model.update(values).where(model.id.in_(ids[start:start + 500])).execute()
    by_table: dict[str, list[int]] = defaultdict(list)
    for table, row_id in folded:
        by_table[table].append(row_id)
    for table, ids in by_table.items():
        model = tables.get(table)
        if model is None or not soft(model):
            raise UserError(MSG_CHANGED)
        for start in range(0, len(ids), 500):
            model.update({model.deleted_at: None, model.updated_at: now}).where(
                model.id.in_(ids[start:start + 500])).execute()


def _restore_survivor(survivor, changes: dict) -> None:
    """Fields the merge changed and nobody changed since go back to their old values."""
    before = audit.snapshot(survivor)
    reverted = False
    for name, old in changes.get("before", {}).items():
        if stored_value(survivor, name) != changes["after"].get(name):
            continue  # edited after the merge: the later edit wins
        field = survivor._meta.fields[name]
        setattr(survivor, name, old if isinstance(field, ForeignKeyField) or old is None else field.python_value(old))
        reverted = True
    if reverted:
        survivor.save()
        audit.record_update(survivor, before)


def _undo(merge_id: int) -> tuple[str, list[int]]:
    record = MergeRecord.alive().where(MergeRecord.id == merge_id).first()
    if record is None:
        raise UserError(MSG_NO_MERGE, id=merge_id)
    if record.undone_at is not None:
        raise UserError(MSG_ALREADY_UNDONE)
    model = model_for(record.entity)
    changes = json.loads(record.changes)
    merged_ids = json.loads(record.merged_ids)
    survivor = model.get_or_none(model.id == record.survivor_id)
    if survivor is None:
        raise UserError(MSG_CHANGED)
    if model is Contact and survivor.merged_into_id is not None:
        raise UserError(MSG_SURVIVOR_MERGED, name=survivor.display_name)
    if survivor.deleted_at is not None:
        raise UserError(MSG_CHANGED)
    _check_later_merges(record, {record.survivor_id, *merged_ids})
    merged = {m.id: m for m in model.select().where(model.id.in_(merged_ids))}
    for merged_id, deleted_at in changes["merged"]:
        other = merged.get(merged_id)
        if other is None or stamp(other.deleted_at) != deleted_at or (
                model is Contact and other.merged_into_id != record.survivor_id):
            raise UserError(MSG_CHANGED)
    tables = _tables(model)
    _check_rows(tables, changes["rows"])
    _restore_rows(tables, changes["rows"], changes["folded"])
    values = {model.deleted_at: None, model.updated_at: utcnow()}
    if model is Contact:
        values[Contact.merged_into] = None
    model.update(values).where(model.id.in_(list(merged))).execute()
    for other in merged.values():
        deleted_at, other.deleted_at = other.deleted_at, None
        audit.record_restore(other, deleted_at)
    _restore_survivor(survivor, changes)
    before = audit.snapshot(record)
    record.undone_at = utcnow()
    record.save()
    audit.record_update(record, before)
    return record.entity, [record.survivor_id, *merged_ids]


def undo_merge(merge_id: int) -> None:
    """Undo one merge (one transaction); raises UserError when it cannot be undone safely."""
    with database.atomic():
        entity, ids = _undo(merge_id)
        reindex(entity, ids)


def undo_batch(batch: str, *, progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> int:
    """Undo every merge of a bulk batch still in effect, newest first, in one transaction; returns
    how many were undone."""
    if not batch:
        raise UserError(MSG_EMPTY_BATCH)
    with database.atomic():
        ids = [row[0] for row in MergeRecord.select(MergeRecord.id).where(
            (MergeRecord.batch == batch) & MergeRecord.undone_at.is_null()
            & MergeRecord.deleted_at.is_null()).order_by(MergeRecord.id.desc()).tuples()]
        if not ids:
            raise UserError(MSG_EMPTY_BATCH)
        touched: dict[str, set[int]] = defaultdict(set)
        for done, merge_id in enumerate(ids, 1):
            check(cancel)
            entity, record_ids = _undo(merge_id)
            touched[entity].update(record_ids)
            report(progress, done, len(ids))
        check(cancel)
        for entity, record_ids in touched.items():
            reindex(entity, record_ids)
    return len(ids)

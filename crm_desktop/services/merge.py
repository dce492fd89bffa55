"""Merging duplicate people or companies into one record, and undoing it.

:func:`merge` keeps the *survivor* and folds the others into it, in one transaction:

1. fields: each field named in ``field_choices`` takes the value of the record it maps to (only
   records of this merge); every other field of the survivor that is empty (``None`` or ``""``)
   takes the first non-empty value among the others, in the order they were given; the survivor's
   ``last_interaction_at`` becomes the latest of the group;
2. related rows move to the survivor (:mod:`crm_desktop.services.merge_rows`: found from the
   model's back-references, so tables added later move too; duplicate points and tags are folded);
3. the others are soft-deleted (people also get ``merged_into`` = the survivor);
4. a :class:`MergeRecord` keeps everything needed for :func:`undo_merge`; audit rows ("merge" on the
   survivor, "delete" on each merged record); the search index is refreshed.

:func:`merge_groups` merges many finder groups at once under one batch id (undo with
:func:`undo_batch`). The survivor of a group is the record with the most live related rows
(points, notes, tags, people, ...), then the most filled fields, then the oldest (smallest id).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from itertools import combinations

from peewee import ForeignKeyField

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, MergeRecord, NotDuplicate
from crm_desktop.services import audit
from crm_desktop.services.context import current_user_id
from crm_desktop.services.duplicates import DuplicateGroup
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.services.merge_rows import (ChangeLog, model_for, move_related, reindex, related_counts,
                                             related_fields, stamp, stored_value)
from crm_desktop.services.merge_undo import undo_batch, undo_merge
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

#: bookkeeping and shadow columns, never taken from another record
NOT_MERGED = frozenset({"id", "uid", "created_at", "updated_at", "deleted_at", "created_by", "merged_into"})
MSG_NEED_OTHERS = QT_TRANSLATE_NOOP(
    "Errors", "Choose the record to keep and at least one other record to merge into it.")
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{field}\u201d is not a field that can be taken from another record.")
MSG_CHOICE_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors", "The value of \u201c{field}\u201d can only be taken from one of the records being merged.")
MSG_TWO_RECORDS = QT_TRANSLATE_NOOP("Errors", "Choose at least two records.")


def mergeable_fields(model) -> list[str]:
    """The survivor's fields a merge may fill or change (last_interaction_at included)."""
    derived = set(model.derived_fields)
    return [n for n in model._meta.sorted_field_names if n not in NOT_MERGED and n not in derived]


def choosable_fields(model) -> list[str]:
    """The fields ``field_choices`` may name (``last_interaction_at`` is always the latest)."""
    return [n for n in mergeable_fields(model) if n != "last_interaction_at"]


def _empty(value) -> bool:
    return value is None or value == ""


def _resolve_choices(model, choices: dict[str, int], ids: Sequence[int]) -> dict[str, int]:
    allowed = choosable_fields(model)
    by_column = {model._meta.fields[n].column_name: n for n in allowed}
    resolved: dict[str, int] = {}
    errors: list[FieldError] = []
    for key, record_id in choices.items():
        name = key if key in allowed else by_column.get(key)
        if name is None:
            errors.append(FieldError(f"field_choices.{key}", MSG_UNKNOWN_FIELD, {"field": key}))
        elif record_id not in ids:
            errors.append(FieldError(f"field_choices.{key}", MSG_CHOICE_OUTSIDE, {"field": key}))
        else:
            resolved[name] = record_id
    if errors:
        raise ValidationError(errors)
    return resolved


def _apply_fields(survivor, others: list, choices: dict[str, int]) -> dict[str, object]:
    """Set the survivor's fields (see the module docstring); returns the stored values before."""
    model = type(survivor)
    by_id = {r.id: r for r in (survivor, *others)}
    before = {name: stored_value(survivor, name) for name in mergeable_fields(model)}
    for name in choosable_fields(model):
        if name in choices:
            source = by_id[choices[name]]
        elif _empty(before[name]):
            source = next((o for o in others if not _empty(stored_value(o, name))), None)
        else:
            source = None
        if source is not None and source is not survivor:
            field = model._meta.fields[name]
            setattr(survivor, name, source.__data__.get(name) if isinstance(field, ForeignKeyField)
                    else getattr(source, name))
    if "last_interaction_at" in before:
        moments = [r.last_interaction_at for r in by_id.values() if r.last_interaction_at is not None]
        survivor.last_interaction_at = max(moments) if moments else None
    return before


def _fetch_all(model, ids: Sequence[int]) -> dict[int, object]:
    """The live records ``ids`` (one query); NotFoundError names the first one gone."""
    rows = {r.id: r for r in model.alive().where(model.id.in_(list(ids)))}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFoundError(model._meta.table_name, missing[0])
    return rows


def _merge(entity: str, survivor_id: int, other_ids: Sequence[int], choices: dict[str, int], batch: str,
           confidence: int, fields=None, rows: dict[int, object] | None = None) -> tuple[MergeRecord, list[int]]:
    model = model_for(entity)
    others_ids = list(dict.fromkeys(other_ids))
    if not others_ids or survivor_id in others_ids:
        raise ValidationError([FieldError("other_ids", MSG_NEED_OTHERS)])
    rows = rows if rows is not None else _fetch_all(model, [survivor_id, *others_ids])
    survivor, others = rows[survivor_id], [rows[i] for i in others_ids]
    resolved = _resolve_choices(model, choices, [survivor_id, *others_ids])
    audit_before = audit.snapshot(survivor)
    before = _apply_fields(survivor, others, resolved)
    after = {name: stored_value(survivor, name) for name in before}
    changed = {name: value for name, value in after.items() if value != before[name]}
    if changed:
        survivor.save()
    log = ChangeLog()
    for fk in fields if fields is not None else related_fields(model):
        move_related(fk, survivor_id, others_ids, log)
    now = utcnow()
    values = {model.deleted_at: now, model.updated_at: now}
    if model is Contact:
        values[Contact.merged_into] = survivor_id
    model.update(values).where(model.id.in_(others_ids)).execute()
    for other in others:
        other.deleted_at = now
        audit.record_delete(other)
    changes = {"before": {n: before[n] for n in changed}, "after": changed, "rows": log.rows, "folded": log.folded,
               "merged": [[o.id, stamp(now)] for o in others]}
    merge_record = MergeRecord.create(entity=entity, survivor_id=survivor_id, merged_ids=json.dumps(others_ids),
                                      changes=json.dumps(changes, ensure_ascii=False), batch=batch,
                                      confidence=confidence, created_by=current_user_id())
    audit.record_merge(survivor, audit_before, others_ids, merge_record.id)
    return merge_record, [survivor_id, *others_ids]


def merge(entity: str, survivor_id: int, other_ids: Sequence[int], *, field_choices: dict[str, int] | None = None,
          batch: str = "", confidence: int = 0) -> MergeRecord:
    """Merge ``other_ids`` into ``survivor_id`` (one transaction); returns the undoable record.
    Raises ValidationError (bad choices), NotFoundError (a record gone or already merged)."""
    with database.atomic():
        merge_record, ids = _merge(entity, survivor_id, other_ids, dict(field_choices or {}), batch, confidence)
        reindex(entity, ids)
    return merge_record


def _filled(instance) -> int:
    return sum(not _empty(stored_value(instance, n)) for n in choosable_fields(type(instance)))


def _best(rows, counts: dict[int, int]) -> int:
    return max(rows, key=lambda r: (counts.get(r.id, 0), _filled(r), -r.id)).id


def choose_survivor(entity: str, ids: Sequence[int]) -> int:
    """The record to keep: most live related rows, then most filled fields, then the oldest."""
    model = model_for(entity)
    return _best(_fetch_all(model, ids).values(), related_counts(model, ids, related_fields(model)))


def merge_groups(groups: Sequence[DuplicateGroup], *, min_confidence: int, progress: ProgressFn | None = None,
                 cancel: CancelToken | None = None) -> str:
    """Merge every group with confidence >= ``min_confidence`` in one transaction under one new
    batch id (returned; :func:`undo_batch` undoes them all). Each group's survivor is chosen as
    :func:`choose_survivor` does. Cancel rolls everything back."""
    batch = uuid.uuid4().hex
    chosen = [g for g in groups if g.confidence >= min_confidence and len(g.ids) > 1]
    touched: dict[str, set[int]] = {}
    fields: dict[str, list] = {}
    counts: dict[str, dict[int, int]] = {}
    with database.atomic():
        for entity in {g.entity for g in chosen}:
            model = model_for(entity)
            fields[entity] = related_fields(model)
            counts[entity] = related_counts(model, sorted({i for g in chosen if g.entity == entity for i in g.ids}),
                                            fields[entity])
        for done, group in enumerate(chosen, 1):
            check(cancel)
            rows = _fetch_all(model_for(group.entity), group.ids)
            survivor = _best(rows.values(), counts[group.entity])
            _, ids = _merge(group.entity, survivor, [i for i in group.ids if i != survivor], {}, batch,
                            group.confidence, fields[group.entity], rows)
            touched.setdefault(group.entity, set()).update(ids)
            report(progress, done, len(chosen))
        check(cancel)
        for entity, ids in touched.items():
            reindex(entity, ids)
    return batch


def merge_history(entity: str | None = None, limit: int = 100) -> list[MergeRecord]:
    """Merges, newest first (undone ones included: see ``undone_at``)."""
    query = MergeRecord.alive()
    if entity is not None:
        query = query.where(MergeRecord.entity == entity)
    return list(query.order_by(MergeRecord.id.desc()).limit(limit))


def mark_not_duplicates(entity: str, ids: Sequence[int]) -> None:
    """Remember that these records are different: the finder never groups any two of them again."""
    model_for(entity)
    ids = sorted(set(ids))
    if len(ids) < 2:
        raise ValidationError([FieldError("ids", MSG_TWO_RECORDS)])
    with database.atomic():
        existing = {(row.a_id, row.b_id): row for row in NotDuplicate.select().where(
            (NotDuplicate.entity == entity) & NotDuplicate.a_id.in_(ids) & NotDuplicate.b_id.in_(ids))}
        for a, b in combinations(ids, 2):
            row = existing.get((a, b))
            if row is None:
                audit.record_create(NotDuplicate.create(entity=entity, a_id=a, b_id=b, created_by=current_user_id()))
            elif row.deleted_at is not None:
                deleted_at, row.deleted_at = row.deleted_at, None
                row.save()
                audit.record_restore(row, deleted_at)


__all__ = ["choose_survivor", "mark_not_duplicates", "merge", "merge_groups", "merge_history", "undo_batch",
           "undo_merge"]

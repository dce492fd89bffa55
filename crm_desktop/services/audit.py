"""The audit trail: every service write leaves a row saying who, when, which record, and the
changed fields as ``{"field": [old, new]}``.

Services call :func:`snapshot` before changing a record and :func:`record_update` after (or
:func:`record_create` / :func:`record_delete` / :func:`record_restore`), inside the same
transaction as the write, so a rolled-back write leaves no audit row either.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import JOIN, ForeignKeyField, Model

from crm_desktop.db.models import AuditLog, User
from crm_desktop.services.context import current_user_id

#: columns never worth reporting (bookkeeping and shadow columns)
IGNORED = frozenset({"id", "uid", "created_at", "updated_at", "created_by"})


def to_jsonable(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Model):
        return value.get_id()
    if isinstance(value, (bytes, bytearray, memoryview)):  # file contents: their size, not the bytes
        return f"<{len(value)} bytes>"
    return value


def _reported_fields(instance: Model) -> list[str]:
    derived = set(getattr(instance, "derived_fields", ()))
    return [name for name in instance._meta.sorted_field_names if name not in IGNORED and name not in derived]


def snapshot(instance: Model) -> dict[str, Any]:
    """The reportable values of ``instance`` (foreign keys as ids)."""
    values: dict[str, Any] = {}
    for name in _reported_fields(instance):
        field = instance._meta.fields[name]
        raw = instance.__data__.get(name) if isinstance(field, ForeignKeyField) else getattr(instance, name)
        values[name] = to_jsonable(raw)
    return values


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {key: [before.get(key), after.get(key)]
            for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key)}


def _summary(instance: Model) -> str:
    text = next((value for attr in ("display_name", "name", "value", "body", "key")
                 if isinstance(value := getattr(instance, attr, None), str) and value), "")
    return str(text)[:300]


def _write(action: str, instance: Model, changes: dict[str, list[Any]]) -> AuditLog:
    uid = getattr(instance, "uid", None)
    return AuditLog.create(
        user=current_user_id(),
        action=action,
        entity=instance._meta.table_name,
        record_id=instance.get_id(),
        record_uid=uid.hex if isinstance(uid, uuid.UUID) else (uid or ""),
        summary=_summary(instance),
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
    )


def record_create(instance: Model) -> AuditLog:
    values = snapshot(instance)
    return _write("create", instance, {k: [None, v] for k, v in values.items() if not _blank(v)})


def _blank(value: Any) -> bool:
    """Nothing worth reporting on creation: None, empty text, False (but 0 is a value)."""
    return value is None or value == "" or value is False


def record_update(instance: Model, before: dict[str, Any]) -> AuditLog | None:
    changes = diff(before, snapshot(instance))
    return _write("update", instance, changes) if changes else None


def record_delete(instance: Model) -> AuditLog:
    return _write("delete", instance, {"deleted_at": [None, to_jsonable(getattr(instance, "deleted_at", None))]})


def record_restore(instance: Model, deleted_at: dt.datetime | None) -> AuditLog:
    return _write("restore", instance, {"deleted_at": [to_jsonable(deleted_at), None]})


def record_merge(survivor: Model, before: dict[str, Any], merged_ids: list[int], merge_id: int) -> AuditLog:
    """Records ``merged_ids`` were merged into ``survivor`` (changed fields as usual, plus which
    records and the merge history row that can undo it)."""
    changes: dict[str, list[Any]] = {**diff(before, snapshot(survivor)), "merged_ids": [None, list(merged_ids)],
                                     "merge_record": [None, merge_id]}
    return _write("merge", survivor, changes)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    user_name: str
    action: str
    entity: str
    record_id: int
    summary: str
    changes: dict[str, list[Any]]


def _base_query():
    return (AuditLog.select(AuditLog, User.full_name, User.username)
            .join(User, JOIN.LEFT_OUTER, on=(AuditLog.user == User.id)))


def _entries(query) -> list[AuditEntry]:
    return [AuditEntry(row.id, row.at, row.full_name or row.username or "", row.action, row.entity,
                       row.record_id, row.summary, json.loads(row.changes or "{}")) for row in query.objects()]


def history(entity: str, record_id: int) -> list[AuditEntry]:
    """Every change of one record, oldest first."""
    query = _base_query().where((AuditLog.entity == entity) & (AuditLog.record_id == record_id))
    return _entries(query.order_by(AuditLog.id))


def recent(limit: int = 50, offset: int = 0) -> list[AuditEntry]:
    """The newest changes across the database."""
    return _entries(_base_query().order_by(AuditLog.id.desc()).limit(limit).offset(offset))


def count() -> int:
    return AuditLog.select().count()

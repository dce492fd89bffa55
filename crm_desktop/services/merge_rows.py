"""Moving everything that belongs to merged records onto the survivor, found generically.

The rows to move are discovered from the model's back-references: every ``ForeignKeyField``
pointing at Contact (or Organization) whose table exists -- points, notes, taggings, a company's
people today; deals, cases, activities tomorrow -- without this module knowing them. Only
``Contact.merged_into`` (the link a merge itself writes) is left alone.

A row is *folded* (soft-deleted where it is, on the merged record) instead of moved when the
survivor already has the same thing:

* a unique index over the foreign key (``Tagging (tag, contact)``: the survivor already carries
  the tag) -- a live row is folded, a soft-deleted one stays where it is (moving it would break
  the index); when the survivor's own row was soft-deleted (the tag once removed) and a merged
  record's is live, the survivor's row comes back to life and the other is folded;
* :data:`SAME_THING`: live rows equal on these columns are one thing (a contact point with the same
  kind and normalised value).

After moving, :data:`ONE_PRIMARY` keeps one primary point per kind: the survivor's own stays
primary, moved ones are demoted. Every change is logged for undo as ``[table, id, column, old,
new]`` and every fold as ``[table, id]``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import SQL, ForeignKeyField, ModelIndex, fn

from crm_desktop.db.base import database
from crm_desktop.db.fields import to_utc_text, utcnow
from crm_desktop.db.models import Contact, ContactPoint, Organization
from crm_desktop.services import audit, search_documents

ENTITY_MODELS = {"contact": Contact, "organization": Organization}
SKIPPED = (Contact.merged_into,)
SAME_THING = {ContactPoint: ("kind", "value_norm")}
ONE_PRIMARY = {ContactPoint: ("kind", "is_primary")}
CHUNK = 500


def model_for(entity: str):
    try:
        return ENTITY_MODELS[entity]
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}") from None


def related_fields(model) -> list[ForeignKeyField]:
    """Foreign keys pointing at ``model`` (tables that exist), in a stable order."""
    tables = set(database.get_tables())
    fields = [f for f in list(model._meta.backrefs)
              if not any(f is s for s in SKIPPED) and f.model._meta.table_name in tables]
    return sorted(fields, key=lambda f: (f.model._meta.table_name, f.column_name))


def soft(model) -> bool:
    return "deleted_at" in model._meta.fields


@dataclass
class ChangeLog:
    rows: list[list] = field(default_factory=list)  # [table, id, column, old, new]
    folded: list[list] = field(default_factory=list)  # [table, id]


def _unique_keys(model, fk: ForeignKeyField) -> list[tuple[str, ...]]:
    """The other columns of every unique index that includes ``fk``."""
    keys: list[tuple[str, ...]] = [()] if fk.unique else []
    for index in model._meta.indexes:
        if isinstance(index, ModelIndex):
            names = [e.name for e in index._expressions if hasattr(e, "name")]
            unique = index._unique and len(names) == len(index._expressions)
        else:
            names, unique = list(index[0]), index[1]
        if unique and fk.name in names:
            keys.append(tuple(n for n in names if n != fk.name))
    return keys


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _set(model, ids: Sequence[int], values: dict) -> None:
    if "updated_at" in model._meta.fields:
        values = {**values, model.updated_at: utcnow()}
    for chunk in _chunks(list(ids)):
        model.update(values).where(model.id.in_(list(chunk))).execute()


def move_related(fk: ForeignKeyField, survivor_id: int, other_ids: Sequence[int], log: ChangeLog) -> None:
    """Point the rows of ``other_ids`` at the survivor (or fold them); log every change."""
    model = fk.model
    fields = model._meta.fields
    unique_keys = _unique_keys(model, fk)
    same = SAME_THING.get(model, ())
    names = sorted({n for key in unique_keys for n in key} | set(same))
    deleted = model.deleted_at if soft(model) else SQL("NULL")
    columns = [model.id, fk, deleted, *(fields[n] for n in names)]

    def keys(row) -> tuple[list[tuple], tuple | None]:
        values = dict(zip(names, row[3:]))
        unique = [tuple(values[n] for n in key) for key in unique_keys]
        return unique, (tuple(values[n] for n in same) if same and row[2] is None else None)

    taken: list[dict[tuple, int | None]] = [{} for _ in unique_keys]  # key -> survivor's soft-deleted row
    taken_same: set[tuple] = set()
    survivor_rows = model.select(*columns).where(fk == survivor_id).tuples() if names or unique_keys else ()
    for row in survivor_rows:
        unique, same_key = keys(row)
        for i, key in enumerate(unique):
            taken[i][key] = row[0] if row[2] is not None else None
        if same_key is not None:
            taken_same.add(same_key)
    moved: dict[int, list[int]] = defaultdict(list)  # old owner -> ids
    folded: list[int] = []
    revived: list[tuple[int, object]] = []
    order = [model.deleted_at.is_null(False), model.id] if soft(model) else [model.id]  # live rows first
    for row in model.select(*columns).where(fk.in_(list(other_ids))).order_by(*order).tuples():
        unique, same_key = keys(row)
        clashes = [i for i, key in enumerate(unique) if None not in key and key in taken[i]]
        if clashes or (same_key is not None and same_key in taken_same):
            if row[2] is None and soft(model):
                folded.append(row[0])
                for i in clashes:  # the survivor had it once (untagged): it has it again
                    if (dead := taken[i][unique[i]]) is not None:
                        revived.append((dead, model.select(model.deleted_at).where(model.id == dead).scalar()))
                        taken[i][unique[i]] = None
            continue  # stays with the merged record
        moved[row[1]].append(row[0])
        for i, key in enumerate(unique):
            taken[i][key] = row[0] if row[2] is not None else None
        if same_key is not None:
            taken_same.add(same_key)
    table = model._meta.table_name
    for old_owner, ids in moved.items():
        _set(model, ids, {fk: survivor_id})
        log.rows += [[table, row_id, fk.column_name, old_owner, survivor_id] for row_id in ids]
    if folded:
        _set(model, folded, {model.deleted_at: utcnow()})
        log.folded += [[table, row_id] for row_id in folded]
    for row_id, deleted_at in revived:
        _set(model, [row_id], {model.deleted_at: None})
        log.rows.append([table, row_id, model.deleted_at.column_name, stamp(deleted_at), None])
    if model in ONE_PRIMARY and moved:
        _one_primary(fk, survivor_id, {i for ids in moved.values() for i in ids}, log)


def _one_primary(fk: ForeignKeyField, survivor_id: int, moved: set[int], log: ChangeLog) -> None:
    model = fk.model
    group, flag = (model._meta.fields[n] for n in ONE_PRIMARY[model])
    primaries: dict[object, list[int]] = defaultdict(list)
    query = model.select(model.id, group).where((fk == survivor_id) & (flag == True)  # noqa: E712
                                                & model.deleted_at.is_null()).order_by(model.id)
    for row_id, kind in query.tuples():
        primaries[kind].append(row_id)
    demote: list[int] = []
    for ids in primaries.values():
        if len(ids) > 1:
            keep = next((i for i in ids if i not in moved), ids[0])
            demote += [i for i in ids if i != keep and i in moved]
    if demote:
        _set(model, demote, {flag: False})
        log.rows += [[model._meta.table_name, row_id, flag.column_name, True, False] for row_id in demote]


def related_counts(model, ids: Sequence[int], fields: Sequence[ForeignKeyField]) -> dict[int, int]:
    """Live related rows of each record (for choosing a survivor)."""
    counts: dict[int, int] = defaultdict(int)
    for fk in fields:
        for chunk in _chunks(list(ids)):
            query = fk.model.select(fk, fn.COUNT(fk.model.id)).where(fk.in_(list(chunk)))
            if soft(fk.model):
                query = query.where(fk.model.deleted_at.is_null())
            for owner, count in query.group_by(fk).tuples():
                counts[owner] += count
    return counts


def reindex(entity: str, ids: Iterable[int]) -> None:
    ids = sorted(set(ids))
    if not ids:
        return
    if entity == "contact":
        search_documents.refresh_contacts(ids)
    else:
        search_documents.refresh_organizations(ids, with_people=True)


def stored_value(instance, name: str):
    """A field's value as the database holds it (JSON-able: ids, text, numbers, booleans)."""
    field = instance._meta.fields[name]
    if isinstance(field, ForeignKeyField):
        return instance.__data__.get(name)
    value = getattr(instance, name)
    return None if value is None else audit.to_jsonable(field.db_value(value))


def stamp(value) -> str | None:
    return to_utc_text(value) if value is not None else None

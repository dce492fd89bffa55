"""What the duplicates review screen shows: a group's records side by side, field by field, with
the values people recognise (company and owner names, not ids), and the merge history."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import ForeignKeyField

from crm_desktop.db.models import Contact, MergeRecord, Organization, User
from crm_desktop.db.models.people import person_name
from crm_desktop.services.merge import choosable_fields, choose_survivor
from crm_desktop.services.merge_rows import model_for, stored_value

HIDDEN = frozenset({"notes"})  # long free text: merged by the survivor choice, not shown in the grid


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    values: dict[str, Any]  # field -> value for display (names resolved; dates as dates)


@dataclass(frozen=True)
class GroupView:
    entity: str
    fields: tuple[str, ...]  # the rows of the grid, in form order
    records: tuple[Candidate, ...]
    suggested_survivor: int

    def differing(self) -> tuple[str, ...]:
        """Fields where the records disagree (and at least one has a value): the real choices."""
        return tuple(f for f in self.fields
                     if len({_key(r.values.get(f)) for r in self.records if r.values.get(f) not in (None, "")}) > 1)


def _key(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _names(model, ids: set[int], label) -> dict[int, str]:
    if not ids:
        return {}
    return {row.id: label(row) for row in model.select().where(model.id.in_(list(ids)))}


def group_view(entity: str, ids: list[int]) -> GroupView:
    model = model_for(entity)
    rows = list(model.select().where(model.id.in_(ids) & model.deleted_at.is_null()).order_by(model.id))
    fields = tuple(f for f in choosable_fields(model) if f not in HIDDEN)
    orgs = _names(Organization, {r.organization_id for r in rows if getattr(r, "organization_id", None)},
                  lambda o: o.name)
    owners = _names(User, {r.owner_id for r in rows if r.owner_id}, lambda u: u.display_name)
    records = []
    for row in rows:
        values = {}
        for field in fields:
            is_key = isinstance(model._meta.fields[field], ForeignKeyField)
            value = stored_value(row, field) if is_key else getattr(row, field)  # dates stay dates
            if field == "organization":
                value = orgs.get(value, "") if value else ""
            elif field == "owner":
                value = owners.get(value, "") if value else ""
            values[field] = value
        name = person_name(row.first_name, row.last_name) if entity == "contact" else row.name
        records.append(Candidate(row.id, name, values))
    survivor = choose_survivor(entity, [r.id for r in rows]) if len(rows) > 1 else (rows[0].id if rows else 0)
    return GroupView(entity, fields, tuple(records), survivor)


@dataclass(frozen=True)
class MergeEntry:
    id: int
    at: dt.datetime
    user: str
    entity: str
    survivor: str
    merged: int
    batch: str
    undone_at: dt.datetime | None


def history(limit: int = 200) -> list[MergeEntry]:
    users = {u.id: u.display_name for u in User.select()}
    rows = list(MergeRecord.alive().order_by(MergeRecord.id.desc()).limit(limit))
    names: dict[tuple[str, int], str] = {}
    for entity, model in (("contact", Contact), ("organization", Organization)):
        ids = {r.survivor_id for r in rows if r.entity == entity}
        for record in model.select().where(model.id.in_(list(ids))) if ids else []:
            names[(entity, record.id)] = record.display_name
    return [MergeEntry(r.id, r.created_at, users.get(r.created_by_id, ""), r.entity,
                       names.get((r.entity, r.survivor_id), ""), len(json.loads(r.merged_ids or "[]")), r.batch,
                       r.undone_at) for r in rows]

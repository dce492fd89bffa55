"""One table in full to Excel or CSV: people, companies, contact details, notes, tags or the
change history, with translated headers.

Live records only (not soft-deleted, and for details and notes not of a deleted person or
company); the history is every audit row, oldest first. Rows are read :data:`CHUNK` at a time by
id (keyset paging with plain SQL), so no table is ever held in memory. People and companies carry
their ``Record ID`` (the uid), and contact details and notes the ``Record ID`` of the record they
belong to, so the sheets can be matched up.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.db.base import database
from crm_desktop.db.fields import from_stored
from crm_desktop.db.models.people import PHONE_KINDS, person_name
from crm_desktop.services import labels
from crm_desktop.services.change_text import describe_changes
from crm_desktop.services.exports.table_writer import ExportColumn, table_format, write_table
from crm_desktop.services.progress import CancelToken, ProgressFn
from crm_desktop.services.settings import Preferences
from crm_desktop.text import i18n
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

ENTITIES = ("people", "companies", "points", "notes", "tags", "history")
CHUNK = 2000

_F = labels.FIELDS
_HISTORY = {  # the words of the History screen
    "at": QT_TRANSLATE_NOOP("History", "When"),
    "user": QT_TRANSLATE_NOOP("History", "Who"),
    "action": QT_TRANSLATE_NOOP("History", "Action"),
    "entity": QT_TRANSLATE_NOOP("History", "Record"),
    "summary": QT_TRANSLATE_NOOP("History", "Name"),
    "changes": QT_TRANSLATE_NOOP("History", "Changes"),
}
_SYSTEM = QT_TRANSLATE_NOOP("History", "System")

TITLES: dict[str, TranslatableText] = {
    "people": QT_TRANSLATE_NOOP("Export", "People"),
    "companies": QT_TRANSLATE_NOOP("Export", "Companies"),
    "points": QT_TRANSLATE_NOOP("Export", "Contact details"),
    "notes": QT_TRANSLATE_NOOP("Export", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Export", "Tags"),
    "history": QT_TRANSLATE_NOOP("Export", "History"),
}


@dataclass(frozen=True)
class _Table:
    """How one entity is read: its columns, the SQL after SELECT ... (ending in a WHERE clause the
    id condition is added to), the id column, and the mapping of a result row to values."""

    columns: tuple[tuple[str, TranslatableText, str], ...]  # key, header, kind
    select: str
    source: str
    id_column: str
    to_values: Callable[[tuple, _Context], list]


class _Context:
    """Words and names looked up once per export."""

    def __init__(self) -> None:
        self.users = {uid: full or name for uid, full, name in database.obj.execute_sql(
            'SELECT "id", "full_name", "username" FROM "app_user"').fetchall()}
        self.entities = {code: labels.label(labels.ENTITIES, code) for code in labels.ENTITIES}
        self.stages = {code: labels.label(labels.STAGES, code) for code in labels.STAGES}
        self.genders = {code: labels.label(labels.GENDERS, code) for code in labels.GENDERS if code}
        self.point_kinds = {code: labels.label(labels.POINT_KINDS, code) for code in labels.POINT_KINDS}
        self.actions = {code: labels.label(labels.ACTIONS, code) for code in labels.ACTIONS}


def _uid(value: Any) -> str:
    return str(uuid.UUID(str(value))) if value else ""


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _owner(ctx: _Context, contact_id, first, last, contact_uid, org_id, org_name, org_uid) -> list:
    """Record type, name and Record ID of the person or company a detail or note belongs to."""
    if contact_id is not None:
        return [ctx.entities["contact"], person_name(first or "", last or ""), _uid(contact_uid)]
    if org_id is not None:
        return [ctx.entities["organization"], org_name, _uid(org_uid)]
    return [None, None, None]


# --- people and companies -----------------------------------------------------------------------------


def _person(r: tuple, ctx: _Context) -> list:
    (_, uid, code, first, last, company, job, gender, national_code, birth, stage, source, owner, city, province,
     notes, recent, created, updated) = r
    return [_uid(uid), code, first, last, company, job, ctx.genders.get(gender, gender), national_code, _date(birth),
            ctx.stages.get(stage, stage), source, ctx.users.get(owner), city, province, notes, from_stored(recent),
            from_stored(created), from_stored(updated)]


PEOPLE = _Table(
    columns=(("uid", _F["uid"], "text"), ("code", _F["code"], "text"), ("first_name", _F["first_name"], "text"),
             ("last_name", _F["last_name"], "text"), ("company", _F["company"], "text"),
             ("job_title", _F["job_title"], "text"), ("gender", _F["gender"], "text"),
             ("national_code", _F["national_code"], "text"), ("birth_date", _F["birth_date"], "date"),
             ("lifecycle_stage", _F["lifecycle_stage"], "text"), ("source", _F["source"], "text"),
             ("owner", _F["owner"], "text"), ("city", _F["city"], "text"), ("province", _F["province"], "text"),
             ("notes", _F["notes"], "text"), ("last_interaction_at", _F["last_interaction_at"], "datetime"),
             ("created_at", _F["created_at"], "datetime"), ("updated_at", _F["updated_at"], "datetime")),
    select='c."id", c."uid", c."code", c."first_name", c."last_name", o."name", c."job_title", c."gender", '
           'c."national_code", c."birth_date", c."lifecycle_stage", c."source", c."owner_id", c."city", '
           'c."province", c."notes", c."last_interaction_at", c."created_at", c."updated_at"',
    source='"contact" c LEFT OUTER JOIN "organization" o ON o."id" = c."organization_id" AND o."deleted_at" IS NULL '
           'WHERE c."deleted_at" IS NULL',
    id_column='c."id"', to_values=_person)


def _company(r: tuple, ctx: _Context) -> list:
    (_, uid, code, name, industry, website, national_id, economic, owner, city, province, notes, recent, created,
     updated) = r
    return [_uid(uid), code, name, industry, website, national_id, economic, ctx.users.get(owner), city, province,
            notes, from_stored(recent), from_stored(created), from_stored(updated)]


COMPANIES = _Table(
    columns=(("uid", _F["uid"], "text"), ("code", _F["code"], "text"), ("name", _F["name"], "text"),
             ("industry", _F["industry"], "text"), ("website", _F["website"], "text"),
             ("national_id", _F["national_id"], "text"), ("economic_code", _F["economic_code"], "text"),
             ("owner", _F["owner"], "text"), ("city", _F["city"], "text"), ("province", _F["province"], "text"),
             ("notes", _F["notes"], "text"), ("last_interaction_at", _F["last_interaction_at"], "datetime"),
             ("created_at", _F["created_at"], "datetime"), ("updated_at", _F["updated_at"], "datetime")),
    select='"id", "uid", "code", "name", "industry", "website", "national_id", "economic_code", "owner_id", "city", '
           '"province", "notes", "last_interaction_at", "created_at", "updated_at"',
    source='"organization" WHERE "deleted_at" IS NULL', id_column='"id"', to_values=_company)


# --- contact details and notes ------------------------------------------------------------------------

_OWNER_COLUMNS = (("record_type", _F["record_type"], "text"), ("name", _F["name"], "text"),
                  ("uid", _F["uid"], "text"))
_OWNER_SELECT = 'x."contact_id", c."first_name", c."last_name", c."uid", x."organization_id", o."name", o."uid"'
_OWNER_JOIN = ('LEFT OUTER JOIN "contact" c ON c."id" = x."contact_id" '
               'LEFT OUTER JOIN "organization" o ON o."id" = x."organization_id" '
               'WHERE x."deleted_at" IS NULL AND c."deleted_at" IS NULL AND o."deleted_at" IS NULL')


def _point(r: tuple, ctx: _Context) -> list:
    _, *owner, kind, label, value, primary, created = r
    value = to_ascii_digits(value) if kind in PHONE_KINDS else value
    return [*_owner(ctx, *owner), ctx.point_kinds.get(kind, kind), label, value, bool(primary), from_stored(created)]


POINTS = _Table(
    columns=(*_OWNER_COLUMNS, ("kind", _F["kind"], "text"), ("label", _F["label"], "text"),
             ("value", _F["value"], "text"), ("is_primary", _F["is_primary"], "bool"),
             ("created_at", _F["created_at"], "datetime")),
    select=f'x."id", {_OWNER_SELECT}, x."kind", x."label", x."value", x."is_primary", x."created_at"',
    source=f'"contact_point" x {_OWNER_JOIN}', id_column='x."id"', to_values=_point)


def _note(r: tuple, ctx: _Context) -> list:
    _, *owner, body, pinned, author, created, updated = r
    return [*_owner(ctx, *owner), body, bool(pinned), ctx.users.get(author), from_stored(created),
            from_stored(updated)]


NOTES = _Table(
    columns=(*_OWNER_COLUMNS, ("body", _F["body"], "text"), ("pinned", _F["pinned"], "bool"),
             ("created_by", _F["created_by"], "text"), ("created_at", _F["created_at"], "datetime"),
             ("updated_at", _F["updated_at"], "datetime")),
    select=f'x."id", {_OWNER_SELECT}, x."body", x."pinned", x."created_by_id", x."created_at", x."updated_at"',
    source=f'"note" x {_OWNER_JOIN}', id_column='x."id"', to_values=_note)


# --- tags and history ---------------------------------------------------------------------------------


def _tag(r: tuple, ctx: _Context) -> list:
    _, name, color, people, companies, created = r
    return [name, color, int(people), int(companies), from_stored(created)]


def _uses(owner: str) -> str:
    return (f'(SELECT COUNT(*) FROM "tagging" g JOIN "{owner}" r ON r."id" = g."{owner}_id" '
            f'WHERE g."tag_id" = t."id" AND g."deleted_at" IS NULL AND r."deleted_at" IS NULL)')


TAGS = _Table(
    columns=(("name", _F["name"], "text"), ("color", _F["color"], "text"), ("people", _F["people"], "number"),
             ("companies", _F["companies"], "number"), ("created_at", _F["created_at"], "datetime")),
    select=f't."id", t."name", t."color", {_uses("contact")}, {_uses("organization")}, t."created_at"',
    source='"tag" t WHERE t."deleted_at" IS NULL', id_column='t."id"', to_values=_tag)


def _history(r: tuple, ctx: _Context) -> list:
    record_id, at, user, action, entity, target, summary, changes = r
    return [from_stored(at), ctx.users.get(user) if user is not None else i18n.render(_SYSTEM),
            ctx.actions.get(action, action), ctx.entities.get(entity, entity), target, summary,
            describe_changes(action, changes)]


HISTORY = _Table(
    columns=(("at", _HISTORY["at"], "datetime"), ("user", _HISTORY["user"], "text"),
             ("action", _HISTORY["action"], "text"), ("entity", _HISTORY["entity"], "text"),
             ("record_id", _F["record_id"], "number"), ("summary", _HISTORY["summary"], "text"),
             ("changes", _HISTORY["changes"], "text")),
    select='"id", "at", "user_id", "action", "entity", "record_id", "summary", "changes"',
    source='"audit_log" WHERE 1 = 1', id_column='"id"', to_values=_history)

TABLES: dict[str, _Table] = {"people": PEOPLE, "companies": COMPANIES, "points": POINTS, "notes": NOTES,
                             "tags": TAGS, "history": HISTORY}


# --- public API ---------------------------------------------------------------------------------------


def _table(entity: str) -> _Table:
    if entity not in TABLES:
        raise ValueError(f"unknown entity {entity!r}; expected one of {ENTITIES}")
    return TABLES[entity]


def entity_columns(entity: str) -> list[ExportColumn]:
    """The columns of one entity's sheet, headed in the current language."""
    return [ExportColumn(key, i18n.render(header), kind) for key, header, kind in _table(entity).columns]


def entity_count(entity: str) -> int:
    table = _table(entity)
    return int(database.obj.execute_sql(f"SELECT COUNT(*) FROM {table.source}").fetchone()[0])


def entity_rows(entity: str, chunk: int = CHUNK) -> Iterator[list]:
    """Every row of ``entity`` in id order (values in :func:`entity_columns` order), ``chunk`` at a time."""
    table, ctx, param = _table(entity), _Context(), database.obj.param
    sql = (f"SELECT {table.select} FROM {table.source} AND {table.id_column} > {param} "
           f"ORDER BY {table.id_column} LIMIT {param}")
    last = 0
    while True:
        rows = database.obj.execute_sql(sql, [last, chunk]).fetchall()
        for row in rows:
            yield table.to_values(row, ctx)
        if len(rows) < chunk:
            return
        last = rows[-1][0]


def export_entity(path: str | Path, entity: str, *, progress: ProgressFn | None = None,
                  cancel: CancelToken | None = None, prefs: Preferences | None = None) -> int:
    """Write every row of ``entity`` (one of :data:`ENTITIES`) to ``path`` (.xlsx or .csv); return
    how many rows. ``prefs`` (calendar, money unit) default to the acting user's. See
    :func:`.table_writer.write_table` for the file and its guarantees."""
    table_format(path)
    return write_table(path, entity_columns(entity), entity_rows(entity), sheet_title=i18n.render(TITLES[entity]),
                       progress=progress, cancel=cancel, total=entity_count(entity), prefs=prefs)


__all__ = ["ENTITIES", "describe_changes", "entity_columns", "entity_count", "entity_rows", "export_entity"]

"""The customers list: people and companies in one list, filtered and sorted in SQL, read a page
at a time so it stays light with a million rows.

Both kinds are one ``UNION ALL`` ordered by the chosen key; each arm walks its partial "alive"
index (``*_alive_sort`` / ``_created`` / ``_recent``) and SQLite merges the two ordered streams, so
the first page needs no sort of the whole table. A page far down the list is read from the other
end (the order reversed), so jumping to the last row costs as little as showing the first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from crm_desktop.db import search_index
from crm_desktop.db.base import database
from crm_desktop.db.fields import from_stored, to_utc_text
from crm_desktop.db.models import Contact, Organization
from crm_desktop.db.models.people import person_name
from crm_desktop.services.contact_points import primary_values
from crm_desktop.services.search import TOP, Query

KINDS = ("all", "contact", "organization")
SORTS = ("name", "newest", "recent")
SORT_COLUMNS = {"name": "sort_key", "newest": "created_at", "recent": "last_interaction_at"}
TABLES = {"contact": "contact", "organization": "organization"}


@dataclass(frozen=True)
class ListFilter:
    kind: str = "all"
    text: str = ""
    owner_id: int | None = None
    tag_id: int | None = None
    city: str = ""
    stage: str = ""  # people only: a stage filter leaves companies out
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    contacted_from: dt.date | None = None
    contacted_to: dt.date | None = None
    sort: str = "name"
    descending: bool = False

    def kinds(self) -> tuple[str, ...]:
        if self.stage or self.kind == "contact":
            return ("contact",) if self.kind in ("all", "contact") else ()
        return ("organization",) if self.kind == "organization" else ("contact", "organization")


@dataclass(frozen=True)
class CustomerRow:
    kind: str
    id: int
    name: str
    company: str
    phone: str
    email: str
    city: str
    owner: str
    stage: str
    tags: tuple[str, ...]
    created_at: dt.datetime | None
    last_interaction_at: dt.datetime | None


def _local_midnight_utc(day: dt.date) -> str:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return to_utc_text(local)


def _arm(kind: str, f: ListFilter, param: str) -> tuple[str, list]:
    """SELECT kind, id, <sort column> FROM <table> WHERE <filters>, with its parameters."""
    table, column = TABLES[kind], SORT_COLUMNS[f.sort]
    where, params = ['"deleted_at" IS NULL'], []
    if f.owner_id is not None:
        where.append(f'"owner_id" = {param}')
        params.append(f.owner_id)
    if f.city:
        where.append(f'"city" = {param}')
        params.append(f.city)
    if f.stage and kind == "contact":
        where.append(f'"lifecycle_stage" = {param}')
        params.append(f.stage)
    if f.tag_id is not None:
        where.append(f'"id" IN (SELECT "{kind}_id" FROM "tagging" WHERE "tag_id" = {param} AND "deleted_at" IS NULL)')
        params.append(f.tag_id)
    for name, low, high in (("created_at", f.created_from, f.created_to),
                            ("last_interaction_at", f.contacted_from, f.contacted_to)):
        if low is not None:
            where.append(f'"{name}" >= {param}')
            params.append(_local_midnight_utc(low))
        if high is not None:
            where.append(f'"{name}" < {param}')
            params.append(_local_midnight_utc(high + dt.timedelta(days=1)))
    text_sql, text_params = _text_filter(kind, f.text, param)
    if text_sql:
        where.append(text_sql)
        params += text_params
    sql = f"SELECT '{kind}' AS kind, \"id\", \"{column}\" AS sort_value FROM \"{table}\" WHERE {' AND '.join(where)}"
    return sql, params


def _text_filter(kind: str, text: str, param: str) -> tuple[str, list]:
    q = Query.parse(text)
    if not q.usable:
        return "", []
    long_words = [w for w in q.words if len(w) >= search_index.MIN_WORD]
    if long_words:
        sub, params = search_index.matching_ids_sql(kind, long_words)
        short = [w for w in q.words if len(w) < search_index.MIN_WORD]
        sql = f'"id" IN ({sub})' + "".join(f' AND "name_norm" LIKE {param}' for _ in short)
        return sql, params + [f"%{w}%" for w in short]
    return f'"name_norm" >= {param} AND "name_norm" < {param}', [q.text, q.text + TOP]


def _order(f: ListFilter, reverse: bool) -> str:
    descending = f.descending != reverse
    direction = "DESC" if descending else "ASC"
    nulls = ""
    if f.sort == "recent":  # people never contacted go last in "most recent first"
        nulls = " NULLS LAST" if descending else " NULLS FIRST"
    return f"sort_value {direction}{nulls}, \"id\" {direction}, kind {direction}"


def _union(f: ListFilter) -> tuple[str, list]:
    param = database.obj.param
    arms = [_arm(kind, f, param) for kind in f.kinds()]
    return " UNION ALL ".join(sql for sql, _ in arms), [p for _, params in arms for p in params]


def count(f: ListFilter) -> int:
    """How many rows the list has with this filter."""
    param, total = database.obj.param, 0
    for kind in f.kinds():
        sql, params = _arm(kind, f, param)
        total += int(database.obj.execute_sql(f"SELECT COUNT(*) FROM ({sql}) AS arm", params).fetchone()[0])
    return total


def page(f: ListFilter, offset: int, limit: int, *, total: int | None = None) -> list[CustomerRow]:
    """Rows ``offset`` .. ``offset + limit`` of the list (``total`` lets far pages read backwards)."""
    if not f.kinds() or limit <= 0:
        return []
    sql, params = _union(f)
    param = database.obj.param
    reverse = total is not None and offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        offset, limit = total - end, end - offset
    # ORDER BY directly on the compound select: SQLite then merges the two index-ordered arms
    # ("MERGE (UNION ALL)") instead of sorting everything
    rows = database.obj.execute_sql(f"{sql} ORDER BY {_order(f, reverse)} LIMIT {param} OFFSET {param}",
                                    [*params, limit, offset]).fetchall()
    keys = [(kind, record_id) for kind, record_id, _ in rows]
    if reverse:
        keys.reverse()
    return _hydrate([(kind, int(record_id)) for kind, record_id in keys])


def matching_keys(f: ListFilter) -> Iterator[tuple[str, int]]:
    """Every (kind, id) the list shows with this filter, in list order, without loading the rows
    (for exports of "everything in the list")."""
    if not f.kinds():
        return
    sql, params = _union(f)
    for kind, record_id, _ in database.obj.execute_sql(f"{sql} ORDER BY {_order(f, False)}", params):
        yield kind, int(record_id)


def _hydrate(keys: list[tuple[str, int]]) -> list[CustomerRow]:
    """The rows to show for these keys, with plain SQL: a page is read on every scroll."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, record_id in keys:
        by_kind[kind].append(record_id)
    owners = {uid: full or name for uid, full, name in database.obj.execute_sql(
        'SELECT "id", "full_name", "username" FROM "app_user"').fetchall()}
    rows: dict[tuple[str, int], CustomerRow] = {}
    for kind, ids in by_kind.items():
        points, tags = primary_values(kind, ids), _tags(kind, ids)
        for record_id, name, company, city, owner_id, stage, created, last in _basics(kind, ids):
            phone, email = points.get(record_id, ("", ""))
            rows[(kind, record_id)] = CustomerRow(kind, record_id, name, company, phone, email, city,
                                                  owners.get(owner_id, ""), stage, tags.get(record_id, ()),
                                                  from_stored(created), from_stored(last))
    return [rows[key] for key in keys if key in rows]


def _marks(ids: list[int]) -> str:
    return ", ".join([database.obj.param] * len(ids))


def _basics(kind: str, ids: list[int]):
    db = database.obj
    if kind == "contact":
        rows = db.execute_sql(
            f'SELECT c."id", c."first_name", c."last_name", o."name", c."city", c."owner_id", c."lifecycle_stage", '
            f'c."created_at", c."last_interaction_at" FROM "contact" c '
            f'LEFT OUTER JOIN "organization" o ON o."id" = c."organization_id" WHERE c."id" IN ({_marks(ids)})', ids)
        for cid, first, last, company, city, owner, stage, created, recent in rows.fetchall():
            yield cid, person_name(first, last), company or "", city, owner, stage, created, recent
        return
    rows = db.execute_sql(
        f'SELECT "id", "name", "city", "owner_id", "created_at", "last_interaction_at" FROM "organization" '
        f'WHERE "id" IN ({_marks(ids)})', ids)
    for oid, name, city, owner, created, recent in rows.fetchall():
        yield oid, name, "", city, owner, "", created, recent


def tag_names(kind: str, ids: list[int]) -> dict[int, list[str]]:
    """The live tags of these people or companies (``kind``), by record id, unsorted."""
    found: dict[int, list[str]] = defaultdict(list)
    rows = database.obj.execute_sql(
        f'SELECT tg."{kind}_id", t."name" FROM "tagging" tg JOIN "tag" t ON t."id" = tg."tag_id" '
        f'WHERE tg."{kind}_id" IN ({_marks(ids)}) AND tg."deleted_at" IS NULL AND t."deleted_at" IS NULL', ids)
    for owner_id, name in rows.fetchall():
        found[owner_id].append(name)
    return found


def _tags(kind: str, ids: list[int]) -> dict[int, tuple[str, ...]]:
    return {key: tuple(sorted(names)) for key, names in tag_names(kind, ids).items()}


def cities() -> list[str]:
    """Cities in use, for the filter (Persian alphabetical order)."""
    from crm_desktop.text.collation import persian_sort_key

    names = {c for (c,) in Contact.select(Contact.city).where(Contact.deleted_at.is_null()).distinct().tuples() if c}
    names |= {c for (c,) in Organization.select(Organization.city).where(
        Organization.deleted_at.is_null()).distinct().tuples() if c}
    return sorted(names, key=persian_sort_key)

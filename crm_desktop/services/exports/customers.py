"""The customers list to Excel or CSV: every row the list shows with its filter, in its order,
people and companies in one sheet.

The keys come from :func:`crm_desktop.services.customer_list.matching_keys` (the list's own SQL,
so the file matches the screen); they are read :data:`CHUNK` at a time and each chunk is filled in
with a few plain SQL queries (records, contact details, tags), never one query per row.

Several values of one kind (two mobiles) share a cell, joined with ``"; "``, primary first, then
oldest first. Tags are joined the way the language writes lists (``"، "`` in Persian, ``", "``
otherwise). Phones are written with Latin digits, as typed otherwise. Stage, gender and kind are
the translated words; the headers are :mod:`crm_desktop.services.labels` words, so the import
recognises an exported file in either language.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from crm_desktop.db.base import database
from crm_desktop.db.fields import from_stored
from crm_desktop.db.models.people import PHONE_KINDS, person_name
from crm_desktop.services import customer_list, labels
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.exports.table_writer import ExportColumn, table_format, write_table
from crm_desktop.services.progress import CancelToken, ProgressFn
from crm_desktop.services.settings import Preferences
from crm_desktop.text import i18n
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

CHUNK = 2000  # list rows filled in per round of queries
VALUE_SEPARATOR = "; "
LIST_SEPARATORS = {"fa": "\u060c ", "ar": "\u060c "}  # "، "; other languages ", "
SHEET_TITLE = QT_TRANSLATE_NOOP("Export", "Customers")

# (column key, label table, label code, kind), in sheet order
_F, _P = labels.FIELDS, labels.POINT_KINDS
COLUMNS: tuple[tuple[str, dict, str, str], ...] = (
    ("kind", _F, "kind", "text"),
    ("code", _F, "code", "text"),
    ("first_name", _F, "first_name", "text"),
    ("last_name", _F, "last_name", "text"),
    ("name", _F, "display_name", "text"),  # not "Name": in Persian that is also "First name" (نام)
    ("company", _F, "company", "text"),
    ("job_title", _F, "job_title", "text"),
    ("industry", _F, "industry", "text"),
    ("mobile", _P, "mobile", "phone"),
    ("phone", _P, "phone", "phone"),
    ("email", _P, "email", "text"),
    ("address", _P, "address", "text"),
    ("website", _P, "website", "text"),
    ("fax", _P, "fax", "phone"),
    ("whatsapp", _P, "whatsapp", "phone"),
    ("telegram", _P, "telegram", "text"),
    ("instagram", _P, "instagram", "text"),
    ("linkedin", _P, "linkedin", "text"),
    ("other", _P, "other", "text"),
    ("city", _F, "city", "text"),
    ("province", _F, "province", "text"),
    ("national_code", _F, "national_code", "text"),
    ("national_id", _F, "national_id", "text"),
    ("economic_code", _F, "economic_code", "text"),
    ("birth_date", _F, "birth_date", "date"),
    ("gender", _F, "gender", "text"),
    ("lifecycle_stage", _F, "lifecycle_stage", "text"),
    ("source", _F, "source", "text"),
    ("owner", _F, "owner", "text"),
    ("tags", _F, "tags", "text"),
    ("notes", _F, "notes", "text"),
    ("created_at", _F, "created_at", "datetime"),
    ("last_interaction_at", _F, "last_interaction_at", "datetime"),
)


def customer_columns() -> list[ExportColumn]:
    """The columns of the customers sheet, headed in the current language."""
    return [ExportColumn(key, labels.label(table, code), kind) for key, table, code, kind in COLUMNS]


def list_separator() -> str:
    return LIST_SEPARATORS.get(i18n.current_language(), ", ")


# --- reading a chunk ----------------------------------------------------------------------------------


def _marks(ids: Sequence[int]) -> str:
    return ", ".join([database.obj.param] * len(ids))


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _points(kind: str, ids: list[int]) -> dict[int, dict[str, str]]:
    """owner id -> point kind -> the values joined, primary first then oldest first."""
    owner = "contact_id" if kind == "contact" else "organization_id"
    rows = database.obj.execute_sql(
        f'SELECT "{owner}", "kind", "value", "is_primary", "id" FROM "contact_point" '
        f'WHERE "{owner}" IN ({_marks(ids)}) AND "deleted_at" IS NULL', ids).fetchall()
    rows.sort(key=lambda r: (r[0], r[1], not r[3], r[4]))
    found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for owner_id, point_kind, value, _, _ in rows:
        value = to_ascii_digits(value) if point_kind in PHONE_KINDS else value
        if value and value not in found[owner_id][point_kind]:
            found[owner_id][point_kind].append(value)
    return {oid: {k: VALUE_SEPARATOR.join(v) for k, v in kinds.items()} for oid, kinds in found.items()}


def _tags(kind: str, ids: list[int], separator: str) -> dict[int, str]:
    return {oid: separator.join(sorted(names, key=persian_sort_key))
            for oid, names in customer_list.tag_names(kind, ids).items()}


class _Words:
    """Translated words looked up once per export (they are the same for every row)."""

    def __init__(self) -> None:
        self.kinds = {code: labels.label(labels.ENTITIES, code) for code in ("contact", "organization")}
        self.stages = {code: labels.label(labels.STAGES, code) for code in labels.STAGES}
        self.genders = {code: labels.label(labels.GENDERS, code) for code in labels.GENDERS if code}
        self.separator = list_separator()
        self.owners = {uid: full or name for uid, full, name in database.obj.execute_sql(
            'SELECT "id", "full_name", "username" FROM "app_user"').fetchall()}


def _people(ids: list[int], words: _Words) -> dict[int, dict]:
    rows = database.obj.execute_sql(
        'SELECT c."id", c."code", c."first_name", c."last_name", o."name", c."job_title", c."city", c."province", '
        'c."national_code", c."birth_date", c."gender", c."lifecycle_stage", c."source", c."owner_id", c."notes", '
        'c."created_at", c."last_interaction_at" FROM "contact" c '
        'LEFT OUTER JOIN "organization" o ON o."id" = c."organization_id" AND o."deleted_at" IS NULL '
        f'WHERE c."id" IN ({_marks(ids)}) AND c."deleted_at" IS NULL', ids).fetchall()
    points, tags = _points("contact", ids), _tags("contact", ids, words.separator)
    found: dict[int, dict] = {}
    for (cid, code, first, last, company, job, city, province, national_code, birth, gender, stage, source,
         owner, notes, created, recent) in rows:
        found[cid] = {
            **points.get(cid, {}), "kind": words.kinds["contact"], "code": code, "first_name": first,
            "last_name": last, "name": person_name(first, last), "company": company, "job_title": job,
            "city": city, "province": province, "national_code": national_code, "birth_date": _date(birth),
            "gender": words.genders.get(gender, gender), "lifecycle_stage": words.stages.get(stage, stage),
            "source": source, "owner": words.owners.get(owner, ""), "tags": tags.get(cid, ""), "notes": notes,
            "created_at": from_stored(created), "last_interaction_at": from_stored(recent)}
    return found


def _companies(ids: list[int], words: _Words) -> dict[int, dict]:
    rows = database.obj.execute_sql(
        'SELECT "id", "code", "name", "industry", "website", "city", "province", "national_id", "economic_code", '
        '"owner_id", "notes", "created_at", "last_interaction_at" FROM "organization" '
        f'WHERE "id" IN ({_marks(ids)}) AND "deleted_at" IS NULL', ids).fetchall()
    points, tags = _points("organization", ids), _tags("organization", ids, words.separator)
    found: dict[int, dict] = {}
    for (oid, code, name, industry, website, city, province, national_id, economic, owner, notes, created,
         recent) in rows:
        mine = points.get(oid, {})
        sites = [site for site in (website, *mine.get("website", "").split(VALUE_SEPARATOR)) if site]
        found[oid] = {
            **mine, "kind": words.kinds["organization"], "code": code, "name": name, "industry": industry,
            "website": VALUE_SEPARATOR.join(dict.fromkeys(sites)), "city": city, "province": province,
            "national_id": national_id, "economic_code": economic, "owner": words.owners.get(owner, ""),
            "tags": tags.get(oid, ""), "notes": notes, "created_at": from_stored(created),
            "last_interaction_at": from_stored(recent)}
    return found


def customer_rows(f: ListFilter, chunk: int = CHUNK) -> Iterator[list]:
    """One list of values per row of the list (in :func:`customer_columns` order), in list order."""
    keys = customer_list.matching_keys(f)
    words = _Words()
    columns = [key for key, *_ in COLUMNS]
    try:
        while batch := list(islice(keys, chunk)):
            by_kind: dict[str, list[int]] = defaultdict(list)
            for kind, record_id in batch:
                by_kind[kind].append(record_id)
            records = {("contact", i): r for i, r in _people(by_kind["contact"], words).items()} \
                if by_kind["contact"] else {}
            if by_kind["organization"]:
                records.update({("organization", i): r for i, r in _companies(by_kind["organization"], words).items()})
            for key in batch:
                record = records.get(key)
                if record is not None:  # deleted since the keys were read
                    yield list(map(record.get, columns))
    finally:
        keys.close()


def export_customers(path: str | Path, f: ListFilter, *, progress: ProgressFn | None = None,
                     cancel: CancelToken | None = None, prefs: Preferences | None = None) -> int:
    """Write the customers list with filter ``f`` (and its sort) to ``path`` (.xlsx or .csv);
    return how many rows. ``prefs`` (calendar, money unit) default to the acting user's. See
    :func:`.table_writer.write_table` for the file and its guarantees."""
    table_format(path)  # an unusable name fails before any query
    return write_table(path, customer_columns(), customer_rows(f), sheet_title=i18n.render(SHEET_TITLE),
                       progress=progress, cancel=cancel, total=customer_list.count(f), prefs=prefs)


__all__ = ["COLUMNS", "customer_columns", "customer_rows", "export_customers"]

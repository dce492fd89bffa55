"""Finding the record a row is already in the database as (or an earlier row of the same file).

Rows match on the keys the mapping allows: phones and mobiles (normalised E.164), emails
(case-folded), national code (people) or national ID (companies), the office's customer code,
and for companies also the normalised name. Lookups run once per chunk of rows over indexed
columns, never once per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, Deal, Lead, Organization
from crm_desktop.db.models.people import PHONE_KINDS
from crm_desktop.services.imports.row_parser import ParsedRow
from crm_desktop.text.normalize import normalize_text

TARGETS = {"person": Contact, "company": Organization, "lead": Lead, "deal": Deal}
DEAL_KEY = """d."title_norm" || '|' || COALESCE(c."name_norm", o."name_norm", '')"""  # as deal_rows.deal_key
LEAD_COLUMNS = {"phone": "phone_norm", "email": "email_norm"}  # a lead keeps its one phone and email itself
PARAMETERS = 900  # values per lookup query


def _marks(db, values: Sequence[object]) -> str:
    return ", ".join([db.param] * len(values))


class Match:
    __slots__ = ("record_id", "key", "earlier_row")

    def __init__(self, record_id: int | None, key: str, earlier_row: int | None = None) -> None:
        self.record_id = record_id
        self.key = key
        self.earlier_row = earlier_row


def _row_keys(row: ParsedRow) -> list[tuple[str, str]]:
    keys = list(row.keys)
    if row.kind == "company" and row.values.get("name"):
        keys.append(("name", normalize_text(row.values["name"])))
    return keys


class Matcher:
    def __init__(self) -> None:
        self.found: dict[tuple[str, str, str], int] = {}  # (target, key, value) -> record id
        self.earlier: dict[tuple[str, str, str], int] = {}  # ... -> row number in this file
        self.claimed: dict[tuple[str, int], int] = {}  # (target, record id) -> the row updating it

    def load(self, rows: Iterable[ParsedRow]) -> None:
        """Look up every key of these rows in the database (one query per key kind and target)."""
        wanted: dict[tuple[str, str], set[str]] = {}
        for row in rows:
            for key, value in _row_keys(row):
                if (row.kind, key, value) not in self.found:
                    wanted.setdefault((row.kind, key), set()).add(value)
        for (target, key), values in wanted.items():
            for record_id, value in self._query(target, key, sorted(values)):
                self.found.setdefault((target, key, value), record_id)

    @staticmethod
    def _query(target: str, key: str, values: Sequence[str]) -> list[tuple[int, str]]:
        """(record id, value) of live records with one of these values (plain SQL: building a
        query object with a thousand parameters costs more than running it)."""
        model = TARGETS[target]
        table = model._meta.table_name
        db = database.obj
        if target == "deal":
            sql = (f'SELECT d."id", {DEAL_KEY} FROM "deal" d LEFT JOIN "contact" c ON c."id" = d."contact_id" '
                   'LEFT JOIN "organization" o ON o."id" = d."organization_id" '
                   f'WHERE d."deleted_at" IS NULL AND {DEAL_KEY} IN ({{marks}}) ORDER BY d."id"')
            head = []
        elif target == "lead":
            if key not in LEAD_COLUMNS:
                return []
            column = LEAD_COLUMNS[key]
            sql = (f'SELECT "id", "{column}" FROM "{table}" WHERE "deleted_at" IS NULL AND "{column}" IN ({{marks}}) '
                   'ORDER BY "id"')
            head = []
        elif key in ("phone", "email"):
            owner = "contact_id" if target == "person" else "organization_id"
            kinds = list(PHONE_KINDS) if key == "phone" else ["email"]
            sql = (f'SELECT p."{owner}", p."value_norm" FROM "contact_point" p JOIN "{table}" r ON r."id" = p."{owner}" '
                   f'WHERE p."deleted_at" IS NULL AND r."deleted_at" IS NULL AND p."kind" IN ({_marks(db, kinds)}) '
                   'AND p."value_norm" IN ({marks}) ORDER BY p."' + owner + '"')
            head = kinds
        else:
            column = {"national_code": "national_code" if target == "person" else "national_id",
                      "code": "code", "name": "name_norm"}[key]
            sql = (f'SELECT "id", "{column}" FROM "{table}" WHERE "deleted_at" IS NULL AND "{column}" IN ({{marks}}) '
                   'ORDER BY "id"')
            head = []
        found: list[tuple[int, str]] = []
        for start in range(0, len(values), PARAMETERS):
            part = list(values[start:start + PARAMETERS])
            found += db.execute_sql(sql.format(marks=_marks(db, part)), [*head, *part]).fetchall()
        return found

    def match(self, row: ParsedRow) -> Match | None:
        """The existing record (first key that finds one), else an earlier row with a shared key."""
        keys = _row_keys(row)
        for key, value in keys:
            record_id = self.found.get((row.kind, key, value))
            if record_id is not None:
                return Match(record_id, key)
        for key, value in keys:
            earlier = self.earlier.get((row.kind, key, value))
            if earlier is not None:
                return Match(None, key, earlier)
        return None

    def remember(self, row: ParsedRow, record_id: int | None = None) -> None:
        """Later rows with one of this row's keys are duplicates of it (or of ``record_id``)."""
        for key, value in _row_keys(row):
            self.earlier.setdefault((row.kind, key, value), row.number)
            if record_id is not None:
                self.found.setdefault((row.kind, key, value), record_id)

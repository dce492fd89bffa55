"""Find anyone in a keystroke: people and companies by name (substring), company, any phone
format, email, national code.

The query goes through the same normaliser as the stored documents ("علي" finds "علی", "۰۹۱۲"
finds "0912", ZWNJ or not). Candidates come from the full-text index (newest first) plus the name
index (exact and prefix matches, which the trigram index cannot rank); they are then ranked:
the whole name > whole words of it > words starting with the query > the name containing it >
other fields (phone, email, company, codes); within a rank the most recently contacted first.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db import search_index
from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, Organization
from crm_desktop.services.contact_points import primary_values
from crm_desktop.text.normalize import normalize_text
from crm_desktop.text.phone import phone_search_key

CANDIDATES = 120  # per kind, from the full-text index (newest first)
NAME_CANDIDATES = 100  # per kind, exact and prefix each
TOP = "\U0010ffff"
KINDS = ("contact", "organization")
MODELS = {"contact": Contact, "organization": Organization}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "organization"
    id: int
    name: str
    company: str
    phone: str  # primary phone as stored (E.164 when known)
    email: str
    rank: int  # 0 whole name, 1 whole words, 2 word starts, 3 inside the name, 4 other fields


@dataclass(frozen=True)
class Query:
    text: str  # normalised
    words: tuple[str, ...]
    digits: str | None  # phone-like queries: digits as the index stores them

    @classmethod
    def parse(cls, raw: str) -> Query:
        digits = phone_search_key(raw)
        text = normalize_text(raw)
        words = (digits,) if digits else tuple(text.split())
        return cls(text, words, digits)

    @property
    def usable(self) -> bool:
        return bool(self.text)


def _rank(q: Query, name_norm: str, document: str | None) -> int | None:
    """0 the whole name, 1 whole words of the name, 2 starts of words, 3 inside the name, 4 another
    field (phone, email, company, code); None when the record does not match after all.
    (Plain string tests: this runs for every candidate of every keystroke.)"""
    if q.digits is None:
        if name_norm == q.text:
            return 0
        padded = f" {name_norm} "
        if all(f" {word} " in padded for word in q.words):
            return 1
        if all(f" {word}" in padded for word in q.words):
            return 2
        if all(word in name_norm for word in q.words):
            return 3
    if document is not None and all(word in document for word in q.words):
        return 4
    return None


def _name_candidates(kind: str, q: Query) -> list[tuple]:
    """(id, name_norm, last_interaction_at) of names equal to, or starting with, the query: the
    name index answers these at once, and the trigram index cannot rank them."""
    if q.digits is not None:
        return []
    db, table = database.obj, MODELS[kind]._meta.table_name
    p = db.param
    base = f'SELECT "id", "name_norm", "last_interaction_at" FROM "{table}" WHERE "deleted_at" IS NULL AND '
    exact = db.execute_sql(base + f'"name_norm" = {p} ORDER BY "last_interaction_at" DESC LIMIT {p}',
                           (q.text, NAME_CANDIDATES)).fetchall()
    prefix = db.execute_sql(base + f'"name_norm" >= {p} AND "name_norm" < {p} LIMIT {p}',
                            (q.text, q.text + TOP, NAME_CANDIDATES)).fetchall()
    return exact + prefix


def _point_prefixes(q: Query) -> list[str]:
    """Stored forms a phone or email typed from its start begins with (+98912…, +1650…, ali.k…)."""
    if q.digits is not None:
        national = [f"+98{q.digits}"] if q.digits[0] in "123456789" and len(q.digits) >= 3 else []
        return [*national, f"+{q.digits}"]
    if len(q.words) == 1 and ("@" in q.text or "." in q.text) and len(q.text) >= 3:
        return [q.text]
    return []


def _point_candidates(kind: str, q: Query) -> list[tuple]:
    """(id, name_norm, last_interaction_at) of records with a phone or email starting with what
    was typed: the value index answers at once where the trigram index reads long lists."""
    db, table = database.obj, MODELS[kind]._meta.table_name
    owner = "contact_id" if kind == "contact" else "organization_id"
    p, rows = db.param, []
    for prefix in _point_prefixes(q):
        rows += db.execute_sql(
            f'SELECT r."id", r."name_norm", r."last_interaction_at" FROM "contact_point" cp '
            f'JOIN "{table}" r ON r."id" = cp."{owner}" WHERE cp."value_norm" >= {p} AND cp."value_norm" < {p} '
            f'AND cp."deleted_at" IS NULL AND r."deleted_at" IS NULL LIMIT {p}',
            (prefix, prefix + TOP, NAME_CANDIDATES)).fetchall()
    return rows


def _ranked(kind: str, q: Query, limit: int) -> list[tuple[int, object, int, str]]:
    """(rank, last_interaction_at, id, kind) of this kind's best candidates."""
    found: dict[int, tuple[int, object, int, str]] = {}
    for record_id, name_norm, last in _name_candidates(kind, q):
        rank = _rank(q, name_norm, None)
        if rank is not None:
            found[record_id] = (rank, last, record_id, kind)
    if sum(1 for r in found.values() if r[0] == 0) >= limit:
        return list(found.values())  # enough records carry exactly this name: nothing can rank above them
    by_value = _point_candidates(kind, q)
    for record_id, _, last in by_value:
        found.setdefault(record_id, (4, last, record_id, kind))
    long_number = q.digits is not None and len(q.digits) >= 7
    if len(by_value) >= limit or (long_number and by_value):
        return list(found.values())  # typed from the start of a number or address: found by its value
    for record_id, document, name_norm, last in search_index.match_records(kind, q.words, CANDIDATES):
        if record_id not in found:
            rank = _rank(q, name_norm, document)
            if rank is not None:
                found[record_id] = (rank, last, record_id, kind)
    return list(found.values())


def _order(candidates: list[tuple[int, object, int, str]]) -> list[tuple[int, object, int, str]]:
    """Best rank first; within a rank the latest interaction first (never contacted last), then
    the newest record. Stored times compare as they are (fixed-width UTC text, or timestamps)."""
    candidates.sort(key=lambda c: c[2], reverse=True)
    candidates.sort(key=lambda c: (c[1] is not None, c[1] or ""), reverse=True)
    candidates.sort(key=lambda c: c[0])
    return candidates


def _in(ids: list[int]) -> str:
    return ", ".join([database.obj.param] * len(ids))


def _names(kind: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    db = database.obj
    if kind == "contact":
        rows = db.execute_sql(
            f'SELECT c."id", c."first_name", c."last_name", o."name" FROM "contact" c LEFT OUTER JOIN '
            f'"organization" o ON o."id" = c."organization_id" WHERE c."id" IN ({_in(ids)})', ids).fetchall()
        return {cid: (" ".join(p for p in (first, last) if p), company or "") for cid, first, last, company in rows}
    rows = db.execute_sql(f'SELECT "id", "name" FROM "organization" WHERE "id" IN ({_in(ids)})', ids).fetchall()
    return {oid: (name, "") for oid, name in rows}


def _hits(kind: str, chosen: list[tuple[int, int]]) -> list[SearchHit]:
    ids = [record_id for record_id, _ in chosen]
    points, names = primary_values(kind, ids), _names(kind, ids)
    return [SearchHit(kind, record_id, *names.get(record_id, ("", "")), *points.get(record_id, ("", "")), rank)
            for record_id, rank in chosen]


def search(query: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    """The best ``limit`` matches for what was typed, people and companies together."""
    q = Query.parse(query)
    if not q.usable:
        return []
    candidates: list[tuple[int, object, int, str]] = []
    for kind in kinds:
        candidates += _ranked(kind, q, limit)
    top = _order(candidates)[:limit]
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for rank, _, record_id, kind in top:
        by_kind.setdefault(kind, []).append((record_id, rank))
    hits = {(h.kind, h.id): h for kind, chosen in by_kind.items() for h in _hits(kind, chosen)}
    return [hits[(kind, record_id)] for _, _, record_id, kind in top]

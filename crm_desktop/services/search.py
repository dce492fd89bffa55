"""Find anyone in a keystroke: people and companies by name (substring), company, any phone
format, email, national code.

The query goes through the same normaliser as the stored documents ("علي" finds "علی", "۰۹۱۲"
finds "0912", ZWNJ or not). Candidates come from the full-text index (newest first) plus the name
index (exact and prefix matches, which the trigram index cannot rank); they are then ranked:
the whole name > whole words of it > words starting with the query > the name containing it >
other fields (phone, email, company, codes); within a rank the most recently contacted first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.db import search_index
from crm_desktop.db.models import Contact, Organization
from crm_desktop.services.contact_points import primary_values
from crm_desktop.text.normalize import normalize_text
from crm_desktop.text.phone import phone_search_key

CANDIDATES = 400  # per kind, from the full-text index
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
    field (phone, email, company, code); None when the record does not match after all."""
    if q.digits is None:
        if name_norm == q.text:
            return 0
        name_words = name_norm.split()
        if all(word in name_words for word in q.words):
            return 1
        if all(any(w.startswith(word) for w in name_words) for word in q.words):
            return 2
        if all(word in name_norm for word in q.words):
            return 3
    if document is not None and all(word in document for word in q.words):
        return 4
    return None


def _name_candidates(model, q: Query) -> set[int]:
    if q.digits is not None:
        return set()
    alive = model.deleted_at.is_null()
    exact = model.select(model.id).where(alive & (model.name_norm == q.text)).limit(NAME_CANDIDATES)
    prefix = model.select(model.id).where(
        alive & (model.name_norm >= q.text) & (model.name_norm < q.text + TOP)).limit(NAME_CANDIDATES)
    return {row[0] for row in exact.tuples()} | {row[0] for row in prefix.tuples()}


def _ranked(kind: str, q: Query) -> list[tuple[tuple, int, int]]:
    model = MODELS[kind]
    documents = dict(search_index.match(kind, q.words, CANDIDATES))
    ids = set(documents) | _name_candidates(model, q)
    if not ids:
        return []
    ranked = []
    rows = model.select(model.id, model.name_norm, model.last_interaction_at).where(
        model.id.in_(list(ids)) & model.deleted_at.is_null()).tuples()
    for record_id, name_norm, last in rows:
        rank = _rank(q, name_norm, documents.get(record_id))
        if rank is not None:
            recency = -(last.timestamp() if isinstance(last, dt.datetime) else 0.0)
            ranked.append(((rank, recency, -record_id), record_id, rank))
    return ranked


def _hits(kind: str, chosen: list[tuple[int, int]]) -> list[SearchHit]:
    ids = [record_id for record_id, _ in chosen]
    points = primary_values(kind, ids)
    if kind == "contact":
        rows = {r[0]: (r[1], r[2], r[3] or "") for r in Contact.select(
            Contact.id, Contact.first_name, Contact.last_name, Organization.name)
            .join(Organization, JOIN.LEFT_OUTER, on=(Contact.organization == Organization.id))
            .where(Contact.id.in_(ids)).tuples()}
        names = {cid: (" ".join(p for p in (first, last) if p), company) for cid, (first, last, company) in rows.items()}
    else:
        names = {r[0]: (r[1], "") for r in Organization.select(Organization.id, Organization.name)
                 .where(Organization.id.in_(ids)).tuples()}
    return [SearchHit(kind, record_id, *names.get(record_id, ("", "")), *points.get(record_id, ("", "")), rank)
            for record_id, rank in chosen]


def search(query: str, limit: int = 50, kinds: tuple[str, ...] = KINDS) -> list[SearchHit]:
    """The best ``limit`` matches for what was typed, people and companies together."""
    q = Query.parse(query)
    if not q.usable:
        return []
    ranked = []
    for kind in kinds:
        ranked += [(key, kind, record_id, rank) for key, record_id, rank in _ranked(kind, q)]
    ranked.sort(key=lambda item: item[0])
    top = ranked[:limit]
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for _, kind, record_id, rank in top:
        by_kind.setdefault(kind, []).append((record_id, rank))
    hits = {(h.kind, h.id): h for kind, chosen in by_kind.items() for h in _hits(kind, chosen)}
    return [hits[(kind, record_id)] for _, kind, record_id, _ in top]

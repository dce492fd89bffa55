"""The full-text index behind instant search; the only module that knows FTS5.

SQLite: one FTS5 table per kind (``contact_fts``, ``organization_fts``) with the trigram tokenizer,
so any run of 3+ characters matches anywhere in a document (substring search, ZWNJ or not);
``rowid`` is the record id. PostgreSQL: a plain ``search_document`` table searched with
``LIKE '%word%'`` (accelerated by a pg_trgm index where the extension could be created).

Documents are the normalised text of a record (names, company, emails, phone digits, codes); the
services build them (:mod:`crm_desktop.services.search_documents`) and this module stores and
matches them. Words shorter than 3 characters cannot use the trigram index and are filtered by
the caller on the returned document text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee

from crm_desktop.db.base import database

KINDS = ("contact", "organization", "case", "article")
MIN_WORD = 3  # trigram


class SearchUnavailableError(RuntimeError):
    """This SQLite build has no FTS5 (or no trigram tokenizer)."""


def _db() -> peewee.Database:
    return database.obj


def is_sqlite(db: peewee.Database | None = None) -> bool:
    return isinstance(db or _db(), peewee.SqliteDatabase)


def fts5_trigram_available(db: peewee.Database) -> bool:
    """True when this SQLite can build trigram FTS5 tables (checked on a throwaway temp table)."""
    try:
        db.execute_sql("CREATE VIRTUAL TABLE temp.crm_fts_probe USING fts5(x, tokenize='trigram')")
        db.execute_sql("DROP TABLE temp.crm_fts_probe")
        return True
    except peewee.OperationalError:
        return False


def fts_table(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}")
    return f"{kind}_fts"


def replace(kind: str, documents: Iterable[tuple[int, str]]) -> int:
    """Store (id, text) documents, replacing earlier ones of the same ids. Call in a transaction."""
    rows = list(documents)
    if not rows:
        return 0
    remove(kind, [record_id for record_id, _ in rows])
    return add(kind, rows)


def add(kind: str, documents: Sequence[tuple[int, str]]) -> int:
    """Store (id, text) documents of records that have none yet (new ones). Call in a transaction."""
    rows = documents
    if not rows:
        return 0
    db = _db()
    if is_sqlite(db):
        db.cursor().executemany(f"INSERT INTO {fts_table(kind)} (rowid, body) VALUES (?, ?)", rows)
    else:
        db.cursor().executemany("INSERT INTO search_document (kind, ref_id, body) VALUES (%s, %s, %s)",
                                [(kind, record_id, body) for record_id, body in rows])
    return len(rows)


def remove(kind: str, ids: Sequence[int]) -> None:
    db = _db()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ", ".join([db.param] * len(chunk))
        if is_sqlite(db):
            db.execute_sql(f"DELETE FROM {fts_table(kind)} WHERE rowid IN ({marks})", chunk)
        else:
            db.execute_sql(f"DELETE FROM search_document WHERE kind = %s AND ref_id IN ({marks})", [kind, *chunk])


def clear(kind: str) -> None:
    db = _db()
    if is_sqlite(db):
        db.execute_sql(f"DELETE FROM {fts_table(kind)}")
    else:
        db.execute_sql("DELETE FROM search_document WHERE kind = %s", (kind,))


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


TABLES = {"contact": "contact", "organization": "organization", "case": "support_case", "article": "knowledge_article"}


def match_records(kind: str, words: Sequence[str], limit: int) -> list[tuple[int, str, str, object]]:
    """(id, document, name_norm, last_interaction_at) of live records whose documents contain
    every word (each >= 3 characters), newest id first: the index and the record in one query."""
    words = [w for w in words if len(w) >= MIN_WORD]
    if not words:
        return []
    db, table = _db(), TABLES[kind]
    columns = 'r."id", {body}, r."name_norm", r."last_interaction_at"'
    if is_sqlite(db):
        fts = fts_table(kind)
        sql = (f'SELECT {columns.format(body="f.body")} FROM {fts} f JOIN "{table}" r ON r."id" = f.rowid '
               f'WHERE {fts} MATCH ? AND r."deleted_at" IS NULL ORDER BY f.rowid DESC LIMIT ?')
        return db.execute_sql(sql, (" AND ".join(_fts_phrase(w) for w in words), limit)).fetchall()
    conditions = " AND ".join(["d.body LIKE %s ESCAPE '\\'"] * len(words))
    sql = (f'SELECT {columns.format(body="d.body")} FROM search_document d JOIN "{table}" r ON r."id" = d.ref_id '
           f'WHERE d.kind = %s AND {conditions} AND r."deleted_at" IS NULL ORDER BY d.ref_id DESC LIMIT %s')
    return db.execute_sql(sql, (kind, *[_like(w) for w in words], limit)).fetchall()


def matching_ids_sql(kind: str, words: Sequence[str]) -> tuple[str, list]:
    """A sub-select of the ids whose documents contain every word, for ``id IN (...)`` filters."""
    words = [w for w in words if len(w) >= MIN_WORD]
    db = _db()
    if is_sqlite(db):
        return (f"SELECT rowid FROM {fts_table(kind)} WHERE {fts_table(kind)} MATCH ?",
                [" AND ".join(_fts_phrase(w) for w in words)])
    conditions = " AND ".join(["body LIKE %s ESCAPE '\\'"] * len(words))
    return f"SELECT ref_id FROM search_document WHERE kind = %s AND {conditions}", [kind, *[_like(w) for w in words]]


def documents(kind: str) -> list[tuple[int, str]]:
    """Every (id, text) document of this kind, by id (for checks and diagnostics)."""
    db = _db()
    if is_sqlite(db):
        return db.execute_sql(f"SELECT rowid, body FROM {fts_table(kind)} ORDER BY rowid").fetchall()
    return db.execute_sql("SELECT ref_id, body FROM search_document WHERE kind = %s ORDER BY ref_id",
                          (kind,)).fetchall()


def count(kind: str) -> int:
    db = _db()
    if is_sqlite(db):
        return db.execute_sql(f"SELECT COUNT(*) FROM {fts_table(kind)}").fetchone()[0]
    return db.execute_sql("SELECT COUNT(*) FROM search_document WHERE kind = %s", (kind,)).fetchone()[0]

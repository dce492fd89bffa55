"""SQLite-only helpers, kept in one place so the rest of the SQL stays portable.

Registered on every SQLite connection: the ``PERSIAN`` collation (Persian alphabetical order,
for ad-hoc ``ORDER BY x COLLATE PERSIAN``; indexed lists sort on stored ``sort_key`` columns
instead) and ``crm_normalize(text)``, the shared search normaliser.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

from crm_desktop.text.collation import persian_compare
from crm_desktop.text.normalize import normalize_text

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,  # NORMAL: safe with WAL, much faster than FULL
    "busy_timeout": 10_000,
    "cache_size": -32_000,  # 32 MB page cache
    "temp_store": 2,  # memory
}


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def install(db: SqliteDatabase) -> None:
    db.register_collation(persian_compare, "PERSIAN")
    db.register_function(normalize_text, "crm_normalize", 1, deterministic=True)

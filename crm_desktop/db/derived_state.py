"""Versions of data the app derives and stores (search documents, name sort keys).

When the code that derives them changes, its version constant goes up; opening a database then
recomputes what is stale (see ``services.session.prepare``). One small table, created by schema
3 (``search_index_state``: id, version), holds one row per kind of derived data.
"""

from __future__ import annotations

from crm_desktop.db.base import database

SEARCH_DOCUMENTS = 1
SORT_KEYS = 2


def stored_version(slot: int) -> int:
    db = database.obj
    row = db.execute_sql(f"SELECT version FROM search_index_state WHERE id = {db.param}", (slot,)).fetchone()
    return int(row[0]) if row else 0


def set_version(slot: int, version: int) -> None:
    db = database.obj
    db.execute_sql(f"DELETE FROM search_index_state WHERE id = {db.param}", (slot,))
    db.execute_sql(f"INSERT INTO search_index_state (id, version) VALUES ({db.param}, {db.param})", (slot, version))

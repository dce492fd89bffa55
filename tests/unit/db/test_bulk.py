"""Bulk-write helpers (db/bulk.py)."""

from __future__ import annotations

import uuid

import peewee
import pytest

from crm_desktop.db import bulk
from crm_desktop.db.base import database


def test_new_uid_is_a_random_version_4_uuid():
    seen = {bulk.new_uid() for _ in range(2000)}
    assert len(seen) == 2000
    for text in list(seen)[:200]:
        value = uuid.UUID(text)
        assert (value.version, value.variant, value.hex) == (4, uuid.RFC_4122, text)


def test_write_cache_grows_the_page_cache_and_puts_it_back(db):
    if not isinstance(database.obj, peewee.SqliteDatabase):
        pytest.skip("PostgreSQL has no per-connection page cache to set")
    before = database.obj.execute_sql("PRAGMA cache_size").fetchone()[0]
    with bulk.write_cache(64):
        assert database.obj.execute_sql("PRAGMA cache_size").fetchone()[0] == -64 * 1024
    assert database.obj.execute_sql("PRAGMA cache_size").fetchone()[0] == before

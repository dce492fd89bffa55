"""Opening databases: pragmas, SQLite helpers, and clear refusals of what cannot be opened."""

from __future__ import annotations

import os

import peewee
import pytest

from crm_desktop.db import connection
from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, describe, open_database, sqlite_file
from crm_desktop.db.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    DriverMissingError,
    NotADatabaseError,
)
from tests.conftest import sqlite_only


@sqlite_only()
def test_sqlite_pragmas_are_applied(db):
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 1  # NORMAL
    assert pragma("busy_timeout") >= 5000


@sqlite_only()
def test_foreign_keys_are_enforced(db, owner):
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("INSERT INTO note (uid, created_at, updated_at, body, contact_id, pinned) "
                       "VALUES ('x', '2024-01-01', '2024-01-01', 'b', 424242, 0)")


@sqlite_only()
def test_persian_collation_and_normaliser_are_registered(db):
    rows = db.execute_sql(
        "SELECT name FROM (SELECT 'ژاله' AS name UNION SELECT 'زهرا' UNION SELECT 'پرویز' UNION SELECT 'بهرام' "
        "UNION SELECT 'یاسمن' UNION SELECT 'کامران' UNION SELECT 'گلناز') ORDER BY name COLLATE PERSIAN").fetchall()
    assert [r[0] for r in rows] == ["بهرام", "پرویز", "زهرا", "ژاله", "کامران", "گلناز", "یاسمن"]
    assert db.execute_sql("SELECT crm_normalize('علي كريمي')").fetchone()[0] == "علی کریمی"


@sqlite_only()
def test_a_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "customers.sqlite3"
    path.write_text("name,phone\nAli,0912\n", encoding="utf-8")
    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == "name,phone\nAli,0912\n"


@sqlite_only()
def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnavailableError):
        open_database(tmp_path)


@sqlite_only()
def test_a_damaged_file_gets_a_clear_message(tmp_path):
    path = tmp_path / "broken.sqlite3"
    open_database(path)
    close_database()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the first page
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        if os.path.exists(str(path) + suffix):
            os.remove(str(path) + suffix)
    with pytest.raises((DatabaseCorruptError, NotADatabaseError)):
        open_database(path)


@sqlite_only()
def test_a_place_that_cannot_hold_a_folder_gets_a_clear_message(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(blocker / "crm.sqlite3")
    assert "crm.sqlite3" in str(caught.value)


def test_missing_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "crm.sqlite3"
    open_database(path)
    assert path.exists() and sqlite_file(database.obj) == path
    close_database()


def test_sqlite_url_is_a_file(tmp_path):
    path = tmp_path / "via-url.sqlite3"
    open_database(f"sqlite:///{path}")
    assert sqlite_file(database.obj) == path
    close_database()


def test_describe_hides_passwords():
    assert describe("postgresql://crm:s3cret@db.office.lan:5433/crm") == "postgresql://db.office.lan:5433/crm"
    assert describe("/tmp/x.sqlite3") == "/tmp/x.sqlite3"


def test_unknown_url_scheme_is_explained():
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database("oracle://host/db")
    assert "oracle" in str(caught.value)


def test_missing_driver_is_explained(monkeypatch):
    monkeypatch.setattr(connection.db_url, "connect", lambda url: _Unconnectable())
    with pytest.raises(DriverMissingError) as caught:
        open_database("postgresql://localhost/crm")
    assert "psycopg2" in str(caught.value)


class _Unconnectable(peewee.Database):
    def __init__(self):
        super().__init__("x")

    def connect(self, reuse_if_open=False):
        raise peewee.ImproperlyConfigured("psycopg2 postgres driver not found.")


def test_unreachable_server_is_explained():
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
    assert "pw" not in str(caught.value)

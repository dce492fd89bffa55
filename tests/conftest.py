"""Shared fixtures: every test gets its own data folder and a fresh database.

By default the database is a new SQLite file. Set ``CRM_TEST_DATABASE_URL`` (for example
``postgresql://postgres@localhost/crm_test``) to run the same tests on PostgreSQL; each test
then starts from an empty ``public`` schema.
"""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from crm_desktop.db.base import database  # noqa: E402
from crm_desktop.db.connection import close_database, open_database  # noqa: E402
from crm_desktop.services.context import set_current_user  # noqa: E402
from crm_desktop.text import i18n  # noqa: E402

PG_URL = os.environ.get("CRM_TEST_DATABASE_URL", "")


def reset_postgres(url: str) -> None:
    from playhouse.db_url import connect

    db = connect(url)
    db.execute_sql("DROP SCHEMA public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()


def empty_postgres(url: str) -> None:
    """The newest schema with no rows: emptied in one TRUNCATE when the schema is already at the
    head version (migrating a new schema costs about a second a test), else rebuilt from nothing."""
    from playhouse.db_url import connect

    from crm_desktop.db.migrations.runner import VERSION_TABLE, current_version, head_version

    db = connect(url)
    try:
        if current_version(db) == head_version():
            tables = [name for (name,) in db.execute_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall() if name != VERSION_TABLE]
            sequences = [name for (name,) in db.execute_sql(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'").fetchall()]
            # DELETE (foreign-key triggers off) is far cheaper than TRUNCATE on a few tiny tables
            db.execute_sql("SET session_replication_role = replica; "
                           + "".join(f'DELETE FROM "{name}"; ' for name in tables)
                           + "".join(f'ALTER SEQUENCE "{name}" RESTART; ' for name in sequences)
                           + "SET session_replication_role = DEFAULT")
            return
    finally:
        db.close()
    reset_postgres(url)


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """A private data folder (logs, backups, default database) for each test."""
    home = tmp_path / "home"
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    i18n.set_language("en")
    yield home
    set_current_user(None)
    i18n.set_language("en")


@pytest.fixture(scope="session")
def empty_sqlite_template(tmp_path_factory):
    """One empty database migrated once per session; tests start from a byte copy of it
    (migrating a new file costs ~60 ms, most of a service test's time)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(path)
    close_database()  # the last connection checkpoints the WAL: the main file is complete
    database.initialize(None)
    return path


@pytest.fixture
def db_target(tmp_path, request) -> str:
    """Where a test database lives: a fresh SQLite file, or the PostgreSQL test URL (reset).
    Tests that must build a database from nothing ask for ``db_target`` and connect themselves."""
    if PG_URL:
        reset_postgres(PG_URL)
        return PG_URL
    return str(tmp_path / "test.sqlite3")


@pytest.fixture
def fresh_db_target(tmp_path, request) -> str:
    """A database already at the newest schema (copied from the session template on SQLite; on
    PostgreSQL the schema is kept and emptied when it is current)."""
    if PG_URL:
        empty_postgres(PG_URL)
        return PG_URL
    target = tmp_path / "test.sqlite3"
    shutil.copyfile(request.getfixturevalue("empty_sqlite_template"), target)
    return str(target)


@pytest.fixture
def db(fresh_db_target, tmp_path):
    """An open, migrated database bound to the models."""
    opened = open_database(fresh_db_target, backup_dir=tmp_path / "backups")
    yield opened
    close_database()
    database.initialize(None)


@pytest.fixture
def owner(db):
    """The default owner account, acting for the test."""
    from crm_desktop.services.users import ensure_default_user

    return ensure_default_user()


def sqlite_only():
    return pytest.mark.skipif(bool(PG_URL), reason="SQLite file behaviour")

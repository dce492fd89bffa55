"""Opening the database: a local SQLite file (default) or a server through a database URL.

``open_database`` binds the models' :data:`~crm_desktop.db.base.database` proxy, checks what it
was given is really a CRM Desktop database, backs the file up and upgrades it when the schema is
older, and refuses (without touching it) one written by a newer version.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
from playhouse import db_url

from crm_desktop.db import search_index, sqlite_features
from crm_desktop.db.base import database
from crm_desktop.db.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    DriverMissingError,
    FullTextSearchMissingError,
    NotADatabaseError,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DRIVERS = {"postgres": "psycopg2", "postgresql": "psycopg2", "postgresext": "psycopg2",
           "postgresqlext": "psycopg2", "psycopg3": "psycopg"}


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def describe(target: str | Path) -> str:
    """A printable name for the target, without any password."""
    if not is_url(target):
        return str(Path(target).expanduser())
    parsed = urlparse(str(target))
    host = parsed.hostname or ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{host}{port}{parsed.path}"


def _sqlite_path(target: str | Path) -> Path | None:
    if not is_url(target):
        return Path(target).expanduser()
    parsed = urlparse(str(target))
    if parsed.scheme == "sqlite":  # sqlite:///relative.db, sqlite:////abs/path.db, sqlite:///C:/x.db
        return Path(unquote(parsed.netloc + parsed.path.removeprefix("/")))
    return None


def _check_sqlite_file(path: Path) -> None:
    shown = str(path)
    if path.is_dir():
        raise DatabaseUnavailableError(shown, "it is a folder")
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseUnavailableError(shown, exc.strerror or str(exc)) from exc
        if header != SQLITE_HEADER:
            raise NotADatabaseError(shown)


def _make_sqlite(path: Path) -> peewee.SqliteDatabase:
    _check_sqlite_file(path)
    if path.exists() and path.stat().st_size > 0:
        _preflight(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailableError(str(path), exc.strerror or str(exc)) from exc
    db = peewee.SqliteDatabase(str(path), pragmas=sqlite_features.PRAGMAS, timeout=10)
    sqlite_features.install(db)
    return db


def _preflight(path: Path) -> None:
    """Refuse a foreign or too-new file before opening it read-write (WAL would alter it)."""
    from crm_desktop.db.migrations.runner import check_compatible, head_version, inspect_sqlite_file

    try:
        tables, version = inspect_sqlite_file(path)
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, str(path)) from exc
    check_compatible(str(path), tables, version, head_version())


def _make_server_db(url: str) -> peewee.Database:
    scheme = urlparse(url).scheme
    if scheme not in db_url.schemes:
        raise DatabaseUnavailableError(describe(url), f"unknown database type '{scheme}'")
    try:
        return db_url.connect(url)
    except ImportError as exc:  # pragma: no cover - depends on installed drivers
        raise DriverMissingError(scheme, DRIVERS.get(scheme, "?")) from exc


def connect_database(target: str | Path) -> peewee.Database:
    """Open ``target`` and bind the models to it, without migrating."""
    close_database()
    sqlite_path = _sqlite_path(target)
    db = _make_sqlite(sqlite_path) if sqlite_path is not None else _make_server_db(str(target))
    shown = describe(target)
    try:
        db.connect(reuse_if_open=True)
        if sqlite_path is not None:
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, peewee.ImproperlyConfigured) as exc:
        db.close()
        raise translate_error(exc, shown) from exc
    database.initialize(db)
    return db


def translate_error(exc: Exception, shown: str) -> Exception:
    """Turn a driver error met while opening into a message a user can act on."""
    detail = str(exc).strip() or type(exc).__name__
    lowered = detail.lower()
    if "not a database" in lowered or "file is encrypted" in lowered:
        return NotADatabaseError(shown)
    if "malformed" in lowered or "corrupt" in lowered:
        return DatabaseCorruptError(shown, detail)
    if isinstance(exc, peewee.ImproperlyConfigured):  # peewee: "Postgres driver not installed!"
        return DriverMissingError("postgresql", "psycopg2")
    return DatabaseUnavailableError(shown, detail)


def open_database(target: str | Path, *, backup_dir: Path | None = None) -> peewee.Database:
    """Open, check and upgrade ``target``; the models are bound to it on return."""
    from crm_desktop.db.migrations.runner import upgrade

    db = connect_database(target)
    if isinstance(db, peewee.SqliteDatabase) and not search_index.fts5_trigram_available(db):
        close_database()
        raise FullTextSearchMissingError(describe(target), sqlite3.sqlite_version)
    try:
        report = upgrade(db, name=describe(target), backup_dir=backup_dir)
    except Exception:
        close_database()
        raise
    if report.applied:
        log.info("database %s upgraded from schema %s to %s (backup: %s)", describe(target),
                 report.from_version, report.to_version, report.backup)
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def sqlite_file(db: peewee.Database) -> Path | None:
    """The file behind an SQLite database (None for servers and in-memory databases)."""
    if isinstance(db, peewee.SqliteDatabase) and db.database not in (":memory:", ""):
        return Path(db.database)
    return None


__all__ = ["close_database", "connect_database", "describe", "is_url", "open_database", "sqlite_file",
           "translate_error"]

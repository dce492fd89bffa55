"""A small versioned migration runner on top of ``playhouse.migrate``.

Rules:
- Each migration has a version number (1, 2, 3 ...) and is never edited once released; it uses
  its own frozen table definitions, not the live models.
- ``crm_schema_version`` records every applied version, when, and by which app version.
- Before an existing database is upgraded, a consistent copy of the file is written to the
  backups folder. All pending migrations run in ONE transaction: either the database reaches the
  new version or it stays exactly as it was.
- A database whose version is higher than this app knows is refused untouched; so is a
  database with tables but no version table (another program's file).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from crm_desktop import __version__
from crm_desktop.db.backup import backup_path, backup_sqlite
from crm_desktop.db.errors import DatabaseTooNewError, ForeignDatabaseError, MigrationFailedError

VERSION_TABLE = "crm_schema_version"
_PG_LOCK_KEY = 0x43524D44  # "CRMD": serialises concurrent upgrades on PostgreSQL


@dataclass
class MigrationContext:
    db: peewee.Database
    migrator: SchemaMigrator

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, peewee.SqliteDatabase)

    def run(self, *operations) -> None:
        """Run ``playhouse.migrate`` operations (add_column, add_index, ...)."""
        run_operations(*operations)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[MigrationContext], None]


@dataclass
class MigrationReport:
    from_version: int
    to_version: int
    applied: list[int] = field(default_factory=list)
    backup: Path | None = None


def all_migrations() -> list[Migration]:
    from crm_desktop.db.migrations import MIGRATIONS

    return list(MIGRATIONS)


def head_version(migrations: Sequence[Migration] | None = None) -> int:
    migrations = all_migrations() if migrations is None else migrations
    return max((m.version for m in migrations), default=0)


def check_compatible(name: str, tables: set[str], version: int, head: int) -> None:
    """Raise unless a database with these tables and schema version may be opened."""
    if VERSION_TABLE not in tables and tables - {"sqlite_sequence"}:
        raise ForeignDatabaseError(name)
    if version > head:
        raise DatabaseTooNewError(name, version, head)


def inspect_sqlite_file(path: Path) -> tuple[set[str], int]:
    """Tables and schema version of a file, read without changing a byte of it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = 0
        if VERSION_TABLE in tables:
            version = conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {VERSION_TABLE}").fetchone()[0]
        return tables, int(version)
    finally:
        conn.close()


def current_version(db: peewee.Database) -> int:
    if not db.table_exists(VERSION_TABLE):
        return 0
    row = db.execute_sql(f"SELECT COALESCE(MAX(version), 0) FROM {VERSION_TABLE}").fetchone()
    return int(row[0])


def _create_version_table(db: peewee.Database) -> None:
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
        "version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, "
        "applied_at VARCHAR(40) NOT NULL, app_version VARCHAR(40) NOT NULL)"
    )


def _record(db: peewee.Database, migration: Migration) -> None:
    param = db.param
    db.execute_sql(
        f"INSERT INTO {VERSION_TABLE} (version, name, applied_at, app_version) "
        f"VALUES ({param}, {param}, {param}, {param})",
        (migration.version, migration.name,
         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), __version__),
    )


def upgrade(db: peewee.Database, *, name: str, backup_dir: Path | None = None,
            migrations: Sequence[Migration] | None = None) -> MigrationReport:
    """Bring ``db`` to the newest schema this app knows. See the module rules."""
    migrations = sorted(all_migrations() if migrations is None else migrations, key=lambda m: m.version)
    head = head_version(migrations)
    check_compatible(name, set(db.get_tables()), current_version(db), head)
    before = current_version(db)
    pending = [m for m in migrations if m.version > before]
    report = MigrationReport(before, before)
    if not pending:
        return report

    is_sqlite = isinstance(db, peewee.SqliteDatabase)
    if before > 0 and is_sqlite and db.database != ":memory:":
        folder = backup_dir or Path(db.database).parent / "backups"
        report.backup = backup_sqlite(db, backup_path(folder, Path(db.database), f"before-v{head}"))

    ctx = MigrationContext(db, SchemaMigrator.from_database(db))
    if is_sqlite:
        db.pragma("foreign_keys", 0)  # table rebuilds need it off; checked again below
    current = pending[0]
    try:
        with db.atomic("IMMEDIATE") if is_sqlite else db.atomic():
            if not is_sqlite:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
            _create_version_table(db)
            if current_version(db) != before:  # another process upgraded meanwhile
                return MigrationReport(before, current_version(db))
            for current in pending:
                current.apply(ctx)
                _record(db, current)
                report.applied.append(current.version)
            if is_sqlite:
                broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise peewee.IntegrityError(f"{len(broken)} rows break foreign keys, e.g. {broken[0]}")
    except (peewee.DatabaseError, ValueError) as exc:
        raise MigrationFailedError(name, current.version, str(exc), str(report.backup or "")) from exc
    finally:
        if is_sqlite:
            db.pragma("foreign_keys", 1)
    report.to_version = head
    return report

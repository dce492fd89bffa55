"""The migration runner: versions, upgrade with data intact, backups, refusals, atomicity."""

from __future__ import annotations

import sqlite3

import peewee
import pytest
from playhouse.migrate import SchemaMigrator

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, connect_database, open_database
from crm_desktop.db.errors import DatabaseTooNewError, ForeignDatabaseError, MigrationFailedError
from crm_desktop.db.migrations import MIGRATIONS
from crm_desktop.db.migrations.runner import (
    VERSION_TABLE,
    Migration,
    current_version,
    head_version,
    upgrade,
)
from crm_desktop.db.models import Contact
from tests.conftest import sqlite_only


def test_fresh_database_reaches_head_and_records_every_version(db):
    assert current_version(db) == head_version() == MIGRATIONS[-1].version
    rows = db.execute_sql(f"SELECT version, name, app_version FROM {VERSION_TABLE} ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
    assert all(r[1] and r[2] for r in rows)


def test_opening_twice_is_a_no_op(db_target, tmp_path):
    open_database(db_target, backup_dir=tmp_path / "b")
    close_database()
    open_database(db_target, backup_dir=tmp_path / "b")
    assert current_version(database.obj) == head_version()
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())
    close_database()


# A synthetic history proves the mechanism on a real file: version 1 creates a table, the user
# stores data, version 2 adds a column and fills it from existing data, version 3 adds an index.
def _v1(ctx):
    ctx.db.execute_sql("CREATE TABLE gadget (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)")


def _v2(ctx):
    ctx.run(ctx.migrator.add_column("gadget", "shout", peewee.CharField(default="")))
    ctx.db.execute_sql("UPDATE gadget SET shout = UPPER(name)")


def _v3(ctx):
    ctx.run(ctx.migrator.add_index("gadget", ("shout",), False))


V1 = Migration(1, "gadget", _v1)
V2 = Migration(2, "gadget shout", _v2)
V3 = Migration(3, "gadget index", _v3)


@sqlite_only()
def test_upgrade_from_older_version_keeps_data_and_backs_up_first(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = connect_database(path)
    assert upgrade(db, name=str(path), migrations=[V1]).applied == [1]
    db.execute_sql("INSERT INTO gadget (name) VALUES ('lamp'), ('چراغ')")
    report = upgrade(db, name=str(path), backup_dir=tmp_path / "backups", migrations=[V1, V2, V3])
    assert report.from_version == 1 and report.to_version == 3 and report.applied == [2, 3]
    assert db.execute_sql("SELECT name, shout FROM gadget ORDER BY id").fetchall() == [("lamp", "LAMP"),
                                                                                       ("چراغ", "چراغ")]
    assert report.backup is not None and report.backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(report.backup)
    assert copy.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone() == (1,)
    assert copy.execute("SELECT COUNT(*) FROM gadget").fetchone() == (2,)
    copy.close()
    close_database()


@sqlite_only()
def test_a_failing_migration_changes_nothing(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = connect_database(path)
    upgrade(db, name=str(path), migrations=[V1])
    db.execute_sql("INSERT INTO gadget (name) VALUES ('lamp')")

    def broken(ctx):
        _v2(ctx)
        ctx.db.execute_sql("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(MigrationFailedError) as caught:
        upgrade(db, name=str(path), backup_dir=tmp_path / "b",
                migrations=[V1, Migration(2, "broken", broken)])
    assert "schema 2" in str(caught.value) and str(tmp_path / "b") in str(caught.value)
    assert current_version(db) == 1
    assert [c.name for c in db.get_columns("gadget")] == ["id", "name"]
    assert db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
    close_database()


@sqlite_only()
def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path)
    database.obj.execute_sql(f"INSERT INTO {VERSION_TABLE} VALUES (999, 'from the future', 'x', '9.9')")
    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(path)
    assert caught.value.found == 999 and caught.value.supported == head_version()
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before  # not even switched to WAL


@sqlite_only()
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


def test_version_newer_than_head_is_refused_by_upgrade_too(db):
    with pytest.raises(DatabaseTooNewError):
        upgrade(db, name="x", migrations=[Migration(0, "nothing", lambda ctx: None)])


def test_migrations_are_numbered_one_by_one():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)


def _schema(db, schema: str | None = None) -> dict[str, tuple]:
    """Columns, indexes and foreign keys of the model tables (search index tables are not models)."""
    from crm_desktop.db.models import ALL_MODELS

    tables = {}
    wanted = {model._meta.table_name for model in ALL_MODELS}
    for table in sorted(t for t in db.get_tables(schema=schema) if t in wanted):
        columns = tuple(sorted((c.name, c.data_type.lower(), c.null, c.primary_key)
                               for c in db.get_columns(table, schema=schema)))
        indexes = tuple(sorted((tuple(i.columns), i.unique) for i in db.get_indexes(table, schema=schema)))
        foreign = tuple(sorted((f.column, f.dest_table, f.dest_column)
                               for f in db.get_foreign_keys(table, schema=schema)))
        tables[table] = (columns, indexes, foreign)
    return tables


def test_migrated_schema_equals_what_the_models_declare(db, tmp_path, fresh_db_target):
    """The frozen migrations and the live models must describe the same tables."""
    from crm_desktop.db.models import ALL_MODELS

    migrated = _schema(db)
    if fresh_db_target.startswith("postgres"):
        db.execute_sql("CREATE SCHEMA models_check")
        db.execute_sql("SET search_path TO models_check")
        try:
            db.create_tables(ALL_MODELS)
            declared = _schema(db, "models_check")
        finally:
            db.execute_sql("SET search_path TO public")
            db.execute_sql("DROP SCHEMA models_check CASCADE")
    else:
        other = peewee.SqliteDatabase(str(tmp_path / "models.sqlite3"))
        with other.bind_ctx(ALL_MODELS):
            other.create_tables(ALL_MODELS)
            declared = _schema(other)
        other.close()
    assert migrated == declared


def test_migration_context_exposes_a_migrator(db):
    seen = {}
    upgrade(db, name="x", migrations=[*MIGRATIONS, Migration(head_version() + 1, "probe",
                                                               lambda ctx: seen.update(m=ctx.migrator))])
    assert isinstance(seen["m"], SchemaMigrator)
    assert Contact.select().count() == 0


def test_real_history_upgrades_a_v1_office_database_with_its_data(db_target, tmp_path):
    """Build a database exactly as schema 1 shipped, fill it with schema-1 rows, upgrade it to
    today's schema, and read everything back through today's models and services."""
    from crm_desktop.db.models import Contact, Note, Setting
    from crm_desktop.services import search, session

    db = connect_database(db_target)
    upgrade(db, name="office", migrations=MIGRATIONS[:1])
    p = db.param
    now = "2024-03-20 08:00:00.000000"
    db.execute_sql(f"INSERT INTO app_user (id, uid, created_at, updated_at, username, full_name, email, mobile, "
                   f"is_active) VALUES (1, {p}, {p}, {p}, 'owner', 'Maryam', '', '', {p})",
                   ("a" * 32, now, now, True))
    db.execute_sql(f"INSERT INTO organization (id, uid, created_at, updated_at, name, name_norm, sort_key, industry, "
                   f"website, city, province, national_id, economic_code, notes) VALUES "
                   f"(7, {p}, {p}, {p}, 'پخش البرز', 'پخش البرز', '', '', '', 'تهران', '', '', '', '')",
                   ("b" * 32, now, now))
    db.execute_sql(f"INSERT INTO contact (id, uid, created_at, updated_at, first_name, last_name, name_norm, sort_key, "
                   f"gender, national_code, job_title, organization_id, owner_id, source, lifecycle_stage, city, "
                   f"province, notes, last_interaction_at) VALUES (3, {p}, {p}, {p}, 'زهرا', 'كريمي', 'زهرا کریمی', "
                   f"'', 'female', '', '', 7, 1, '', 'customer', 'تهران', '', '', {p})", ("c" * 32, now, now, now))
    db.execute_sql(f"INSERT INTO contact_point (uid, created_at, updated_at, contact_id, kind, label, value, "
                   f"value_norm, is_primary) VALUES ({p}, {p}, {p}, 3, 'mobile', '', '0912 345 6789', "
                   f"'+989123456789', {p})", ("d" * 32, now, now, True))
    db.execute_sql(f"INSERT INTO note (uid, created_at, updated_at, body, contact_id, pinned) VALUES "
                   f"({p}, {p}, {p}, 'called about the invoice', 3, {p})", ("e" * 32, now, now, False))
    for value in ('"old"', '"newer"'):  # a duplicate office row that schema 1 allowed
        db.execute_sql(f"INSERT INTO setting (key, value, updated_at) VALUES ('office_name', {p}, {p})", (value, now))
    report = upgrade(db, name="office", backup_dir=tmp_path / "backups")
    assert report.from_version == 1 and report.to_version == head_version()
    session.prepare()  # what every entry point does after opening: owner account, search index
    person = Contact.get_by_id(3)
    assert (person.first_name, person.last_name, person.uid.hex) == ("زهرا", "كريمي", "c" * 32)
    assert [p.value_norm for p in person.points] == ["+989123456789"] and Note.select().count() == 1
    assert [hit.id for hit in search.search("کریمی")] == [3]  # indexed after the upgrade, Arabic ي/ك folded
    assert [hit.id for hit in search.search("0912 345")] == [3]
    assert Setting.get(Setting.key == "office_name").value == '"newer"'  # duplicates folded, newest kept
    from crm_desktop.services.activities import activity_service
    call = activity_service.create_activity(activity_service.ActivityInput(kind="call", contact_id=3, done=True))
    assert call.__data__["organization"] == 7 and call.subject == "Call"  # schema 7's table on an old office file
    with pytest.raises(peewee.IntegrityError):
        with db.atomic():
            Setting.create(key="office_name", value='"third"')
    close_database()

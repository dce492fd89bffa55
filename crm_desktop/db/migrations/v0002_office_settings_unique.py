"""Schema 2: one office-wide value per setting key.

The unique index on (key, user) of schema 1 lets several rows share a key when ``user_id`` is
NULL (NULLs are distinct in SQL), so two app instances saving an office setting at once could
both insert. Duplicates are folded (the newest row wins) and a partial unique index added.
Portable SQL: SQLite and PostgreSQL both support partial indexes.
"""

from __future__ import annotations

from crm_desktop.db.migrations.runner import MigrationContext


def apply(ctx: MigrationContext) -> None:
    ctx.db.execute_sql(
        'DELETE FROM "setting" WHERE "user_id" IS NULL AND "id" NOT IN '
        '(SELECT MAX("id") FROM "setting" WHERE "user_id" IS NULL GROUP BY "key")')
    ctx.db.execute_sql('CREATE UNIQUE INDEX "setting_office_key" ON "setting" ("key") WHERE "user_id" IS NULL')

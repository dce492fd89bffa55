"""Opening a database for work: the one entry point the app, the CLI and the tools share.

After the schema is current (``open_database``) the data needs: the owner account (the acting
user), and derived data in the current format — name sort keys and the search index, recomputed
once after an update that changed how they are made.
"""

from __future__ import annotations

from pathlib import Path

import peewee

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import User
from crm_desktop.services import search_documents, sort_keys, users
from crm_desktop.services.progress import ProgressFn


def prepare(progress: ProgressFn | None = None) -> User:
    """Make the open database ready: owner account acting, search index current."""
    owner = users.ensure_default_user()
    sort_keys.ensure_current()
    search_documents.ensure_current(progress)
    return owner


def open_session(target: str | Path, *, backup_dir: Path | None = None,
                 progress: ProgressFn | None = None) -> tuple[peewee.Database, User]:
    db = open_database(target, backup_dir=backup_dir)
    return db, prepare(progress)


def close() -> None:
    """Close the database (this thread's connection)."""
    close_database()

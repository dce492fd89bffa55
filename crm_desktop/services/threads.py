"""Worker threads get their own database connection; they hand it back when done."""

from __future__ import annotations

from crm_desktop.db.base import database


def release_connection() -> None:
    """Close this thread's connection (if any); the next query in the thread reopens one."""
    if database.obj is not None and not database.is_closed():
        database.close()

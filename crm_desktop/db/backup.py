"""Consistent copies of an SQLite database file, taken with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase


def backup_path(folder: Path, db_path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{db_path.stem}-{reason}-{stamp}{db_path.suffix or '.sqlite3'}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{db_path.stem}-{reason}-{stamp}-{n}{db_path.suffix or '.sqlite3'}"
    return candidate


def backup_sqlite(db: SqliteDatabase, target: Path) -> Path:
    """Copy the open database to ``target`` (a complete, consistent file, WAL included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    dest = sqlite3.connect(str(tmp))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
    return target

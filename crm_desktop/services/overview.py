"""The figures on the home page: what this database holds and what changed lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.connection import sqlite_file
from crm_desktop.db.fields import utcnow
from crm_desktop.db.migrations.runner import current_version
from crm_desktop.db.models import Contact, Note, Organization, Tag


@dataclass(frozen=True)
class Overview:
    people: int
    companies: int
    notes: int
    tags: int
    people_added_last_30_days: int
    schema_version: int
    location: str
    size_bytes: int | None


def overview(now: dt.datetime | None = None) -> Overview:
    now = now or utcnow()
    db = database.obj
    path = sqlite_file(db)
    size = None
    if path is not None and path.exists():
        size = path.stat().st_size + sum(p.stat().st_size for p in (path.with_name(path.name + "-wal"),) if p.exists())
    return Overview(
        people=Contact.alive().count(),
        companies=Organization.alive().count(),
        notes=Note.alive().count(),
        tags=Tag.alive().count(),
        people_added_last_30_days=Contact.alive().where(Contact.created_at >= now - dt.timedelta(days=30)).count(),
        schema_version=current_version(db),
        location=str(path) if path is not None else describe_server(db),
        size_bytes=size,
    )


def describe_server(db) -> str:
    return f"{type(db).__name__.replace('Database', '')}: {db.database}"

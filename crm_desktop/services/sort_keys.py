"""Stored name sort keys follow the collation code: when ``SORT_KEY_VERSION`` changes, opening a
database recomputes every ``sort_key`` (in chunks, one transaction)."""

from __future__ import annotations

from peewee import fn

from crm_desktop.db import derived_state
from crm_desktop.db.base import database
from crm_desktop.db.models import Contact, Organization
from crm_desktop.db.models.people import person_name
from crm_desktop.services.progress import ProgressFn, report
from crm_desktop.text.collation import SORT_KEY_VERSION, persian_sort_key

CHUNK = 5000


def _recompute(model, name_of) -> int:
    db, done = database.obj, 0
    top = model.select(fn.MAX(model.id)).scalar() or 0
    sql = f'UPDATE "{model._meta.table_name}" SET "sort_key" = {db.param} WHERE "id" = {db.param}'
    for low in range(1, top + 1, CHUNK):
        rows = model.select(*model_fields(model)).where(model.id.between(low, low + CHUNK - 1)).tuples()
        updates = [(persian_sort_key(name_of(row))[:900], row[0]) for row in rows]
        db.cursor().executemany(sql, updates)
        done += len(updates)
    return done


def model_fields(model):
    if model is Contact:
        return (Contact.id, Contact.first_name, Contact.last_name)
    return (Organization.id, Organization.name)


def ensure_current(progress: ProgressFn | None = None) -> bool:
    """Recompute stale sort keys; True if anything was recomputed."""
    if derived_state.stored_version(derived_state.SORT_KEYS) == SORT_KEY_VERSION:
        return False
    with database.atomic():
        _recompute(Organization, lambda row: row[1])
        report(progress, 1, 2)
        _recompute(Contact, lambda row: person_name(row[1], row[2]))
        report(progress, 2, 2)
        derived_state.set_version(derived_state.SORT_KEYS, SORT_KEY_VERSION)
    return True

"""The office's managed lists for the funnel: lead sources (with what each cost, for ROI) and
lost reasons. A sensible list is made in the current language the first time; entries are
renamed, reordered or retired (never deleted while deals point at them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.models import LeadSource, LostReason, SourceCost
from crm_desktop.services import audit, records
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

DEFAULT_SOURCES = (
    QT_TRANSLATE_NOOP("Funnel", "Website"),
    QT_TRANSLATE_NOOP("Funnel", "Instagram"),
    QT_TRANSLATE_NOOP("Funnel", "Referral"),
    QT_TRANSLATE_NOOP("Funnel", "Exhibition"),
    QT_TRANSLATE_NOOP("Funnel", "Phone call"),
    QT_TRANSLATE_NOOP("Funnel", "Walk-in"),
    QT_TRANSLATE_NOOP("Funnel", "Flyer"),
)
DEFAULT_LOST_REASONS = (
    QT_TRANSLATE_NOOP("Funnel", "Price too high"),
    QT_TRANSLATE_NOOP("Funnel", "Chose a competitor"),
    QT_TRANSLATE_NOOP("Funnel", "No budget"),
    QT_TRANSLATE_NOOP("Funnel", "No answer"),
    QT_TRANSLATE_NOOP("Funnel", "Needs changed"),
    QT_TRANSLATE_NOOP("Funnel", "Delivery time"),
)
NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
SAME_NAME = QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is already in the list.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Enter an amount greater than zero.")

MODELS = {"source": (LeadSource, DEFAULT_SOURCES), "lost_reason": (LostReason, DEFAULT_LOST_REASONS)}


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    is_active: bool


def _ensure(kind: str) -> None:
    model, defaults = MODELS[kind]
    if model.select(model.id).exists():
        return
    with database.atomic():
        for position, name in enumerate(defaults):
            model.create(name=render(name), position=position, created_by=current_user_id())


def choices(kind: str, *, include_inactive: bool = False) -> list[Choice]:
    """``kind`` is "source" or "lost_reason"; in the office's order."""
    _ensure(kind)
    model = MODELS[kind][0]
    query = model.alive()
    if not include_inactive:
        query = query.where(model.is_active == True)  # noqa: E712 (SQL)
    return [Choice(r.id, r.name, r.is_active) for r in query.order_by(model.position, model.id)]


def add_choice(kind: str, name: str) -> Choice:
    model = MODELS[kind][0]
    name = tidy_text(name)
    if not name:
        raise ValidationError([FieldError("name", NO_NAME)])
    _ensure(kind)
    existing = [c for c in choices(kind, include_inactive=True) if normalize_text(c.name) == normalize_text(name)]
    if existing:
        raise ValidationError([FieldError("name", SAME_NAME, {"name": name})])
    with database.atomic():
        last = model.alive().order_by(model.position.desc()).first()
        row = model.create(name=name, position=(last.position + 1) if last else 0, created_by=current_user_id())
        audit.record_create(row)
    return Choice(row.id, row.name, True)


def update_choice(kind: str, choice_id: int, name: str, is_active: bool = True) -> Choice:
    model = MODELS[kind][0]
    name = tidy_text(name)
    if not name:
        raise ValidationError([FieldError("name", NO_NAME)])
    if any(c.id != choice_id and normalize_text(c.name) == normalize_text(name)
           for c in choices(kind, include_inactive=True)):
        raise ValidationError([FieldError("name", SAME_NAME, {"name": name})])
    with database.atomic():
        row = records.fetch(model, choice_id)
        before = audit.snapshot(row)
        row.name, row.is_active = name, is_active
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return Choice(row.id, row.name, row.is_active)


def find_choice(kind: str, name: str) -> int | None:
    """The id of the entry called ``name`` (normalised: ي/ك, spaces, case), active or not."""
    norm = normalize_text(name)
    return next((c.id for c in choices(kind, include_inactive=True) if normalize_text(c.name) == norm), None)


# --- what sources cost --------------------------------------------------------------------------

def add_cost(source_id: int, spent_on: dt.date, amount: int, note: str = "") -> SourceCost:
    """Record money spent on an advertising source (Rial), for ROI."""
    if amount <= 0:
        raise ValidationError([FieldError("amount", BAD_AMOUNT)])
    with database.atomic():
        records.fetch(LeadSource, source_id)
        row = SourceCost.create(source=source_id, spent_on=spent_on, amount=amount, note=tidy_text(note)[:200],
                                created_by=current_user_id())
        audit.record_create(row)
    return row


def costs(start: dt.date, end: dt.date) -> dict[int, int]:
    """Rial spent per source id between two days (inclusive)."""
    from peewee import fn

    query = (SourceCost.select(SourceCost.source, fn.SUM(SourceCost.amount))
             .where(SourceCost.deleted_at.is_null() & SourceCost.spent_on.between(start, end))
             .group_by(SourceCost.source).tuples())
    return {source: int(total or 0) for source, total in query}


@dataclass(frozen=True)
class CostEntry:
    id: int
    spent_on: dt.date
    amount: int  # Rial
    note: str


def cost_entries(source_id: int, limit: int = 500) -> list[CostEntry]:
    """What was spent on one source, newest day first (at most ``limit`` entries), for display."""
    query = (SourceCost.select(SourceCost.id, SourceCost.spent_on, SourceCost.amount, SourceCost.note)
             .where((SourceCost.source == source_id) & SourceCost.deleted_at.is_null())
             .order_by(SourceCost.spent_on.desc(), SourceCost.id.desc()).limit(limit).tuples())
    return [CostEntry(cid, spent_on, int(amount), note) for cid, spent_on, amount, note in query]

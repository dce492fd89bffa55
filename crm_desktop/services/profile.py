"""Everything the 360 profile shows about one person or company, in one call.

Later features add figures to the header (lifetime value from won deals and invoices, open deals,
open complaints) by registering a figure provider; with none registered the header shows none,
never a made-up number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.db.models import Contact, Note, Organization, User
from crm_desktop.services import contact_points, records, tags
from crm_desktop.services.contact_points import primary_values
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import TranslatableText


@dataclass(frozen=True)
class Point:
    kind: str
    label: str
    value: str  # as typed
    value_norm: str
    is_primary: bool


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # in the current language
    value: str  # formatted for display


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    record: Contact
    company: tuple[int, str] | None
    owner: str
    created_by: str
    tags: tuple[str, ...]
    points: tuple[Point, ...]
    note_count: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    job_title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Company:
    id: int
    name: str
    record: Organization
    owner: str
    created_by: str
    tags: tuple[str, ...]
    points: tuple[Point, ...]
    people: tuple[Member, ...]
    note_count: int
    figures: tuple[Figure, ...]
    last_interaction_at: dt.datetime | None


FigureProvider = Callable[[str, int], list[Figure]]  # (entity, id) -> figures
_figures: list[FigureProvider] = []


def register_figures(provider: FigureProvider) -> None:
    _figures.append(provider)


def open_count_text(template: TranslatableText, count: int, overdue: int) -> str:
    """A figure like "3 (1 overdue)" from ``template`` ({count}, {overdue}), or just "3" when none is late."""
    if overdue:
        return render(template, {"count": count, "overdue": overdue})
    return render("{count}", {"count": count})


def _figures_for(entity: str, record_id: int) -> tuple[Figure, ...]:
    return tuple(figure for provider in _figures for figure in provider(entity, record_id))


def _user(user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = User.get_or_none(User.id == user_id)
    return user.display_name if user else ""


def _points(owner) -> tuple[Point, ...]:
    return tuple(Point(p.kind, p.label, p.value, p.value_norm, p.is_primary) for p in contact_points.points_of(owner))


def person(contact_id: int) -> Person:
    contact = records.fetch(Contact, contact_id)
    company = None
    if contact.organization_id is not None:
        org = Organization.get_or_none(Organization.id == contact.organization_id)
        if org is not None and org.deleted_at is None:
            company = (org.id, org.name)
    notes = Note.alive().where(Note.contact == contact_id).count()
    return Person(contact.id, contact.display_name, contact, company, _user(contact.owner_id),
                  _user(contact.created_by_id), tuple(t.name for t in tags.tags_of(contact)), _points(contact),
                  notes, _figures_for("contact", contact.id))


def company(org_id: int) -> Company:
    org = records.fetch(Organization, org_id)
    rows = list(Contact.alive().select(Contact.id, Contact.first_name, Contact.last_name, Contact.job_title,
                                       Contact.last_interaction_at)
                .where(Contact.organization == org_id).order_by(Contact.sort_key).tuples())
    points = primary_values("contact", [r[0] for r in rows])
    people = tuple(Member(cid, " ".join(p for p in (first, last) if p), title, *points.get(cid, ("", "")))
                   for cid, first, last, title, _ in rows)
    latest = max((r[4] for r in rows if r[4] is not None), default=None)
    if org.last_interaction_at is not None and (latest is None or org.last_interaction_at > latest):
        latest = org.last_interaction_at
    notes = Note.alive().where(Note.organization == org_id).count()
    return Company(org.id, org.name, org, _user(org.owner_id), _user(org.created_by_id),
                   tuple(t.name for t in tags.tags_of(org)), _points(org), people, notes,
                   _figures_for("organization", org.id), latest)

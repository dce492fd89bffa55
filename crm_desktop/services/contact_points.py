"""Phones, emails, addresses and handles of a contact or a company.

What was typed is kept in ``value``; ``value_norm`` holds the comparable form: E.164 for phones
(or the bare digits when no country/area is known), the lower-cased address for emails, the
shared text normaliser for the rest. Duplicate finding and search match on ``value_norm``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import ContactPoint
from crm_desktop.db.models.people import PHONE_KINDS, POINT_KINDS, Contact, Organization
from crm_desktop.services import audit, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError
from crm_desktop.text.normalize import normalize_text, tidy_text
from crm_desktop.text.phone import phone_storage_key

HANDLE_KINDS = frozenset({"telegram", "instagram", "linkedin"})


@dataclass
class PointInput:
    kind: str
    value: str
    label: str = ""
    is_primary: bool = False


def normalise_value(kind: str, value: str) -> str:
    """The comparable form of a point (at most the column's 300 characters)."""
    return _normalised(kind, tidy_text(value))[:300]


def _normalised(kind: str, value: str) -> str:
    if kind in PHONE_KINDS:
        return phone_storage_key(value) or ""
    if kind == "email":
        return value.casefold()
    if kind in HANDLE_KINDS:
        return normalize_text(value).lstrip("@")
    if kind == "website":
        text = normalize_text(value)
        for prefix in ("https://", "http://", "www."):
            text = text.removeprefix(prefix)
        return text.rstrip("/")
    return normalize_text(value)


def check_points(points: Sequence[PointInput]) -> list[FieldError]:
    errors: list[FieldError] = []
    for index, point in enumerate(points):
        name = f"points.{index}"
        value = tidy_text(point.value)
        if point.kind not in POINT_KINDS:
            errors.append(validation.check_choice(name, point.kind, POINT_KINDS))
        elif not value:
            continue  # an empty row in the form is simply ignored
        elif point.kind == "mobile":
            errors.append(validation.check_mobile(name, value))
        elif point.kind in PHONE_KINDS:
            errors.append(validation.check_phone(name, value))
        elif point.kind == "email":
            errors.append(validation.check_email(name, value))
        errors.append(validation.check_length(name, tidy_text(point.label), ContactPoint, "label"))
    return [e for e in errors if e is not None]


def _cleaned(points: Sequence[PointInput]) -> list[PointInput]:
    """Drop empty rows and repeats; make exactly one primary per kind."""
    seen: set[tuple[str, str]] = set()
    result: list[PointInput] = []
    for point in points:
        value = tidy_text(point.value)
        key = (point.kind, normalise_value(point.kind, value))
        if not value or key in seen:
            continue
        seen.add(key)
        result.append(PointInput(point.kind, value, tidy_text(point.label), point.is_primary))
    for kind in {p.kind for p in result}:
        same = [p for p in result if p.kind == kind]
        primary = next((p for p in same if p.is_primary), same[0])
        for p in same:
            p.is_primary = p is primary
    return result


def owner_filter(owner: Contact | Organization):
    if isinstance(owner, Contact):
        return ContactPoint.contact == owner.id
    return ContactPoint.organization == owner.id


def replace_points(owner: Contact | Organization, points: Sequence[PointInput]) -> bool:
    """Make the owner's live points equal to ``points`` (call inside a transaction); True if
    anything changed."""
    wanted = _cleaned(points)
    existing = {(p.kind, p.value_norm): p for p in ContactPoint.alive().where(owner_filter(owner))}
    keep: set[int] = set()
    changed = False
    for point in wanted:
        norm = normalise_value(point.kind, point.value)
        current = existing.get((point.kind, norm))
        if current is None:
            created = ContactPoint.create(
                contact=owner.id if isinstance(owner, Contact) else None,
                organization=owner.id if isinstance(owner, Organization) else None,
                kind=point.kind, label=point.label, value=point.value, value_norm=norm,
                is_primary=point.is_primary, created_by=current_user_id())
            audit.record_create(created)
            keep.add(created.id)
            changed = True
            continue
        keep.add(current.id)
        before = audit.snapshot(current)
        current.value, current.label, current.is_primary = point.value, point.label, point.is_primary
        if audit.diff(before, audit.snapshot(current)):
            current.save()
            audit.record_update(current, before)
            changed = True
    for point in existing.values():
        if point.id not in keep:
            point.deleted_at = utcnow()
            point.save()
            audit.record_delete(point)
            changed = True
    return changed


def points_of(owner: Contact | Organization) -> list[ContactPoint]:
    """Live points, primary first, in kind order."""
    order = {kind: i for i, kind in enumerate(POINT_KINDS)}
    points = list(ContactPoint.alive().where(owner_filter(owner)))
    return sorted(points, key=lambda p: (order.get(p.kind, 99), not p.is_primary, p.id))


def primary_values(owner_kind: str, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(phone, email) to show for each contact or organization id: the primary one of each, a
    mobile before other phones, the oldest first; "" when there is none. (Plain SQL: lists and
    search call this for every page of rows.)"""
    ids = list(ids)
    if not ids:
        return {}
    db = database.obj
    owner = "contact_id" if owner_kind == "contact" else "organization_id"
    marks = ", ".join([db.param] * len(ids))
    rows = db.execute_sql(
        f'SELECT "{owner}", "kind", "value", "is_primary", "id" FROM "contact_point" '
        f'WHERE "{owner}" IN ({marks}) AND "deleted_at" IS NULL', ids).fetchall()
    best: dict[tuple[int, str], tuple[tuple, str]] = {}
    for owner_id, kind, value, primary, point_id in rows:
        slot = "phone" if kind in PHONE_KINDS else "email" if kind == "email" else None
        if slot is None:
            continue
        order = (not primary, kind != "mobile", point_id)
        current = best.get((owner_id, slot))
        if current is None or order < current[0]:
            best[(owner_id, slot)] = (order, value)
    return {oid: (best.get((oid, "phone"), ((), ""))[1], best.get((oid, "email"), ((), ""))[1]) for oid in ids}

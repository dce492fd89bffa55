"""Companies: create, read, update, soft-delete and restore, with their points and tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, Organization, User
from crm_desktop.services import audit, contact_points, records, search_documents, tags, validation
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.national_code import is_valid_company_national_id
from crm_desktop.text.normalize import tidy_text


@dataclass
class OrganizationInput:
    name: str = ""
    industry: str = ""
    website: str = ""
    city: str = ""
    province: str = ""
    national_id: str = ""
    economic_code: str = ""
    owner_id: int | None = None
    notes: str = ""
    points: list[PointInput] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _digits(raw: str) -> str:
    return "".join(ch for ch in to_ascii_digits(raw) if ch.isdigit())


def check(data: OrganizationInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if not tidy_text(data.name):
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("Errors", "Enter the company name.")))
    if data.national_id.strip() and not is_valid_company_national_id(_digits(data.national_id)):
        errors.append(FieldError("national_id", QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a valid company national ID (11 digits with a check digit)."),
            {"value": data.national_id}))
    if data.economic_code.strip() and not 10 <= len(_digits(data.economic_code)) <= 14:
        errors.append(FieldError("economic_code", QT_TRANSLATE_NOOP(
            "Errors", "An economic code has 10 to 14 digits; \u201c{value}\u201d does not."),
            {"value": data.economic_code}))
    if data.owner_id is not None and not User.alive().where(User.id == data.owner_id).exists():
        errors.append(FieldError("owner_id", QT_TRANSLATE_NOOP(
            "Errors", "The chosen owner is not a user of this database.")))
    errors += validation.check_lengths(Organization, {
        name: tidy_text(getattr(data, name)) for name in ("name", "industry", "website", "city", "province")})
    return errors + contact_points.check_points(data.points) + tags.check_names(data.tags)


def _apply(org: Organization, data: OrganizationInput) -> None:
    org.name = tidy_text(data.name)
    org.industry = tidy_text(data.industry)
    org.website = tidy_text(data.website)
    org.city = tidy_text(data.city)
    org.province = tidy_text(data.province)
    org.national_id = _digits(data.national_id)
    org.economic_code = _digits(data.economic_code)
    org.owner = data.owner_id if data.owner_id is not None else current_user_id()
    org.notes = data.notes.strip()


def create_organization(data: OrganizationInput) -> Organization:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        org = Organization(created_by=current_user_id())
        _apply(org, data)
        org.save(force_insert=True)
        audit.record_create(org)
        contact_points.replace_points(org, data.points)
        tags.set_tags(org, data.tags)
        search_documents.refresh_organizations([org.id])
    return org


def get_organization(org_id: int, *, include_deleted: bool = False) -> Organization:
    return records.fetch(Organization, org_id, include_deleted=include_deleted)


def organization_input(org: Organization) -> OrganizationInput:
    """The editable values of a stored company (to fill a form)."""
    return OrganizationInput(
        name=org.name, industry=org.industry, website=org.website, city=org.city, province=org.province,
        national_id=org.national_id, economic_code=org.economic_code, owner_id=org.__data__.get("owner"),
        notes=org.notes,
        points=[PointInput(p.kind, p.value, p.label, p.is_primary) for p in contact_points.points_of(org)],
        tags=[t.name for t in tags.tags_of(org)],
    )


def update_organization(org_id: int, data: OrganizationInput) -> Organization:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        org = get_organization(org_id)
        before = audit.snapshot(org)
        _apply(org, data)
        renamed = org.name != before["name"]
        if audit.diff(before, audit.snapshot(org)):  # an unchanged record keeps its updated_at
            org.save()
            audit.record_update(org, before)
        points_changed = contact_points.replace_points(org, data.points)
        if tags.set_tags(org, data.tags) | points_changed:  # the record as a whole changed: sync sees it
            Organization.update(updated_at=utcnow()).where(Organization.id == org.id).execute()
        search_documents.refresh_organizations([org.id], with_people=renamed)
    return org


def delete_organization(org_id: int) -> Organization:
    """Soft delete; its people keep existing and keep the link, so a restore is complete."""
    with database.atomic():
        org = records.soft_delete(Organization, org_id)
        search_documents.refresh_organizations([org_id])
    return org


def restore_organization(org_id: int) -> Organization:
    with database.atomic():
        org = records.restore(Organization, org_id)
        search_documents.refresh_organizations([org_id])
    return org


def people_of(org_id: int) -> list[Contact]:
    return list(Contact.alive().where(Contact.organization == org_id).order_by(Contact.sort_key))


def touch_interaction(org_id: int, when: dt.datetime | None = None) -> None:
    """Remember the latest interaction with the company itself (a note on it, a call ...)."""
    when = when or utcnow()
    Organization.update(last_interaction_at=when, updated_at=utcnow()).where(
        (Organization.id == org_id)
        & (Organization.last_interaction_at.is_null() | (Organization.last_interaction_at < when))).execute()

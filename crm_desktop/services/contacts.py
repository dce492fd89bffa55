"""People: create, read, update, soft-delete and restore, with their points and tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Contact, Organization, User
from crm_desktop.db.models.people import GENDERS, LIFECYCLE_STAGES
from crm_desktop.services import audit, contact_points, records, search_documents, tags, validation
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.national_code import normalize_national_code
from crm_desktop.text.normalize import tidy_text


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    gender: str = ""
    national_code: str = ""
    birth_date: dt.date | None = None
    job_title: str = ""
    organization_id: int | None = None
    owner_id: int | None = None
    source: str = ""
    lifecycle_stage: str = "lead"
    city: str = ""
    province: str = ""
    notes: str = ""
    points: list[PointInput] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def check(data: ContactInput) -> list[FieldError]:
    errors: list[FieldError | None] = []
    if not tidy_text(data.first_name) and not tidy_text(data.last_name):
        errors.append(FieldError("last_name", QT_TRANSLATE_NOOP("Errors", "Enter a first name or a last name.")))
    errors.append(validation.check_national_code("national_code", data.national_code))
    errors.append(validation.check_birth_date("birth_date", data.birth_date))
    errors.append(validation.check_choice("gender", data.gender, GENDERS))
    errors.append(validation.check_choice("lifecycle_stage", data.lifecycle_stage, LIFECYCLE_STAGES))
    if data.organization_id is not None and not Organization.alive().where(
            Organization.id == data.organization_id).exists():
        errors.append(FieldError("organization_id", QT_TRANSLATE_NOOP(
            "Errors", "The chosen company no longer exists; choose another one.")))
    if data.owner_id is not None and not User.alive().where(User.id == data.owner_id).exists():
        errors.append(FieldError("owner_id", QT_TRANSLATE_NOOP(
            "Errors", "The chosen owner is not a user of this database.")))
    errors += validation.check_lengths(Contact, {
        name: tidy_text(getattr(data, name))
        for name in ("first_name", "last_name", "job_title", "source", "city", "province")})
    return [e for e in errors if e is not None] + contact_points.check_points(data.points) + tags.check_names(data.tags)


def _apply(contact: Contact, data: ContactInput) -> None:
    contact.first_name = tidy_text(data.first_name)
    contact.last_name = tidy_text(data.last_name)
    contact.gender = data.gender
    contact.national_code = normalize_national_code(data.national_code) or ""
    contact.birth_date = data.birth_date
    contact.job_title = tidy_text(data.job_title)
    contact.organization = data.organization_id
    contact.owner = data.owner_id if data.owner_id is not None else current_user_id()
    contact.source = tidy_text(data.source)
    contact.lifecycle_stage = data.lifecycle_stage
    contact.city = tidy_text(data.city)
    contact.province = tidy_text(data.province)
    contact.notes = data.notes.strip()


def create_contact(data: ContactInput) -> Contact:
    """Validate and create a person with points and tags; raises ValidationError."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        contact = Contact(created_by=current_user_id())
        _apply(contact, data)
        contact.save(force_insert=True)
        audit.record_create(contact)
        contact_points.replace_points(contact, data.points)
        tags.set_tags(contact, data.tags)
        search_documents.refresh_contacts([contact.id])
    return contact


def get_contact(contact_id: int, *, include_deleted: bool = False) -> Contact:
    return records.fetch(Contact, contact_id, include_deleted=include_deleted)


def contact_input(contact: Contact) -> ContactInput:
    """The editable values of a stored contact (to fill a form)."""
    return ContactInput(
        first_name=contact.first_name, last_name=contact.last_name, gender=contact.gender,
        national_code=contact.national_code, birth_date=contact.birth_date, job_title=contact.job_title,
        organization_id=contact.__data__.get("organization"), owner_id=contact.__data__.get("owner"),
        source=contact.source, lifecycle_stage=contact.lifecycle_stage, city=contact.city,
        province=contact.province, notes=contact.notes,
        points=[PointInput(p.kind, p.value, p.label, p.is_primary) for p in contact_points.points_of(contact)],
        tags=[t.name for t in tags.tags_of(contact)],
    )


def update_contact(contact_id: int, data: ContactInput) -> Contact:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        contact = get_contact(contact_id)
        before = audit.snapshot(contact)
        _apply(contact, data)
        if audit.diff(before, audit.snapshot(contact)):  # an unchanged record keeps its updated_at
            contact.save()
            audit.record_update(contact, before)
        points_changed = contact_points.replace_points(contact, data.points)
        if tags.set_tags(contact, data.tags) | points_changed:  # the record as a whole changed: sync sees it
            Contact.update(updated_at=utcnow()).where(Contact.id == contact.id).execute()
        search_documents.refresh_contacts([contact.id])
    return contact


def delete_contact(contact_id: int) -> Contact:
    """Soft delete: the person disappears from lists and search, and can be restored."""
    with database.atomic():
        contact = records.soft_delete(Contact, contact_id)
        search_documents.refresh_contacts([contact_id])
    return contact


def restore_contact(contact_id: int) -> Contact:
    with database.atomic():
        contact = records.restore(Contact, contact_id)
        search_documents.refresh_contacts([contact_id])
    return contact


def touch_interaction(contact_id: int, when: dt.datetime | None = None) -> None:
    """Remember the latest interaction (a note, a call ...) for "recent contacts first"."""
    when = when or utcnow()
    Contact.update(last_interaction_at=when, updated_at=utcnow()).where(
        (Contact.id == contact_id)
        & (Contact.last_interaction_at.is_null() | (Contact.last_interaction_at < when))).execute()

"""Notes on a person or a company."""

from __future__ import annotations

from crm_desktop.db.base import database
from crm_desktop.db.models import Note
from crm_desktop.services import audit, contacts, organizations, records
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.messages import QT_TRANSLATE_NOOP


def _check(body: str) -> None:
    if not body.strip():
        raise ValidationError([FieldError("body", QT_TRANSLATE_NOOP("Errors", "The note is empty."))])


def add_note(body: str, *, contact_id: int | None = None, organization_id: int | None = None,
             pinned: bool = False) -> Note:
    _check(body)
    if (contact_id is None) == (organization_id is None):
        raise ValueError("a note belongs to exactly one contact or organization")
    with database.atomic():
        if contact_id is not None:
            contacts.get_contact(contact_id)  # raises NotFoundError when gone
        else:
            organizations.get_organization(organization_id)
        note = Note.create(body=body.strip(), contact=contact_id, organization=organization_id,
                           pinned=pinned, created_by=current_user_id())
        audit.record_create(note)
        if contact_id is not None:
            contacts.touch_interaction(contact_id, note.created_at)
        else:
            organizations.touch_interaction(organization_id, note.created_at)
    return note


def edit_note(note_id: int, body: str, *, pinned: bool | None = None) -> Note:
    _check(body)
    with database.atomic():
        note = records.fetch(Note, note_id)
        before = audit.snapshot(note)
        note.body = body.strip()
        if pinned is not None:
            note.pinned = pinned
        if audit.diff(before, audit.snapshot(note)):  # an unchanged record keeps its updated_at
            note.save()
            audit.record_update(note, before)
    return note


def delete_note(note_id: int) -> Note:
    return records.soft_delete(Note, note_id)


def notes_of(*, contact_id: int | None = None, organization_id: int | None = None) -> list[Note]:
    query = Note.alive()
    query = query.where(Note.contact == contact_id) if contact_id is not None \
        else query.where(Note.organization == organization_id)
    return list(query.order_by(Note.pinned.desc(), Note.created_at.desc(), Note.id.desc()))

"""What is said and kept on a case: internal notes (staff only), messages to the customer (queued
in the outbox, and the case's first response when they are the first), attached files (kept in
the database, so a backup or a server carries them) and linked knowledge articles."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseAttachment
from crm_desktop.services import audit
from crm_desktop.services.atomic_file import replacing
from crm_desktop.services.cases import knowledge, outbox
from crm_desktop.services.cases.case_service import get_case
from crm_desktop.services.cases.labels import CHANNELS
from crm_desktop.services.cases.events import log_event, refresh_due
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.labels import label
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

MAX_ATTACHMENT = 20 * 1024 * 1024

EMPTY = QT_TRANSLATE_NOOP("Errors", "Write the text first.")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "\u201c{file}\u201d is {size} MB; files up to {limit} MB can be attached.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "\u201c{file}\u201d could not be read: {reason}")
NO_ADDRESS = QT_TRANSLATE_NOOP("Errors", "The customer has no {channel} to send this to; add one on their profile.")


def add_note(case_id: int, body: str, *, at: dt.datetime | None = None) -> None:
    """An internal note: staff see it in the history, the customer never gets it."""
    if not body.strip():
        raise ValidationError([FieldError("body", EMPTY)])
    with database.atomic():
        case = get_case(case_id)
        log_event(case, "note", body=body.strip(), at=at)
        Case.update(updated_at=utcnow()).where(Case.id == case_id).execute()


def send_message(case_id: int, body: str, *, channel: str = "", at: dt.datetime | None = None) -> int:
    """A message to the customer: queued in the outbox (by email when the case came by email,
    else SMS) and kept in the history. The first one is the case's first response. Returns the
    outbox message id."""
    if not body.strip():
        raise ValidationError([FieldError("body", EMPTY)])
    now = at or utcnow()
    with database.atomic():
        case = get_case(case_id)
        channel = channel or ("email" if case.channel == "email" else "sms")
        address, name = outbox.case_address(case, channel)
        if not address:
            raise ValidationError([FieldError("body", NO_ADDRESS, {"channel": label(CHANNELS, channel)})])
        message = outbox.queue(channel, address, name, body.strip(), subject=case.subject if channel == "email" else "",
                               contact_id=case.__data__.get("contact"), case_id=case.id)
        if case.first_response_at is None:
            before = audit.snapshot(case)
            case.first_response_at = now
            refresh_due(case)
            case.save()
            audit.record_update(case, before)
        log_event(case, "message", new=channel, body=body.strip(), at=now)
    return message.id


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    size: int
    added_at: dt.datetime


def attach(case_id: int, file_name: str, content: bytes) -> CaseAttachment:
    if len(content) > MAX_ATTACHMENT:
        raise ValidationError([FieldError("attachment", TOO_BIG, {
            "file": file_name, "size": f"{len(content) / 1048576:.1f}", "limit": MAX_ATTACHMENT // 1048576})])
    with database.atomic():
        case = get_case(case_id)
        row = CaseAttachment.create(case=case.id, file_name=file_name[:255], size=len(content),
                                    sha256=hashlib.sha256(content).hexdigest(), content=content,
                                    created_by=current_user_id())
        audit.record_create(row)
        log_event(case, "attachment", new=file_name)
    return row


def attach_file(case_id: int, path: str | Path) -> CaseAttachment:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ATTACHMENT:
            raise ValidationError([FieldError("attachment", TOO_BIG, {
                "file": path.name, "size": f"{path.stat().st_size / 1048576:.1f}",
                "limit": MAX_ATTACHMENT // 1048576})])
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError([FieldError("attachment", UNREADABLE, {
            "file": path.name, "reason": exc.strerror or str(exc)})]) from exc
    return attach(case_id, path.name, content)


def attachments(case_id: int) -> list[AttachmentInfo]:
    rows = (CaseAttachment.select(CaseAttachment.id, CaseAttachment.file_name, CaseAttachment.size,
                                  CaseAttachment.created_at)
            .where((CaseAttachment.case == case_id) & CaseAttachment.deleted_at.is_null())
            .order_by(CaseAttachment.id).tuples())
    return [AttachmentInfo(*row) for row in rows]


def attachment_content(attachment_id: int) -> tuple[str, bytes]:
    row = (CaseAttachment.select(CaseAttachment.file_name, CaseAttachment.content)
           .where((CaseAttachment.id == attachment_id) & CaseAttachment.deleted_at.is_null()).tuples().first())
    if row is None:
        raise LookupError(f"attachment {attachment_id} not found")
    return row[0], bytes(row[1])


def save_attachment(attachment_id: int, target: str | Path) -> Path:
    """Write an attached file out (to open it or keep a copy)."""
    name, content = attachment_content(attachment_id)
    target = Path(target)
    if target.is_dir():
        target = target / name
    with replacing(target) as handle:
        handle.write(content)
    return target


def remove_attachment(attachment_id: int) -> None:
    with database.atomic():
        row = CaseAttachment.get_by_id(attachment_id)
        row.deleted_at = utcnow()
        row.save()
        audit.record_delete(row)
        log_event(get_case(row.__data__["case"]), "attachment", old=row.file_name)


def link_article(case_id: int, article_id: int) -> None:
    """Use a knowledge article on this case (counted once per case)."""
    with database.atomic():
        case = get_case(case_id)
        article = knowledge.get_article(article_id)
        if knowledge.record_use(article_id, case_id):
            log_event(case, "article", new=article.question)

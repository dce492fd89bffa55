"""The outbox: messages to customers waiting to be sent, and what became of them.

A message is ``queued`` (anyone can still edit or cancel it), then the messaging feature marks
it ``sent`` or ``failed`` (a failed one can be queued again with :func:`retry`); ``cancelled``
ones stay for the record. :func:`queue_for_case` fills the template of a case event (received,
assigned, waiting, resolved, closed) in the office's language (the other language when that one
has no active template) and addresses it to the customer: the person's mobile for SMS, the
primary email for email; a case with only a company uses the company's. Which events are sent
automatically is an office choice (:func:`auto_events`): received and resolved unless changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, Contact, ContactPoint, MessageTemplate, Organization, OutboxMessage, User
from crm_desktop.db.models.outbox import MESSAGE_CHANNELS, OUTBOX_STATUSES, TEMPLATE_EVENTS
from crm_desktop.services import audit, records, settings, validation
from crm_desktop.services.cases import labels, templates
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import SUPPORTED_LANGUAGES, render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText
from crm_desktop.text.normalize import tidy_text

AUTO_EVENTS_KEY = "case_messages"
OFFICE_NAME_KEY = "office_name"
DEFAULT_AUTO_EVENTS = {"received": True, "assigned": False, "waiting": False, "resolved": True, "closed": False}

#: Words for the outbox's statuses (the lead may move them to ``cases/labels.py``).
STATUS_LABELS: dict[str, TranslatableText] = {
    "queued": QT_TRANSLATE_NOOP("Cases", "Waiting to be sent"),
    "sent": QT_TRANSLATE_NOOP("Cases", "Sent"),
    "failed": QT_TRANSLATE_NOOP("Cases", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("Cases", "Cancelled"),
}

NO_ADDRESS = QT_TRANSLATE_NOOP("Errors", "Enter the address or number to send to.")
NO_BODY = QT_TRANSLATE_NOOP("Errors", "Write the text of the message.")
NOT_QUEUED = QT_TRANSLATE_NOOP(
    "Errors", "This message is no longer waiting to be sent (it is \u201c{status}\u201d), so it cannot be changed.")
NOT_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "Only a message that failed can be sent again (this one is \u201c{status}\u201d).")
BAD_EVENTS = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the allowed values.")


# --- queueing ------------------------------------------------------------------------------------

def queue(channel: str, to_address: str, to_name: str, body: str, subject: str = "", contact_id: int | None = None,
          case_id: int | None = None, template_id: int | None = None, *,
          at: dt.datetime | None = None) -> OutboxMessage:
    """Put a message in the outbox (status ``queued``)."""
    errors = [validation.check_choice("channel", channel, MESSAGE_CHANNELS)]
    to_address, to_name, subject, body = tidy_text(to_address), tidy_text(to_name), tidy_text(subject), body.strip()
    if not to_address:
        errors.append(FieldError("to_address", NO_ADDRESS))
    if not body:
        errors.append(FieldError("body", NO_BODY))
    errors += validation.check_lengths(OutboxMessage, {"to_address": to_address, "subject": subject})
    errors = [e for e in errors if e is not None]
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        message = OutboxMessage.create(
            channel=channel, to_address=to_address, to_name=to_name[:300], body=body,
            subject=subject if channel == "email" else "", contact=contact_id, case=case_id, template=template_id,
            status="queued", queued_at=at or utcnow(), created_by=current_user_id())
        audit.record_create(message)
    return message


def office_language() -> str:
    """The office's language setting, else the acting user's (customers are written to in it)."""
    office = settings.get_setting(settings.PREFERENCE_KEY, {})
    chosen = office.get("language") if isinstance(office, dict) else None
    return chosen if chosen in SUPPORTED_LANGUAGES else settings.load_preferences().language


def office_name() -> str:
    value = settings.get_setting(OFFICE_NAME_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def _point(owner_filter, kind: str) -> str:
    """The owner's live point of this kind, primary first then oldest (phones in E.164 when known)."""
    row = (ContactPoint.select(ContactPoint.value, ContactPoint.value_norm)
           .where(owner_filter & (ContactPoint.kind == kind) & ContactPoint.deleted_at.is_null())
           .order_by(ContactPoint.is_primary.desc(), ContactPoint.id).tuples().first())
    if row is None:
        return ""
    value, norm = row
    if kind == "mobile" and norm.startswith("+"):
        return norm
    return tidy_text(value)


def case_address(case: Case, channel: str) -> tuple[str, str]:
    """(address, name) to reach the case's customer on this channel: the person's mobile (SMS) or
    email; the company's when the case has no person. ("", name) when there is none."""
    kind = "mobile" if channel == "sms" else "email"
    contact_id, org_id = case.__data__.get("contact"), case.__data__.get("organization")
    if contact_id is not None:
        person = Contact.alive().where(Contact.id == contact_id).first()
        if person is not None:
            return _point(ContactPoint.contact == person.id, kind), person.display_name
    if org_id is not None:
        company = Organization.alive().where(Organization.id == org_id).first()
        if company is not None:
            return _point(ContactPoint.organization == company.id, kind), company.name
    return "", ""


def _template(event: str, language: str, channel: str) -> MessageTemplate | None:
    found = templates.find_template(event, language, channel)
    if found is None:
        for other in SUPPORTED_LANGUAGES:
            if other != language and (found := templates.find_template(event, other, channel)) is not None:
                break
    return found


def _status_label(code: str, language: str) -> str:
    text = labels.STATUSES.get(code)
    return render(text, lang=language) if text is not None else code


def case_values(case: Case, customer: str, language: str,
                status_label: Callable[[str, str], str] = _status_label) -> dict[str, str]:
    """The placeholders' values for a case, in ``language``."""
    assignee = ""
    if case.__data__.get("assignee") is not None:
        user = User.get_or_none(User.id == case.__data__["assignee"])
        assignee = user.display_name if user is not None else ""
    return {"customer": customer, "number": case.number, "subject": case.subject,
            "status": status_label(case.status, language), "assignee": assignee, "office": office_name()}


def queue_for_case(case_id: int, event: str, *, at: dt.datetime | None = None) -> OutboxMessage | None:
    """Queue the event's template to the case's customer; None when no active template or no
    address fits. The channel is email first for a case that came by email, else SMS first; the
    other one when the first has no template or address. (Whether the office wants this event sent
    is the caller's question: :func:`auto_events`.)"""
    if event not in TEMPLATE_EVENTS:
        raise ValueError(f"unknown template event {event!r}")
    case = records.fetch(Case, case_id)
    language = office_language()
    channels = ("email", "sms") if case.channel == "email" else ("sms", "email")
    for channel in channels:
        template = _template(event, language, channel)
        if template is None:
            continue
        address, name = case_address(case, channel)
        if not address:
            continue
        subject, body = templates.render_template(template, case_values(case, name, template.language))
        if not body:
            continue
        return queue(channel, address, name, body, subject=subject, contact_id=case.__data__.get("contact"),
                     case_id=case.id, template_id=template.id, at=at)
    return None


# --- the office's choice of automatic messages -------------------------------------------------

def auto_events() -> dict[str, bool]:
    """Per event, whether its message is queued automatically (received and resolved by default)."""
    stored = settings.get_setting(AUTO_EVENTS_KEY, {})
    stored = stored if isinstance(stored, dict) else {}
    return {event: bool(stored[event]) if isinstance(stored.get(event), bool) else DEFAULT_AUTO_EVENTS[event]
            for event in TEMPLATE_EVENTS}


def set_auto_events(choices: Mapping[str, bool]) -> dict[str, bool]:
    """Switch automatic messages per event on or off (events not named keep their setting)."""
    unknown = next((event for event in choices if event not in TEMPLATE_EVENTS), None)
    if unknown is not None:
        raise ValidationError([FieldError("events", BAD_EVENTS, {"value": unknown})])
    merged = {**auto_events(), **{event: bool(on) for event, on in choices.items()}}
    settings.set_setting(AUTO_EVENTS_KEY, merged)
    return merged


# --- the outbox ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class OutboxRow:
    id: int
    channel: str
    to_address: str
    to_name: str
    subject: str
    body: str
    status: str
    queued_at: dt.datetime
    sent_at: dt.datetime | None
    error: str
    case_id: int | None
    case_number: str
    contact_id: int | None


def _filtered(query, status: str | None, case_id: int | None):
    query = query.where(OutboxMessage.deleted_at.is_null())
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    if case_id is not None:
        query = query.where(OutboxMessage.case == case_id)
    return query


def list_messages(status: str | None = None, limit: int = 100, offset: int = 0,
                  case_id: int | None = None) -> list[OutboxRow]:
    """A page of the outbox, newest first."""
    query = (OutboxMessage.select(OutboxMessage.id, OutboxMessage.channel, OutboxMessage.to_address,
                                  OutboxMessage.to_name, OutboxMessage.subject, OutboxMessage.body,
                                  OutboxMessage.status, OutboxMessage.queued_at, OutboxMessage.sent_at,
                                  OutboxMessage.error, OutboxMessage.case, Case.number, OutboxMessage.contact)
             .join(Case, on=(Case.id == OutboxMessage.case), join_type=JOIN.LEFT_OUTER))
    query = _filtered(query, status, case_id).order_by(OutboxMessage.queued_at.desc(), OutboxMessage.id.desc())
    rows = query.limit(limit).offset(offset).tuples()
    return [OutboxRow(*row[:11], row[11] or "", row[12]) for row in rows]


def count_messages(status: str | None = None, case_id: int | None = None) -> int:
    return _filtered(OutboxMessage.select(), status, case_id).count()


count = count_messages


def get_message(message_id: int) -> OutboxMessage:
    return records.fetch(OutboxMessage, message_id)


def _change(message_id: int, allowed: str, refusal, **values) -> OutboxMessage:
    with database.atomic():
        message = get_message(message_id)
        if message.status != allowed:
            raise ValidationError([FieldError("status", refusal, {"status": STATUS_LABELS[message.status]})])
        before = audit.snapshot(message)
        for name, value in values.items():
            setattr(message, name, value)
        if audit.diff(before, audit.snapshot(message)):
            message.save()
            audit.record_update(message, before)
    return message


def edit(message_id: int, body: str, subject: str | None = None) -> OutboxMessage:
    """Change the text (and an email's subject) of a message still waiting to be sent."""
    body = body.strip()
    if not body:
        raise ValidationError([FieldError("body", NO_BODY)])
    message = get_message(message_id)
    values = {"body": body}
    if subject is not None and message.channel == "email":
        values["subject"] = tidy_text(subject)
        error = validation.check_length("subject", values["subject"], OutboxMessage)
        if error is not None:
            raise ValidationError([error])
    return _change(message_id, "queued", NOT_QUEUED, **values)


def cancel(message_id: int) -> OutboxMessage:
    """Keep a waiting message from being sent (it stays, marked cancelled)."""
    return _change(message_id, "queued", NOT_QUEUED, status="cancelled")


def mark_sent(message_id: int, *, at: dt.datetime | None = None) -> OutboxMessage:
    return _change(message_id, "queued", NOT_QUEUED, status="sent", sent_at=at or utcnow(), error="")


def mark_failed(message_id: int, error: str) -> OutboxMessage:
    return _change(message_id, "queued", NOT_QUEUED, status="failed", error=error.strip())


def retry(message_id: int) -> OutboxMessage:
    """Queue a failed message again."""
    return _change(message_id, "failed", NOT_FAILED, status="queued", error="")


__all__ = ["AUTO_EVENTS_KEY", "DEFAULT_AUTO_EVENTS", "OFFICE_NAME_KEY", "OUTBOX_STATUSES", "OutboxRow",
           "STATUS_LABELS", "auto_events", "cancel", "case_address", "case_values", "count", "count_messages",
           "edit", "get_message", "list_messages", "mark_failed", "mark_sent", "office_language", "office_name",
           "queue", "queue_for_case", "retry", "set_auto_events"]

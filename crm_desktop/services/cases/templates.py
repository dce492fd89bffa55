"""Message templates: what the customer is told when their case is received, assigned, waits for
them, is resolved or closed — per language (fa, en) and channel (SMS; email with a subject).

Texts carry placeholders in braces, filled when a message is queued: ``{customer}`` (the
customer's name), ``{number}`` (the case number), ``{subject}``, ``{status}`` (the status in the
template's language), ``{assignee}`` (who handles it) and ``{office}`` (the office's name). A
template naming anything else, or with a stray brace, is refused when saved; ``{{`` and ``}}``
stand for literal braces. :func:`ensure_default_templates` writes short, polite defaults once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.models import MessageTemplate
from crm_desktop.db.models.outbox import MESSAGE_CHANNELS, TEMPLATE_EVENTS
from crm_desktop.services import audit, records, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import SUPPORTED_LANGUAGES
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

PLACEHOLDERS = ("customer", "number", "subject", "status", "assignee", "office")

NO_BODY = QT_TRANSLATE_NOOP("Errors", "Write the text of the message.")
NO_SUBJECT = QT_TRANSLATE_NOOP("Errors", "An email needs a subject.")
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{{{name}}}\u201d is not a placeholder; use {allowed}.")
BAD_BRACE = QT_TRANSLATE_NOOP(
    "Errors", "A brace is not closed or not opened near \u201c{near}\u201d; write placeholders like "
              "{{customer}}, and {{{{ or }}}} for a brace itself.")
TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already a template for this event, language and channel.")

_FA_SIGN = "\n{office}"
DEFAULTS: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    # (language, event) -> channel -> (subject, body)
    ("fa", "received"): {
        "sms": ("", "{customer} عزیز، درخواست شما با شماره {number} ثبت شد و به‌زودی پیگیری می‌شود."
                    + _FA_SIGN),
        "email": ("درخواست {number} ثبت شد: {subject}",
                  "{customer} عزیز، سلام\n\nدرخواست شما با موضوع «{subject}» با شماره {number} ثبت شد. "
                  "همکاران ما به‌زودی آن را بررسی می‌کنند و نتیجه را به شما خبر می‌دهیم.\n"
                  "لطفاً در پیگیری‌ها شمارهٔ درخواست را ذکر کنید.\n\nبا سپاس\n{office}"),
    },
    ("fa", "assigned"): {
        "sms": ("", "{customer} عزیز، درخواست {number} به {assignee} سپرده شد و در حال بررسی است." + _FA_SIGN),
        "email": ("درخواست {number} در حال بررسی است",
                  "{customer} عزیز، سلام\n\nدرخواست شما با موضوع «{subject}» (شمارهٔ {number}) به {assignee} "
                  "سپرده شد و در حال بررسی است.\n\nبا سپاس\n{office}"),
    },
    ("fa", "waiting"): {
        "sms": ("", "{customer} عزیز، برای ادامهٔ پیگیری درخواست {number} به پاسخ شما نیاز داریم. "
                    "لطفاً با ما تماس بگیرید." + _FA_SIGN),
        "email": ("درخواست {number}: منتظر پاسخ شما هستیم",
                  "{customer} عزیز، سلام\n\nبرای ادامهٔ رسیدگی به درخواست شما با موضوع «{subject}» "
                  "(شمارهٔ {number}) به پاسخ شما نیاز داریم. لطفاً به همین پیام پاسخ دهید یا با ما تماس "
                  "بگیرید.\n\nبا سپاس\n{office}"),
    },
    ("fa", "resolved"): {
        "sms": ("", "{customer} عزیز، درخواست {number} رسیدگی شد. اگر مشکلی باقی است، به ما خبر دهید. "
                    "از شکیبایی شما سپاسگزاریم." + _FA_SIGN),
        "email": ("درخواست {number} رسیدگی شد",
                  "{customer} عزیز، سلام\n\nدرخواست شما با موضوع «{subject}» (شمارهٔ {number}) رسیدگی شد. "
                  "اگر مشکل هنوز باقی است، کافی است به همین پیام پاسخ دهید.\n\n"
                  "از شکیبایی شما سپاسگزاریم.\n{office}"),
    },
    ("fa", "closed"): {
        "sms": ("", "{customer} عزیز، پروندهٔ درخواست {number} بسته شد. از همراهی شما سپاسگزاریم." + _FA_SIGN),
        "email": ("پروندهٔ درخواست {number} بسته شد",
                  "{customer} عزیز، سلام\n\nپروندهٔ درخواست شما با موضوع «{subject}» (شمارهٔ {number}) "
                  "بسته شد. از اینکه با ما در میان گذاشتید سپاسگزاریم.\n\nبا احترام\n{office}"),
    },
    ("en", "received"): {
        "sms": ("", "Dear {customer}, your request {number} has been received. We will get back to you soon.\n"
                    "{office}"),
        "email": ("Request {number} received: {subject}",
                  "Dear {customer},\n\nThank you for contacting us. Your request \u201c{subject}\u201d has been "
                  "received as number {number}, and we will get back to you soon.\n"
                  "Please quote this number if you write to us about it.\n\nKind regards,\n{office}"),
    },
    ("en", "assigned"): {
        "sms": ("", "Dear {customer}, your request {number} is now with {assignee}, who is looking into it.\n"
                    "{office}"),
        "email": ("Request {number} is being handled",
                  "Dear {customer},\n\nYour request \u201c{subject}\u201d ({number}) is now with {assignee}, who "
                  "is looking into it.\n\nKind regards,\n{office}"),
    },
    ("en", "waiting"): {
        "sms": ("", "Dear {customer}, we need a reply from you to continue with request {number}. "
                    "Please get in touch.\n{office}"),
        "email": ("Request {number}: waiting for your reply",
                  "Dear {customer},\n\nTo continue with your request \u201c{subject}\u201d ({number}) we need a "
                  "reply from you. Please answer this message or give us a call.\n\nKind regards,\n{office}"),
    },
    ("en", "resolved"): {
        "sms": ("", "Dear {customer}, your request {number} has been resolved. If anything is still wrong, "
                    "just let us know. Thank you for your patience.\n{office}"),
        "email": ("Request {number} resolved",
                  "Dear {customer},\n\nYour request \u201c{subject}\u201d ({number}) has been resolved. If "
                  "anything is still wrong, simply reply to this message.\n\n"
                  "Thank you for your patience.\n{office}"),
    },
    ("en", "closed"): {
        "sms": ("", "Dear {customer}, your request {number} is now closed. Thank you for contacting us.\n"
                    "{office}"),
        "email": ("Request {number} closed",
                  "Dear {customer},\n\nYour request \u201c{subject}\u201d ({number}) is now closed. Thank you for "
                  "contacting us.\n\nKind regards,\n{office}"),
    },
}


@dataclass
class TemplateInput:
    event: str
    language: str
    channel: str
    body: str
    subject: str = ""
    is_active: bool = True


# --- placeholders --------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def _tokens(text: str):
    """(start, end, what, name) for each brace construct: what is "literal" (``{{``/``}}``),
    "placeholder" or "stray" (a brace never closed or never opened)."""
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            yield match.start(), match.end(), "literal", token[0]
        elif match.group(1) is not None:
            yield match.start(), match.end(), "placeholder", match.group(1)
        else:
            yield match.start(), match.end(), "stray", token


def placeholders(text: str) -> list[str]:
    """The placeholder names in ``text``, in order (repeats kept; stray braces ignored)."""
    return [name for _, _, what, name in _tokens(text) if what == "placeholder"]


def check_text(field: str, text: str) -> FieldError | None:
    """None when ``text`` uses only known placeholders and every brace is closed."""
    for start, end, what, name in _tokens(text):
        if what == "stray":
            return FieldError(field, BAD_BRACE, {"near": text[max(0, start - 12):end + 12].strip()})
        if what == "placeholder" and name not in PLACEHOLDERS:
            return FieldError(field, UNKNOWN_PLACEHOLDER, {
                "name": name, "allowed": " ".join(f"{{{p}}}" for p in PLACEHOLDERS)})
    return None


def render(body: str, values: Mapping[str, object]) -> str:
    """``body`` with its placeholders filled (a missing value is empty, ``{{``/``}}`` are braces);
    spaces left at line ends and blank lines at both ends (an empty ``{office}``) are dropped. A
    stray brace (a template damaged outside the app) is kept as it is."""
    parts, at = [], 0
    for start, end, what, name in _tokens(body):
        parts.append(body[at:start])
        if what == "literal":
            parts.append(name)
        elif what == "placeholder":
            value = values.get(name)
            parts.append("" if value is None else str(value))
        else:
            parts.append(name)
        at = end
    parts.append(body[at:])
    text = "".join(parts)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def render_template(template: MessageTemplate, values: Mapping[str, object]) -> tuple[str, str]:
    """(subject, body) of a template filled with ``values``."""
    return render(template.subject, values), render(template.body, values)


# --- templates -----------------------------------------------------------------------------------

def check(data: TemplateInput) -> list[FieldError]:
    errors: list[FieldError | None] = [
        validation.check_choice("event", data.event, TEMPLATE_EVENTS),
        validation.check_choice("language", data.language, SUPPORTED_LANGUAGES),
        validation.check_choice("channel", data.channel, MESSAGE_CHANNELS),
    ]
    body, subject = data.body.strip(), tidy_text(data.subject)
    if not body:
        errors.append(FieldError("body", NO_BODY))
    else:
        errors.append(check_text("body", body))
    if data.channel == "email" and not subject:
        errors.append(FieldError("subject", NO_SUBJECT))
    elif subject:
        errors.append(check_text("subject", subject))
        errors.append(validation.check_length("subject", subject, MessageTemplate))
    return [e for e in errors if e is not None]


def _apply(row: MessageTemplate, data: TemplateInput) -> None:
    row.event, row.language, row.channel = data.event, data.language, data.channel
    row.body = data.body.strip()
    row.subject = tidy_text(data.subject) if data.channel == "email" else ""
    row.is_active = bool(data.is_active)


def _same_key(data: TemplateInput):
    return ((MessageTemplate.event == data.event) & (MessageTemplate.language == data.language)
            & (MessageTemplate.channel == data.channel))


def create_template(data: TemplateInput) -> MessageTemplate:
    """A new template; one per event, language and channel (a deleted one of the same key is
    brought back with the new text)."""
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        existing = MessageTemplate.select().where(_same_key(data)).first()
        if existing is not None and existing.deleted_at is None:
            raise ValidationError([FieldError("event", TAKEN)])
        if existing is None:
            row = MessageTemplate(created_by=current_user_id())
            _apply(row, data)
            row.save(force_insert=True)
            audit.record_create(row)
            return row
        deleted_at, existing.deleted_at = existing.deleted_at, None
        existing.save()
        audit.record_restore(existing, deleted_at)
        before = audit.snapshot(existing)
        _apply(existing, data)
        if audit.diff(before, audit.snapshot(existing)):
            existing.save()
            audit.record_update(existing, before)
        return existing


def get_template(template_id: int) -> MessageTemplate:
    return records.fetch(MessageTemplate, template_id)


def template_input(row: MessageTemplate) -> TemplateInput:
    return TemplateInput(row.event, row.language, row.channel, row.body, row.subject, row.is_active)


def update_template(template_id: int, data: TemplateInput) -> MessageTemplate:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        row = get_template(template_id)
        other = MessageTemplate.select(MessageTemplate.id).where(_same_key(data) & (MessageTemplate.id != row.id))
        if other.exists():
            raise ValidationError([FieldError("event", TAKEN)])
        before = audit.snapshot(row)
        _apply(row, data)
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return row


def delete_template(template_id: int) -> MessageTemplate:
    """Soft delete: that event is no longer sent in that language and channel."""
    return records.soft_delete(MessageTemplate, template_id)


def list_templates(language: str | None = None) -> list[MessageTemplate]:
    """Live templates by language, then event (in the case's order), then channel."""
    query = MessageTemplate.alive()
    if language is not None:
        query = query.where(MessageTemplate.language == language)
    events = {event: i for i, event in enumerate(TEMPLATE_EVENTS)}
    channels = {channel: i for i, channel in enumerate(MESSAGE_CHANNELS)}
    return sorted(query, key=lambda t: (t.language, events.get(t.event, 99), channels.get(t.channel, 99), t.id))


def find_template(event: str, language: str, channel: str) -> MessageTemplate | None:
    """The live, active template of this event, language and channel."""
    return (MessageTemplate.alive()
            .where((MessageTemplate.event == event) & (MessageTemplate.language == language)
                   & (MessageTemplate.channel == channel) & (MessageTemplate.is_active == True))  # noqa: E712
            .first())


def default_text(event: str, language: str, channel: str) -> tuple[str, str]:
    """(subject, body) the app ships for this template ("" subject for SMS); English for a
    language without its own defaults."""
    texts = DEFAULTS.get((language, event)) or DEFAULTS[("en", event)]
    return texts[channel]


def ensure_default_templates(languages: tuple[str, ...] = ("fa", "en")) -> int:
    """Write the shipped templates that are missing (a template the office deleted stays
    deleted); returns how many were written."""
    written = 0
    with database.atomic():
        have = set(MessageTemplate.select(MessageTemplate.event, MessageTemplate.language,
                                          MessageTemplate.channel).tuples())
        for language in languages:
            for event in TEMPLATE_EVENTS:
                for channel in MESSAGE_CHANNELS:
                    if (event, language, channel) in have:
                        continue
                    subject, body = default_text(event, language, channel)
                    row = MessageTemplate.create(event=event, language=language, channel=channel, subject=subject,
                                                 body=body, created_by=current_user_id())
                    audit.record_create(row)
                    written += 1
    return written


def sms_parts(text: str) -> int:
    """How many SMS a text takes: 160/153 characters per part in GSM-7-like Latin text, 70/67
    when it holds anything else (Persian is sent as UCS-2)."""
    if not text:
        return 0
    single, multi = (160, 153) if all(ord(c) < 128 for c in text) else (70, 67)
    return 1 if len(text) <= single else -(-len(text) // multi)


__all__ = ["DEFAULTS", "PLACEHOLDERS", "TemplateInput", "check_text", "create_template", "default_text",
           "delete_template", "ensure_default_templates", "find_template", "get_template", "list_templates",
           "placeholders", "render", "render_template", "sms_parts", "template_input", "update_template"]

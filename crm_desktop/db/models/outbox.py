"""Messages to customers: templates per event and language, and the outbox they are queued in.

A ``MessageTemplate`` has placeholders such as ``{customer}`` and ``{number}``; a status change of a
case can queue one ``OutboxMessage`` (the text already filled in, the address taken from the
customer). The messaging feature sends queued messages and marks them ``sent`` or ``failed``; until
then the outbox is where anyone can see what would go out, edit or cancel it.
"""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField, TextField

from crm_desktop.db.fields import UtcDateTimeField
from crm_desktop.db.models.cases import Case
from crm_desktop.db.models.people import Contact
from crm_desktop.db.models.record import Record

TEMPLATE_EVENTS = ("received", "assigned", "waiting", "resolved", "closed")
MESSAGE_CHANNELS = ("sms", "email")
OUTBOX_STATUSES = ("queued", "sent", "failed", "cancelled")


class MessageTemplate(Record):
    event = CharField(max_length=12)  # TEMPLATE_EVENTS
    language = CharField(max_length=5)
    channel = CharField(max_length=8)  # MESSAGE_CHANNELS
    subject = CharField(max_length=200, default="")
    body = TextField()
    is_active = BooleanField(default=True)

    class Meta:
        indexes = ((("event", "language", "channel"), True),)


class OutboxMessage(Record):
    channel = CharField(max_length=8)
    to_address = CharField(max_length=254)
    to_name = CharField(max_length=300, default="")
    contact = ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    case = ForeignKeyField(Case, null=True, backref="messages", on_delete="SET NULL")
    template = ForeignKeyField(MessageTemplate, null=True, backref="+", on_delete="SET NULL")
    subject = CharField(max_length=200, default="")
    body = TextField()
    status = CharField(max_length=10, default="queued", index=True)  # OUTBOX_STATUSES
    queued_at = UtcDateTimeField(index=True)
    sent_at = UtcDateTimeField(null=True)
    error = TextField(default="")


__all__ = ["MESSAGE_CHANNELS", "OUTBOX_STATUSES", "TEMPLATE_EVENTS", "MessageTemplate", "OutboxMessage"]

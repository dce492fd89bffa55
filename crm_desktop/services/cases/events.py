"""The pieces every case write shares: one history event (who, when, what), the queue's next
deadline, and telling the customer through the outbox when the office wants that event sent."""

from __future__ import annotations

import datetime as dt

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseEvent
from crm_desktop.services.context import current_user_id

CLOSED_STATUSES = ("resolved", "closed")


def log_event(case: Case, kind: str, *, old: str = "", new: str = "", body: str = "",
              at: dt.datetime | None = None) -> CaseEvent:
    return CaseEvent.create(case=case.id, at=at or utcnow(), by=current_user_id(), kind=kind, old_value=old[:200],
                            new_value=new[:200], body=body, created_by=current_user_id())


def refresh_due(case: Case) -> None:
    """The deadline the queue sorts on: the response deadline until someone answered, then the
    resolution deadline; none while the clock is paused or once the case is resolved."""
    if case.status in CLOSED_STATUSES or case.paused_at is not None:
        case.due_at = None
    elif case.first_response_at is None and case.response_due_at is not None:
        case.due_at = case.response_due_at
    else:
        case.due_at = case.resolve_due_at


def notify(case: Case, event: str, at: dt.datetime | None = None) -> int | None:
    """Queue the template message of this event to the customer when the office sends it
    automatically; the history notes it. Returns the outbox message id, or None."""
    from crm_desktop.services.cases import outbox

    if not outbox.auto_events().get(event):
        return None
    message = outbox.queue_for_case(case.id, event, at=at)
    if message is None:
        return None
    log_event(case, "message", old="auto", new=message.channel, body=message.body, at=at)
    return message.id

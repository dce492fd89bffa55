"""Words for the complaint queue's codes (kinds, channels, priorities, statuses, event kinds, the
SLA clock's states), shown by the CLI, the timeline and the screens alike; look them up with
:func:`crm_desktop.services.labels.label`."""

from __future__ import annotations

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

KINDS: dict[str, TranslatableText] = {
    "request": QT_TRANSLATE_NOOP("Cases", "Request"),
    "complaint": QT_TRANSLATE_NOOP("Cases", "Complaint"),
    "question": QT_TRANSLATE_NOOP("Cases", "Question"),
    "suggestion": QT_TRANSLATE_NOOP("Cases", "Suggestion"),
}

CHANNELS: dict[str, TranslatableText] = {
    "phone": QT_TRANSLATE_NOOP("Cases", "Phone"),
    "walk_in": QT_TRANSLATE_NOOP("Cases", "Walk-in"),
    "email": QT_TRANSLATE_NOOP("Cases", "Email"),
    "sms": QT_TRANSLATE_NOOP("Cases", "SMS"),
    "website": QT_TRANSLATE_NOOP("Cases", "Website"),
    "social": QT_TRANSLATE_NOOP("Cases", "Social media"),
}

PRIORITIES: dict[str, TranslatableText] = {
    "low": QT_TRANSLATE_NOOP("Cases", "Low"),
    "normal": QT_TRANSLATE_NOOP("Cases", "Normal"),
    "high": QT_TRANSLATE_NOOP("Cases", "High"),
    "urgent": QT_TRANSLATE_NOOP("Cases", "Urgent"),
}

STATUSES: dict[str, TranslatableText] = {
    "new": QT_TRANSLATE_NOOP("Cases", "New"),
    "assigned": QT_TRANSLATE_NOOP("Cases", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Cases", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("Cases", "Waiting for customer"),
    "resolved": QT_TRANSLATE_NOOP("Cases", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Cases", "Closed"),
}

CLOCK_STATES: dict[str, TranslatableText] = {
    "none": QT_TRANSLATE_NOOP("Cases", "No SLA"),
    "ok": QT_TRANSLATE_NOOP("Cases", "On time"),
    "at_risk": QT_TRANSLATE_NOOP("Cases", "At risk"),
    "overdue": QT_TRANSLATE_NOOP("Cases", "Overdue"),
    "paused": QT_TRANSLATE_NOOP("Cases", "Paused"),
    "met": QT_TRANSLATE_NOOP("Cases", "Met"),
    "breached": QT_TRANSLATE_NOOP("Cases", "Breached"),
}

EVENT_TITLES: dict[str, TranslatableText] = {
    "created": QT_TRANSLATE_NOOP("CaseHistory", "Opened"),
    "status": QT_TRANSLATE_NOOP("CaseHistory", "Status: {old} \u2192 {new}"),
    "assigned": QT_TRANSLATE_NOOP("CaseHistory", "Assigned: {old} \u2192 {new}"),
    "routed": QT_TRANSLATE_NOOP("CaseHistory", "Routed to {new}"),
    "note": QT_TRANSLATE_NOOP("CaseHistory", "Internal note"),
    "message": QT_TRANSLATE_NOOP("CaseHistory", "Message to the customer"),
    "attachment": QT_TRANSLATE_NOOP("CaseHistory", "File attached: {new}"),
    "article": QT_TRANSLATE_NOOP("CaseHistory", "Knowledge article linked: {new}"),
    "rating": QT_TRANSLATE_NOOP("CaseHistory", "Customer rated it {new} of 5"),
    "priority": QT_TRANSLATE_NOOP("CaseHistory", "Priority: {old} \u2192 {new}"),
    "category": QT_TRANSLATE_NOOP("CaseHistory", "Category: {old} \u2192 {new}"),
    "edited": QT_TRANSLATE_NOOP("CaseHistory", "Details changed"),
    "reopened": QT_TRANSLATE_NOOP("CaseHistory", "Reopened"),
}

NOBODY = QT_TRANSLATE_NOOP("Cases", "nobody")

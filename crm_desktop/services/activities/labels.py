"""Words for the activities' codes (kinds, priorities, call directions and outcomes, recurrence
units), shown by the CLI, the timelines and the screens alike; look them up with
:func:`crm_desktop.services.labels.label`."""

from __future__ import annotations

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

KINDS: dict[str, TranslatableText] = {
    "call": QT_TRANSLATE_NOOP("Activities", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Activities", "Meeting"),
    "task": QT_TRANSLATE_NOOP("Activities", "Task"),
    "sms": QT_TRANSLATE_NOOP("Activities", "SMS"),
    "email": QT_TRANSLATE_NOOP("Activities", "Email"),
    "note": QT_TRANSLATE_NOOP("Activities", "Note"),
}

PRIORITIES: dict[str, TranslatableText] = {
    "low": QT_TRANSLATE_NOOP("Activities", "Low"),
    "normal": QT_TRANSLATE_NOOP("Activities", "Normal"),
    "high": QT_TRANSLATE_NOOP("Activities", "High"),
}

DIRECTIONS: dict[str, TranslatableText] = {
    "outbound": QT_TRANSLATE_NOOP("Activities", "Outgoing"),
    "inbound": QT_TRANSLATE_NOOP("Activities", "Incoming"),
}

OUTCOMES: dict[str, TranslatableText] = {
    "answered": QT_TRANSLATE_NOOP("Activities", "Talked"),
    "no_answer": QT_TRANSLATE_NOOP("Activities", "No answer"),
    "busy": QT_TRANSLATE_NOOP("Activities", "Busy"),
    "left_message": QT_TRANSLATE_NOOP("Activities", "Left a message"),
    "wrong_number": QT_TRANSLATE_NOOP("Activities", "Wrong number"),
}

UNITS: dict[str, TranslatableText] = {
    "day": QT_TRANSLATE_NOOP("Activities", "days"),
    "week": QT_TRANSLATE_NOOP("Activities", "weeks"),
    "month": QT_TRANSLATE_NOOP("Activities", "months"),
}

#: "Outgoing call", "Incoming SMS", ... (the default subject of a logged call or message)
DIRECTED_KINDS: dict[tuple[str, str], TranslatableText] = {
    ("call", "outbound"): QT_TRANSLATE_NOOP("Activities", "Outgoing call"),
    ("call", "inbound"): QT_TRANSLATE_NOOP("Activities", "Incoming call"),
    ("sms", "outbound"): QT_TRANSLATE_NOOP("Activities", "SMS sent"),
    ("sms", "inbound"): QT_TRANSLATE_NOOP("Activities", "SMS received"),
    ("email", "outbound"): QT_TRANSLATE_NOOP("Activities", "Email sent"),
    ("email", "inbound"): QT_TRANSLATE_NOOP("Activities", "Email received"),
}

#: the timeline's and the reminders' phrasing of an activity
STATES: dict[str, TranslatableText] = {
    "planned": QT_TRANSLATE_NOOP("Activities", "Planned"),
    "overdue": QT_TRANSLATE_NOOP("Activities", "Overdue"),
    "done": QT_TRANSLATE_NOOP("Activities", "Done"),
}

"""Each user's reminder choices: how long before the due time a new activity reminds by default,
the snooze offered first, and whether reminders pop up and/or appear as system notifications."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from crm_desktop.services import settings
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

KEY = "activity_reminders"
REMIND_CHOICES = (None, 0, 5, 10, 15, 30, 60, 120, 1440)  # minutes before; None: no reminder
SNOOZE_CHOICES = (5, 10, 15, 30, 60, 240, 1440)
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "Choose one of the offered times.")


@dataclass(frozen=True)
class ReminderPrefs:
    remind_before: int | None = 15  # the default of a new scheduled activity
    snooze_minutes: int = 10
    popup: bool = True
    tray: bool = True
    overdue_at_start: bool = True  # at start-up, say what is overdue


def load(user_id: int | None = None) -> ReminderPrefs:
    user_id = user_id if user_id is not None else current_user_id()
    stored = settings.get_setting(KEY, {}, user_id=user_id) if user_id is not None else {}
    base = asdict(ReminderPrefs())
    if isinstance(stored, dict):
        for key, value in stored.items():
            if key in base and _valid(key, value):
                base[key] = value
    return ReminderPrefs(**base)


def _valid(key: str, value) -> bool:
    if key == "remind_before":
        return value in REMIND_CHOICES
    if key == "snooze_minutes":
        return value in SNOOZE_CHOICES
    return isinstance(value, bool)


def save(prefs: ReminderPrefs, user_id: int | None = None) -> None:
    errors = [FieldError(key, BAD_CHOICE) for key, value in asdict(prefs).items() if not _valid(key, value)]
    if errors:
        raise ValidationError(errors)
    user_id = user_id if user_id is not None else current_user_id()
    settings.set_setting(KEY, asdict(prefs), user_id=user_id)


__all__ = ["REMIND_CHOICES", "SNOOZE_CHOICES", "ReminderPrefs", "load", "save"]

"""Words for reminder times: "15 minutes before", "1 hour", "Tomorrow", and how far a due time is
from now ("in 15 min", "5 min ago", "overdue since ..."), in the user's digits and calendar; and the
lists to choose a reminder or a snooze time from (the activity form, Settings › Reminders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.services.activities.preferences import REMIND_CHOICES, SNOOZE_CHOICES
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.local_time import LocalZone, local_date

translate = QCoreApplication.translate
DAY = 1440


def span_text(minutes: int, fmt: Formatter) -> str:
    """"5 minutes", "1 hour", "4 hours", "1 day"."""
    if minutes % DAY == 0:
        days = minutes // DAY
        return (translate("Reminders", "1 day") if days == 1
                else translate("Reminders", "{count} days").format(count=fmt.number(days)))
    if minutes % 60 == 0:
        hours = minutes // 60
        return (translate("Reminders", "1 hour") if hours == 1
                else translate("Reminders", "{count} hours").format(count=fmt.number(hours)))
    return (translate("Reminders", "1 minute") if minutes == 1
            else translate("Reminders", "{count} minutes").format(count=fmt.number(minutes)))


def remind_label(minutes: int | None, fmt: Formatter) -> str:
    """A choice of :data:`~crm_desktop.services.activities.preferences.REMIND_CHOICES`."""
    if minutes is None:
        return translate("Reminders", "No reminder")
    if minutes == 0:
        return translate("Reminders", "At the due time")
    return translate("Reminders", "{span} before").format(span=span_text(minutes, fmt))


def snooze_label(minutes: int, fmt: Formatter) -> str:
    """A choice of :data:`~crm_desktop.services.activities.preferences.SNOOZE_CHOICES` (a day: "Tomorrow")."""
    if minutes == DAY:
        return translate("Reminders", "Tomorrow, same time")
    return span_text(minutes, fmt)


class ChoiceCombo(QComboBox):
    """A list of ``values``, each worded by ``text``; :meth:`choose` picks one - a value set elsewhere
    that is not offered here is added, so saving does not change it."""

    def __init__(self, values: Iterable[Any], text: Callable[[Any], str], current: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        for value in values:
            self.addItem(text(value), value)
        self.choose(current)

    def choose(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0:
            self.addItem(self._text(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


def reminder_combo(fmt: Formatter, current: int | None) -> ChoiceCombo:
    """How long before its due time an activity reminds (:data:`REMIND_CHOICES`; None: no reminder)."""
    return ChoiceCombo(REMIND_CHOICES, lambda minutes: remind_label(minutes, fmt), current)


def snooze_combo(fmt: Formatter, current: int) -> ChoiceCombo:
    """How long a snooze lasts (:data:`SNOOZE_CHOICES`)."""
    return ChoiceCombo(SNOOZE_CHOICES, lambda minutes: snooze_label(minutes, fmt), current)


def _clock(moment: dt.datetime, fmt: Formatter, tz: dt.tzinfo) -> str:
    local = moment.astimezone(tz)
    return fmt.digits(f"{local.hour:02d}:{local.minute:02d}")


def due_text(row: ActivityRow, now: dt.datetime, fmt: Formatter, tz: dt.tzinfo | None = None) -> str:
    """How the due time of a reminded activity reads now."""
    tz = tz or LocalZone()
    due = row.due_at
    if due is None:
        return ""
    if row.all_day:
        day, today = local_date(due, tz), local_date(now, tz)
        if day == today:
            return translate("Reminders", "today")
        if day < today:
            return translate("Reminders", "overdue since {date}").format(date=fmt.date(day))
        if day == today + dt.timedelta(days=1):
            return translate("Reminders", "tomorrow")
        return fmt.date(day)
    minutes = round((due - now).total_seconds() / 60)
    if minutes == 0:
        return translate("Reminders", "due now")
    if 0 < minutes < 60:
        return translate("Reminders", "in {count} min").format(count=fmt.number(minutes))
    if -60 < minutes < 0:
        return translate("Reminders", "{count} min ago").format(count=fmt.number(-minutes))
    time = _clock(due, fmt, tz)
    if local_date(due, tz) == local_date(now, tz):
        if minutes > 0:
            return translate("Reminders", "at {time}").format(time=time)
        return translate("Reminders", "overdue since {time}").format(time=time)
    date = fmt.date(local_date(due, tz))
    if minutes > 0:
        return translate("Reminders", "on {date} at {time}").format(date=date, time=time)
    return translate("Reminders", "overdue since {date} at {time}").format(date=date, time=time)

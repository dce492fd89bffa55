"""Showing values the way the user chose: calendar, digits, money unit, language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.services.settings import Preferences
from crm_desktop.text.dates import format_date, format_datetime
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.i18n import translate
from crm_desktop.text.jalali import WEEKDAYS_EN, WEEKDAYS_FA
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.money import format_money
from crm_desktop.text.phone import format_phone


SIZE_UNITS = {
    "B": QT_TRANSLATE_NOOP("Units", "B"),
    "KB": QT_TRANSLATE_NOOP("Units", "KB"),
    "MB": QT_TRANSLATE_NOOP("Units", "MB"),
    "GB": QT_TRANSLATE_NOOP("Units", "GB"),
}


@dataclass(frozen=True)
class Formatter:
    prefs: Preferences

    def date(self, value: dt.date | dt.datetime | None, style: str = "short") -> str:
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = value.astimezone().date() if value.tzinfo else value.date()
        return format_date(value, calendar=self.prefs.calendar, digits=self.prefs.digits, style=style,
                           lang=self.prefs.language)

    def datetime(self, value: dt.datetime | None, style: str = "short") -> str:
        if value is None:
            return ""
        return format_datetime(value, calendar=self.prefs.calendar, digits=self.prefs.digits, style=style,
                               lang=self.prefs.language)

    def weekday(self, value: dt.date) -> str:
        """The day's name; Iranian weeks start on Saturday (index 0)."""
        names = WEEKDAYS_FA if self.prefs.language == "fa" else WEEKDAYS_EN
        return names[(value.weekday() + 2) % 7]

    def money(self, rials: int | None) -> str:
        if rials is None:
            return ""
        return format_money(rials, unit=self.prefs.money_unit, digits=self.prefs.digits, lang=self.prefs.language)

    def number(self, value: int) -> str:
        text = f"{value:,}"
        if self.prefs.digits != "latin":
            text = text.replace(",", "\u066c")
        return localize_digits(text, self.prefs.digits)

    def digits(self, text: str) -> str:
        return localize_digits(text, self.prefs.digits)

    def phone(self, value: str) -> str:
        if not value:
            return ""
        # no-break spaces: a number never wraps across two lines
        return format_phone(value, digits=self.prefs.digits, isolate=True).replace(" ", "\u00a0")

    def file_size(self, size: int | None) -> str:
        if size is None:
            return ""
        value, unit = float(size), "B"
        for unit in ("B", "KB", "MB", "GB"):
            if value < 1024 or unit == "GB":
                break
            value /= 1024
        shown = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
        if self.prefs.digits != "latin":
            shown = shown.replace(".", "\u066b")
        return f"{self.digits(shown)} {translate('Units', SIZE_UNITS[unit], lang=self.prefs.language)}"

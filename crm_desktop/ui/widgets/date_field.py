"""A date input that speaks the user's calendar: type 1403/05/17, ۱۴۰۳-۰۵-۱۷, 2024-08-07 or pick
from a Jalali (or Gregorian) month view whose weeks start on Saturday in Persian. Empty is allowed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from crm_desktop.services.formatting import Formatter
from crm_desktop.text.dates import DateParseError, parse_date
from crm_desktop.ui.resources import resource_path

translate = QCoreApplication.translate


class DateField(QWidget):
    changed = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._value: dt.date | None = None
        self.edit = QLineEdit()
        example = fmt.date(dt.date(2024, 8, 7))
        self.edit.setPlaceholderText(translate("DateField", "e.g. {example}").format(example=example))
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self._parse_typed)
        self.button = QToolButton()
        self.button.setIcon(QIcon(str(resource_path("icons", "calendar.svg"))))
        self.button.setToolTip(translate("DateField", "Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        system = QCalendar.System.Jalali if fmt.prefs.calendar == "jalali" else QCalendar.System.Gregorian
        self.calendar.setCalendar(QCalendar(system))
        if fmt.prefs.language == "fa":
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.error = ""

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        self._value = value
        self.error = ""
        self.edit.setText(self.fmt.date(value) if value else "")
        self.edit.setProperty("invalid", False)
        self._restyle()
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        self.changed.emit()

    def _parse_typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            changed = self._value is not None
            self.set_value(None)
        else:
            try:
                value = parse_date(text)
            except DateParseError:
                self._value = None
                self.error = translate("DateField", "\u201c{text}\u201d is not a date; type it like {example}.").format(
                    text=text, example=self.fmt.date(dt.date(2024, 8, 7)))
                self.edit.setProperty("invalid", True)
                self.edit.setToolTip(self.error)
                self._restyle()
                self.changed.emit()
                return
            changed = value != self._value
            self.set_value(value)
        if changed:
            self.changed.emit()

    def _restyle(self) -> None:
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        if not self.error:
            self.edit.setToolTip("")

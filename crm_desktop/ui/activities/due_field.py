"""When an activity is due: a date in the user's calendar (Jalali in Persian), a time of day, and
"All day", which hides the time. ``value()`` is an aware moment in the computer's own time zone.

A time edit in a right-to-left window lays its sections out in reverse ("30:09" for 09:30) and
starts typing at the minutes; :class:`TimeEdit` runs left to right inside any window (a clock reads
the same way in Persian), so it shows 09:30, with the user's digits, and typing 0930 gives 09:30.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.local_time import LocalZone
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate
STEP_MINUTES = 15  # the arrows move the minutes in quarters of an hour


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the computer's zone (naive values are UTC, as the database stores them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(LocalZone())


def at(day: dt.date, clock: dt.time) -> dt.datetime:
    """The aware local moment of ``clock`` on ``day``."""
    return dt.datetime.combine(day, clock.replace(second=0, microsecond=0), tzinfo=LocalZone())


def next_quarter(moment: dt.datetime) -> dt.datetime:
    """``moment`` rounded up to the next quarter of an hour (local; already on one: unchanged)."""
    moment = local(moment).replace(second=0, microsecond=0)
    extra = -moment.minute % STEP_MINUTES
    return moment + dt.timedelta(minutes=extra)


class TimeEdit(QTimeEdit):
    """HH:mm, hours first on screen whatever the window's direction; arrows step 15 minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the direction must be set before the format: the sections are ordered when it is parsed
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("HH:mm")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setWrapping(True)
        self.setMinimumWidth(92)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        clock = self.time()
        minutes = clock.hour() * 60 + clock.minute()
        base = (minutes // STEP_MINUTES) * STEP_MINUTES
        if steps < 0 and base != minutes:
            steps += 1  # 09:10 down -> 09:00, not 08:45
        minutes = (base + steps * STEP_MINUTES) % (24 * 60)
        self.setTime(QTime(minutes // 60, minutes % 60))

    def value(self) -> dt.time:
        clock = self.time()
        return dt.time(clock.hour(), clock.minute())

    def set_value(self, clock: dt.time) -> None:
        self.setTime(QTime(clock.hour, clock.minute))


class DueField(QWidget):
    """Date + time + "All day". ``error`` is the message of a date typed wrong ("" when fine)."""

    changed = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None, *, allow_all_day: bool = True) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._tried = ""
        self.date = DateField(fmt)
        self.date.setObjectName("dueDate")
        self.date.edit.setMinimumWidth(118)
        self.time = TimeEdit()
        self.time.setObjectName("dueTime")
        self.time.setToolTip(translate("Activities", "Time of day (the arrows move it by 15 minutes)"))
        self.all_day = QCheckBox(translate("Activities", "All day"))
        self.all_day.setObjectName("allDay")
        self.all_day.setVisible(allow_all_day)
        self.all_day.toggled.connect(self._all_day_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.date, 1)
        row.addWidget(self.time)
        row.addWidget(self.all_day)
        self.date.changed.connect(self.changed)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self.setFocusProxy(self.date.edit)

    @property
    def error(self) -> str:
        return self.date.error

    def _all_day_toggled(self, checked: bool) -> None:
        self.time.setVisible(not checked)
        self.changed.emit()

    def settle(self) -> None:
        """Read the date still being typed (a save pressed before the field was left)."""
        text = self.date.edit.text().strip()
        shown = self.fmt.date(self.date.value()) if self.date.value() else ""
        if text != shown and text != self._tried:  # each typed text is read once (a wrong one stays)
            self._tried = text
            self.date.edit.editingFinished.emit()

    def value(self) -> tuple[dt.datetime | None, bool]:
        self.settle()
        day, all_day = self.date.value(), self.all_day.isChecked()
        if day is None:
            return None, all_day
        return at(day, dt.time() if all_day else self.time.value()), all_day

    def set_value(self, moment: dt.datetime | None, all_day: bool = False) -> None:
        blocked = self.blockSignals(True)
        try:
            if moment is None:
                self.date.set_value(None)
            else:
                moment = local(moment)
                self.date.set_value(moment.date())
                if not all_day:
                    self.time.set_value(moment.time())
            self.all_day.setChecked(all_day)
            self.time.setVisible(not all_day)
        finally:
            self.blockSignals(blocked)
        self.changed.emit()

    def set_time_of_day(self, clock: dt.time) -> None:
        self.time.set_value(clock)

    def setFocus(self) -> None:  # noqa: N802 - Qt API (errors focus the field)
        self.date.edit.setFocus()

"""How an activity repeats: "Repeat every [N] [days|weeks|months] until [date]" and a live line
saying it in words ("Every 2 weeks on Monday until 1404/10/01", "Every month on day 31 (the last
day in shorter months)"). Months are counted in the user's calendar (Jalali in Persian)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from crm_desktop.services.activities import recurrence
from crm_desktop.services.activities.labels import UNITS
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.ui.widgets.common import isolated, label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate
SHORTEST_MONTH = {"jalali": 29, "gregorian": 28}  # a later day is moved to the end of shorter months


def calendar_of(fmt: Formatter) -> str:
    """Whose months "every month" counts: the user's calendar."""
    return "jalali" if fmt.prefs.calendar == "jalali" else "gregorian"


def summary(fmt: Formatter, rule: Recurrence | None, start: dt.date | None) -> str:
    """The rule in words, for the day the series starts on."""
    if rule is None:
        return ""
    n = fmt.digits(str(rule.interval))
    if rule.unit == "day":
        text = translate("Activities", "Every day") if rule.interval == 1 else \
            translate("Activities", "Every {n} days").format(n=n)
    elif rule.unit == "week":
        if start is None:
            text = translate("Activities", "Every week") if rule.interval == 1 else \
                translate("Activities", "Every {n} weeks").format(n=n)
        else:
            day = fmt.weekday(start)
            text = translate("Activities", "Every week on {weekday}").format(weekday=day) if rule.interval == 1 else \
                translate("Activities", "Every {n} weeks on {weekday}").format(n=n, weekday=day)
    else:
        if start is None:
            text = translate("Activities", "Every month") if rule.interval == 1 else \
                translate("Activities", "Every {n} months").format(n=n)
        else:
            day_number = JalaliDate.from_gregorian(start).day if rule.calendar == "jalali" else start.day
            shown = fmt.digits(str(day_number))
            text = translate("Activities", "Every month on day {day}").format(day=shown) if rule.interval == 1 else \
                translate("Activities", "Every {n} months on day {day}").format(n=n, day=shown)
            if day_number > SHORTEST_MONTH[rule.calendar]:
                text = translate("Activities", "{rule} (the last day in shorter months)").format(rule=text)
    if rule.until is not None:
        text = translate("Activities", "{rule} until {date}").format(rule=text, date=isolated(fmt.date(rule.until)))
    return text


class RepeatBox(QWidget):
    """``value()`` is the :class:`Recurrence` (None: does not repeat); ``error`` a wrong end date."""

    changed = Signal()

    def __init__(self, fmt: Formatter, rule: Recurrence | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._start: dt.date | None = None
        self.calendar = rule.calendar if rule is not None else calendar_of(fmt)
        self.toggle = QCheckBox(translate("Activities", "Repeat every"))
        self.toggle.setObjectName("repeat")
        self.interval = QSpinBox()
        self.interval.setRange(1, recurrence.MAX_INTERVAL)
        self.interval.setMinimumWidth(64)
        self.unit = QComboBox()
        for code in UNITS:
            self.unit.addItem(code_label(UNITS, code), code)
        self.until_caption = label(translate("Activities", "until"), "muted")
        self.until = DateField(fmt)
        self.until.setObjectName("repeatUntil")
        self.until.edit.setPlaceholderText(translate("Activities", "no end"))
        self.summary = label("", "note", wrap=True)
        self.summary.setObjectName("repeatSummary")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.toggle, self.interval, self.unit, self.until_caption):
            row.addWidget(widget)
        row.addWidget(self.until, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.summary)
        if rule is not None:
            self.toggle.setChecked(True)
            self.interval.setValue(rule.interval)
            self.unit.setCurrentIndex(max(0, self.unit.findData(rule.unit)))
            self.until.set_value(rule.until)
        else:
            self.unit.setCurrentIndex(max(0, self.unit.findData("week")))
        self.toggle.toggled.connect(self._refresh)
        self.interval.valueChanged.connect(self._refresh)
        self.unit.currentIndexChanged.connect(self._refresh)
        self.until.changed.connect(self._refresh)
        self._refresh()

    @property
    def error(self) -> str:
        return self.until.error if self.toggle.isChecked() else ""

    def set_start(self, day: dt.date | None) -> None:
        """The day of the first occurrence (the summary names its weekday or day of the month)."""
        self._start = day
        self._refresh()

    def _refresh(self, *_args) -> None:
        on = self.toggle.isChecked()
        for widget in (self.interval, self.unit, self.until_caption, self.until):
            widget.setEnabled(on)
        text = summary(self.fmt, self.value(), self._start) if on else ""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.changed.emit()

    def value(self) -> Recurrence | None:
        if not self.toggle.isChecked():
            return None
        return Recurrence(self.unit.currentData(), self.interval.value(), self.until.value(), self.calendar)

    def setFocus(self) -> None:  # noqa: N802 - Qt API (errors focus the field)
        self.toggle.setFocus()

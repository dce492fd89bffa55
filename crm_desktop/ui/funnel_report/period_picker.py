"""The period choice of the reports: this month / quarter / year or the last 12 months of the user's
calendar (Jalali months in Persian), or any range of days typed in that calendar; it says which days
it means and names the period in a caption. Shared by the Funnel and Complaints reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from crm_desktop.services.funnel import targets
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel_report.report_data import PERIOD_CHOICES, period_range
from crm_desktop.ui.widgets.common import isolated, label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class PeriodPicker(QWidget):
    """"Period [This month v]" and, for a custom range, two date fields; ``changed`` when the days
    may have changed. ``today`` is asked each time (tests and pictures fix it)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.combo = QComboBox()
        self.combo.setObjectName("period")
        for key, text in zip(PERIOD_CHOICES, (translate("FunnelReport", "This month"),
                                              translate("FunnelReport", "This quarter"),
                                              translate("FunnelReport", "This year"),
                                              translate("FunnelReport", "Last 12 months"),
                                              translate("FunnelReport", "Custom range")), strict=True):
            self.combo.addItem(text, key)
        self.start_field = DateField(ctx.fmt)
        self.end_field = DateField(ctx.fmt)
        self.range_to = label(translate("FunnelReport", "to"), "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(label(translate("FunnelReport", "Period"), "muted"))
        for widget in (self.combo, self.start_field, self.range_to, self.end_field):
            row.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._choice_changed)
        self.start_field.changed.connect(self.changed)
        self.end_field.changed.connect(self.changed)
        self._show_custom(False)

    def choice(self) -> str:
        return self.combo.currentData()

    def days(self) -> tuple[dt.date, dt.date]:
        """The first and last Gregorian day of the chosen period."""
        return period_range(self.choice(), self.ctx.prefs.calendar, self.today(),
                            (self.start_field.value(), self.end_field.value()))

    def set_period(self, choice: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a period (as a person would with the picker); a custom one takes its days."""
        if choice == "custom":
            self._set_days(start, end)
        index = self.combo.findData(choice)
        if index == self.combo.currentIndex():
            self.changed.emit()
        else:
            self.combo.setCurrentIndex(index)

    def caption(self, start: dt.date, end: dt.date) -> str:
        """"Farvardin 1403 (1403/01/01 to 1403/01/31)", or only the days of a custom range."""
        fmt, choice = self.ctx.fmt, self.choice()
        days = translate("FunnelReport", "{start} to {end}").format(start=isolated(fmt.date(start)),
                                                                    end=isolated(fmt.date(end)))
        if choice in ("month", "quarter", "year"):
            year, number = targets.current_period(choice, self.today(), self.ctx.prefs.calendar)
            name = targets.period_label(choice, year, number, self.ctx.prefs.calendar, lang=self.ctx.prefs.language,
                                        digits=self.ctx.prefs.digits)
            return translate("FunnelReport", "{period} ({days})").format(period=isolated(name), days=days)
        return days

    def _set_days(self, start: dt.date | None, end: dt.date | None) -> None:
        for field, value in ((self.start_field, start), (self.end_field, end)):
            field.blockSignals(True)
            field.set_value(value)
            field.blockSignals(False)

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.start_field, self.range_to, self.end_field):
            widget.setVisible(shown)

    def _choice_changed(self, _index: int) -> None:
        custom = self.choice() == "custom"
        if custom and self.start_field.value() is None:  # start from this month's days
            self._set_days(*period_range("month", self.ctx.prefs.calendar, self.today()))
        self._show_custom(custom)
        self.changed.emit()

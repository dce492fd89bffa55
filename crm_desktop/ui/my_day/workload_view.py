"""The team workload (My day's second tab): per person the open, overdue, due today and this week
activities and what was done in the chosen period and the one before, and a chart of what each
person did week by week or month by month. Periods are the user's calendar's: this week (from
Saturday in Jalali), this month, last month (Jalali months) or days of one's own. Computed in a
worker from ``services.activities.workload``; ``loaded`` says the figures are on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from crm_desktop.services.activities import workload
from crm_desktop.services.activities.workload import CHOICES, CompletedSeries, Period, Workload
from crm_desktop.services.local_time import local_date
from crm_desktop.ui.my_day.workload_chart import WorkloadChart
from crm_desktop.ui.my_day.workload_model import PERSON, WorkloadModel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import Card, isolated, label, read_only_table
from crm_desktop.ui.widgets.date_field import DateField
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.workers import LatestRead

translate = QCoreApplication.translate


def choice_labels() -> dict[str, str]:
    return dict(zip(CHOICES, (translate("Workload", "This week"), translate("Workload", "This month"),
                              translate("Workload", "Last month"), translate("Workload", "Custom range")),
                    strict=True))


def compute(period: Period, unit: str, now: dt.datetime, tz: dt.tzinfo | None,
            calendar: str) -> tuple[Workload, CompletedSeries]:
    """Everything the tab shows (runs in a worker): the table's figures and the chart's series, whose
    last week or month is the one the period ends in."""
    return (workload.workload(period, now=now, tz=tz, calendar=calendar),
            workload.completed_series(unit, ending=min(period.end, local_date(now, tz)), now=now, tz=tz,
                                      calendar=calendar))


class WorkloadView(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] | None = None, tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tz = ctx, tz
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self._reads = LatestRead(self, self._show, self._failed)
        self.result: Workload | None = None
        self.series: CompletedSeries | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("workloadPeriod")
        for key, text in choice_labels().items():
            self.choice.addItem(text, key)
        self.choice.setCurrentIndex(self.choice.findData("month"))
        self.start_field, self.end_field = DateField(ctx.fmt), DateField(ctx.fmt)
        self.range_to = label(translate("Workload", "to"), "muted")
        self.caption = label("", "muted", wrap=True)
        self.loading = label(translate("Workload", "Working out the figures\u2026"), "muted")
        self.loading.setVisible(False)
        self.model = WorkloadModel(ctx.fmt, self)
        self.table = read_only_table()
        self.table.setObjectName("workloadTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.chart = WorkloadChart(ctx.fmt, ctx.prefs.rtl, height=3.4)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.start_field.changed.connect(self.reload)
        self.end_field.changed.connect(self.reload)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label(translate("Workload", "Period"), "muted"))
        for widget in (self.choice, self.start_field, self.range_to, self.end_field):
            row.addWidget(widget)
        row.addWidget(self.caption, 1)
        row.addWidget(self.loading)
        chart_card = Card()
        chart_card.body.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(chart_card, 1)
        self._show_custom(False)

    # -- the period ------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return local_date(self.now(), self.tz)

    def period(self) -> Period:
        return workload.chosen_period(self.choice.currentData(), self.today(), self.ctx.prefs.calendar,
                                      (self.start_field.value(), self.end_field.value()))

    def set_period(self, choice: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a period as a person would (a custom one with its days)."""
        if choice == "custom":
            for field, value in ((self.start_field, start), (self.end_field, end)):
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        index = self.choice.findData(choice)
        if index == self.choice.currentIndex():
            self.reload()
        else:
            self.choice.setCurrentIndex(index)

    def _choice_changed(self, _index: int) -> None:
        custom = self.choice.currentData() == "custom"
        if custom and self.start_field.value() is None:
            month = workload.month_of(self.today(), self.ctx.prefs.calendar)
            for field, value in ((self.start_field, month.start), (self.end_field, month.end)):
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        self._show_custom(custom)
        self.reload()

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.start_field, self.range_to, self.end_field):
            widget.setVisible(shown)

    def _name(self, period: Period) -> str:
        prefs = self.ctx.prefs
        return workload.period_caption(period, prefs.calendar, lang=prefs.language, digits=prefs.digits)

    def caption_text(self, result: Workload) -> str:
        """"Done in Azar 1404; the period before: Aban 1404" (a week by its first day)."""
        name, before = self._name(result.period), self._name(result.previous)
        return translate("Workload", "Done in {period}; the period before: {before}").format(
            period=isolated(name), before=isolated(before))

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self, *, wait: bool = False) -> None:
        period, now, tz, calendar = self.period(), self.now(), self.tz, self.ctx.prefs.calendar
        unit = "week" if period.unit == "week" else "month"
        if not wait:
            self.loading.setVisible(True)
        self._reads.start(lambda: compute(period, unit, now, tz, calendar), wait=wait)

    def _failed(self, error: BaseException) -> None:
        self.loading.setVisible(False)
        show_error(self, error)

    def _show(self, result: tuple[Workload, CompletedSeries]) -> None:
        self.result, self.series = result
        self.model.set_workload(self.result)
        self.caption.setText(self.caption_text(self.result))
        rows = self.model.rowCount()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.chart.show_series(self.series, self.ctx.prefs.calendar)
        self.loading.setVisible(False)
        self.loaded.emit()

"""The Complaints report area: how fast cases were answered and resolved (in working hours), whether
the SLA deadlines were kept, how the backlog moved, how satisfied customers were, what they complain
about, and how many cases the coming weeks will bring.

A period of the user's calendar (the Funnel report's ``PeriodPicker``), a team, a person, a category
and a channel (``filters``) choose what is counted. Everything is computed by ``services.cases`` in a
worker thread (one :class:`ReportQuery` in, one :class:`ReportData` out) while the page shows its
progress and can be stopped; a change made meanwhile stops that work and computes again.

The figures are worked out in ``report_data``, the tables' columns are in ``tables``, the charts in
``charts``, and the tabs' building blocks (a choice over a chart and a table; the forecast) in
``panels``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.cases.work_calendar import WorkCalendar, office_calendar
from crm_desktop.services.progress import Cancelled
from crm_desktop.ui.cases_report import tables
from crm_desktop.ui.cases_report.charts import BacklogChart, SatisfactionChart, SlaChart, TimesChart, TopChart
from crm_desktop.ui.cases_report.filters import ReportFilters
from crm_desktop.ui.cases_report.panels import ChoicePanel, ForecastPanel, table_view
from crm_desktop.ui.cases_report.report_data import (DASH, ReportData, ReportQuery, compute_report, hours_text,
                                                     score_text)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.funnel_report.charts import percent_text
from crm_desktop.ui.funnel_report.tables import Column, ReportTableModel
from crm_desktop.ui.widgets.common import StatCard, in_reading_direction, isolated, label, page_header
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


class CasesReportPage(QWidget):
    computed = Signal(object)  # ReportData, after the page shows it
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.now: Callable[[], dt.datetime | None] = lambda: None  # None: the present (tests fix it)
        self.make_calendar: Callable[[], WorkCalendar] = office_calendar  # called in the worker
        self.data: ReportData | None = None
        self._task: Task | None = None
        self._again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(page_header(translate("CasesReport", "Complaints report"), translate(
            "CasesReport", "How fast cases were answered and resolved, whether the SLA was kept, how customers "
                           "felt, and what the coming weeks will bring.")))
        self.filters = ReportFilters(ctx, lambda: self.today())
        self.filters.changed.connect(self.compute)
        self.period_picker, self.team, self.person, self.category, self.channel = (
            self.filters.period, self.filters.team, self.filters.person, self.filters.category, self.filters.channel)
        layout.addWidget(self.filters)
        layout.addLayout(self._busy_row())
        layout.addLayout(self._cards())
        self.tabs = QTabWidget()
        self._build_tabs()
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)

    # building ------------------------------------------------------------------------------------

    def _busy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period_text = label("", "muted")
        self.busy_text = label("", "muted")
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setMaximumWidth(220)
        self.stop_button = QPushButton(translate("CasesReport", "Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton(translate("CasesReport", "Compute again"))
        self.again_button.clicked.connect(self.compute)
        row.addWidget(self.period_text, 1)
        for widget in (self.busy_text, self.busy_bar, self.stop_button, self.again_button):
            row.addWidget(widget)
        self.again_button.hide()
        return row

    def _cards(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.cards = {
            "opened": StatCard(translate("CasesReport", "Cases opened")),
            "response": StatCard(translate("CasesReport", "First response, working hours")),
            "resolution": StatCard(translate("CasesReport", "Resolution, working hours")),
            "sla": StatCard(translate("CasesReport", "SLA met: response \u00b7 resolution")),
            "reopen": StatCard(translate("CasesReport", "Reopened")),
            "satisfaction": StatCard(translate("CasesReport", "Satisfaction")),
        }
        for card in self.cards.values():
            card.value.setText(DASH)
            row.addWidget(card, 1)
        return row

    def _build_tabs(self) -> None:
        fmt, rtl = self.ctx.fmt, self.ctx.prefs.rtl
        self.times_model = ReportTableModel(tables.time_columns(fmt, "person"), self)
        self.sla_model = ReportTableModel(tables.sla_columns(fmt), self)
        self.backlog_model = ReportTableModel([
            Column(translate("CasesReport", "Day"), lambda p: fmt.date(p.day)),
            Column(translate("CasesReport", "Open cases"), lambda p: fmt.number(p.open), True)], self)
        self.satisfaction_model = ReportTableModel(tables.satisfaction_columns(fmt, "person"), self)
        self.top_model = ReportTableModel(tables.top_columns(fmt, "categories"), self)
        by = translate("CasesReport", "Group by")
        names = tables.grouping_names()
        self.times_panel = ChoicePanel(by, names, TimesChart(fmt, rtl, height=2.6),
                                       table_view(self.times_model, "times_table"), beside=False, stretch=(1, 1),
                                       note=translate("CasesReport", "Working hours only (the office's week and "
                                                      "holidays). The black mark on a bar is the median."))
        self.sla_panel = ChoicePanel("", {"all": ""}, SlaChart(fmt, rtl), table_view(self.sla_model, "sla_table"),
                                     stretch=(1, 1), note=translate(
            "CasesReport", "Met: answered (or resolved) before the deadline. Breached: after it, or still open "
                           "past it. Still running: open, deadline ahead. On time = met / (met + breached); "
                           "cases without an SLA policy are left out."))
        self.backlog_panel = ChoicePanel(translate("CasesReport", "Count at the end of"), {
            "auto": translate("CasesReport", "Automatic"), "day": translate("CasesReport", "Each day"),
            "week": translate("CasesReport", "Each week")}, BacklogChart(fmt, rtl),
            table_view(self.backlog_model, "backlog_table"), stretch=(4, 1), note=translate(
                "CasesReport", "Every case still open at that moment counts, however old it is."))
        self.satisfaction_panel = ChoicePanel(by, {key: names[key] for key in ("person", "category")},
                                              SatisfactionChart(fmt, rtl),
                                              table_view(self.satisfaction_model, "satisfaction_table"))
        self.top_panel = ChoicePanel(translate("CasesReport", "Show"), {
            "categories": translate("CasesReport", "Categories"), "products": translate("CasesReport", "Products")},
            TopChart(fmt, rtl), table_view(self.top_model, "top_table"), note=translate(
                "CasesReport", "Complaints only (not requests, questions or suggestions)."))
        self.forecast_panel = ForecastPanel(self.ctx)
        self.times_panel.chosen.connect(lambda _key: self._show_times())
        self.backlog_panel.chosen.connect(lambda _key: self.compute())
        self.satisfaction_panel.chosen.connect(lambda _key: self._show_satisfaction())
        self.top_panel.chosen.connect(lambda _key: self._show_top())
        self.tab_keys: list[str] = []
        for key, title, widget in (
                ("times", translate("CasesReport", "Response and resolution"), self.times_panel),
                ("sla", translate("CasesReport", "SLA"), self.sla_panel),
                ("backlog", translate("CasesReport", "Backlog"), self.backlog_panel),
                ("satisfaction", translate("CasesReport", "Satisfaction"), self.satisfaction_panel),
                ("top", translate("CasesReport", "Most complained about"), self.top_panel),
                ("forecast", translate("CasesReport", "Volume forecast"), self.forecast_panel)):
            self.tab_keys.append(key)
            self.tabs.addTab(widget, title)

    # the choices ---------------------------------------------------------------------------------

    def set_period(self, choice: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        self.period_picker.set_period(choice, start, end)

    def query(self) -> ReportQuery:
        start, end = self.period_picker.days()
        step = self.backlog_panel.key()
        return ReportQuery(start, end, self.team.currentData(), self.person.currentData(),
                           self.category.currentData(), self.channel.currentData(),
                           None if step == "auto" else step, self.ctx.prefs.calendar)

    # computing -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Shown (again): compute with the current choices."""
        self.compute()

    def compute(self) -> None:
        """Start computing in a worker; if one is running, stop it and compute again when it is done."""
        self.filters.load()
        if self._task is not None:
            self._again = True
            self._task.cancel_token.cancel()
            return
        query, now, make_calendar = self.query(), self.now(), self.make_calendar
        self.period_text.setText(in_reading_direction(self.period_picker.caption(query.start, query.end)))
        task = Task(lambda progress, cancel: compute_report(query, progress, cancel, make_calendar=make_calendar,
                                                            now=now))
        task.signals.progress.connect(lambda done, total: self._progress(task, done, total))
        task.signals.done.connect(lambda result: self._finished(task, result, None))
        task.signals.failed.connect(lambda error: self._finished(task, None, error))
        self._task = task
        self._set_busy(True)
        QThreadPool.globalInstance().start(task)

    def stop(self) -> None:
        """Stop computing; the figures shown stay as they were."""
        if self._task is not None:
            self._again = False
            self._task.cancel_token.cancel()

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self._task:
            self.busy_bar.setRange(0, max(total, 1))
            self.busy_bar.setValue(done)

    def _finished(self, task: Task, data: ReportData | None, error: BaseException | None) -> None:
        if task is not self._task:
            return
        self._task = None
        if self._again:  # the choices changed meanwhile: what came back is out of date
            self._again = False
            self.compute()
            return
        self._set_busy(False)
        if error is not None:
            self.busy_text.setVisible(True)
            self.again_button.setVisible(True)
            self.busy_text.setText(translate("CasesReport", "Stopped; the figures below are from before.")
                                   if isinstance(error, Cancelled) else message_for(error))
            self.failed.emit(error)
            return
        self.show_data(data)
        self.computed.emit(data)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setRange(0, 0)
        for widget in (self.busy_bar, self.busy_text, self.stop_button):
            widget.setVisible(busy)
        self.again_button.setVisible(False)
        self.busy_text.setText(translate("CasesReport", "Computing\u2026"))
        self.tabs.setEnabled(not busy)
        for card in self.cards.values():
            card.setEnabled(not busy)

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Keep the event loop turning until the figures are shown (screenshots, tests)."""
        waited = 0
        while self.busy and waited < timeout_ms:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
            waited += 25

    # showing -------------------------------------------------------------------------------------

    def show_data(self, data: ReportData) -> None:
        self.data = data
        fmt, r = self.ctx.fmt, data.report
        overall = data.overall()
        self.cards["opened"].set_value(fmt.number(overall.count))
        self.cards["opened"].caption.setText(translate("CasesReport", "Cases opened \u00b7 {resolved} resolved").format(
            resolved=fmt.number(overall.resolved)))
        for key, average, median in (("response", overall.avg_response_minutes, overall.median_response_minutes),
                                     ("resolution", overall.avg_resolution_minutes, overall.median_resolution_minutes)):
            self.cards[key].set_value(hours_text(fmt, average))
            self.cards[key].setToolTip(translate("CasesReport", "Median: {median}").format(
                median=hours_text(fmt, median)))
        sla = r.sla
        self.cards["sla"].set_value(translate("CasesReport", "{response} \u00b7 {resolution}").format(
            response=self._percent(sla.response_percent), resolution=self._percent(sla.resolution_percent)))
        self.cards["reopen"].set_value(percent_text(fmt, r.reopen.rate))
        self.cards["reopen"].caption.setText(translate("CasesReport", "Reopened \u00b7 {count} of {resolved}").format(
            count=fmt.number(r.reopen.reopened), resolved=fmt.number(r.reopen.resolved)))
        happy = r.satisfaction[None][0]
        self.cards["satisfaction"].set_value(DASH if happy.average is None else translate(
            "CasesReport", "{score} / {most}").format(score=score_text(fmt, happy.average), most=fmt.number(5)))
        self.cards["satisfaction"].caption.setText(translate(
            "CasesReport", "Satisfaction \u00b7 {count} ratings").format(count=fmt.number(happy.count)))
        self._show_times()
        self.sla_model.set_rows(tables.sla_rows(sla))
        self.sla_panel.chart.show_sla(sla)
        self.backlog_model.set_rows(r.backlog)
        self.backlog_panel.chart.show_points(r.backlog, r.backlog_step)
        self._show_satisfaction()
        self._show_top()
        self.forecast_panel.show_forecast(data.forecast)

    def _percent(self, percent: float | None) -> str:
        return isolated(percent_text(self.ctx.fmt, None if percent is None else percent / 100))

    def _show_times(self) -> None:
        if self.data is None:
            return
        by = self.times_panel.key()
        rows = self.data.report.times[by]
        self.times_model.set_rows([self.data.overall(), *rows], tables.time_columns(self.ctx.fmt, by))
        self.times_panel.chart.show_rows(rows)

    def _show_satisfaction(self) -> None:
        if self.data is None:
            return
        by = self.satisfaction_panel.key()
        rows = self.data.report.satisfaction[by]
        self.satisfaction_model.set_rows(rows, tables.satisfaction_columns(self.ctx.fmt, by))
        self.satisfaction_panel.chart.show_rows(rows)

    def _show_top(self) -> None:
        if self.data is None:
            return
        what = self.top_panel.key()
        rows = self.data.report.top_categories if what == "categories" else self.data.report.top_products
        self.top_model.set_rows(rows, tables.top_columns(self.ctx.fmt, what))
        self.top_panel.chart.show_rows(rows, what)

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """Each tab, with the figures of the last 12 months."""

        def show(index: int) -> None:
            if self.period_picker.choice() != "last12":
                self.set_period("last12")
            self.wait()
            self.tabs.setCurrentIndex(index)

        return {key: (lambda i=i: show(i)) for i, key in enumerate(self.tab_keys)}

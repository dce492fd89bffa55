"""The Funnel report area: how the selling went in a period, in figures, tables and charts.

A period (this month / quarter / year or the last 12 months of the user's calendar, or any range of
days), a pipeline and an owner choose what is counted. Everything is computed by
``services.funnel`` in a worker thread (one :class:`ReportQuery` in, one :class:`ReportData` out)
while the page shows that it is busy; a change made meanwhile is computed right after.

Targets are set per month / quarter / year of the office's calendar, so the targets tab shows the
office period holding the chosen one, and the forecast is by the office's months (the same periods
when the user's calendar is the office's).

The figures are worked out in ``report_data``, the tables' model and columns are in ``tables``, the
period choice is ``period_picker`` (shared with the Complaints report), and the "how many leads" box
is in ``leads_needed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QProgressBar, QTableView, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services import users
from crm_desktop.services.funnel import pipelines, targets
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.funnel_report.charts import (
    ForecastChart,
    FunnelChart,
    LostReasonsChart,
    SourceChart,
    decimal_text,
    percent_text,
)
from crm_desktop.ui.funnel_report.leads_needed import LeadsNeededBox
from crm_desktop.ui.funnel_report.period_picker import PeriodPicker
from crm_desktop.ui.funnel_report.report_data import ReportData, ReportQuery, compute_report
from crm_desktop.ui.funnel_report.tables import DASH, ProgressDelegate, ReportTableModel, report_columns
from crm_desktop.ui.widgets.common import Card, StatCard, in_reading_direction, label, page_header, read_only_table
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


class FunnelReportPage(QWidget):
    computed = Signal(object)  # ReportData, after the page shows it
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.data: ReportData | None = None
        self._task: Task | None = None
        self._again = False
        self._filters_loaded = False
        rtl = ctx.prefs.rtl
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(page_header(translate("FunnelReport", "Funnel report"), translate(
            "FunnelReport", "How deals moved through the stages, what was won and lost, and what is coming.")))
        layout.addLayout(self._filter_bar())

        busy = QHBoxLayout()
        self.period_text = label("", "muted")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setMaximumWidth(220)
        self.busy_text = label(translate("FunnelReport", "Computing\u2026"), "muted")
        busy.addWidget(self.period_text, 1)
        busy.addWidget(self.busy_text)
        busy.addWidget(self.busy_bar)
        layout.addLayout(busy)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.cards = {
            "started": StatCard(translate("FunnelReport", "Deals started")),
            "won": StatCard(translate("FunnelReport", "Deals won")),
            "conversion": StatCard(translate("FunnelReport", "Overall conversion")),
            "cycle": StatCard(translate("FunnelReport", "Average sales cycle")),
            "drop": StatCard(translate("FunnelReport", "Biggest drop")),
        }
        for card in self.cards.values():
            card.value.setText(DASH)
            cards.addWidget(card, 1)
        self.cards["drop"].value.setStyleSheet("font-size: 15pt;")
        layout.addLayout(cards)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self._build_tables()
        self.funnel_chart = FunnelChart(ctx.fmt, rtl)
        self.forecast_chart = ForecastChart(ctx.fmt, rtl)
        self.lost_chart = LostReasonsChart(ctx.fmt, rtl)
        self.source_chart = SourceChart(ctx.fmt, rtl)
        self.leads_box = LeadsNeededBox(ctx, lambda: self.owner.currentData(), lambda: self.today())
        self.target_title = label("", "sectionTitle")
        self.forecast_note = label("", "note", wrap=True)
        self.tab_keys: list[str] = []
        self._add_tab("stages", translate("FunnelReport", "Stages"), self._pair(self.funnel_chart, self.stage_table,
                                                                              stretch=(2, 3)))
        self._add_tab("win-rates", translate("FunnelReport", "Win rates"), self._pair(
            self._titled(translate("FunnelReport", "By source"), self.source_rate_table),
            self._titled(translate("FunnelReport", "By owner"), self.owner_rate_table)))
        self._add_tab("lost", translate("FunnelReport", "Lost reasons"), self._pair(self.lost_chart, self.lost_table,
                                                                                  stretch=(2, 3)))
        self._add_tab("sources", translate("FunnelReport", "Sources"), self._pair(self.source_chart, self.roi_table,
                                                                                stretch=(2, 3)))
        self._add_tab("forecast", translate("FunnelReport", "Forecast"), self._stack(self.forecast_chart,
                                                                                    self.forecast_note))
        targets_box = Card()
        targets_box.body.addWidget(self.target_title)
        targets_box.body.addWidget(self.target_table, 1)
        self._add_tab("targets", translate("FunnelReport", "Targets and leads"), self._pair(targets_box, self.leads_box,
                                                                                          stretch=(3, 2)))
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)

    # building ------------------------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.period_picker = PeriodPicker(self.ctx, lambda: self.today())
        self.period, self.start_field, self.end_field = (self.period_picker.combo, self.period_picker.start_field,
                                                         self.period_picker.end_field)
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(translate("FunnelReport", "All owners"), None)
        bar.addWidget(self.period_picker)
        bar.addSpacing(12)
        bar.addWidget(label(translate("FunnelReport", "Pipeline"), "muted"))
        bar.addWidget(self.pipeline)
        bar.addWidget(label(translate("FunnelReport", "Owner"), "muted"))
        bar.addWidget(self.owner)
        bar.addStretch(1)
        self.period_picker.changed.connect(self.compute)
        self.pipeline.currentIndexChanged.connect(lambda _i: self.compute())
        self.owner.currentIndexChanged.connect(lambda _i: self.compute())
        return bar

    def _build_tables(self) -> None:
        columns = report_columns(self.ctx.fmt)
        self.stage_model = ReportTableModel(columns["stages"], self)
        self.source_rate_model = ReportTableModel(columns["source_rates"], self)
        self.owner_rate_model = ReportTableModel(columns["owner_rates"], self)
        self.lost_model = ReportTableModel(columns["lost"], self)
        self.roi_model = ReportTableModel(columns["roi"], self)
        self.target_model = ReportTableModel(columns["targets"], self)
        self.stage_table = self._table(self.stage_model, "stage_table")
        self.source_rate_table = self._table(self.source_rate_model, "source_rate_table")
        self.owner_rate_table = self._table(self.owner_rate_model, "owner_rate_table")
        self.lost_table = self._table(self.lost_model, "lost_table")
        self.roi_table = self._table(self.roi_model, "roi_table")
        self.target_table = self._table(self.target_model, "target_table")
        self.progress_delegate = ProgressDelegate(self.target_table)
        self.target_table.setItemDelegateForColumn(4, self.progress_delegate)

    def _table(self, model: ReportTableModel, name: str) -> QTableView:
        table = read_only_table()
        table.setObjectName(name)
        table.setModel(model)
        return table

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = Card()
        box.body.addWidget(label(title, "sectionTitle"))
        box.body.addWidget(widget, 1)
        return box

    def _pair(self, first: QWidget, second: QWidget, stretch: tuple[int, int] = (1, 1)) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(10, 10, 10, 10)
        row.setSpacing(12)
        row.addWidget(first, stretch[0])
        row.addWidget(second, stretch[1])
        return box

    def _stack(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(10, 10, 10, 10)
        for i, widget in enumerate(widgets):
            column.addWidget(widget, 1 if i == 0 else 0)
        return box

    def _add_tab(self, key: str, title: str, widget: QWidget) -> None:
        self.tab_keys.append(key)
        self.tabs.addTab(widget, title)

    def _load_filters(self) -> None:
        """Pipelines and owners, read when the page is first shown (and kept)."""
        if self._filters_loaded:
            return
        self._filters_loaded = True
        for combo in (self.pipeline, self.owner):
            combo.blockSignals(True)
        for pipeline in pipelines.pipelines():
            self.pipeline.addItem(pipeline.name, pipeline.id)
        default = pipelines.default_pipeline_id()
        self.pipeline.setCurrentIndex(max(self.pipeline.findData(default), 0))
        for user in users.active_users():
            self.owner.addItem(user.display_name, user.id)
        for combo in (self.pipeline, self.owner):
            combo.blockSignals(False)

    # the period ----------------------------------------------------------------------------------

    def set_period(self, choice: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a period (as a person would with the picker); a custom one takes its days."""
        self.period_picker.set_period(choice, start, end)

    def query(self) -> ReportQuery:
        choice, calendar, today = self.period.currentData(), self.ctx.prefs.calendar, self.today()
        start, end = self.period_picker.days()
        kind = choice if choice in ("month", "quarter", "year") else "month"
        target_day = today if choice in ("month", "quarter", "year") else min(end, today)
        return ReportQuery(start, end, self.pipeline.currentData(), self.owner.currentData(), kind, target_day,
                           calendar)

    def period_caption(self, query: ReportQuery) -> str:
        return self.period_picker.caption(query.start, query.end)

    # computing -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Shown (again): compute with the current choices."""
        self.compute()

    def compute(self) -> None:
        """Start computing in a worker; if one is running, compute again when it is done."""
        self._load_filters()
        if self._task is not None:
            self._again = True
            return
        query = self.query()
        self.period_text.setText(in_reading_direction(self.period_caption(query)))
        task = Task(lambda progress, cancel: compute_report(query, progress, cancel))
        task.signals.done.connect(lambda result: self._finished(task, result, None))
        task.signals.failed.connect(lambda error: self._finished(task, None, error))
        self._task = task
        self._set_busy(True)
        QThreadPool.globalInstance().start(task)

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
            self.busy_text.setText(message_for(error))
            self.failed.emit(error)
            return
        self.show_data(data)
        self.computed.emit(data)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_text.setText(translate("FunnelReport", "Computing\u2026"))
        self.busy_text.setVisible(busy)
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
        fmt = self.ctx.fmt
        c = data.conversion
        self.cards["started"].set_value(fmt.number(c.started))
        won_count = sum(r.won for r in data.by_owner)
        won_amount = sum(r.won_amount for r in data.by_owner)
        self.cards["won"].set_value(fmt.number(won_count))
        self.cards["won"].caption.setText(translate("FunnelReport", "Deals won \u00b7 {amount}").format(
            amount=fmt.money(won_amount)))
        self.cards["conversion"].set_value(percent_text(fmt, c.overall))
        self.cards["conversion"].caption.setText(translate(
            "FunnelReport", "Overall conversion \u00b7 {won} of {started} started").format(
            won=fmt.number(c.won), started=fmt.number(c.started)))
        mean = data.cycle.mean_days
        self.cards["cycle"].set_value(DASH if mean is None else translate("FunnelReport", "{days} days").format(
            days=decimal_text(fmt, round(mean))))
        drop = c.biggest_drop
        self.cards["drop"].set_value(DASH if drop is None else drop.name)
        self.cards["drop"].caption.setText(
            translate("FunnelReport", "Biggest drop") if drop is None else translate(
                "FunnelReport", "Biggest drop \u00b7 {count} of {entered} did not go on").format(
                count=fmt.number(drop.dropped), entered=fmt.number(drop.entered)))

        times = {t.stage_id: t for t in data.times}
        self.stage_model.set_rows([(s, times.get(s.stage_id)) for s in c.stages])
        self.source_rate_model.set_rows(data.by_source)
        self.owner_rate_model.set_rows(data.by_owner)
        self.lost_model.set_rows(data.lost)
        self.roi_model.set_rows(data.sources)
        self.target_model.set_rows(data.progress)
        for table in (self.stage_table, self.source_rate_table, self.owner_rate_table, self.lost_table,
                      self.roi_table, self.target_table):
            table.resizeColumnsToContents()
        self.target_table.setColumnWidth(4, max(self.target_table.columnWidth(4), 180))
        kind, year, number, calendar = data.target_period
        self.target_title.setText(translate("FunnelReport", "Targets for {period}").format(
            period=targets.period_label(kind, year, number, calendar, lang=self.ctx.prefs.language,
                                        digits=self.ctx.prefs.digits)))

        self.funnel_chart.show_stages(c.stages)
        self.forecast_chart.show_months(data.months)
        self.lost_chart.show_reasons(data.lost)
        self.source_chart.show_sources(data.sources)
        undated = next((m for m in data.months if m.key is None), None)
        open_deals = sum(m.deals for m in data.months)
        note = translate("FunnelReport", "Open deals: {count}, worth {amount}, weighted {weighted}.").format(
            count=fmt.number(open_deals), amount=fmt.money(sum(m.amount for m in data.months)),
            weighted=fmt.money(sum(m.weighted for m in data.months)))
        if undated is not None:
            note += " " + translate("FunnelReport", "{count} of them have no expected close date "
                                                    "and are not in the chart.").format(count=fmt.number(undated.deals))
        self.forecast_note.setText(note)

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """Each tab, with the figures of the last 12 months; the leads box answers for a target."""

        def show(index: int) -> None:
            if self.period.currentData() != "last12":
                self.set_period("last12")
            self.wait()
            self.tabs.setCurrentIndex(index)
            if self.tab_keys[index] == "targets":
                self.leads_box.amount.setText(self.ctx.fmt.money(20_000_000_000))
                self.leads_box.calculate()
                while self.leads_box.busy:
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                    QThread.msleep(5)

        return {key: (lambda i=i: show(i)) for i, key in enumerate(self.tab_keys)}

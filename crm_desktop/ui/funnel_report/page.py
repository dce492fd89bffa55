"""The Funnel report area: how the selling went in a period, in figures, tables and charts.

A period (this month / quarter / year or the last 12 months of the user's calendar, or any range of
days), a pipeline and an owner choose what is counted. Everything is computed by
``services.funnel`` in a worker thread (one :class:`ReportQuery` in, one :class:`ReportData` out)
while the page shows that it is busy; a change made meanwhile is computed right after.

Targets are set per month / quarter / year of the office's calendar, so the targets tab shows the
office period holding the chosen one, and the forecast is by the office's months (the same periods
when the user's calendar is the office's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QThread,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.funnel import forecast, metrics, pipelines, targets
from crm_desktop.text.i18n import render
from crm_desktop.text.money import parse_money
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
from crm_desktop.ui.widgets.common import Card, StatCard, in_reading_direction, isolated, label, page_header, read_only_table
from crm_desktop.ui.widgets.date_field import DateField
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
DASH = "\u2014"


# --- what to compute -------------------------------------------------------------------------------

PERIOD_CHOICES = ("month", "quarter", "year", "last12", "custom")


def period_range(choice: str, calendar: str, today: dt.date,
                 custom: tuple[dt.date | None, dt.date | None] = (None, None)) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a period choice in the calendar: the month / quarter / year
    holding ``today``, the twelve months ending with today's month, or the custom days (in order)."""
    if choice in ("month", "quarter", "year"):
        year, number = targets.current_period(choice, today, calendar)
        return targets.period_bounds(choice, year, number, calendar)
    if choice == "last12":
        year, month = targets.month_of(today, calendar)
        first_year, first_month = (year, 1) if month == 12 else (year - 1, month + 1)
        return (targets.month_bounds(first_year, first_month, calendar)[0],
                targets.month_bounds(year, month, calendar)[1])
    start, end = custom
    start, end = start or today, end or today
    return (start, end) if start <= end else (end, start)


@dataclass(frozen=True)
class ReportQuery:
    start: dt.date
    end: dt.date
    pipeline_id: int | None
    owner_id: int | None
    target_kind: str  # month / quarter / year: the targets' period kind
    target_day: dt.date  # a day of the targets' period
    calendar: str  # the user's


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    conversion: metrics.Conversion
    times: list[metrics.StageTime]
    cycle: metrics.SalesCycle
    by_source: list[metrics.WinRate]
    by_owner: list[metrics.WinRate]
    lost: list[metrics.LostShare]
    sources: list[metrics.SourceReturn]
    months: list[forecast.ForecastMonth]
    progress: list[targets.Progress]
    target_period: tuple[str, int, int, str]  # kind, year, number, the office calendar


def compute_report(query: ReportQuery, progress: Callable[[int, int], None] | None = None,
                   cancel: Any = None) -> ReportData:
    """Every figure of the page (runs in a worker thread)."""
    steps = 9
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    span = dict(pipeline_id=query.pipeline_id, owner_id=query.owner_id)
    conversion = metrics.conversion(query.start, query.end, **span)
    step()
    times = metrics.time_in_stage(query.start, query.end, **span)
    step()
    cycle = metrics.sales_cycle(query.start, query.end, **span)
    step()
    by_source = metrics.win_rates(query.start, query.end, "source", **span)
    step()
    by_owner = metrics.win_rates(query.start, query.end, "owner", **span)
    step()
    lost = metrics.lost_reasons(query.start, query.end, **span)
    step()
    sources = metrics.source_roi(query.start, query.end, **span)
    step()
    office = targets.office_calendar()
    months = forecast.forecast(calendar=office, **span)  # the months the targets are set in
    step()
    year, number = targets.current_period(query.target_kind, query.target_day, office)
    rows = targets.progress(query.target_kind, year, number, calendar=office)
    step()
    return ReportData(query, conversion, times, cycle, by_source, by_owner, lost, sources, months, rows,
                      (query.target_kind, year, number, office))


# --- tables ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    numeric: bool = False
    progress: Callable[[Any], float | None] | None = None  # 0..100+ for a progress bar


class ReportTableModel(QAbstractTableModel):
    """Read-only rows (plain dataclasses) shown through a list of columns."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PROGRESS_ROLE and column.progress is not None:
            return column.progress(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """A bar filled to the row's percent (green from 100 %), with the percent written beside it;
    it fills from the right in a right-to-left window."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        caption_width = 56
        bar = QRectF(rect.x(), rect.center().y() - 5, max(rect.width() - caption_width, 10), 10)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            bar.moveRight(rect.right())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8edf5"))
        painter.drawRoundedRect(bar, 5, 5)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(max(value, 0.0), 100.0) / 100.0)
        if rtl:
            filled.moveRight(bar.right())
        painter.setBrush(QColor("#1a9e5a" if value >= 100 else "#1f6feb"))
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 5, 5)
        painter.setPen(option.palette.text().color())
        caption = QRectF(rect)
        if rtl:
            caption.setRight(bar.left() - 6)
        else:
            caption.setLeft(bar.right() + 6)
        painter.drawText(caption, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter), text)
        painter.restore()


# --- the "how many leads" box ----------------------------------------------------------------------

class LeadsNeededBox(Card):
    """A revenue target in, the number of new leads it takes out, explained in one sentence."""

    answered = Signal(str)

    def __init__(self, ctx: AppContext, owner_id: Callable[[], int | None], today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.owner_id, self.today = ctx, owner_id, today
        self.body.addWidget(label(translate("FunnelReport", "How many leads do we need?"), "sectionTitle"))
        row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setObjectName("revenue_target")
        unit = translate("FunnelReport", "Toman") if ctx.prefs.money_unit == "toman" else \
            translate("FunnelReport", "Rial")
        self.amount.setPlaceholderText(translate("FunnelReport", "Revenue target, e.g. {example}").format(
            example=ctx.fmt.money(5_000_000_000)))
        self.amount.setToolTip(translate("FunnelReport", "Amount in {unit}").format(unit=unit))
        self.amount.returnPressed.connect(self.calculate)
        self.button = QPushButton(translate("FunnelReport", "Calculate"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.calculate)
        row.addWidget(self.amount, 1)
        row.addWidget(self.button)
        self.body.addLayout(row)
        self.answer = label("", wrap=True, selectable=True)
        self.answer.setObjectName("leads_answer")
        self.body.addWidget(self.answer)
        self.body.addStretch(1)
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def calculate(self) -> None:
        if self._task is not None:
            return
        try:
            target = parse_money(self.amount.text(), unit=self.ctx.prefs.money_unit)
        except ValueError:
            self._show(translate("FunnelReport", "Type an amount such as {example}.").format(
                example=self.ctx.fmt.money(5_000_000_000)))
            return
        if target <= 0:
            self._show(render(forecast.BAD_TARGET))
            return
        owner, end = self.owner_id(), self.today()
        start = end - dt.timedelta(days=forecast.LOOK_BACK_DAYS - 1)
        task = Task(lambda progress, cancel: forecast.leads_needed(target, start, end, owner_id=owner))
        task.signals.done.connect(lambda result: self._done(task, target, result))
        task.signals.failed.connect(lambda error: self._failed(task, error))
        self._task = task
        self.button.setEnabled(False)
        self.answer.setText(translate("FunnelReport", "Calculating\u2026"))
        QThreadPool.globalInstance().start(task)

    def _done(self, task: Task, target: int, result: forecast.LeadsNeeded) -> None:
        if task is not self._task:
            return
        self._task = None
        self.button.setEnabled(True)
        self._show(self.sentence(target, result))

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self.button.setEnabled(True)
        self._show(message_for(error))

    def _show(self, text: str) -> None:
        self.answer.setText(text)
        self.answered.emit(text)

    def sentence(self, target: int, result: forecast.LeadsNeeded) -> str:
        fmt = self.ctx.fmt
        start, end = result.window
        if result.leads is None:
            return translate("FunnelReport", "It cannot be worked out yet: {reason}").format(
                reason=render(result.reason) if result.reason else "")
        return translate(
            "FunnelReport",
            "To win {target} you need about {leads} new leads: from {start} to {end}, {count} leads came in and "
            "{won} deals from leads were won for {amount}, so a lead was worth about {worth}.").format(
            target=fmt.money(target), leads=fmt.number(result.leads), start=fmt.date(start), end=fmt.date(end),
            count=fmt.number(result.leads_in_window), won=fmt.number(result.won_deals),
            amount=fmt.money(result.won_amount),
            worth=fmt.money(round(result.won_amount / result.leads_in_window)))


# --- the page --------------------------------------------------------------------------------------

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
        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, text in zip(PERIOD_CHOICES, (translate("FunnelReport", "This month"),
                                              translate("FunnelReport", "This quarter"),
                                              translate("FunnelReport", "This year"),
                                              translate("FunnelReport", "Last 12 months"),
                                              translate("FunnelReport", "Custom range")), strict=True):
            self.period.addItem(text, key)
        self.start_field = DateField(self.ctx.fmt)
        self.end_field = DateField(self.ctx.fmt)
        self.range_to = label(translate("FunnelReport", "to"), "muted")
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(translate("FunnelReport", "All owners"), None)
        bar.addWidget(label(translate("FunnelReport", "Period"), "muted"))
        bar.addWidget(self.period)
        bar.addWidget(self.start_field)
        bar.addWidget(self.range_to)
        bar.addWidget(self.end_field)
        bar.addSpacing(12)
        bar.addWidget(label(translate("FunnelReport", "Pipeline"), "muted"))
        bar.addWidget(self.pipeline)
        bar.addWidget(label(translate("FunnelReport", "Owner"), "muted"))
        bar.addWidget(self.owner)
        bar.addStretch(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_field.changed.connect(self.compute)
        self.end_field.changed.connect(self.compute)
        self.pipeline.currentIndexChanged.connect(lambda _i: self.compute())
        self.owner.currentIndexChanged.connect(lambda _i: self.compute())
        self._show_custom(False)
        return bar

    def _build_tables(self) -> None:
        fmt = self.ctx.fmt
        number = fmt.number

        def days(value: float | None) -> str:
            return DASH if value is None else decimal_text(fmt, round(value, 1))

        def money(value: int | None) -> str:
            return DASH if value is None else fmt.money(value)

        self.stage_model = ReportTableModel([
            Column(translate("FunnelReport", "Stage"), lambda r: r[0].name),
            Column(translate("FunnelReport", "Entered"), lambda r: number(r[0].entered), True),
            Column(translate("FunnelReport", "Went on"), lambda r: number(r[0].advanced), True),
            Column(translate("FunnelReport", "Lost"), lambda r: number(r[0].lost), True),
            Column(translate("FunnelReport", "Conversion"), lambda r: percent_text(fmt, r[0].rate), True),
            Column(translate("FunnelReport", "Avg. days"), lambda r: days(r[1].mean_days if r[1] else None), True),
            Column(translate("FunnelReport", "Median days"), lambda r: days(r[1].median_days if r[1] else None), True),
        ], self)
        rate_columns = [
            Column(translate("FunnelReport", "Won"), lambda r: number(r.won), True),
            Column(translate("FunnelReport", "Lost"), lambda r: number(r.lost), True),
            Column(translate("FunnelReport", "Win rate"), lambda r: percent_text(fmt, r.rate), True),
            Column(translate("FunnelReport", "Won amount"), lambda r: money(r.won_amount), True),
        ]
        self.source_rate_model = ReportTableModel(
            [Column(translate("FunnelReport", "Source"), lambda r: r.name), *rate_columns], self)
        self.owner_rate_model = ReportTableModel(
            [Column(translate("FunnelReport", "Owner"), lambda r: r.name), *rate_columns], self)
        self.lost_model = ReportTableModel([
            Column(translate("FunnelReport", "Reason"), lambda r: r.name),
            Column(translate("FunnelReport", "Deals"), lambda r: number(r.deals), True),
            Column(translate("FunnelReport", "Share"), lambda r: percent_text(fmt, r.share), True),
            Column(translate("FunnelReport", "Amount"), lambda r: money(r.amount), True),
        ], self)
        self.roi_model = ReportTableModel([
            Column(translate("FunnelReport", "Source"), lambda r: r.name),
            Column(translate("FunnelReport", "Leads"), lambda r: number(r.leads), True),
            Column(translate("FunnelReport", "Deals"), lambda r: number(r.deals), True),
            Column(translate("FunnelReport", "Won"), lambda r: number(r.won), True),
            Column(translate("FunnelReport", "Won amount"), lambda r: money(r.won_amount), True),
            Column(translate("FunnelReport", "Cost"), lambda r: money(r.cost) if r.cost else DASH, True),
            Column(translate("FunnelReport", "ROI"), lambda r: percent_text(fmt, r.roi), True),
        ], self)
        scopes = {"office": translate("FunnelReport", "Office"), "team": translate("FunnelReport", "Team"),
                  "user": translate("FunnelReport", "Person")}
        self.target_model = ReportTableModel([
            Column(translate("FunnelReport", "Name"), lambda r: r.name),
            Column(translate("FunnelReport", "Kind"), lambda r: scopes.get(r.scope, r.scope)),
            Column(translate("FunnelReport", "Target"), lambda r: money(r.target), True),
            Column(translate("FunnelReport", "Won"), lambda r: money(r.won), True),
            Column(translate("FunnelReport", "Achieved"),
                   lambda r: percent_text(fmt, r.percent / 100) if r.percent is not None else DASH,
                   progress=lambda r: r.percent),
        ], self)
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

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.start_field, self.range_to, self.end_field):
            widget.setVisible(shown)

    def _period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == "custom"
        if custom and self.start_field.value() is None:
            start, end = period_range("month", self.ctx.prefs.calendar, self.today())
            for field, value in ((self.start_field, start), (self.end_field, end)):
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        self._show_custom(custom)
        self.compute()

    def set_period(self, choice: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a period (as a person would with the picker); a custom one takes its days."""
        if choice == "custom":
            for field, value in ((self.start_field, start), (self.end_field, end)):
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        index = self.period.findData(choice)
        if index == self.period.currentIndex():
            self.compute()
        else:
            self.period.setCurrentIndex(index)

    def query(self) -> ReportQuery:
        choice, calendar, today = self.period.currentData(), self.ctx.prefs.calendar, self.today()
        start, end = period_range(choice, calendar, today, (self.start_field.value(), self.end_field.value()))
        kind = choice if choice in ("month", "quarter", "year") else "month"
        target_day = today if choice in ("month", "quarter", "year") else min(end, today)
        return ReportQuery(start, end, self.pipeline.currentData(), self.owner.currentData(), kind, target_day,
                           calendar)

    def period_caption(self, query: ReportQuery) -> str:
        fmt, choice = self.ctx.fmt, self.period.currentData()
        days = translate("FunnelReport", "{start} to {end}").format(start=isolated(fmt.date(query.start)),
                                                                    end=isolated(fmt.date(query.end)))
        if choice in ("month", "quarter", "year"):
            year, number = targets.current_period(choice, self.today(), self.ctx.prefs.calendar)
            name = targets.period_label(choice, year, number, self.ctx.prefs.calendar, lang=self.ctx.prefs.language,
                                        digits=self.ctx.prefs.digits)
            return translate("FunnelReport", "{period} ({days})").format(period=isolated(name), days=days)
        return days

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

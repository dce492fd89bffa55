"""The building blocks of the Complaints report's tabs: a choice (what to group by, which step...)
above a chart and its table, and the forecast tab (a category's weeks, how they were forecast, and
every category's next weeks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QHBoxLayout, QHeaderView, QScrollArea, QTableView, QVBoxLayout,
                               QWidget)

from crm_desktop.services.cases.volume_forecast import RECENT_WEEKS, CategoryForecast, VolumeForecast
from crm_desktop.ui.cases_report.charts import VolumeChart
from crm_desktop.ui.cases_report.report_data import count_text
from crm_desktop.ui.cases_report.tables import forecast_columns, forecast_rows
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel_report.charts import Chart, decimal_text
from crm_desktop.ui.funnel_report.tables import ReportTableModel
from crm_desktop.ui.widgets.common import Card, label, read_only_table

translate = QCoreApplication.translate


def table_view(model: ReportTableModel, name: str) -> QTableView:
    """A read-only table whose first column (the names) takes the room the figures leave."""
    table = read_only_table()
    table.setObjectName(name)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def stretch_first() -> None:
        if model.columnCount() > 0:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    stretch_first()
    model.modelReset.connect(stretch_first)  # after the header has made its new sections
    return table


class ChoicePanel(QWidget):
    """"<caption> [choice v]" over a chart and a table, side by side (``beside``) or the table under
    the chart; ``chosen`` (the key) when the choice changes."""

    chosen = Signal(object)

    def __init__(self, caption: str, choices: dict, chart: Chart, table: QTableView, *, beside: bool = True,
                 stretch: tuple[int, int] = (3, 2), note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.table = chart, table
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(8)
        top = QHBoxLayout()
        self.choice = QComboBox()
        for key, text in choices.items():
            self.choice.addItem(text, key)
        if len(choices) > 1:
            top.addWidget(label(caption, "muted"))
            top.addWidget(self.choice)
        else:
            self.choice.hide()
        self.note = label(note, "muted", wrap=True)
        top.addWidget(self.note, 1)
        column.addLayout(top)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        row.setSpacing(12)
        row.addWidget(chart, stretch[0])
        row.addWidget(table, stretch[1])
        column.addLayout(row, 1)
        self.choice.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.key()))

    def key(self):
        return self.choice.currentData()

    def choose(self, key) -> None:
        self.choice.setCurrentIndex(max(self.choice.findData(key), 0))


class ForecastPanel(QWidget):
    """One category's weeks (or all categories together) as a chart, how its forecast was made in
    plain words beside it, and every category's next weeks in a table under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outlook: VolumeForecast | None = None
        self.category = QComboBox()
        self.category.setObjectName("forecast_category")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(label(translate("CasesReport", "Category"), "muted"))
        top.addWidget(self.category)
        top.addStretch(1)
        self.chart = VolumeChart(ctx.fmt, ctx.prefs.rtl, height=2.7)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.chart, 1)
        box = Card()
        box.body.addWidget(label(translate("CasesReport", "How these numbers were made"), "sectionTitle"))
        self.method = label("", wrap=True, selectable=True)
        self.method.setObjectName("forecast_method")
        self.details = label("", "note", wrap=True, selectable=True)
        box.body.addWidget(self.method)
        box.body.addWidget(self.details)
        box.body.addStretch(1)
        scroll = QScrollArea()  # long words (or large fonts) scroll rather than being cut off
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addLayout(left, 3)
        row.addWidget(scroll, 2)
        self.model = ReportTableModel([], self)
        self.table = table_view(self.model, "forecast_table")
        self.table.clicked.connect(lambda index: self.category.setCurrentIndex(index.row()))
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(8)
        column.addLayout(row, 5)
        column.addWidget(self.table, 2)
        self.category.currentIndexChanged.connect(lambda _i: self._show_chosen())

    def rows(self) -> list[CategoryForecast]:
        return forecast_rows(self.outlook) if self.outlook is not None else []

    def show_forecast(self, outlook: VolumeForecast) -> None:
        chosen = self.category.currentData()
        self.outlook = outlook
        rows = self.rows()
        self.model.set_rows(rows, forecast_columns(self.ctx.fmt, outlook))
        self.category.blockSignals(True)
        self.category.clear()
        for row in rows:
            self.category.addItem(row.label, "all" if row is outlook.total else f"category {row.key}")
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))
        self.category.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        rows, index = self.rows(), self.category.currentIndex()
        if not rows or not 0 <= index < len(rows):
            return
        row = rows[index]
        self.chart.show_forecast(row, self.outlook.history_weeks, self.outlook.forecast_weeks)
        self.method.setText(self.explain(row))
        self.details.setText(self.context_note())

    def explain(self, row: CategoryForecast) -> str:
        """The method in words (the service's text), with this category's own figures."""
        fmt = self.ctx.fmt
        weeks = fmt.number(RECENT_WEEKS)
        text = [row.method_text, translate(
            "CasesReport", "{category}: {mean} cases a week on average over the last {weeks} complete weeks.").format(
            category=row.label, mean=count_text(fmt, row.recent_mean), weeks=weeks)]
        if row.method == "seasonal" and row.factors:
            factors = translate("CasesReport", ", ").join(
                translate("CasesReport", "\u00d7{factor}").format(factor=decimal_text(fmt, round(f, 1)))
                for f in row.factors)
            text.append(translate("CasesReport", "Last year the same weeks had these multiples of their "
                                                 "{weeks}-week average: {factors}.").format(weeks=weeks,
                                                                                            factors=factors))
        expected = sum(row.forecast)
        text.append(translate("CasesReport", "Expected in the next {count} weeks: about {total} cases.").format(
            count=fmt.number(len(row.forecast)), total=count_text(fmt, expected)))
        return "\n\n".join(text)

    def context_note(self) -> str:
        return translate("CasesReport", "Cases are counted by the week they were opened, with the filters above; "
                                        "the period does not change the forecast.")

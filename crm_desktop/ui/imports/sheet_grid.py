"""The first rows of a sheet as the file page shows them: rows above the header greyed, the
header row highlighted, then the first data rows; columns named by their letters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.imports.cells import shown
from crm_desktop.services.imports.mapping import column_letter
from crm_desktop.services.imports.source import SheetView

translate = QCoreApplication.translate
ROWS_ABOVE = 4  # rows shown above the header (titles, notes)
DATA_ROWS = 8
MAX_COLUMN_WIDTH = 220
HEADER_BACKGROUND = QColor("#dbe8ff")
ABOVE_FOREGROUND = QColor("#9aa3b2")


def sheet_grid(parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().setDefaultSectionSize(28)
    return table


def grid_rows(view: SheetView, top_rows: list[tuple[int, list]]) -> list[tuple[int, list, str]]:
    """``(row number, cells, role)`` with role "above", "header" or "data"."""
    rows: list[tuple[int, list, str]] = []
    if view.header_row > 0:
        above = [(n, c) for n, c in top_rows if n < view.header_row][-ROWS_ABOVE:]
        rows += [(n, c, "above") for n, c in above]
        header = next((c for n, c in top_rows if n == view.header_row), view.headers)
        rows.append((view.header_row, list(header), "header"))
    rows += [(n, c, "data") for n, c in view.sample[:DATA_ROWS]]
    return rows


def fill_sheet_grid(table: QTableWidget, view: SheetView, top_rows: list[tuple[int, list]], fmt: Formatter) -> None:
    rows = grid_rows(view, top_rows)
    width = max([len(view.headers), *(len(c) for _, c, _ in rows)] or [0])
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(width)
    table.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
    table.setVerticalHeaderLabels([fmt.digits(str(number)) for number, _, _ in rows])
    bold = QFont(table.font())
    bold.setBold(True)
    for r, (number, cells, role) in enumerate(rows):
        for c in range(width):
            value = cells[c] if c < len(cells) else None
            item = QTableWidgetItem("" if value is None else shown(value))
            if item.text():
                item.setToolTip(item.text())
            if role == "header":
                item.setFont(bold)
                item.setBackground(QBrush(HEADER_BACKGROUND))
                item.setToolTip(translate("ImportWizard", "The header row: its titles name the columns."))
            elif role == "above":
                item.setForeground(QBrush(ABOVE_FOREGROUND))
                item.setToolTip(translate("ImportWizard", "Above the header row: not imported."))
            table.setItem(r, c, item)
    table.clearSpans()
    metrics = table.fontMetrics()
    widths = [60] * width
    for r, (_, cells, role) in enumerate(rows):
        filled = [c for c in range(min(width, len(cells))) if cells[c] not in (None, "")]
        if role == "above" and filled == [0] and width > 1:
            table.setSpan(r, 0, 1, width)  # a title above the header reads across the sheet
            continue
        for c in range(width):
            text = table.item(r, c).text()
            widths[c] = max(widths[c], min(metrics.horizontalAdvance(text) + 24, MAX_COLUMN_WIDTH))
    for c, w in enumerate(widths):
        table.setColumnWidth(c, w)

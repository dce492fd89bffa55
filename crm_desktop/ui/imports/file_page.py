"""Wizard page 1: which file, people or companies, which sheet, and where its header row is —
with the sheet's first rows underneath so the choice can be seen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.services.imports import source
from crm_desktop.services.imports.fields import ENTITIES, ENTITY_LABELS
from crm_desktop.services.imports.source import SheetView
from crm_desktop.services.progress import Cancelled
from crm_desktop.text.i18n import render
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.imports.sheet_grid import fill_sheet_grid, sheet_grid
from crm_desktop.ui.imports.state import ImportState
from crm_desktop.ui.imports.task_panel import TaskPanel
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
TOP_ROWS = 30  # read from the top for the grid (rows above the header too)
SPREADSHEET_SUFFIXES = "*.xlsx *.xlsm *.xls *.ods *.csv"


def read_sheet(path: Path, sheet: int | None, header_row: int | None) -> tuple[SheetView, list[tuple[int, list]]]:
    view = source.inspect_file(path, sheet, header_row)
    with source.open_workbook(path) as book:
        top = book.read_rows(view.sheet, limit=TOP_ROWS)
    return view, top


class FilePage(QWizardPage):
    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(translate("ImportWizard", "Choose the file"))
        self.setSubTitle(translate("ImportWizard", "An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) "
                                                   "or a CSV file. Nothing is written until the last step."))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.path_edit.setPlaceholderText(translate("ImportWizard", "No file chosen"))
        self.path_edit.setMinimumWidth(360)
        self.choose_button = QPushButton(translate("ImportWizard", "Choose a file\u2026"))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.entity = QComboBox()
        for entity in ENTITIES:
            self.entity.addItem(render(ENTITY_LABELS[entity]), entity)
        self.entity.currentIndexChanged.connect(self._entity_changed)
        self.sheet = QComboBox()
        self.sheet.setMinimumWidth(280)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox()
        self.header_row.setSpecialValueText(translate("ImportWizard", "No header row"))
        self.header_row.setMinimumWidth(140)
        self.header_row.valueChanged.connect(lambda _: self._reread.start())
        self._reread = QTimer(self, singleShot=True, interval=300)
        self._reread.timeout.connect(self._header_changed)
        header_line = QHBoxLayout()
        header_line.setSpacing(12)
        header_line.addWidget(self.header_row)
        header_line.addWidget(label(translate("ImportWizard", "The row whose titles name the columns; rows above it "
                                                              "are skipped."), "note", wrap=True), 1)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.addRow(translate("ImportWizard", "File"), path_row)
        form.addRow(translate("ImportWizard", "Import as"), self.entity)
        form.addRow(translate("ImportWizard", "Sheet"), self.sheet)
        form.addRow(translate("ImportWizard", "Header row"), header_line)
        self.panel = TaskPanel()
        self.panel.done.connect(self._loaded)
        self.panel.failed.connect(self._load_failed)
        self.panel.idle.connect(self.completeChanged)
        self.grid = sheet_grid()
        self.grid_title = label(translate("ImportWizard", "The first rows of the sheet"), "sectionTitle")
        self.summary = label("", "muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addSpacing(6)
        layout.addWidget(self.grid_title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        self._show_sheet_controls(False)

    # -- choosing ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = self.state.path.parent if self.state.path else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import from Excel"), str(folder),
            translate("ImportWizard", "Spreadsheets ({patterns})").format(patterns=SPREADSHEET_SUFFIXES))
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Open ``path`` (also for tests and screenshots, without the file dialog)."""
        self.state.path = Path(path)
        self.path_edit.setText(str(path))
        self.path_edit.setCursorPosition(0)
        self.path_edit.deselect()
        self.load(None, None)

    def load(self, sheet: int | None, header_row: int | None) -> None:
        path = self.state.path
        if path is None or self.panel.running:
            return
        self.panel.start(translate("ImportWizard", "Reading the file\u2026"),
                         lambda progress, cancel: read_sheet(path, sheet, header_row), cancellable=False)
        self.completeChanged.emit()

    def _sheet_changed(self) -> None:
        index = self.sheet.currentData()
        if self.state.view is not None and index is not None and index != self.state.view.sheet.index:
            self.load(index, None)  # a new sheet: find its header again

    def _header_changed(self) -> None:
        view = self.state.view
        if view is not None and self.header_row.value() != view.header_row:
            self.load(view.sheet.index, self.header_row.value())

    def _entity_changed(self) -> None:
        self.state.entity = self.entity.currentData()

    # -- showing ----------------------------------------------------------------------------------

    def _loaded(self, result: tuple[SheetView, list[tuple[int, list]]]) -> None:
        view, top = result
        self.state.view, self.state.top_rows = view, top
        self.state.edits.clear()
        self.state.check = None
        fmt = self.ctx.fmt
        for widget in (self.sheet, self.header_row):
            widget.blockSignals(True)
        self.sheet.clear()
        for info in view.sheets:
            rows = fmt.number(info.rows)
            text = (translate("ImportWizard", "{name} ({rows} rows)") if info.visible
                    else translate("ImportWizard", "{name} ({rows} rows, hidden)")).format(name=info.name, rows=rows)
            self.sheet.addItem(text, info.index)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(view.sheet.index)))
        self.header_row.setRange(0, max(view.sheet.rows, view.header_row, 1))
        self.header_row.setValue(view.header_row)
        for widget in (self.sheet, self.header_row):
            widget.blockSignals(False)
        fill_sheet_grid(self.grid, view, top, fmt)
        self.summary.setText(self._summary(view))
        self._show_sheet_controls(True)
        self.completeChanged.emit()

    def _summary(self, view: SheetView) -> str:
        fmt = self.ctx.fmt
        rows, columns = fmt.number(view.data_rows_estimate), fmt.number(len(view.headers))
        if view.header_row == 0:
            return translate("ImportWizard", "No header row: {rows} rows of data in {columns} columns.").format(
                rows=rows, columns=columns)
        return translate("ImportWizard", "Header in row {header}, then about {rows} rows of data in {columns} "
                                         "columns.").format(header=fmt.digits(str(view.header_row)), rows=rows,
                                                            columns=columns)

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):  # the wizard is closing
            return
        self.state.view, self.state.top_rows = None, []
        self.grid.clear()
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self.summary.setText("")
        self._show_sheet_controls(False)
        show_error(self, error)
        self.completeChanged.emit()

    def _show_sheet_controls(self, on: bool) -> None:
        for widget in (self.sheet, self.header_row, self.grid, self.grid_title):
            widget.setEnabled(on)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.state.view is not None and not self.panel.running

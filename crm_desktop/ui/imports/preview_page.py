"""Wizard page 3: what the import will do — duplicate handling and defaults, then a check of
every row (a dry run in a worker) with the figures and the first rows as they will be imported.
A corrected cell is kept and the check runs again."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWizard, QWizardPage

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.imports.importer import ImportReport, run_import
from crm_desktop.services.progress import Cancelled
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.imports.preview_model import PreviewModel
from crm_desktop.ui.imports.preview_options import PreviewOptions
from crm_desktop.ui.imports.state import ImportState
from crm_desktop.ui.imports.task_panel import TaskPanel
from crm_desktop.ui.widgets.common import StatCard, label

translate = QCoreApplication.translate
PREVIEW_ROWS = 200


def seconds_text(fmt: Formatter, seconds: float) -> str:
    """Seconds such as 2.5 in the user's digits (with the Persian decimal mark for Persian digits)."""
    text = f"{seconds:.1f}"
    return fmt.digits(text if fmt.prefs.digits == "latin" else text.replace(".", "\u066b"))


class PreviewPage(QWizardPage):
    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(translate("ImportWizard", "Check before importing"))
        self.setSubTitle(translate("ImportWizard", "Every row is checked; nothing is written yet. Double-click a "
                                                   "red cell to correct it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.options = PreviewOptions()
        self.options.changed.connect(self._options_changed)
        self.options.tag_changed.connect(lambda: self.options.apply_to(self.state.mapping))
        self.check_button = QPushButton(translate("ImportWizard", "Check"))
        self.check_button.setToolTip(translate("ImportWizard", "Check every row again (nothing is written)"))
        self.check_button.clicked.connect(self.run_check)
        self.panel = TaskPanel()
        self.panel.done.connect(self._checked)
        self.panel.failed.connect(self._check_failed)
        self.panel.idle.connect(self.completeChanged)
        self.status = label("", "muted", wrap=True)
        self.figures = {action: StatCard(caption) for action, caption in (
            ("new", translate("ImportWizard", "New")), ("update", translate("ImportWizard", "Updates")),
            ("duplicate", translate("ImportWizard", "Duplicates")), ("invalid", translate("ImportWizard", "Invalid")))}
        check_line = QHBoxLayout()
        check_line.addWidget(self.check_button)
        check_line.addWidget(self.panel, 1)
        check_line.addWidget(self.status, 1)
        for card in self.figures.values():
            card.body.setContentsMargins(14, 6, 14, 6)
            card.body.setSpacing(0)
            card.setMinimumWidth(120)
            check_line.addWidget(card)
        self.model = PreviewModel(ctx.fmt, self)
        self.model.edited.connect(self._edited)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = label("", "note", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addLayout(check_line)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._again = False
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.run_check)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.options.show_mapping(self.state.mapping)
        if self.state.check is None:
            self.model.show_rows([], {}, [])
            self._show_figures(None)
            self.run_check()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: back to the mapping; keep the choices made here
        self._debounce.stop()
        if self.panel.running:
            self.panel.cancel()

    # -- checking ---------------------------------------------------------------------------------

    def _options_changed(self) -> None:
        self.options.apply_to(self.state.mapping)
        self.state.check = None
        self.completeChanged.emit()
        self._debounce.start()

    def _edited(self, row: int, column: int, value: object) -> None:
        self.state.edits[(row, column)] = value
        self.state.check = None
        self.completeChanged.emit()
        self._debounce.start()

    def run_check(self) -> None:
        self._debounce.stop()
        state = self.state
        if state.view is None or state.path is None:
            return
        if self.panel.running:  # check again once the running one has stopped
            self._again = True
            self.panel.cancel()
            return
        self.options.apply_to(state.mapping)
        state.check = None
        mapping = dataclasses.replace(state.mapping, columns=dict(state.mapping.columns),
                                      date_orders=dict(state.mapping.date_orders))
        path, sheet, edits = state.path, state.sheet_index, dict(state.edits)
        self.status.setText("")
        self.panel.start(translate("ImportWizard", "Checking every row\u2026"), lambda progress, cancel: run_import(
            path, mapping, sheet=sheet, dry_run=True, edits=edits, preview_rows=PREVIEW_ROWS, progress=progress,
            cancel=cancel))
        self.completeChanged.emit()

    def _rerun_if_asked(self) -> bool:
        if self._again:
            self._again = False
            self.run_check()
            return True
        return False

    def _checked(self, report: ImportReport) -> None:
        if self._rerun_if_asked():
            return
        self.state.check = report
        scroll = self.table.verticalScrollBar().value()
        current = self.table.currentIndex()
        self.model.show_rows(report.preview, self.state.mapping.columns, self.state.column_names())
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column) + 16, 90), 320))
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.table.verticalScrollBar().setValue(scroll)
        self._show_figures(report)
        self.completeChanged.emit()

    def _check_failed(self, error: BaseException) -> None:
        if self._rerun_if_asked():
            return
        if isinstance(error, Cancelled):
            self.status.setText(translate("ImportWizard", "The check was stopped."))
            return
        self.status.setText("")
        show_error(self, error)

    def _show_figures(self, report: ImportReport | None) -> None:
        fmt = self.ctx.fmt
        counts = {"new": 0, "update": 0, "duplicate": 0, "invalid": 0} if report is None else {
            "new": report.created, "update": report.updated, "duplicate": report.duplicates, "invalid": report.invalid}
        for action, card in self.figures.items():
            card.set_value(fmt.number(counts[action]) if report is not None else "\u2014")
        if report is None:
            self.note.setText("")
            return
        self.status.setText(translate("ImportWizard", "{rows} rows checked in {seconds} seconds.").format(
            rows=fmt.number(report.rows), seconds=seconds_text(fmt, report.seconds)))
        shown = len(report.preview)
        if report.written == 0:
            self.note.setText(translate("ImportWizard", "No row would be imported: correct the red cells, change the "
                                                        "choices above, or go back and match the columns again."))
        elif report.rows > shown:
            self.note.setText(translate("ImportWizard", "The first {shown} rows are shown; all {rows} were checked. "
                                                        "Rows not imported can be saved to a workbook at the end.")
                              .format(shown=fmt.number(shown), rows=fmt.number(report.rows)))
        elif report.invalid or report.duplicates:
            self.note.setText(translate("ImportWizard", "Red rows are not imported unless corrected here; they can "
                                                        "be saved to a workbook at the end."))
        else:
            self.note.setText("")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        check = self.state.check
        return check is not None and not self.panel.running and check.written > 0

    @property
    def busy(self) -> bool:
        return self.panel.running or self._debounce.isActive()

"""Wizard page 4: the import itself, in a worker with progress and cancel, then what it did —
and the rows it did not take, saved as a workbook to fix and import again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage

from crm_desktop.services.imports import error_report, mapping
from crm_desktop.services.imports.importer import ImportReport, run_import
from crm_desktop.services.progress import Cancelled
from crm_desktop.text.i18n import render_error
from crm_desktop.text.messages import UserError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for, show_error
from crm_desktop.ui.imports.preview_page import seconds_text
from crm_desktop.ui.imports.state import ImportState
from crm_desktop.ui.imports.task_panel import TaskPanel
from crm_desktop.ui.widgets.common import StatCard, label
from crm_desktop.ui.workers import run_with_progress

translate = QCoreApplication.translate


class ResultPage(QWizardPage):
    imported = Signal(int)  # batch id

    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(translate("ImportWizard", "Import"))
        self.setSubTitle(translate("ImportWizard", "The records are written in one go: all of them, or none if "
                                                   "the import is cancelled."))
        self.panel = TaskPanel()
        self.panel.done.connect(self._imported)
        self.panel.failed.connect(self._failed)
        self.panel.idle.connect(self.completeChanged)
        self.headline = label("", "sectionTitle", wrap=True)
        self.figures = {key: StatCard(caption) for key, caption in (
            ("created", translate("ImportWizard", "Added")), ("updated", translate("ImportWizard", "Updated")),
            ("skipped", translate("ImportWizard", "Skipped as duplicates")),
            ("invalid", translate("ImportWizard", "Not imported (invalid)")))}
        figures = QHBoxLayout()
        for card in self.figures.values():
            figures.addWidget(card)
        figures.addStretch(1)
        self.details = label("", "muted", wrap=True)
        self.saved = label("", "muted", wrap=True, selectable=True)
        self.save_button = QPushButton(translate("ImportWizard", "Save the rows that were not imported\u2026"))
        self.save_button.clicked.connect(lambda: self.save_failed_rows())
        self.retry_button = QPushButton(translate("ImportWizard", "Try again"))
        self.retry_button.setObjectName("primary")
        self.retry_button.clicked.connect(self.start_import)
        self.back_button = QPushButton(translate("ImportWizard", "Back to the check"))
        self.back_button.clicked.connect(lambda: self.wizard().back())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.undo_note = label(translate("ImportWizard", "Changed your mind? Settings \u2192 Imports can undo this "
                                                         "import as a whole."), "note", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.headline)
        layout.addLayout(figures)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.undo_note)
        self._show(None)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.start_import()

    def start_import(self) -> None:
        state = self.state
        if self.panel.running or state.path is None:
            return
        state.result = None
        self._show(None)
        self.headline.setText(translate("ImportWizard", "Importing\u2026"))
        chosen = dataclasses.replace(state.mapping, columns=dict(state.mapping.columns),
                                     date_orders=dict(state.mapping.date_orders))
        path, sheet, edits = state.path, state.sheet_index, dict(state.edits)
        self.panel.start(translate("ImportWizard", "Writing the records\u2026"), lambda progress, cancel: run_import(
            path, chosen, sheet=sheet, edits=edits, progress=progress, cancel=cancel))
        self.completeChanged.emit()

    def _imported(self, report: ImportReport) -> None:
        self.state.result = report
        try:
            mapping.remember(self.state.mapping, self.state.headers)
        except Exception as error:  # noqa: BLE001 - the import is done; not remembering is only a nuisance
            show_error(self, error)
        self._show(report)
        if report.batch_id is not None:
            self.imported.emit(report.batch_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.headline.setText(translate("ImportWizard", "Cancelled: nothing was imported."))
        elif isinstance(error, UserError):
            self.headline.setText(render_error(error))
        else:
            self.headline.setText(message_for(error))
            show_error(self, error)
        self.retry_button.setVisible(True)
        self.back_button.setVisible(True)

    def _show(self, report: ImportReport | None) -> None:
        fmt = self.ctx.fmt
        for card in self.figures.values():
            card.setVisible(report is not None)
        self.details.setVisible(report is not None)
        self.saved.setVisible(False)
        self.undo_note.setVisible(report is not None)
        self.save_button.setVisible(report is not None and bool(report.failed))
        self.retry_button.setVisible(False)
        self.back_button.setVisible(False)
        if report is None:
            self.headline.setText("")
            return
        values = {"created": report.created, "updated": report.updated, "skipped": report.duplicates,
                  "invalid": report.invalid}
        for key, card in self.figures.items():
            card.set_value(fmt.number(values[key]))
        self.headline.setText(translate("ImportWizard", "Done: {count} records imported from \u201c{file}\u201d.")
                              .format(count=fmt.number(report.written), file=self.state.path.name))
        parts = [translate("ImportWizard", "{rows} rows read in {seconds} seconds.").format(
            rows=fmt.number(report.rows), seconds=seconds_text(fmt, report.seconds))]
        if report.companies_created:
            parts.append(translate("ImportWizard", "{count} companies were added for the people who work there.")
                         .format(count=fmt.number(report.companies_created)))
        if report.failed:
            parts.append(translate("ImportWizard", "{count} rows were not imported; save them to a workbook, fix "
                                                   "them there and import that file.").format(
                count=fmt.number(len(report.failed))))
        self.details.setText(" ".join(parts))

    def default_error_file(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        stem = self.state.path.stem if self.state.path else "import"
        return folder / translate("ImportWizard", "{name} - not imported.xlsx").format(name=stem)

    def save_failed_rows(self, path: Path | None = None) -> int | None:
        """Write the rows not imported to ``path`` (asked for when not given); how many were written."""
        report = self.state.result
        if report is None or not report.failed:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, translate("ImportWizard", "Save the rows not imported"),
                                                    str(self.default_error_file()),
                                                    translate("ImportWizard", "Excel workbooks (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        headers, failed = self.state.headers, report.failed
        try:
            written = run_with_progress(self, translate("ImportWizard", "Writing the workbook\u2026"),
                                        lambda progress, cancel: error_report.write_error_report(
                                            path, headers, failed, progress=progress, cancel=cancel))
        except Cancelled:
            return None
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return None
        self.saved.setText(translate("ImportWizard", "{count} rows saved to {path}.").format(
            count=self.ctx.fmt.number(written), path=str(path)))
        self.saved.setVisible(True)
        return written

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.state.result is not None and not self.panel.running

    @property
    def busy(self) -> bool:
        return self.panel.running

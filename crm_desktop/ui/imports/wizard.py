"""Import from Excel: choose the file and sheet, match the columns, check every row (and correct
cells in place), then import in a worker — four pages over one shared :class:`ImportState`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.file_page import FilePage
from crm_desktop.ui.imports.mapping_page import MappingPage
from crm_desktop.ui.imports.preview_page import PreviewPage
from crm_desktop.ui.imports.result_page import ResultPage
from crm_desktop.ui.imports.state import ImportState

translate = QCoreApplication.translate


class ImportWizard(QWizard):
    imported = Signal(int)  # batch id, after records were written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = ImportState()
        self.setWindowTitle(translate("ImportWizard", "Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, translate("ImportWizard", "Back")),
                             (QWizard.WizardButton.NextButton, translate("ImportWizard", "Next")),
                             (QWizard.WizardButton.FinishButton, translate("ImportWizard", "Close")),
                             (QWizard.WizardButton.CancelButton, translate("ImportWizard", "Cancel"))):
            self.setButtonText(button, text)  # no "<" / ">" arrows: they point the wrong way in Persian
        self.button(QWizard.WizardButton.NextButton).setObjectName("primary")
        self.button(QWizard.WizardButton.CommitButton).setObjectName("primary")
        self.button(QWizard.WizardButton.FinishButton).setObjectName("primary")
        self.file_page = FilePage(ctx, self.state)
        self.mapping_page = MappingPage(ctx, self.state)
        self.preview_page = PreviewPage(ctx, self.state)
        self.result_page = ResultPage(ctx, self.state)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.result_page.imported.connect(self.imported)
        self._close_when_idle = False
        for panel in (self.file_page.panel, self.preview_page.panel, self.result_page.panel):
            panel.idle.connect(self._maybe_close)
        self.resize(1100, 760)
        self.setMinimumSize(860, 600)
        if path is not None:
            self.file_page.set_path(Path(path))

    @property
    def busy(self) -> bool:
        """A worker is reading, checking or importing (tests and screenshots wait for it)."""
        return self.file_page.panel.running or self.preview_page.busy or self.result_page.busy

    def reject(self) -> None:
        """Cancel or close: stop a running worker first (a cancelled import writes nothing)."""
        running = [p for p in (self.file_page.panel, self.preview_page.panel, self.result_page.panel) if p.running]
        if running:
            self._close_when_idle = True
            for panel in running:
                panel.cancel()
            return
        super().reject()

    def _maybe_close(self) -> None:
        if self._close_when_idle and not any(
                p.running for p in (self.file_page.panel, self.preview_page.panel, self.result_page.panel)):
            self._close_when_idle = False
            super().reject()

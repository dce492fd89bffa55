"""The Customers area: the list, a profile opened from it, the forms, and undo after a delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.services import contacts, duplicates, organizations
from crm_desktop.services.demo import showcase
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers import export_actions
from crm_desktop.ui.customers.company_form import CompanyDialog
from crm_desktop.ui.customers.duplicates_dialog import DuplicatesDialog
from crm_desktop.ui.customers.list_view import CustomerListView
from crm_desktop.ui.customers.person_form import PersonDialog, confirm_delete
from crm_desktop.ui.customers.profile_view import ProfileView
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.imports.wizard import ImportWizard
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class CustomersPage(QWidget):
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.list = CustomerListView(ctx)
        self.profile = ProfileView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.profile)
        self.undo_text = label("", "muted")
        self.undo_button = QPushButton(translate("Customers", "Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_bar = QWidget()
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(28, 0, 28, 8)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        self._deleted: tuple[str, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)
        self.list.open_requested.connect(self.open_record)
        self.list.new_person_requested.connect(self.new_person)
        self.list.new_company_requested.connect(self.new_company)
        self.profile.back_requested.connect(self.show_list)
        self.profile.open_requested.connect(self.open_record)
        self.profile.edit_requested.connect(self.edit_record)
        self.profile.delete_requested.connect(self.delete_record)
        self.profile.status.connect(self.status)
        dupes = QPushButton(translate("Customers", "Duplicates\u2026"))
        dupes.setToolTip(translate("Customers", "Find people or companies entered twice and merge them"))
        dupes.clicked.connect(self.review_duplicates)
        self.list.extra_buttons.addWidget(dupes)
        # one button for files in and out: four separate ones did not fit beside the search box
        self.files_menu = QMenu(self)
        importer = self.files_menu.addAction(translate("Customers", "Import from Excel\u2026"))
        importer.setToolTip(translate("Customers", "Add people or companies from an Excel, LibreOffice or CSV file"))
        importer.triggered.connect(lambda: self.import_excel())
        self.files_menu.addSeparator()
        excel = self.files_menu.addAction(translate("Customers", "Export to Excel\u2026"))
        excel.setToolTip(translate("Customers", "Everyone in the list, filtered and sorted as shown, as an Excel "
                                                "workbook or a CSV file"))
        excel.triggered.connect(lambda: self.export_excel())
        export = self.files_menu.addAction(translate("Customers", "Export vCard\u2026"))
        export.setToolTip(translate("Customers", "Everyone in the list (or the selected rows) as a vCard file for phones"))
        export.triggered.connect(lambda: self.export_vcard())
        self.files_menu.setToolTipsVisible(True)
        files = QPushButton(translate("Customers", "Import/export"))
        files.setMenu(self.files_menu)
        self.list.extra_buttons.addWidget(files)
        self.list.context_actions.append((translate("Customers", "Export selected as vCard\u2026"),
                                          lambda keys: self._export_ids([i for k, i in keys if k == "contact"])))

    def review_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.finished.connect(lambda _: dialog.changed and self.show_list())
        dialog.open()
        return dialog

    def import_excel(self, path: Path | None = None) -> ImportWizard:
        """The import wizard (on ``path`` when given); the list reloads after an import."""
        wizard = ImportWizard(self.ctx, self, path)
        wizard.imported.connect(lambda _: self.show_list())
        wizard.finished.connect(lambda _: wizard.deleteLater())
        wizard.open()
        return wizard

    def export_vcard(self) -> None:
        chosen = [record_id for kind, record_id in self.list.selected_keys() if kind == "contact"]
        self._export_ids(chosen if len(chosen) > 1 else export_actions.people_in_list(self.list.model.filter))

    def export_excel(self) -> None:
        written = export_actions.export_list(self, self.list.model.filter)
        if written is not None:
            self.status.emit(translate("Customers", "{count} rows exported.").format(
                count=self.ctx.fmt.number(written)))

    def _export_ids(self, ids: list[int]) -> None:
        written = export_actions.export_people(self, ids)
        if written is not None:
            self.status.emit(translate("Customers", "{count} people exported as vCard.").format(
                count=self.ctx.fmt.number(written)))

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.list:
            self.list.refresh()

    def show_list(self) -> None:
        self.list.refresh()
        self.stack.setCurrentWidget(self.list)

    def open_record(self, kind: str, record_id: int) -> None:
        try:
            self.profile.show_record(kind, record_id)
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile: say so, stay on the list
            show_error(self, error)
            return
        self.stack.setCurrentWidget(self.profile)

    def new_person(self) -> None:
        dialog = PersonDialog(self.ctx, parent=self)
        if dialog.exec() or dialog.opened_existing:
            if dialog.result_id is not None:
                self.list.refresh()
                self.open_record("contact", dialog.result_id)

    def new_company(self) -> None:
        dialog = CompanyDialog(self.ctx, parent=self)
        if dialog.exec() or dialog.opened_existing:
            if dialog.result_id is not None:
                self.list.refresh()
                self.open_record("organization", dialog.result_id)

    def edit_record(self, kind: str, record_id: int) -> None:
        dialog = PersonDialog(self.ctx, record_id, self) if kind == "contact" else CompanyDialog(self.ctx, record_id, self)
        if dialog.exec():
            self.open_record(kind, record_id)

    def delete_record(self, kind: str, record_id: int) -> None:
        name = self.profile.name.text()
        if not confirm_delete(self, name):
            return
        try:
            (contacts.delete_contact if kind == "contact" else organizations.delete_organization)(record_id)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self._deleted = (kind, record_id)
        self.undo_text.setText(translate("Customers", "\u201c{name}\u201d was deleted.").format(name=name))
        self.undo_bar.setVisible(True)
        self.show_list()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        kind, record_id = self._deleted
        try:
            (contacts.restore_contact if kind == "contact" else organizations.restore_organization)(record_id)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self._deleted = None
        self.undo_bar.setVisible(False)
        self.open_record(kind, record_id)

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """What the screenshots command shows of this area (each returns a dialog to grab, or None)."""
        person, company = showcase.richest_person(), showcase.busiest_company()
        states: dict[str, Callable[[], object]] = {"list": self.show_list}
        if person is not None:
            states["person"] = lambda: self.open_record("contact", person)
            states["person-form"] = lambda: PersonDialog(self.ctx, person, self)
        if company is not None:
            states["company"] = lambda: self.open_record("organization", company)
        states["duplicates"] = self._duplicates_for_screenshot
        return states

    def _duplicates_for_screenshot(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.review.show_groups(duplicates.find_duplicates("contact", min_confidence=duplicates.REVIEW_MIN_CONFIDENCE))
        dialog.resize(1200, 760)
        return dialog

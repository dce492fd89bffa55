"""Create or edit a company: name, industry, IDs, phones/emails/addresses, owner, tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import duplicates, organizations
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.duplicate_reasons import describe_reasons
from crm_desktop.ui.customers.form_parts import DuplicatesQuestion, FieldErrors, TagsEdit, owner_combo, show_validation
from crm_desktop.ui.customers.points_editor import PointsEditor
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class CompanyDialog(QDialog):
    """``exec()`` then ``result_id``: the saved company, or the existing one the user chose to open."""

    def __init__(self, ctx: AppContext, org_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.org_id, self.result_id = ctx, org_id, None
        self.opened_existing = False
        if org_id:
            org = organizations.get_organization(org_id)
            data = organizations.organization_input(org)
        else:
            data = OrganizationInput(points=[])
        self.setWindowTitle(translate("CompanyForm", "Edit company") if org_id else translate("CompanyForm", "New company"))
        self.errors = FieldErrors()
        self.name, self.industry, self.website = QLineEdit(data.name), QLineEdit(data.industry), QLineEdit(data.website)
        self.national_id, self.economic_code = QLineEdit(data.national_id), QLineEdit(data.economic_code)
        self.national_id.setPlaceholderText("10101234567")
        self.city, self.province = QLineEdit(data.city), QLineEdit(data.province)
        self.owner = owner_combo(data.owner_id)
        self.tags = TagsEdit(data.tags)
        self.points = PointsEditor(data.points or [])
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        for field, caption, widget in [
            ("name", translate("CompanyForm", "Name"), self.name),
            ("industry", translate("CompanyForm", "Industry"), self.industry),
            ("website", translate("CompanyForm", "Website"), self.website),
            ("national_id", translate("CompanyForm", "National ID"), self.national_id),
            ("economic_code", translate("CompanyForm", "Economic code"), self.economic_code),
            ("city", translate("CompanyForm", "City"), self.city),
            ("province", translate("CompanyForm", "Province"), self.province),
            ("owner_id", translate("CompanyForm", "Owner"), self.owner),
            ("tags", translate("CompanyForm", "Tags"), self.tags),
        ]:
            form.addRow(caption, widget)
            form.addRow("", self.errors.make(field, widget))
        form.addRow(translate("CompanyForm", "Phones, emails, addresses"), self.points)
        form.addRow(translate("CompanyForm", "Notes"), self.notes)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(680, 640)

    def data(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text(), industry=self.industry.text(), website=self.website.text(),
            city=self.city.text(), province=self.province.text(), national_id=self.national_id.text(),
            economic_code=self.economic_code.text(), owner_id=self.owner.currentData(),
            notes=self.notes.toPlainText(), points=self.points.points(), tags=self.tags.names())

    def save(self) -> None:
        self.general.setVisible(False)
        self.points.clear_errors()
        data = self.data()
        try:
            errors = organizations.check(data)
            if errors:
                raise ValidationError(errors)
            if self.org_id is None and not self._no_duplicates_or_confirmed(data):
                return
            saved = organizations.update_organization(self.org_id, data) if self.org_id \
                else organizations.create_organization(data)
        except ValidationError as failure:
            show_validation(failure, self.errors, self.points, self.general)
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return
        self.result_id = saved.id
        self.accept()

    def _no_duplicates_or_confirmed(self, data: OrganizationInput) -> bool:
        found = duplicates.possible_duplicate_organizations(data)
        if not found:
            return True
        candidates = [(oid, organizations.get_organization(oid).name, describe_reasons(reasons))
                      for oid, _confidence, reasons in found]
        question = DuplicatesQuestion(candidates, self)
        answer = question.exec()
        if answer == QDialog.DialogCode.Accepted and question.chosen is not None:
            self.result_id, self.opened_existing = question.chosen, True
            self.accept()
            return False
        return answer == 2

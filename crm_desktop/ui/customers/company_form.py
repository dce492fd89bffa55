"""Create or edit a company: name, industry, IDs, phones/emails/addresses, owner, tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from crm_desktop.services import duplicates, organizations
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import TagsEdit, owner_combo
from crm_desktop.ui.customers.points_editor import PointsEditor
from crm_desktop.ui.customers.record_form import RecordFormDialog

translate = QCoreApplication.translate


class CompanyDialog(RecordFormDialog):
    """``exec()`` then ``result_id``: the saved company, or the existing one the user chose to open."""

    def __init__(self, ctx: AppContext, org_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(org_id, parent)
        self.ctx = ctx
        if org_id:
            org = organizations.get_organization(org_id)
            data = organizations.organization_input(org)
        else:
            data = OrganizationInput(points=[])
        self.setWindowTitle(translate("CompanyForm", "Edit company") if org_id else translate("CompanyForm", "New company"))
        self.name, self.industry, self.website = QLineEdit(data.name), QLineEdit(data.industry), QLineEdit(data.website)
        self.national_id, self.economic_code = QLineEdit(data.national_id), QLineEdit(data.economic_code)
        self.national_id.setPlaceholderText("10101234567")
        self.city, self.province = QLineEdit(data.city), QLineEdit(data.province)
        self.owner = owner_combo(data.owner_id)
        self.tags = TagsEdit(data.tags)
        self.points = PointsEditor(data.points or [])
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)
        rows = [
            ("name", translate("CompanyForm", "Name"), self.name),
            ("industry", translate("CompanyForm", "Industry"), self.industry),
            ("website", translate("CompanyForm", "Website"), self.website),
            ("national_id", translate("CompanyForm", "National ID"), self.national_id),
            ("economic_code", translate("CompanyForm", "Economic code"), self.economic_code),
            ("city", translate("CompanyForm", "City"), self.city),
            ("province", translate("CompanyForm", "Province"), self.province),
            ("owner_id", translate("CompanyForm", "Owner"), self.owner),
            ("tags", translate("CompanyForm", "Tags"), self.tags),
        ]
        self.build(rows, [(translate("CompanyForm", "Phones, emails, addresses"), self.points),
                          (translate("CompanyForm", "Notes"), self.notes)], (680, 640))

    def data(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text(), industry=self.industry.text(), website=self.website.text(),
            city=self.city.text(), province=self.province.text(), national_id=self.national_id.text(),
            economic_code=self.economic_code.text(), owner_id=self.owner.currentData(),
            notes=self.notes.toPlainText(), points=self.points.points(), tags=self.tags.names())

    def check(self, data: OrganizationInput) -> list:
        return organizations.check(data)

    def create(self, data: OrganizationInput):
        return organizations.create_organization(data)

    def update(self, record_id: int, data: OrganizationInput):
        return organizations.update_organization(record_id, data)

    def possible_duplicates(self, data: OrganizationInput) -> list:
        return duplicates.possible_duplicate_organizations(data)

    def name_of(self, record_id: int) -> str:
        return organizations.get_organization(record_id).name

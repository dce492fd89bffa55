"""Create or edit a person: names, company, several phones/emails/addresses, Jalali birth date,
checks with messages under the fields, and possible duplicates shown before a new record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from crm_desktop.services import contacts, duplicates, labels, organizations
from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import CompanyPicker, TagsEdit, owner_combo
from crm_desktop.ui.customers.points_editor import PointsEditor
from crm_desktop.ui.customers.record_form import RecordFormDialog
from crm_desktop.ui.labels import stage_label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class PersonDialog(RecordFormDialog):
    """``exec()`` then ``result_id``: the saved person, or the existing one the user chose to open."""

    def __init__(self, ctx: AppContext, contact_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(contact_id, parent)
        self.ctx = ctx
        data = contacts.contact_input(contacts.get_contact(contact_id)) if contact_id else ContactInput()
        company = None
        if data.organization_id is not None:
            org = organizations.get_organization(data.organization_id, include_deleted=True)
            company = (org.id, org.name)
        self.setWindowTitle(translate("PersonForm", "Edit person") if contact_id else translate("PersonForm", "New person"))
        self.first_name, self.last_name = QLineEdit(data.first_name), QLineEdit(data.last_name)
        self.gender = QComboBox()
        for code in labels.codes(labels.GENDERS):
            self.gender.addItem(labels.label(labels.GENDERS, code), code)
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self.company = CompanyPicker(company)
        self.job_title = QLineEdit(data.job_title)
        self.national_code = QLineEdit(data.national_code)
        self.national_code.setPlaceholderText("0012345678")
        self.birth_date = DateField(ctx.fmt)
        self.birth_date.set_value(data.birth_date)
        self.owner = owner_combo(data.owner_id)
        self.stage = QComboBox()
        for code in labels.codes(labels.STAGES):
            self.stage.addItem(stage_label(code), code)
        self.stage.setCurrentIndex(max(0, self.stage.findData(data.lifecycle_stage)))
        self.source = QLineEdit(data.source)
        self.city, self.province = QLineEdit(data.city), QLineEdit(data.province)
        self.tags = TagsEdit(data.tags)
        self.points = PointsEditor(data.points)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)

        rows = [
            ("first_name", translate("PersonForm", "First name"), self.first_name),
            ("last_name", translate("PersonForm", "Last name"), self.last_name),
            ("gender", translate("PersonForm", "Gender"), self.gender),
            ("organization_id", translate("PersonForm", "Company"), self.company),
            ("job_title", translate("PersonForm", "Job title"), self.job_title),
            ("national_code", translate("PersonForm", "National code"), self.national_code),
            ("birth_date", translate("PersonForm", "Birth date"), self.birth_date),
            ("owner_id", translate("PersonForm", "Owner"), self.owner),
            ("lifecycle_stage", translate("PersonForm", "Stage"), self.stage),
            ("source", translate("PersonForm", "Source"), self.source),
            ("city", translate("PersonForm", "City"), self.city),
            ("province", translate("PersonForm", "Province"), self.province),
            ("tags", translate("PersonForm", "Tags"), self.tags),
        ]
        self.build(rows, [(translate("PersonForm", "Phones, emails, addresses"), self.points),
                          (translate("PersonForm", "Notes"), self.notes)], (720, 760))

    def data(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(), gender=self.gender.currentData(),
            national_code=self.national_code.text(), birth_date=self.birth_date.value(),
            job_title=self.job_title.text(), organization_id=self.company.value(), owner_id=self.owner.currentData(),
            source=self.source.text(), lifecycle_stage=self.stage.currentData(), city=self.city.text(),
            province=self.province.text(), notes=self.notes.toPlainText(), points=self.points.points(),
            tags=self.tags.names())

    def local_errors(self) -> list[str]:
        problems = []
        if self.birth_date.error:
            problems.append(self.birth_date.error)
        if self.company.text().strip() and self.company.value() is None:
            problems.append(translate("PersonForm", "Pick the company from the list, or clear the field."))
        return problems

    def check(self, data: ContactInput) -> list:
        return contacts.check(data)

    def create(self, data: ContactInput):
        return contacts.create_contact(data)

    def update(self, record_id: int, data: ContactInput):
        return contacts.update_contact(record_id, data)

    def possible_duplicates(self, data: ContactInput) -> list:
        return duplicates.possible_duplicates_of(data)

    def name_of(self, record_id: int) -> str:
        return contacts.get_contact(record_id).display_name


def confirm_delete(parent: QWidget, name: str) -> bool:
    return QMessageBox.question(parent, translate("PersonForm", "Delete"), translate(
        "PersonForm", "Delete \u201c{name}\u201d? It can be restored right after.").format(name=name)) \
        == QMessageBox.StandardButton.Yes

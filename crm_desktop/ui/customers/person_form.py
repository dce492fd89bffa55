"""Create or edit a person: names, company, several phones/emails/addresses, Jalali birth date,
checks with messages under the fields, and possible duplicates shown before a new record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models.people import GENDERS, LIFECYCLE_STAGES
from crm_desktop.services import contacts, duplicates, labels, organizations
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.duplicate_reasons import describe_reasons
from crm_desktop.ui.customers.form_parts import (
    CompanyPicker,
    DuplicatesQuestion,
    FieldErrors,
    TagsEdit,
    owner_combo,
    show_validation,
)
from crm_desktop.ui.customers.points_editor import PointsEditor
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.labels import stage_label
from crm_desktop.ui.widgets.date_field import DateField
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class PersonDialog(QDialog):
    """``exec()`` then ``result_id``: the saved person, or the existing one the user chose to open."""

    def __init__(self, ctx: AppContext, contact_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.contact_id, self.result_id = ctx, contact_id, None
        self.opened_existing = False
        data = contacts.contact_input(contacts.get_contact(contact_id)) if contact_id else ContactInput()
        company = None
        if data.organization_id is not None:
            org = organizations.get_organization(data.organization_id, include_deleted=True)
            company = (org.id, org.name)
        self.setWindowTitle(translate("PersonForm", "Edit person") if contact_id else translate("PersonForm", "New person"))
        self.errors = FieldErrors()
        self.first_name, self.last_name = QLineEdit(data.first_name), QLineEdit(data.last_name)
        self.gender = QComboBox()
        for code in GENDERS:
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
        for code in LIFECYCLE_STAGES:
            self.stage.addItem(stage_label(code), code)
        self.stage.setCurrentIndex(max(0, self.stage.findData(data.lifecycle_stage)))
        self.source = QLineEdit(data.source)
        self.city, self.province = QLineEdit(data.city), QLineEdit(data.province)
        self.tags = TagsEdit(data.tags)
        self.points = PointsEditor(data.points)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)

        form = QFormLayout()
        form.setVerticalSpacing(4)
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
        for field, caption, widget in rows:
            form.addRow(caption, widget)
            form.addRow("", self.errors.make(field, widget))
        form.addRow(translate("PersonForm", "Phones, emails, addresses"), self.points)
        form.addRow(translate("PersonForm", "Notes"), self.notes)
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
        self.resize(720, 760)

    def data(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(), gender=self.gender.currentData(),
            national_code=self.national_code.text(), birth_date=self.birth_date.value(),
            job_title=self.job_title.text(), organization_id=self.company.value(), owner_id=self.owner.currentData(),
            source=self.source.text(), lifecycle_stage=self.stage.currentData(), city=self.city.text(),
            province=self.province.text(), notes=self.notes.toPlainText(), points=self.points.points(),
            tags=self.tags.names())

    def _local_errors(self) -> list[str]:
        problems = []
        if self.birth_date.error:
            problems.append(self.birth_date.error)
        if self.company.text().strip() and self.company.value() is None:
            problems.append(translate("PersonForm", "Pick the company from the list, or clear the field."))
        return problems

    def save(self) -> None:
        self.general.setVisible(False)
        self.points.clear_errors()
        local = self._local_errors()
        if local:
            self.general.setText("\n".join(local))
            self.general.setVisible(True)
            return
        data = self.data()
        try:
            errors = contacts.check(data)
            if errors:
                raise ValidationError(errors)
            if self.contact_id is None and not self._no_duplicates_or_confirmed(data):
                return
            saved = contacts.update_contact(self.contact_id, data) if self.contact_id else contacts.create_contact(data)
        except ValidationError as failure:
            self._show(failure)
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return
        self.result_id = saved.id
        self.accept()

    def _show(self, failure: ValidationError) -> None:
        show_validation(failure, self.errors, self.points, self.general)

    def _no_duplicates_or_confirmed(self, data: ContactInput) -> bool:
        found = duplicates.possible_duplicates_of(data)
        if not found:
            return True
        candidates = [(cid, contacts.get_contact(cid).display_name, describe_reasons(reasons))
                      for cid, _confidence, reasons in found]
        question = DuplicatesQuestion(candidates, self)
        answer = question.exec()
        if answer == QDialog.DialogCode.Accepted and question.chosen is not None:
            self.result_id, self.opened_existing = question.chosen, True
            self.accept()
            return False
        return answer == 2


def confirm_delete(parent: QWidget, name: str) -> bool:
    return QMessageBox.question(parent, translate("PersonForm", "Delete"), translate(
        "PersonForm", "Delete \u201c{name}\u201d? It can be restored right after.").format(name=name)) \
        == QMessageBox.StandardButton.Yes

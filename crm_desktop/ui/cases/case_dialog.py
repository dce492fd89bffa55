"""Record a new case or edit one: subject and description, kind, channel, priority, category and
subcategory, product, the customer (found by phone or name, or added from an unknown phone on save)
and, for a new case, who takes it (by default the routing rules decide). The service's checks show
under their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.cases import case_service, categories, customers
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases.case_service import CaseInput
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import targets
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.cases.customer_picker import CustomerPicker
from crm_desktop.ui.cases.detail_sections import editor_on_reading_side
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def code_combo(table: dict, current: str) -> QComboBox:
    combo = QComboBox()
    for code in table:
        combo.addItem(code_label(table, code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class CaseDialog(QDialog):
    """``exec()`` (or ``open()``), then ``result_id``: the saved case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, case_id: int | None = None,
                 contact_id: int | None = None, organization_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.result_id: int | None = None
        if case_id is not None:
            data = case_service.case_input(case_service.get_case(case_id))
        else:
            data = CaseInput(contact_id=contact_id, organization_id=organization_id)
        self.setWindowTitle(translate("Cases", "Edit case") if case_id else translate("Cases", "New case"))
        self.errors = FieldErrors()
        self.subject = QLineEdit(data.subject)
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(translate("Cases", "e.g. The invoice amount is wrong"))
        self.description = editor_on_reading_side(QPlainTextEdit())
        self.description.setPlainText(data.description)
        self.description.setPlaceholderText(translate("Cases", "What the customer said, in their words"))
        self.description.setFixedHeight(90)
        self.customer = CustomerPicker(ctx, data.contact_id, data.organization_id)
        self.kind = code_combo(case_labels.KINDS, data.kind)
        self.channel = code_combo(case_labels.CHANNELS, data.channel)
        self.priority = code_combo(case_labels.PRIORITIES, data.priority)
        self.category = QComboBox()
        self.category.addItem(translate("Cases", "\u2014"), None)
        self._tree = categories.tree(include_inactive=False)
        for node in self._tree:
            self.category.addItem(node.name, node.id)
        self.category.setCurrentIndex(max(0, self.category.findData(data.category_id)))
        self.subcategory = QComboBox()
        self._fill_subcategories(data.subcategory_id)
        self.category.currentIndexChanged.connect(lambda _i: self._fill_subcategories(None))
        self.product = QLineEdit(data.product)
        self.product.setPlaceholderText(translate("Cases", "Product or service (optional)"))
        self.assignee = QComboBox()
        self.assignee.addItem(translate("Cases", "Let the routing rules decide"), None)
        for user in users.active_users():
            self.assignee.addItem(user.display_name, user.id)
        self.team = QComboBox()
        self.team.addItem(translate("Cases", "No team"), None)
        for team in targets.teams():
            self.team.addItem(team.name, team.id)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [("subject", translate("Cases", "Subject"), self.subject, self.subject),
                ("contact_id", translate("Cases", "Customer"), self.customer, self.customer),
                ("description", translate("Cases", "Description"), self.description, self.description),
                ("kind", translate("Cases", "Kind"), self.kind, self.kind),
                ("channel", translate("Cases", "Came by"), self.channel, self.channel),
                ("priority", translate("Cases", "Priority"), self.priority, self.priority),
                ("category_id", translate("Cases", "Category"), self.category, self.category),
                ("subcategory_id", translate("Cases", "Subcategory"), self.subcategory, self.subcategory),
                ("product", translate("Cases", "Product"), self.product, self.product)]
        if case_id is None:  # an existing case changes hands from its detail (Assign...)
            rows += [("assignee_id", translate("Cases", "Assign to"), self.assignee, self.assignee),
                     ("team_id", translate("Cases", "Team"), self.team, self.team)]
        for field, caption, widget, focus in rows:
            form.addRow(caption, self.errors.boxed(field, widget, focus))
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Cases", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Cases", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _fill_subcategories(self, current: int | None) -> None:
        self.subcategory.clear()
        self.subcategory.addItem(translate("Cases", "\u2014"), None)
        node = next((n for n in self._tree if n.id == self.category.currentData()), None)
        for child in node.children if node is not None else ():
            if child.is_active or child.id == current:
                self.subcategory.addItem(child.name, child.id)
        self.subcategory.setCurrentIndex(max(0, self.subcategory.findData(current)))
        self.subcategory.setEnabled(self.subcategory.count() > 1)

    def data(self) -> CaseInput:
        contact_id, organization_id = self.customer.value()
        return CaseInput(subject=self.subject.text(), description=self.description.toPlainText(),
                         kind=self.kind.currentData(), channel=self.channel.currentData(),
                         contact_id=contact_id, organization_id=organization_id,
                         category_id=self.category.currentData(), subcategory_id=self.subcategory.currentData(),
                         product=self.product.text(), priority=self.priority.currentData(),
                         assignee_id=self.assignee.currentData() if self.case_id is None else None,
                         team_id=self.team.currentData() if self.case_id is None else None)

    def _new_customer(self, data: CaseInput) -> None:
        """Add the unknown caller (after every other check passed, so a refused case adds nobody)."""
        phone, name = self.customer.new_customer()
        errors = [e for e in case_service.check(data) if e.field != "contact_id"]
        if errors:
            raise ValidationError(errors)
        try:
            data.contact_id = customers.quick_create(phone, name).id
        except ValidationError as failure:  # a bad number: shown under the customer field
            raise ValidationError([FieldError("contact_id", e.text, e.params) for e in failure.errors]) from failure

    def save(self) -> None:
        self.customer.settle()
        data = self.data()
        try:
            if self.case_id is not None:
                saved = case_service.update_case(self.case_id, data)
            else:
                if self.customer.new_customer() is not None:
                    self._new_customer(data)
                saved = case_service.create_case(data)
        except ValidationError as failure:
            self.errors.show_all(failure, self.general)
            return
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile: shown, logged
            show_error(self, error)
            return
        self.result_id = saved.id
        self.accept()

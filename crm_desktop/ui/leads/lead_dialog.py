"""Create or edit a lead: who (person and/or company), how to reach them, where they came from
and what they asked about. Errors appear under their fields."""

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

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import choices, leads
from crm_desktop.ui.customers.form_parts import FieldErrors, owner_combo
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def source_combo(current_id: int | None, *, any_text: str | None = None) -> QComboBox:
    """The office's lead sources (``any_text`` adds a first "all"/"none" entry with no id)."""
    combo = QComboBox()
    if any_text is not None:
        combo.addItem(any_text, None)
    for choice in choices.choices("source"):
        combo.addItem(choice.name, choice.id)
    if current_id is not None:
        combo.setCurrentIndex(max(0, combo.findData(current_id)))
    return combo


class LeadDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lead_id: int | None = None) -> None:
        super().__init__(parent)
        self.lead_id = lead_id
        self.result_id: int | None = None
        data = leads.lead_input(leads.get_lead(lead_id)) if lead_id else leads.LeadInput()
        self.setWindowTitle(translate("Leads", "Edit lead") if lead_id else translate("Leads", "New lead"))
        self.errors = FieldErrors()
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setVerticalSpacing(4)
        captions = [("first_name", translate("Leads", "First name")), ("last_name", translate("Leads", "Last name")),
                    ("company_name", translate("Leads", "Company")), ("phone", translate("Leads", "Phone")),
                    ("email", translate("Leads", "Email")), ("city", translate("Leads", "City")),
                    ("industry", translate("Leads", "Industry")), ("campaign", translate("Leads", "Campaign")),
                    ("interest", translate("Leads", "Interested in"))]
        for name, caption in captions:
            edit = QLineEdit(getattr(data, name))
            edit.setObjectName(name)
            self.inputs[name] = edit
            form.addRow(caption, edit)
            form.addRow("", self.errors.make(name, edit))
        self.source = source_combo(data.source_id, any_text=translate("Leads", "(not known)"))
        form.addRow(translate("Leads", "Source"), self.source)
        form.addRow("", self.errors.make("source_id", self.source))
        self.owner = owner_combo(data.owner_id)
        form.addRow(translate("Leads", "Owner"), self.owner)
        form.addRow("", self.errors.make("owner_id", self.owner))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setFixedHeight(70)
        form.addRow(translate("Leads", "Notes"), self.notes)
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(460, 600)

    def data(self) -> leads.LeadInput:
        values = {name: edit.text() for name, edit in self.inputs.items()}
        return leads.LeadInput(**values, source_id=self.source.currentData(), owner_id=self.owner.currentData(),
                               notes=self.notes.toPlainText())

    def save(self) -> None:
        try:
            lead = leads.update_lead(self.lead_id, self.data()) if self.lead_id else leads.create_lead(self.data())
        except ValidationError as failure:
            leftovers = self.errors.show(failure)
            self.general.setText("\n".join(leftovers))
            self.general.setVisible(bool(leftovers))
            return
        except Exception as error:  # noqa: BLE001 - shown, logged, the dialog stays open
            show_error(self, error)
            return
        self.result_id = lead.id
        self.accept()

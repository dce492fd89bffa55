"""Convert a lead: link it to the customer it already is (same phone, email or company) or make a
new person/company, and open its deal (title, amount, stage) — one step, one transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import deals, leads, pipelines
from crm_desktop.text.money import UNIT_WORDS, parse_money
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def _key_text(key: str) -> str:
    return {"phone": translate("Leads", "same phone"), "email": translate("Leads", "same email"),
            "company": translate("Leads", "same company name")}.get(key, key)


class ConvertDialog(QDialog):
    def __init__(self, lead_id: int, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead_id = lead_id
        self.ctx = ctx
        self.result: leads.Conversion | None = None
        lead = leads.get_lead(lead_id)
        self.setWindowTitle(translate("Leads", "Convert lead"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Leads", "Make \u201c{name}\u201d a customer and open a deal.").format(
            name=lead.display_name), wrap=True))
        self.matches = leads.matching_customers(lead_id)
        self.choice = QButtonGroup(self)
        for index, match in enumerate(self.matches):
            button = QRadioButton(translate("Leads", "Link to {name} ({why})").format(name=match.name,
                                                                                    why=_key_text(match.key)))
            self.choice.addButton(button, index)
            layout.addWidget(button)
        new = QRadioButton(translate("Leads", "Make a new customer from the lead"))
        self.choice.addButton(new, len(self.matches))
        layout.addWidget(new)
        (self.choice.buttons()[0]).setChecked(True)
        self.with_deal = QCheckBox(translate("Leads", "Open a deal"))
        self.with_deal.setChecked(True)
        layout.addWidget(self.with_deal)
        form = QFormLayout()
        self.title = QLineEdit(lead.interest or lead.display_name)
        form.addRow(translate("Leads", "Deal title"), self.title)
        prefs = ctx.prefs
        unit = UNIT_WORDS.get(prefs.language, UNIT_WORDS["en"])[prefs.money_unit]
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("Leads", "Amount in {unit}").format(unit=unit))
        form.addRow(translate("Leads", "Amount"), self.amount)
        self.stage = QComboBox()
        for stage in pipelines.stages(pipelines.default_pipeline_id()):
            if stage.is_open:
                self.stage.addItem(stage.name, stage.id)
        form.addRow(translate("Leads", "Stage"), self.stage)
        layout.addLayout(form)
        self.with_deal.toggled.connect(lambda on: [w.setEnabled(on) for w in (self.title, self.amount, self.stage)])
        self.error = label("", "fieldError", wrap=True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Leads", "Convert"))
        buttons.accepted.connect(self.convert)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def amount_rials(self) -> int | None:
        """The typed amount in Rial (0 when empty); None, with the reason shown, when unreadable."""
        text = self.amount.text().strip()
        if not text:
            return 0
        try:
            return parse_money(text, unit=self.ctx.prefs.money_unit)
        except ValueError:
            self.error.setText(translate("Leads", "Type the amount as a number, e.g. {example}.").format(
                example=self.ctx.fmt.number(2500000)))
            self.error.setVisible(True)
            return None

    def convert(self) -> None:
        index = self.choice.checkedId()
        match = self.matches[index] if index < len(self.matches) else None
        amount = self.amount_rials()
        if amount is None:
            return
        deal = deals.DealInput(title=self.title.text(), amount=amount,
                               stage_id=self.stage.currentData()) if self.with_deal.isChecked() else None
        try:
            self.result = leads.convert_lead(
                self.lead_id, contact_id=match.contact_id if match else None,
                organization_id=match.organization_id if match else None, use_matches=False, deal=deal)
        except ValidationError as failure:
            from crm_desktop.text.i18n import render

            self.error.setText("\n".join(render(e.text, e.params) for e in failure.errors))
            self.error.setVisible(True)
            return
        except Exception as error:  # noqa: BLE001 - shown, logged, nothing was written
            show_error(self, error)
            return
        self.accept()

"""Who a new case is from: type a phone number (any format, Persian digits too) or a name, pick one
of the matches; a full phone number that belongs to nobody can be added as a new customer on save,
with a name if the caller gave one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts, organizations, search
from crm_desktop.services.cases import customers
from crm_desktop.text.phone import phone_search_key
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate
FULL_NUMBER_DIGITS = 7  # a phone typed this long and found nowhere may be a new customer
CHOICE_ROLE = Qt.ItemDataRole.UserRole


def customer_name(contact_id: int | None, organization_id: int | None) -> str:
    if contact_id is not None:
        person = contacts.get_contact(contact_id)
        org = person.organization if person.__data__.get("organization") else None
        return f"{person.display_name} \u00b7 {org.name}" if org is not None else person.display_name
    if organization_id is not None:
        return organizations.get_organization(organization_id).name
    return ""


class CustomerPicker(QWidget):
    def __init__(self, ctx: AppContext, contact_id: int | None = None, organization_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: tuple[int | None, int | None] | None = None
        self.input = QLineEdit()
        self.input.setObjectName("customerSearch")
        self.input.setPlaceholderText(translate("Cases", "Phone number or name of the customer"))
        self.input.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("customerMatches")
        self.matches.setMaximumHeight(118)
        self.matches.itemClicked.connect(self._picked)
        self.matches.itemActivated.connect(self._picked)
        self.add_new = QCheckBox()
        self.add_new.setObjectName("addNewCustomer")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newCustomerName")
        self.new_name.setPlaceholderText(translate("Cases", "Their name (optional)"))
        self.add_new.toggled.connect(self.new_name.setEnabled)
        new_row = QHBoxLayout()
        new_row.setContentsMargins(0, 0, 0, 0)
        new_row.addWidget(self.add_new)
        new_row.addWidget(self.new_name, 1)
        self.new_box = QWidget()
        self.new_box.setLayout(new_row)
        self.chosen_label = label("", "timelineTitle", wrap=True)
        self.change = QToolButton()
        self.change.setObjectName("linkButton")
        self.change.setText(translate("Cases", "Change"))
        self.change.clicked.connect(self.clear_choice)
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.change)
        self.chosen_box = QWidget()
        self.chosen_box.setLayout(chosen_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.chosen_box, self.input, self.matches, self.new_box):
            layout.addWidget(widget)
        self.typing = QTimer(self, singleShot=True, interval=200)
        self.typing.timeout.connect(self.lookup)
        self.input.textChanged.connect(lambda _text: self.typing.start())
        if contact_id is not None or organization_id is not None:
            self.choose(contact_id, organization_id, customer_name(contact_id, organization_id))
        else:
            self.clear_choice()

    def setFocus(self) -> None:  # noqa: N802 - Qt API (errors focus the field)
        (self.input if self.input.isVisible() else self.change).setFocus()

    # -- choosing --------------------------------------------------------------------------------

    def choose(self, contact_id: int | None, organization_id: int | None, name: str) -> None:
        self.chosen = (contact_id, organization_id)
        self.chosen_label.setText(name)
        self.chosen_box.setVisible(True)
        for widget in (self.input, self.matches, self.new_box):
            widget.setVisible(False)

    def clear_choice(self) -> None:
        self.chosen = None
        self.chosen_box.setVisible(False)
        self.input.setVisible(True)
        self.input.setFocus()
        self.lookup()

    def _picked(self, item: QListWidgetItem) -> None:
        contact_id, organization_id, name = item.data(CHOICE_ROLE)
        self.choose(contact_id, organization_id, name)

    def lookup(self) -> None:
        """Fill the matches for what is typed; offer a new customer for an unknown full number."""
        self.typing.stop()
        self.matches.clear()
        text = self.input.text().strip()
        digits = phone_search_key(text) if text else None
        found: list[tuple[int | None, int | None, str, str]] = []
        exact = []
        if digits and len(digits) >= FULL_NUMBER_DIGITS:
            exact = customers.find_by_phone(text)
            found = [(m.contact_id, m.organization_id, m.name, m.company) for m in exact]
        if text and not found:
            for hit in search.search(text, limit=8):
                ids = (hit.id, None) if hit.kind == "contact" else (None, hit.id)
                found.append((*ids, hit.name, hit.company if hit.kind == "contact" else ""))
        fmt = self.ctx.fmt
        for contact_id, organization_id, name, company in found:
            shown = f"{name} \u00b7 {company}" if company else name
            item = QListWidgetItem(shown)
            item.setData(CHOICE_ROLE, (contact_id, organization_id, shown))
            self.matches.addItem(item)
        self.matches.setVisible(bool(found) and self.chosen is None)
        unknown = bool(digits) and len(digits) >= FULL_NUMBER_DIGITS and not exact
        self.new_box.setVisible(unknown and self.chosen is None)
        if unknown:
            self.add_new.setText(translate("Cases", "Add {phone} as a new customer").format(
                phone=isolated(fmt.digits(text))))
            self.add_new.setChecked(not found)
            self.new_name.setEnabled(self.add_new.isChecked())

    # -- reading -----------------------------------------------------------------------------------

    def settle(self) -> None:
        """Look up now what is still waiting for the typing pause (before saving)."""
        if self.typing.isActive():
            self.lookup()

    def value(self) -> tuple[int | None, int | None]:
        return self.chosen if self.chosen is not None else (None, None)

    def new_customer(self) -> tuple[str, str] | None:
        """(phone, name) to add on save, when no customer was picked and the new one is wanted."""
        if self.chosen is not None or not self.new_box.isVisibleTo(self) or not self.add_new.isChecked():
            return None
        return self.input.text().strip(), self.new_name.text().strip()

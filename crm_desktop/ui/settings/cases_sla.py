"""Settings › Complaint queue › SLA policies: how long a case may wait for its first response and
for its resolution, in working hours of the office calendar, per priority (and optionally only for
one category, which then wins over the priority's general policy)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import categories, sla
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases.sla import PolicyInput
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.cases_common import EmptyOr
from crm_desktop.ui.settings.funnel_common import FormDialog, ListTable, button, error_label, report
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate
MAX_HOURS = 9999


def hours_text(fmt: Formatter, minutes: int) -> str:
    """Working minutes as hours and minutes, e.g. "4:00", "40:30", in the user's digits."""
    return fmt.digits(f"{minutes // 60}:{minutes % 60:02d}")


class DurationEdit(QWidget):
    """Hours and minutes of working time."""

    def __init__(self, minutes: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.hours)
        row.addWidget(label(translate("CasesSettings", "hours")))
        row.addSpacing(8)
        row.addWidget(self.minutes)
        row.addWidget(label(translate("CasesSettings", "minutes")))
        row.addStretch(1)
        self.set_value(minutes)

    def value(self) -> int:
        return self.hours.value() * 60 + self.minutes.value()

    def set_value(self, minutes: int) -> None:
        self.hours.setValue(min(minutes // 60, MAX_HOURS))
        self.minutes.setValue(minutes % 60)


def priority_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code in reversed(case_labels.PRIORITIES):  # the most urgent first, as in the list
        combo.addItem(code_label(case_labels.PRIORITIES, code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PolicyDialog(FormDialog):
    """A new SLA policy, or an existing one's name, priority, category, targets and state."""

    def __init__(self, policy=None, parent: QWidget | None = None) -> None:
        super().__init__(translate("CasesSettings", "Edit SLA policy") if policy else
                         translate("CasesSettings", "New SLA policy"), parent)
        self.policy = policy
        category_id = policy.__data__.get("category") if policy else None
        self.name = self.add_field(translate("CasesSettings", "Name"), "name", QLineEdit(policy.name if policy else ""))
        self.name.setMinimumWidth(300)
        self.priority = self.add_field(translate("CasesSettings", "Priority"), "priority",
                                       priority_combo(policy.priority if policy else "normal"))
        self.category = QComboBox()
        self.category.addItem(translate("CasesSettings", "All categories"), None)
        for node in categories.tree(include_inactive=True):
            if node.is_active or node.id == category_id:
                self.category.addItem(node.name, node.id)
        self.category.setCurrentIndex(max(0, self.category.findData(category_id)))
        self.add_field(translate("CasesSettings", "Category"), "category_id", self.category)
        self.response = self.add_field(translate("CasesSettings", "First response within"), "response_minutes",
                                       DurationEdit(policy.response_minutes if policy else 240))
        self.resolve = self.add_field(translate("CasesSettings", "Resolved within"), "resolve_minutes",
                                      DurationEdit(policy.resolve_minutes if policy else 960))
        self.active = QCheckBox(translate("CasesSettings", "Active"))
        self.active.setChecked(policy.is_active if policy else True)
        self.form.addRow("", self.active)
        self.layout().insertWidget(1, label(translate(
            "CasesSettings", "Times count working hours only (see the working calendar). A policy for one category "
                             "wins over its priority's policy for all categories."), "note", wrap=True))

    def data(self) -> PolicyInput:
        return PolicyInput(name=self.name.text(), priority=self.priority.currentData(),
                           response_minutes=self.response.value(), resolve_minutes=self.resolve.value(),
                           category_id=self.category.currentData(), is_active=self.active.isChecked())

    def submit(self):
        if self.policy is None:
            return sla.create_policy(self.data())
        return sla.update_policy(self.policy.id, self.data())


class SlaSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.policies = []
        self.table = ListTable([translate("CasesSettings", "Name"), translate("CasesSettings", "Priority"),
                                translate("CasesSettings", "Category"), translate("CasesSettings", "First response"),
                                translate("CasesSettings", "Resolution"), translate("CasesSettings", "State")],
                               (200, 90, 170, 110, 100, 80))
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = button(translate("CasesSettings", "Add\u2026"), self.add)
        self.edit_button = button(translate("CasesSettings", "Edit\u2026"), self.edit)
        self.delete_button = button(translate("CasesSettings", "Delete"), lambda: self.delete())
        side = QVBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        middle = QHBoxLayout()
        self.box = EmptyOr(self.table, translate(
            "CasesSettings", "No SLA policies: new cases get no deadlines. Add a policy for each priority."))
        middle.addWidget(self.box, 1)
        middle.addLayout(side)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "CasesSettings", "How long a case may wait for its first response and for its resolution, in working "
                             "hours (hours:minutes). A new case takes the policy of its priority and category; "
                             "changing a policy does not move the deadlines of cases already open."),
            "note", wrap=True))
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.policies = sla.list_policies()
        names = categories.names()
        fmt = self.ctx.fmt
        every = translate("CasesSettings", "All categories")
        active, inactive = translate("CasesSettings", "Active"), translate("CasesSettings", "Inactive")
        rows = []
        for policy in self.policies:
            category_id = policy.__data__.get("category")
            rows.append((policy.id, [policy.name, code_label(case_labels.PRIORITIES, policy.priority),
                                     every if category_id is None else names.get(category_id, ""),
                                     hours_text(fmt, policy.response_minutes), hours_text(fmt, policy.resolve_minutes),
                                     active if policy.is_active else inactive], policy.is_active))
        self.table.fill(rows, centred=(3, 4))
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.policies:
            self.table.select_row(0)
        self.box.show_empty(not self.policies)
        self._selection()

    def selected(self):
        chosen = self.table.selected_id()
        return next((p for p in self.policies if p.id == chosen), None)

    def _selection(self) -> None:
        policy = self.selected()
        self.edit_button.setEnabled(policy is not None)
        self.delete_button.setEnabled(policy is not None)

    def _saved(self, policy) -> None:
        self.message.setVisible(False)
        self.reload(policy.id)

    def add(self) -> PolicyDialog:
        dialog = PolicyDialog(parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit(self) -> PolicyDialog | None:
        policy = self.selected()
        if policy is None:
            return None
        dialog = PolicyDialog(policy, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def delete(self, *, ask: bool = True) -> bool:
        policy = self.selected()
        if policy is None:
            return False
        if ask and QMessageBox.question(
                self, translate("CasesSettings", "Delete SLA policy"),
                translate("CasesSettings", "Delete the SLA policy \u201c{name}\u201d? Open cases keep their "
                                           "deadlines.").format(name=isolated(policy.name))) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            sla.delete_policy(policy.id)
        except Exception as error:  # noqa: BLE001 - shown beside the list
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload()
        return True

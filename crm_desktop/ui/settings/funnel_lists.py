"""Settings › Sales funnel › the office's managed lists: lead sources (with what each one cost,
for return on advertising) and lost reasons. Entries are added, renamed, retired and restored;
never deleted, since leads and deals keep pointing at them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import choices
from crm_desktop.services.funnel.choices import Choice
from crm_desktop.text.money import UNIT_WORDS, parse_money
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.settings.funnel_common import ListTable, NameDialog, button, error_label, report
from crm_desktop.ui.widgets.common import isolated, label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class ChoicesSection(QWidget):
    """One managed list (``kind`` "source" or "lost_reason"), retired entries greyed at the end
    of their place."""

    def __init__(self, ctx: AppContext, kind: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.entries: list[Choice] = []
        self.table = ListTable([translate("FunnelSettings", "Name"), translate("FunnelSettings", "State")], (240, 90))
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.rename())
        self.add_button = button(translate("FunnelSettings", "Add\u2026"), self.add)
        self.rename_button = button(translate("FunnelSettings", "Rename\u2026"), self.rename)
        self.retire_button = button(translate("FunnelSettings", "Retire"), self.toggle_active)
        side = QVBoxLayout()
        for widget in (self.add_button, self.rename_button, self.retire_button):
            side.addWidget(widget)
        side.addStretch(1)
        self.list_box = QHBoxLayout()
        self.list_box.addWidget(self.table, 1)
        self.list_box.addLayout(side)
        self.message = error_label()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 12, 12, 12)
        self.body.addWidget(label(note, "note", wrap=True))
        self.body.addLayout(self.list_box, 1)
        self.body.addWidget(self.message)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.entries = choices.choices(self.kind, include_inactive=True)
        active, retired = translate("FunnelSettings", "In use"), translate("FunnelSettings", "Retired")
        self.table.fill([(c.id, [c.name, active if c.is_active else retired], c.is_active) for c in self.entries])
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.entries:
            self.table.select_row(0)
        self._selection()

    def selected(self) -> Choice | None:
        chosen = self.table.selected_id()
        return next((c for c in self.entries if c.id == chosen), None)

    def _selection(self) -> None:
        entry = self.selected()
        self.rename_button.setEnabled(entry is not None)
        self.retire_button.setEnabled(entry is not None)
        self.retire_button.setText(translate("FunnelSettings", "Restore") if entry is not None and not entry.is_active
                                   else translate("FunnelSettings", "Retire"))

    def _saved(self, entry: Choice) -> None:
        self.message.setVisible(False)
        self.reload(entry.id)

    def add(self) -> NameDialog:
        dialog = NameDialog(translate("FunnelSettings", "Add to the list"), translate("FunnelSettings", "Name"), "",
                            lambda name: choices.add_choice(self.kind, name), self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def rename(self) -> NameDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        dialog = NameDialog(translate("FunnelSettings", "Rename"), translate("FunnelSettings", "Name"), entry.name,
                            lambda name: choices.update_choice(self.kind, entry.id, name, entry.is_active), self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self._saved(choices.update_choice(self.kind, entry.id, entry.name, not entry.is_active))
        except Exception as error:  # noqa: BLE001 - shown beside the list
            report(self.message, self, error)


class SourcesSection(ChoicesSection):
    """Lead sources, and for the selected one what it cost: add an entry, see the entries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "source", translate(
            "FunnelSettings", "Where leads come from. Record what advertising on a source cost, so the funnel "
                              "report can show what each lead and each sale cost. A retired source is no longer "
                              "offered for new leads."), parent)
        self.costs_title = label("", "sectionTitle", wrap=True)
        fmt = ctx.fmt
        self.errors = FieldErrors()
        self.day = DateField(fmt)
        self.day.set_value(dt.date.today())
        self.amount = QLineEdit()
        unit = UNIT_WORDS.get(ctx.prefs.language, UNIT_WORDS["en"])[ctx.prefs.money_unit]
        self.amount.setPlaceholderText(translate("FunnelSettings", "Amount in {unit}, e.g. {example}").format(
            unit=unit, example=fmt.number(5_000_000)))
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        form = QFormLayout()
        form.addRow(translate("FunnelSettings", "Day"), self._with_error("spent_on", self.day))
        form.addRow(translate("FunnelSettings", "Amount"), self._with_error("amount", self.amount))
        form.addRow(translate("FunnelSettings", "Note"), self.note)
        self.add_cost_button = button(translate("FunnelSettings", "Add cost"), self.add_cost)
        self.add_cost_button.setObjectName("primary")
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_cost_button)
        self.cost_table = ListTable([translate("FunnelSettings", "Day"), translate("FunnelSettings", "Amount"),
                                     translate("FunnelSettings", "Note")], (110, 150), stretch=2)
        self.total = label("", "muted")
        costs = QVBoxLayout()
        costs.addWidget(self.costs_title)
        costs.addLayout(form)
        costs.addLayout(add_row)
        costs.addWidget(self.cost_table, 1)
        costs.addWidget(self.total)
        self.list_box.addSpacing(16)
        self.list_box.addLayout(costs, 1)
        self._selection()

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        return self.errors.boxed(field, widget)

    def _selection(self) -> None:
        super()._selection()
        if not hasattr(self, "cost_table"):
            return  # still being built
        entry = self.selected()
        self.add_cost_button.setEnabled(entry is not None)
        self.costs_title.setText(translate("FunnelSettings", "What \u201c{name}\u201d cost").format(name=isolated(entry.name))
                                 if entry else translate("FunnelSettings", "Costs"))
        self.reload_costs()

    def reload_costs(self) -> None:
        entry = self.selected()
        fmt = self.ctx.fmt
        rows = choices.cost_entries(entry.id) if entry else []
        self.cost_table.fill([(c.id, [fmt.date(c.spent_on), fmt.money(c.amount), c.note], True) for c in rows],
                             numeric=(1,))
        self.total.setText(translate("FunnelSettings", "Total: {amount}").format(
            amount=fmt.money(sum(c.amount for c in rows))) if rows else
            translate("FunnelSettings", "No cost recorded for this source yet."))

    def add_cost(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        self.errors.clear()
        try:
            day = self.day.value()
            problems = []
            if day is None:
                problems.append(FieldError("spent_on", self.day.error or translate(
                    "FunnelSettings", "Enter the day the money was spent.")))
            try:
                amount = parse_money(self.amount.text(), unit=self.ctx.prefs.money_unit)
            except ValueError:
                problems.append(FieldError("amount", translate("FunnelSettings", "Type the amount as a number, e.g. "
                                                                                 "{example}.").format(
                    example=self.ctx.fmt.number(5_000_000))))
            if problems:
                raise ValidationError(problems)
            choices.add_cost(entry.id, day, amount, self.note.text())
        except ValidationError as failure:
            leftovers = self.errors.show(failure)
            if leftovers:
                self.message.setText("\n".join(leftovers))
                self.message.setVisible(True)
            return False
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            report(self.message, self, error)
            return False
        self.amount.clear()
        self.note.clear()
        self.message.setVisible(False)
        self.reload_costs()
        return True


def lost_reasons_section(ctx: AppContext, parent: QWidget | None = None) -> ChoicesSection:
    return ChoicesSection(ctx, "lost_reason", translate(
        "FunnelSettings", "The reasons offered when a deal is marked lost; the funnel report counts them. A retired "
                          "reason is no longer offered, and deals lost for it keep it."), parent)

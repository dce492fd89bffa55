"""Settings › Complaint queue › Routing rules: who gets a new case. The rules are tried in this
order; the first active rule whose conditions all hold sends the case to a person, or to a team
(whose members take turns, or where the one with the fewest open cases gets it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import tags, users
from crm_desktop.services.cases import categories, routing
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases.routing import RuleInput
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import targets
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.money import UNIT_WORDS, format_money, parse_money
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.cases_common import EmptyOr
from crm_desktop.ui.settings.funnel_common import FormDialog, ListTable, button, error_label, report
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate


def method_labels() -> dict[str, str]:
    return {"round_robin": translate("CasesSettings", "Take turns (round-robin)"),
            "least_busy": translate("CasesSettings", "Fewest open cases")}


def _combo(items: list[tuple[str, object]], current) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return box


class RuleDialog(FormDialog):
    """A new routing rule (tried after the others) or an existing one, with all its conditions."""

    def __init__(self, ctx: AppContext, rule=None, parent: QWidget | None = None) -> None:
        super().__init__(translate("CasesSettings", "Edit routing rule") if rule else
                         translate("CasesSettings", "New routing rule"), parent)
        self.ctx, self.rule = ctx, rule
        data = routing.rule_input(rule) if rule else RuleInput()
        self.name = self.add_field(translate("CasesSettings", "Name"), "name", QLineEdit(data.name))
        self.name.setMinimumWidth(320)
        self.form.addRow(label(translate("CasesSettings", "Conditions"), "sectionTitle"))
        self.category = self.add_field(translate("CasesSettings", "Category"), "category_id",
                                       _combo(self._category_items(data.category_id), data.category_id))
        self.product = self.add_field(translate("CasesSettings", "Product contains"), "product",
                                      QLineEdit(data.product))
        channels = [(translate("CasesSettings", "Any channel"), "")]
        channels += [(code_label(case_labels.CHANNELS, code), code) for code in case_labels.CHANNELS]
        self.channel = self.add_field(translate("CasesSettings", "Came by"), "channel", _combo(channels, data.channel))
        self.city = self.add_field(translate("CasesSettings", "Customer's city"), "city", QLineEdit(data.city))
        self.province = self.add_field(translate("CasesSettings", "Customer's province"), "province",
                                       QLineEdit(data.province))
        tag_items = [(translate("CasesSettings", "Any tag"), None)] + [(t.name, t.id) for t in tags.all_tags()]
        self.tag = self.add_field(translate("CasesSettings", "Customer's tag"), "tag_id",
                                  _combo(tag_items, data.tag_id))
        prefs = ctx.prefs
        self.unit = prefs.money_unit
        shown = "" if data.min_value is None else format_money(
            data.min_value, unit=self.unit, digits=prefs.digits, lang=prefs.language, with_unit=False)
        self.min_value = self.add_field(translate("CasesSettings", "Won deals at least"), "min_value",
                                        QLineEdit(shown))
        self.min_value.setAlignment((Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft()
                                     else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
        self.min_value.setPlaceholderText(translate("CasesSettings", "Any value; in {unit}, e.g. {example}").format(
            unit=UNIT_WORDS.get(prefs.language, UNIT_WORDS["en"])[self.unit], example=ctx.fmt.number(50_000_000)))

        self.form.addRow(label(translate("CasesSettings", "Send it to"), "sectionTitle"))
        self.to_person = QRadioButton(translate("CasesSettings", "A person"))
        self.to_team = QRadioButton(translate("CasesSettings", "A team"))
        group = QButtonGroup(self)
        group.addButton(self.to_person)
        group.addButton(self.to_team)
        people = [(u.display_name, u.id) for u in users.active_users()]
        if data.user_id is not None and data.user_id not in [uid for _, uid in people]:
            people.append((users.get_user(data.user_id).display_name, data.user_id))  # an inactive person
        self.user = _combo(people, data.user_id)
        teams = [(t.name, t.id) for t in targets.teams()]
        if data.team_id is not None and data.team_id not in [tid for _, tid in teams]:
            teams.insert(0, ("\u2014", None))  # its team was deleted: saving asks for another one
        self.team = _combo(teams, data.team_id)
        self.method = _combo([(text, code) for code, text in method_labels().items()], data.method)
        self.form.addRow(self.errors.boxed("user_id", _row(self.to_person, self.user)))
        self.form.addRow(self.errors.boxed("team_id", _row(self.to_team, self.team, self.method)))
        self.form.addRow("", self.errors.make("method", self.method))
        self.to_team.setChecked(data.team_id is not None or (data.user_id is None and self.team.count() > 0))
        self.to_person.setChecked(not self.to_team.isChecked())
        self.to_team.setEnabled(self.team.count() > 0)  # no team yet: Settings › Targets and teams makes one
        self.to_team.toggled.connect(lambda _on: self._target_changed())
        self._target_changed()
        self.active = QCheckBox(translate("CasesSettings", "Active"))
        self.active.setChecked(data.is_active)
        self.form.addRow("", self.active)
        self.layout().insertWidget(0, label(translate(
            "CasesSettings", "A new case that meets every condition goes to the person or team chosen below. "
                             "Leave a condition empty to accept any case."), "note", wrap=True))
        self.setMinimumWidth(560)

    @staticmethod
    def _category_items(current: int | None) -> list[tuple[str, int | None]]:
        items: list[tuple[str, int | None]] = [(translate("CasesSettings", "Any category"), None)]
        for node in categories.tree(include_inactive=True):
            if node.is_active or node.id == current:
                items.append((node.name, node.id))
            for child in node.children:
                if (node.is_active and child.is_active) or child.id == current:
                    items.append((translate("CasesSettings", "{category} \u203a {subcategory}").format(
                        category=node.name, subcategory=child.name), child.id))
        return items

    def _target_changed(self) -> None:
        team = self.to_team.isChecked()
        self.user.setEnabled(not team)
        self.team.setEnabled(team)
        self.method.setEnabled(team)

    def data(self) -> RuleInput:
        min_value = None
        if self.min_value.text().strip():
            try:
                min_value = parse_money(self.min_value.text(), unit=self.unit)
            except ValueError:
                raise ValidationError([FieldError("min_value", translate(
                    "CasesSettings", "Type the amount as a number, e.g. {example}.").format(
                    example=self.ctx.fmt.number(50_000_000)))]) from None
        team = self.to_team.isChecked()
        return RuleInput(name=self.name.text(), is_active=self.active.isChecked(),
                         category_id=self.category.currentData(), product=self.product.text(),
                         channel=self.channel.currentData() or "", city=self.city.text(),
                         province=self.province.text(), tag_id=self.tag.currentData(), min_value=min_value,
                         user_id=None if team else self.user.currentData(),
                         team_id=self.team.currentData() if team else None,
                         method=self.method.currentData() or "round_robin")

    def submit(self):
        if self.rule is None:
            return routing.create_rule(self.data())
        return routing.update_rule(self.rule.id, self.data())


class RoutingSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rules = []
        self.table = ListTable([translate("CasesSettings", "#"), translate("CasesSettings", "Name"),
                                translate("CasesSettings", "Conditions"), translate("CasesSettings", "Goes to"),
                                translate("CasesSettings", "State")], (40, 160, 260, 220, 80), stretch=2)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = button(translate("CasesSettings", "Add rule\u2026"), self.add)
        self.edit_button = button(translate("CasesSettings", "Edit\u2026"), self.edit)
        self.up_button = button(translate("CasesSettings", "Move up"), lambda: self.move("up"))
        self.down_button = button(translate("CasesSettings", "Move down"), lambda: self.move("down"))
        self.delete_button = button(translate("CasesSettings", "Delete"), lambda: self.delete())
        side = QVBoxLayout()
        for widget in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        middle = QHBoxLayout()
        self.box = EmptyOr(self.table, translate(
            "CasesSettings", "No routing rules yet: every new case waits unassigned until someone takes it. Add a "
                             "rule to send cases of a category, a product or a kind of customer to a person or a "
                             "team."))
        middle.addWidget(self.box, 1)
        middle.addLayout(side)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "CasesSettings", "A new case goes to the first active rule, from the top, whose conditions all hold; "
                             "with no rule matching it waits unassigned. In a team, members either take turns or "
                             "the one with the fewest open cases gets it."), "note", wrap=True))
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        self.reload()

    def _target(self, rule, teams: dict[int, str]) -> str:
        d = rule.__data__
        if d.get("user") is not None:
            try:
                return users.get_user(d["user"]).display_name
            except Exception:  # noqa: BLE001 - a person removed meanwhile
                return "\u2014"
        team = teams.get(d.get("team"), "\u2014")
        if rule.method == "least_busy":
            return translate("CasesSettings", "Team {team}, fewest open cases").format(team=isolated(team))
        return translate("CasesSettings", "Team {team}, taking turns").format(team=isolated(team))

    def reload(self, select_id: int | None = None) -> None:
        self.rules = routing.list_rules()
        teams = {t.id: t.name for t in targets.teams()}
        fmt = self.ctx.fmt
        active, inactive = translate("CasesSettings", "Active"), translate("CasesSettings", "Inactive")
        self.table.fill([(r.id, [fmt.number(i + 1), r.name, routing.conditions_text(r), self._target(r, teams),
                                 active if r.is_active else inactive], r.is_active)
                         for i, r in enumerate(self.rules)], centred=(0,))
        for row in range(self.table.rowCount()):
            self.table.item(row, 2).setToolTip(self.table.item(row, 2).text())
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.rules:
            self.table.select_row(0)
        self.box.show_empty(not self.rules)
        self._selection()

    def selected(self):
        chosen = self.table.selected_id()
        return next((r for r in self.rules if r.id == chosen), None)

    def _selection(self) -> None:
        rule = self.selected()
        ids = [r.id for r in self.rules]
        self.edit_button.setEnabled(rule is not None)
        self.delete_button.setEnabled(rule is not None)
        self.up_button.setEnabled(rule is not None and ids.index(rule.id) > 0)
        self.down_button.setEnabled(rule is not None and ids.index(rule.id) < len(ids) - 1)

    def _saved(self, rule) -> None:
        self.message.setVisible(False)
        self.reload(rule.id)

    def add(self) -> RuleDialog:
        dialog = RuleDialog(self.ctx, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit(self) -> RuleDialog | None:
        rule = self.selected()
        if rule is None:
            return None
        dialog = RuleDialog(self.ctx, rule, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def move(self, direction: str) -> None:
        rule = self.selected()
        if rule is None:
            return
        try:
            routing.move_rule(rule.id, direction)
        except Exception as error:  # noqa: BLE001 - e.g. the rule was deleted on another computer
            report(self.message, self, error)
            return
        self.message.setVisible(False)
        self.reload(rule.id)

    def delete(self, *, ask: bool = True) -> bool:
        rule = self.selected()
        if rule is None:
            return False
        if ask and QMessageBox.question(
                self, translate("CasesSettings", "Delete routing rule"),
                translate("CasesSettings", "Delete the routing rule \u201c{name}\u201d?").format(
                    name=isolated(rule.name))) != QMessageBox.StandardButton.Yes:
            return False
        try:
            routing.delete_rule(rule.id)
        except Exception as error:  # noqa: BLE001 - shown beside the list
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload()
        return True

"""The choices above the preview: what to do with rows that match a record already here (and
what they are matched on), and what every imported record gets (stage, owner, a tag)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.imports.fields import MATCH_KEYS, MATCH_LABELS
from crm_desktop.services.imports.mapping import DUPLICATE_MODES, ImportMapping
from crm_desktop.services.labels import STAGES
from crm_desktop.text.i18n import render
from crm_desktop.ui.labels import stage_label
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def duplicate_mode_labels() -> dict[str, str]:
    return {"skip": translate("ImportWizard", "Skip them (they are listed with the rows not imported)"),
            "update": translate("ImportWizard", "Update the existing record with the sheet's values"),
            "create": translate("ImportWizard", "Import them anyway as new records")}


class PreviewOptions(QWidget):
    changed = Signal()  # a choice that changes what the check finds
    tag_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        duplicates = QGroupBox(translate("ImportWizard", "Rows that match a record already in the database"))
        self.modes = QButtonGroup(self)
        box = QVBoxLayout(duplicates)
        for number, (mode, text) in enumerate(duplicate_mode_labels().items()):
            button = QRadioButton(text)
            button.setProperty("mode", mode)
            self.modes.addButton(button, number)
            box.addWidget(button)
        match_line = QHBoxLayout()
        match_line.addWidget(label(translate("ImportWizard", "Match on:")))
        self.match: dict[str, QCheckBox] = {}
        for key in MATCH_KEYS:
            check = QCheckBox(render(MATCH_LABELS[key]))
            self.match[key] = check
            match_line.addWidget(check)
        match_line.addStretch(1)
        box.addLayout(match_line)

        defaults = QGroupBox(translate("ImportWizard", "Every imported record gets"))
        self.stage = QComboBox()
        self.stage.addItem(translate("ImportWizard", "Stage from the file, else \u201c{stage}\u201d").format(
            stage=stage_label("lead")), "")
        for code in STAGES:
            self.stage.addItem(stage_label(code), code)
        self.owner = QComboBox()
        self.owner.addItem(translate("ImportWizard", "Owner from the file, else whoever imports"), "")
        for user in users.active_users():
            self.owner.addItem(user.display_name, user.username)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(translate("ImportWizard", "For example: Book fair 1403"))
        self.tag.setClearButtonEnabled(True)
        form = QFormLayout(defaults)
        form.setHorizontalSpacing(14)
        self.stage_label = label(translate("ImportWizard", "Stage"))
        form.addRow(self.stage_label, self.stage)
        form.addRow(translate("ImportWizard", "Owner"), self.owner)
        self.tag_label = label(translate("ImportWizard", "Tag"))
        form.addRow(self.tag_label, self.tag)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(duplicates, 3)
        layout.addWidget(defaults, 2)
        self.modes.idClicked.connect(lambda _: self._mode_changed())
        for check in self.match.values():
            check.toggled.connect(lambda _: self.changed.emit())
        self.stage.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.owner.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.tag.textChanged.connect(lambda _: self.tag_changed.emit())

    def show_mapping(self, mapping: ImportMapping) -> None:
        widgets = [self.modes, self.stage, self.owner, self.tag, *self.match.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.modes.button(DUPLICATE_MODES.index(mapping.on_duplicate)).setChecked(True)
        for key, check in self.match.items():
            check.setChecked(key in mapping.match_on)
        self.stage.setCurrentIndex(max(0, self.stage.findData(mapping.default_stage)))
        owner = self.owner.findData(mapping.default_owner)
        if owner < 0 and mapping.default_owner:  # a user of the remembered mapping who is gone: back to the default
            owner = 0
        self.owner.setCurrentIndex(max(0, owner))
        self.tag.setText(mapping.tag)
        for widget in widgets:
            widget.blockSignals(False)
        is_people = mapping.entity == "contacts"
        self.stage.setVisible(is_people)
        self.stage_label.setVisible(is_people)
        is_leads, is_deals = mapping.entity == "leads", mapping.entity == "deals"
        # a lead has no tags and matches on its phone and email; a deal on its title and customer, and an
        # import never changes a stored deal (its stage moves on the board, logged)
        self.tag.setVisible(not is_leads and not is_deals)
        self.tag_label.setVisible(not is_leads and not is_deals)
        for key, check in self.match.items():
            check.setVisible(not is_deals and (not is_leads or key in ("phone", "email")))
        for button in self.modes.buttons():
            if button.property("mode") == "update":
                button.setEnabled(not is_deals)
                if is_deals and button.isChecked():
                    self.modes.buttons()[0].setChecked(True)
        self._enable_match()

    def apply_to(self, mapping: ImportMapping) -> None:
        mapping.on_duplicate = self.modes.checkedButton().property("mode")
        mapping.match_on = tuple(key for key, check in self.match.items() if check.isChecked())
        mapping.default_stage = self.stage.currentData() if mapping.entity == "contacts" else ""
        mapping.default_owner = self.owner.currentData()
        mapping.tag = self.tag.text().strip()

    def _mode_changed(self) -> None:
        self._enable_match()
        self.changed.emit()

    def _enable_match(self) -> None:
        create = self.modes.checkedButton() is not None and self.modes.checkedButton().property("mode") == "create"
        for check in self.match.values():
            check.setEnabled(not create)

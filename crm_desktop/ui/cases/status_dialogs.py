"""Small questions the queue asks: how a case was resolved, how satisfied the customer was, and who
(a person and/or a team) should take the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.funnel import targets
from crm_desktop.ui.cases.detail_sections import editor_on_reading_side
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Cases", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ResolveDialog(QDialog):
    """Asks how the case (or the chosen cases) was resolved; the text is required."""

    def __init__(self, parent: QWidget | None = None, *, count: int = 1, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Cases", "Resolve case") if count == 1 else translate("Cases", "Resolve cases"))
        self.text = editor_on_reading_side(QPlainTextEdit())
        self.text.setPlainText(text)
        self.text.setObjectName("resolution")
        self.text.setPlaceholderText(translate("Cases", "e.g. The device was replaced under warranty."))
        self.error = label(translate("Cases", "Write how the case was resolved."), "fieldError", wrap=True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Cases", "How was it resolved? The customer may be told this."), wrap=True))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, translate("Cases", "Resolve")))
        self.resize(420, 240)

    def resolution(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.resolution():
            self.error.setVisible(True)
            self.text.setFocus()
            return
        super().accept()


class RateDialog(QDialog):
    """The customer's satisfaction, 1 to 5, and what they said."""

    def __init__(self, parent: QWidget | None = None, *, score: int | None = None, comment: str = "",
                 digits=str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Cases", "Customer satisfaction"))
        self.group = QButtonGroup(self)
        scores = QHBoxLayout()
        for value in range(1, 6):
            button = QRadioButton(digits(str(value)))
            self.group.addButton(button, value)
            scores.addWidget(button)
        scores.addStretch(1)
        self.group.button(score or 5).setChecked(True)
        self.comment = editor_on_reading_side(QPlainTextEdit())
        self.comment.setPlainText(comment)
        self.comment.setPlaceholderText(translate("Cases", "What the customer said (optional)"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Cases", "How satisfied is the customer? 1 is very unhappy, 5 very happy."),
                               wrap=True))
        layout.addLayout(scores)
        layout.addWidget(self.comment, 1)
        layout.addWidget(_buttons(self, translate("Cases", "Save")))
        self.resize(400, 240)

    def score(self) -> int:
        return self.group.checkedId()


class AssignDialog(QDialog):
    """A person and/or a team for the case (or the chosen cases)."""

    def __init__(self, parent: QWidget | None = None, *, user_id: int | None = None,
                 team_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Cases", "Assign"))
        self.person = QComboBox()
        self.person.addItem(translate("Cases", "Nobody"), None)
        for user in users.active_users():
            self.person.addItem(user.display_name, user.id)
        self.person.setCurrentIndex(max(0, self.person.findData(user_id)))
        self.team = QComboBox()
        self.team.addItem(translate("Cases", "No team"), None)
        for team in targets.teams():
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(team_id)))
        form = QFormLayout()
        form.addRow(translate("Cases", "Person"), self.person)
        form.addRow(translate("Cases", "Team"), self.team)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, translate("Cases", "Assign")))
        self.resize(360, 150)

    def choice(self) -> tuple[int | None, int | None]:
        return self.person.currentData(), self.team.currentData()

"""A row of checkable buttons, one of which is chosen: an activity's kind (with icons), a call's
direction or outcome. Tab reaches the chosen one; the arrow keys move the choice along the row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.widgets.icons import kind_icon

STYLE = """
QToolButton#choiceButton { border: 1px solid #cfd7e3; border-radius: 7px; padding: 4px 10px; background: #ffffff; }
QToolButton#choiceButton:hover { background: #f3f6fb; }
QToolButton#choiceButton:checked { background: #e8f0fe; border-color: #1f6feb; color: #1a4fb4; font-weight: 600; }
QToolButton#choiceButton:focus { border-color: #1f6feb; }
"""

KIND_ORDER = ("call", "meeting", "task", "sms", "email", "note")


class ChoiceButtons(QWidget):
    """``value()`` is the chosen code; ``changed(code)`` when the choice changes."""

    changed = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str, QIcon | None]], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for code, text, icon in choices:
            button = QToolButton()
            button.setObjectName("choiceButton")
            button.setText(text)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            if icon is not None:
                button.setIcon(icon)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            else:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.set_value(current if current in self.buttons else next(iter(self.buttons)))
        self.group.buttonToggled.connect(self._toggled)

    @classmethod
    def of_codes(cls, table: dict, codes: Sequence[str] | None = None, current: str | None = None, *,
                 icons: bool = False, parent: QWidget | None = None) -> ChoiceButtons:
        """Buttons for codes of a label table (``services/activities/labels``)."""
        codes = list(codes if codes is not None else table)
        return cls([(code, code_label(table, code), kind_icon(code) if icons else None) for code in codes],
                   current, parent)

    def _toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self.changed.emit(self.value())

    def value(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def set_value(self, code: str) -> None:
        if code in self.buttons and not self.buttons[code].isChecked():
            self.buttons[code].setChecked(True)

    def setFocus(self) -> None:  # noqa: N802 - Qt API (errors focus the field)
        self.buttons[self.value()].setFocus()

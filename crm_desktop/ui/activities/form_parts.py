"""Pieces the activity forms share: the dialog base (Ctrl+Enter saves, Enter moves to the next
field, Esc cancels, errors beside their fields), the reminder, assignee and duration inputs, notes
boxes and a scroll area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from crm_desktop.services import users
from crm_desktop.services.activities import preferences
from crm_desktop.services.activities.checks import MAX_DURATION
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.reminders.choices import reminder_combo  # noqa: F401 - the forms take it from here
from crm_desktop.ui.widgets.common import label
from crm_desktop.ui.widgets.text_direction import plain_text_box

translate = QCoreApplication.translate
T = TypeVar("T")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def default_reminder() -> int | None:
    """The signed-in user's choice for a new scheduled activity."""
    return preferences.load().remind_before


def assignee_combo(current_id: int | None) -> QComboBox:
    """Active users; the given one (default: the signed-in user) chosen, even if no longer active."""
    current_id = current_id if current_id is not None else current_user_id()
    combo = QComboBox()
    for user in users.active_users():
        combo.addItem(user.display_name, user.id)
    if current_id is not None and combo.findData(current_id) < 0:
        try:
            combo.addItem(users.get_user(current_id).display_name, current_id)
        except NotFoundError:  # gone: the first active user then
            combo.setCurrentIndex(0)
    combo.setCurrentIndex(max(0, combo.findData(current_id)))
    return combo


def duration_spin(minutes: int | None) -> QSpinBox:
    """Minutes; the lowest value, shown as a dash, means "not said"."""
    spin = QSpinBox()
    spin.setRange(0, MAX_DURATION)
    spin.setSpecialValueText(translate("Activities", "\u2014"))
    spin.setSuffix(translate("Activities", " min"))
    spin.setSingleStep(5)
    spin.setValue(minutes or 0)
    spin.setMaximumWidth(140)
    return spin


def duration_of(spin: QSpinBox) -> int | None:
    return spin.value() or None


def notes_box(text: str = "", height: int = 76) -> QTextEdit:
    box = plain_text_box()
    box.setPlainText(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class FormDialog(QDialog):
    """Ctrl+Enter runs ``save``; a plain Enter moves to the next field instead of saving half a
    form; Esc cancels. ``button_box(text)`` makes the Save/Cancel row; ``errors`` holds the lines
    under the fields (``errors.boxed``), ``general`` the line for errors with no field on the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WindowShortcut)

    def save(self) -> None:
        raise NotImplementedError

    def clear_errors(self) -> None:
        self.errors.clear()
        self.general.setVisible(False)

    def show_failure(self, failure: ValidationError, shown_at: dict[str, str] | None = None) -> None:
        """The service's refusal beside the fields; ``shown_at``: fields whose errors show at another
        field's place (a company's at the customer)."""
        if shown_at:
            failure = ValidationError([FieldError(shown_at.get(e.field, e.field), e.text, e.params)
                                       for e in failure.errors])
        self.errors.show_all(failure, self.general)

    def attempt(self, write: Callable[[], T], shown_at: dict[str, str] | None = None) -> T | None:
        """``write()`` (the service's save); a refusal is shown beside the fields, anything else (e.g.
        deleted meanwhile) as a message - and None then, the dialog staying open."""
        try:
            return write()
        except ValidationError as failure:
            self.show_failure(failure, shown_at)
        except Exception as error:  # noqa: BLE001 - shown, logged
            show_error(self, error)
        return None

    def show_field_error(self, field: str, text: str) -> None:
        """A typing mistake found here (a date that is not one) under its field."""
        self.errors.labels[field].setText(text)
        self.errors.labels[field].setVisible(True)

    def button_box(self, save_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(translate("Activities", "Ctrl+Enter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Activities", "Cancel"))
        for button in buttons.buttons():
            button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):  # Enter on a focused button presses it
                focused.click()
                return
            self.focusNextChild()
            return
        super().keyPressEvent(event)

"""Pieces shared by the person and company forms: inline field errors, owner and tag inputs,
a company picker backed by search, and the "possible duplicates" question before creating."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import search, tags, users
from crm_desktop.services.errors import ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
TAG_SPLIT = re.compile(r"[,\u060c\u061b;]")  # Latin comma, Arabic comma, Arabic semicolon, semicolon


class FieldErrors:
    """Error labels under form fields, filled from a ValidationError (field names as services use)."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def make(self, field: str, widget: QWidget) -> QLabel:
        error = label("", "fieldError", wrap=True)
        error.setVisible(False)
        self.labels[field] = error
        self.inputs[field] = widget
        return error

    def boxed(self, field: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        """``widget`` with its error line under it, in one box for a form row; errors focus ``focus``."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.make(field, focus if focus is not None else widget))
        return box

    def clear(self) -> None:
        for error in self.labels.values():
            error.setVisible(False)

    def show(self, failure: ValidationError) -> list[str]:
        """Show each error under its field; returns the texts of errors with no place on this form."""
        self.clear()
        orphans = []
        for item in failure.errors:
            text = render(item.text, item.params)
            error = self.labels.get(item.field)
            if error is None:
                orphans.append(text)
                continue
            error.setText(text)
            error.setVisible(True)
        first = next((self.inputs[e.field] for e in failure.errors if e.field in self.inputs), None)
        if first is not None:
            first.setFocus()
        return orphans

    def show_all(self, failure: ValidationError, general: QLabel) -> None:
        """Each error under its field; the ones with no place on the form in ``general`` (hidden when none)."""
        leftovers = self.show(failure)
        general.setText("\n".join(leftovers))
        general.setVisible(bool(leftovers))


def show_validation(failure: ValidationError, errors: FieldErrors, points, general: QLabel) -> None:
    """Errors under their fields, point errors on their rows, anything else in ``general``."""
    point_errors = [e for e in failure.errors if e.field.startswith("points.")]
    for item in point_errors:
        points.show_error(int(item.field.split(".")[1]), render(item.text, item.params))
    others = ValidationError([e for e in failure.errors if not e.field.startswith("points.")]) \
        if len(point_errors) < len(failure.errors) else None
    leftovers = errors.show(others) if others is not None else []
    general.setText("\n".join(leftovers))
    general.setVisible(bool(leftovers))


def owner_combo(current_id: int | None) -> QComboBox:
    combo = QComboBox()
    for user in users.active_users():
        combo.addItem(user.display_name, user.id)
    if current_id is not None:
        combo.setCurrentIndex(max(0, combo.findData(current_id)))
    return combo


class TagsEdit(QLineEdit):
    """Tags separated by commas (Latin or Persian), completing from the tags in use."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", ", ").join(names), parent)
        self.setPlaceholderText(translate("Forms", "e.g. VIP, wholesale"))
        completer = QCompleter(QStringListModel([t.name for t in tags.all_tags()]), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def names(self) -> list[str]:
        return [part.strip() for part in TAG_SPLIT.split(self.text()) if part.strip()]


class CompanyPicker(QLineEdit):
    """Type part of a company's name; pick it from the matches. Empty means no company."""

    def __init__(self, company: tuple[int, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(company[1] if company else "", parent)
        self.company_id = company[0] if company else None
        self._chosen_text = self.text()
        self._ids: dict[str, int] = {}
        self.setPlaceholderText(translate("Forms", "Type to find a company"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._activated)
        self.setCompleter(completer)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._lookup)
        self.textEdited.connect(lambda _: self._debounce.start())

    def _lookup(self) -> None:
        hits = search.search(self.text(), limit=20, kinds=("organization",))
        self._ids = {hit.name: hit.id for hit in hits}
        self._model.setStringList(list(self._ids))
        self.completer().complete()

    def _activated(self, text: str) -> None:
        self.company_id = self._ids.get(text)
        self._chosen_text = text

    def value(self) -> int | None:
        """The picked company; typing something else without picking clears it."""
        if not self.text().strip():
            return None
        return self.company_id if self.text() == self._chosen_text else None


class DuplicatesQuestion(QDialog):
    """Records that look like the one being created; the user opens one or creates anyway."""

    def __init__(self, candidates: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Forms", "Possible duplicates"))
        self.chosen: int | None = None
        self.list = QListWidget()
        for record_id, name, why in candidates:
            item = QListWidgetItem(translate("Forms", "{name} \u2014 {reason}").format(name=name, reason=why))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self._open())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(translate("Forms", "Open the existing one"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button = buttons.addButton(translate("Forms", "Create anyway"),
                                               QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(lambda: self.done(2))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Forms", "These look like the same customer. Open one of them instead of "
                                                  "creating a duplicate?"), wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _open(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.accept()

"""Pieces the Sales funnel settings sections share: a small read-only table of a managed list,
a one-field name dialog, whole-number input, and showing a refusal next to what was refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render_error
from crm_desktop.text.messages import UserError
from crm_desktop.text.normalize import normalize_text
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label, select_row

translate = QCoreApplication.translate
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = "#6b7280"  # as QLabel#muted in the style sheet
CENTRED = Qt.AlignmentFlag.AlignCenter


def whole_number(text: str, field: str, message) -> int | None:
    """The integer typed (Persian or Latin digits); empty is None; anything else is refused with
    the service's own message for ``field`` so it shows where the service's would."""
    cleaned = normalize_text(text).replace(" ", "")
    if not cleaned:
        return None
    try:
        return int(cleaned)
    except ValueError:
        raise ValidationError([FieldError(field, message)]) from None


def report(target: QLabel, parent: QWidget, error: Exception) -> None:
    """A refusal in ``target`` (beside the list it concerns); anything unexpected in a message box."""
    if isinstance(error, UserError):
        target.setText(render_error(error))
        target.setVisible(True)
        return
    show_error(parent, error)


def error_label() -> QLabel:
    widget = label("", "fieldError", wrap=True)
    widget.setVisible(False)
    return widget


def button(text: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda: slot())
    return widget


class ListTable(QTableWidget):
    """A few rows of a managed list (ids in the first column's user data), whole rows selected."""

    def __init__(self, headers: Sequence[str], widths: Sequence[int] = (), stretch: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the name takes the room left
        header.setHighlightSections(False)
        metrics = header.fontMetrics()
        for column, title in enumerate(headers):
            width = widths[column] if column < len(widths) else 0
            self.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 28))

    def fill(self, rows: Sequence[tuple[int, Sequence[str], bool]], numeric: Sequence[int] = (),
             centred: Sequence[int] = ()) -> None:
        """``(id, texts, enabled)`` per row; a disabled row (retired, or a fixed end) shows greyed and
        keeps its id. The selection follows the same id when it is still there."""
        keep = self.selected_id()
        self.setRowCount(len(rows))
        grey = QBrush(QColor(MUTED))
        for row, (row_id, texts, enabled) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row_id)
                if column in numeric:
                    item.setTextAlignment(NUMBER)
                elif column in centred:
                    item.setTextAlignment(CENTRED)
                if not enabled:
                    item.setForeground(grey)
                self.setItem(row, column, item)
        if keep is not None:
            self.select_id(keep)

    def select_row(self, row: int) -> None:
        select_row(self, row)

    def select_id(self, row_id: int | None) -> bool:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(ID_ROLE) == row_id:
                self.select_row(row)
                return True
        return False

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.item(row, 0).data(ID_ROLE) if row is not None and self.item(row, 0) else None

    def ids(self) -> list[int]:
        return [self.item(row, 0).data(ID_ROLE) for row in range(self.rowCount())]


class FormDialog(QDialog):
    """A small form whose Save runs ``save()``; a refusal shows under its fields and keeps the
    dialog open. Subclasses add rows to ``self.form`` and implement ``submit``."""

    saved = Signal(object)  # what the service returned

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.result_value = None

    def add_field(self, caption: str, field: str, widget: QWidget) -> QWidget:
        self.form.addRow(caption, self.errors.boxed(field, widget))
        return widget

    def submit(self):  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def save(self) -> bool:
        self.general.setVisible(False)
        try:
            value = self.submit()
        except ValidationError as failure:
            leftovers = self.errors.show(failure)
            self.general.setText("\n".join(leftovers))
            self.general.setVisible(bool(leftovers))
            return False
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            report(self.general, self, error)
            return False
        self.result_value = value
        self.saved.emit(value)
        self.accept()
        return True


class NameDialog(FormDialog):
    """One name (a lead source, a lost reason, a pipeline): ``store(name)`` saves it."""

    def __init__(self, title: str, caption: str, name: str, store: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.store = store
        self.name = self.add_field(caption, "name", QLineEdit(name))
        self.name.setMinimumWidth(300)

    def submit(self):
        return self.store(self.name.text())

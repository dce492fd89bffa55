"""Any number of phones, emails, addresses and handles, one row each, with inline errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import labels
from crm_desktop.services.contact_points import PointInput
from crm_desktop.ui.labels import point_kind_label
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
PLACEHOLDERS = {
    "mobile": "0912 345 6789", "phone": "021 8888 7777", "fax": "021 8888 7778", "email": "name@example.com",
    "website": "www.example.ir", "telegram": "@username", "instagram": "@username", "whatsapp": "0912 345 6789",
}


class PointRow:
    def __init__(self, editor: PointsEditor, point: PointInput) -> None:
        self.kind = QComboBox()
        for kind in labels.codes(labels.POINT_KINDS):
            self.kind.addItem(point_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(point.kind)))
        self.value = QLineEdit(point.value)
        self.label = QLineEdit(point.label)
        self.label.setPlaceholderText(translate("PointsEditor", "label, e.g. work"))
        self.label.setMaximumWidth(140)
        self.primary = QCheckBox(translate("PointsEditor", "Primary"))
        self.primary.setChecked(point.is_primary)
        self.remove = QToolButton()
        self.remove.setText("\u2715")
        self.remove.setToolTip(translate("PointsEditor", "Remove"))
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self.error = label("", "fieldError", wrap=True)
        self.error.setVisible(False)
        self.kind.currentIndexChanged.connect(self._placeholder)
        self._placeholder()

    def _placeholder(self) -> None:
        self.value.setPlaceholderText(PLACEHOLDERS.get(self.kind.currentData(), ""))

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.value, self.label, self.primary, self.remove]

    def point(self) -> PointInput:
        return PointInput(self.kind.currentData(), self.value.text(), self.label.text(), self.primary.isChecked())

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.value.setProperty("invalid", bool(text))
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class PointsEditor(QWidget):
    def __init__(self, points: list[PointInput], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PointRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        for kind, caption in (("mobile", translate("PointsEditor", "+ Mobile")),
                              ("phone", translate("PointsEditor", "+ Phone")),
                              ("email", translate("PointsEditor", "+ Email")),
                              ("address", translate("PointsEditor", "+ Address")),
                              ("other", translate("PointsEditor", "+ Other"))):
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, k=kind: self.add_row(PointInput(k, "")))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        for point in points or [PointInput("mobile", "", "", True)]:
            self.add_row(point)

    def add_row(self, point: PointInput) -> PointRow:
        row = PointRow(self, point)
        self.rows.append(row)
        self._relayout()
        row.value.setFocus()
        return row

    def remove_row(self, row: PointRow) -> None:
        self.rows.remove(row)
        for widget in [*row.widgets(), row.error]:
            widget.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for index, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index * 2, column)
            self.grid.addWidget(row.error, index * 2 + 1, 1, 1, 4)

    def points(self) -> list[PointInput]:
        return [row.point() for row in self.rows]

    def clear_errors(self) -> None:
        for row in self.rows:
            row.set_error("")

    def show_error(self, index: int, text: str) -> None:
        if 0 <= index < len(self.rows):
            self.rows[index].set_error(text)

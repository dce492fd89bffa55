"""Small building blocks every page uses: page header, cards, figures, read-only tables."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def label(text: str, object_name: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    if object_name:
        widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def in_reading_direction(text: str) -> str:
    """Start mixed text (Latin dates, Persian names) in the window's direction with an invisible
    mark, so its parts keep their order on screen."""
    return ("\u200f" if QApplication.isRightToLeft() else "\u200e") + text


def isolated(text: str) -> str:
    """Keep one piece of text (a Persian name in an English line, or the reverse) in its own
    direction, so the pieces around it stay in order (Unicode first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else text


def value_label(text: str) -> QLabel:
    """A selectable value that keeps to the reading side of the window even when it holds only
    digits or Latin text (a phone, a code, an email in a Persian form)."""
    widget = label(text, wrap=True, selectable=True)
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return widget


class Card(QFrame):
    """A white rounded panel holding a vertical layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(6)


class StatCard(Card):
    """One figure with its caption, e.g. "1,204  People"."""

    def __init__(self, caption: str, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = label(value, "statValue")
        self.caption = label(caption, "statLabel", wrap=True)
        self.body.addWidget(self.value)
        self.body.addWidget(self.caption)
        self.setMinimumWidth(150)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


def page_header(title: str, subtitle: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.setSpacing(2)
    layout.addWidget(label(title, "pageTitle"))
    if subtitle:
        layout.addWidget(label(subtitle, "pageSubtitle", wrap=True))
    return box


def read_only_table(parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setHighlightSections(False)
    return table


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row of a table. ``QTableView.selectRow`` selects nothing in a right-to-left
    view that has not been shown yet (PySide6 6.11), so go through the selection model."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)

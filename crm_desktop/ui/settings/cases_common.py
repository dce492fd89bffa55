"""A piece the Complaint queue settings sections share: a list that says what to do when it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from crm_desktop.ui.widgets.common import Card, label


class EmptyOr(QStackedWidget):
    """``view`` (a table or a tree), or in its place a note saying why it is empty and what to do."""

    def __init__(self, view: QWidget, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.note = label(note, "muted", wrap=True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = Card()
        empty.body.addStretch(1)
        empty.body.addWidget(self.note)
        empty.body.addStretch(2)
        self.addWidget(view)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentIndex(1 if empty else 0)

"""The bar My day shows after a one-click completion, without stopping anyone: "Call with Ali Rezaei
done — [Add outcome…] [Schedule follow-up…] [Undo] [×]" for a call or a meeting, "“Send the
contract” done — [Undo]" for the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate
FOLLOWED_UP = ("call", "meeting")


def done_text(row: ActivityRow) -> str:
    person = row.customer.partition(" \u00b7 ")[0] if row.customer else ""
    if row.kind == "call" and person:
        return translate("MyDay", "Call with {name} done").format(name=isolated(person))
    if row.kind == "meeting" and person:
        return translate("MyDay", "Meeting with {name} done").format(name=isolated(person))
    return translate("MyDay", "\u201c{subject}\u201d done").format(subject=isolated(row.subject))


class CompletionBar(QFrame):
    """``outcome``, ``follow_up`` and ``undo`` carry the activity's id; hidden until :meth:`show_done`."""

    outcome = Signal(int)
    follow_up = Signal(int)
    undo = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completionBar")
        self.setStyleSheet("QFrame#completionBar { background: #e7f6ec; border: 1px solid #b7e1c4; "
                           "border-radius: 8px; } QFrame#completionBar QLabel { color: #14532d; }")
        self.row: ActivityRow | None = None
        self.text = label("", "")
        self.text.setObjectName("completionText")
        self.outcome_button = QPushButton(translate("MyDay", "Add outcome\u2026"))
        self.follow_up_button = QPushButton(translate("MyDay", "Schedule follow-up\u2026"))
        self.undo_button = QPushButton(translate("MyDay", "Undo"))
        close = QToolButton()
        close.setText("\u00d7")
        close.setToolTip(translate("MyDay", "Close"))
        close.clicked.connect(self.hide)
        self.outcome_button.clicked.connect(lambda: self._send(self.outcome))
        self.follow_up_button.clicked.connect(lambda: self._send(self.follow_up))
        self.undo_button.clicked.connect(lambda: self._send(self.undo))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.setSpacing(8)
        row.addWidget(self.text, 1)
        for widget in (self.outcome_button, self.follow_up_button, self.undo_button, close):
            row.addWidget(widget)
        self.hide()

    def show_done(self, row: ActivityRow) -> None:
        self.row = row
        self.text.setText(done_text(row))
        followed = row.kind in FOLLOWED_UP
        self.outcome_button.setVisible(followed)
        self.follow_up_button.setVisible(followed)
        self.show()

    def _send(self, signal) -> None:
        if self.row is not None:
            activity_id = self.row.id
            if signal is self.undo:
                self.hide()
            signal.emit(activity_id)

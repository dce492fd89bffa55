"""The question asked before a deal is marked lost: why (a reason and an optional note)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from crm_desktop.services.funnel import choices
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class LostDialog(QDialog):
    """Why was the deal lost: a reason from the office's list, and an optional note."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FunnelBoard", "Deal lost"))
        self.reason = QComboBox()
        for choice in choices.choices("lost_reason"):
            self.reason.addItem(choice.name, choice.id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("FunnelBoard", "Optional: what happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("FunnelBoard", "Mark as lost"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("FunnelBoard", "Reason"), self.reason)
        form.addRow(translate("FunnelBoard", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("FunnelBoard", "Why was \u201c{title}\u201d lost?").format(title=title),
                               wrap=True))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

"""Ctrl+K from anywhere: type part of a name, a phone in any format, an email or a code, and
open the person or company with Enter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.search import search
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label

translate = QCoreApplication.translate
LIMIT = 12


class QuickSearch(QDialog):
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("QuickSearch", "Find a customer"))
        self.setModal(True)
        self.input = QLineEdit()
        self.input.setObjectName("quickSearch")
        self.input.setPlaceholderText(translate("QuickSearch", "Name, phone, email or national code\u2026"))
        self.input.setClearButtonEnabled(True)
        self.input.installEventFilter(self)
        self.results = QListWidget()
        self.results.itemActivated.connect(self._open_item)
        self.hint = label("", "muted")
        self._icons = {kind: QIcon(str(resource_path("icons", f"{kind}.svg"))) for kind in ("contact", "organization")}
        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._debounce.timeout.connect(self.run)
        self.input.textChanged.connect(lambda _: self._debounce.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.resize(620, 440)

    def search_now(self, text: str) -> None:
        """Show the results for ``text`` at once, without waiting for the typing pause."""
        self.input.setText(text)
        self._debounce.stop()
        self.run()

    def run(self) -> None:
        hits = search(self.input.text(), limit=LIMIT)
        self.results.clear()
        fmt = self.ctx.fmt
        for hit in hits:
            details = [isolated(part) for part in (hit.company, fmt.phone(hit.phone), hit.email) if part]
            text = isolated(hit.name) if not details else translate("QuickSearch", "{name}   \u2014   {details}").format(
                name=isolated(hit.name), details=translate("QuickSearch", " \u00b7 ").join(details))
            text = in_reading_direction(text)
            item = QListWidgetItem(self._icons[hit.kind], text)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        typed = bool(self.input.text().strip())
        self.hint.setText(translate("QuickSearch", "Nothing found.") if typed and not hits
                          else translate("QuickSearch", "\u2191 \u2193 to choose, Enter to open, Esc to close"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._debounce.stop()
                    self.run()
                if self.results.currentItem() is not None:
                    self._open_item(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _open_item(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.open_requested.emit(kind, record_id)

"""Parts of the case detail: the history (messages to the customer and internal notes each in their
own colour and caption, other events as plain lines), the customer's summary from the 360 profile,
and the attached files."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import profile
from crm_desktop.services.cases import conversation, history
from crm_desktop.services.contact_points import PHONE_KINDS
from crm_desktop.ui.widgets.flow_layout import FlowLayout
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label

translate = QCoreApplication.translate

#: the detail pane's own look (kept here: only these widgets use it)
STYLE = """
QFrame#toCustomer { background: #e8f1ff; border: 1px solid #bcd3fb; border-radius: 8px; }
QFrame#internalNote { background: #fff6d9; border: 1px solid #ecd58c; border-radius: 8px; }
QFrame#caseEvent { border: none; border-bottom: 1px solid #eef1f6; }
QLabel#toCustomerCaption { color: #1a4fb4; font-weight: 600; font-size: 9pt; }
QLabel#internalNoteCaption { color: #8a6100; font-weight: 600; font-size: 9pt; }
QLabel#caseChip { background: #eef1f6; color: #374151; border-radius: 9px; padding: 2px 9px; }
QLabel#caseChip[tone="red"] { background: #fde8e6; color: #b3261e; }
QLabel#caseChip[tone="amber"] { background: #fff4e0; color: #92400e; }
QLabel#caseChip[tone="green"] { background: #e6f4ea; color: #1e7b34; }
QLabel#caseChip[tone="blue"] { background: #e8f0fe; color: #1a4fb4; }
QLabel#caseNumber { color: #5b6577; font-size: 10pt; }
QLabel#caseSubject { font-size: 13pt; font-weight: 600; color: #111827; }
"""


def reading_side(widget: QLabel) -> QLabel:
    """Keep a label's text on the window's reading side even when the text runs the other way (a
    Persian subject in an English window)."""
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
    return widget


def text_label(text: str, object_name: str = "", *, selectable: bool = False) -> QLabel:
    """A wrapped label on the reading side (see :func:`reading_side`)."""
    return reading_side(label(text, object_name, wrap=True, selectable=selectable))


def editor_on_reading_side(edit: QPlainTextEdit) -> QPlainTextEdit:
    """Lines of a text box start on the window's reading side (a QPlainTextEdit in a right-to-left
    window otherwise puts Persian text on the left, PySide6 6.11)."""
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    option = edit.document().defaultTextOption()
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)
    return edit


def clear_layout(layout) -> None:
    """Empty a layout of widgets now (hidden at once, deleted later)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class EntryCard(QFrame):
    """One history entry: what happened, who and when, and what was said. Messages to the customer
    and internal notes are coloured boxes with a caption saying who sees them."""

    def __init__(self, entry: history.HistoryEntry, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        meta = [isolated(ctx.fmt.datetime(entry.at))]
        if entry.actor:
            meta.append(isolated(entry.actor))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        if entry.to_customer:
            self.setObjectName("toCustomer")
            title = translate("Cases", "\u2709 Sent to the customer (automatic)") if entry.automatic \
                else translate("Cases", "\u2709 Sent to the customer")
        elif entry.kind == "note":
            self.setObjectName("internalNote")
            title = translate("Cases", "\u270e Internal note \u2014 only staff see this")
        else:
            self.setObjectName("caseEvent")
            title = entry.title
        boxed = self.objectName() != "caseEvent"
        layout.setContentsMargins(*((10, 8, 10, 8) if boxed else (4, 6, 4, 6)))
        layout.addWidget(text_label(title, self.objectName() + "Caption" if boxed else "timelineTitle"))
        layout.addWidget(text_label(in_reading_direction(translate("Cases", " \u00b7 ").join(meta)), "timelineMeta"))
        if entry.body:
            layout.addWidget(text_label(entry.body, "" if boxed else "muted", selectable=True))


class HistoryList(QWidget):
    """The case's history, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[history.HistoryEntry] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.list)
        layout.addStretch(1)

    def show_case(self, case_id: int | None) -> None:
        clear_layout(self.list)
        self.entries = history.entries(case_id) if case_id is not None else []
        for entry in self.entries:
            self.list.addWidget(EntryCard(entry, self.ctx))


class CustomerCard(QFrame):
    """Who the case is from: name, company, phones and the profile's figures (open deals, open
    cases...), with a link to the full profile."""

    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.ctx = ctx
        self.key: tuple[str, int] | None = None
        self.name = text_label("", "timelineTitle", selectable=True)
        self.link = QToolButton()
        self.link.setObjectName("linkButton")
        self.link.setText(translate("Cases", "Open profile"))
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.clicked.connect(lambda: self.key and self.open_requested.emit(*self.key))
        self.lines = QVBoxLayout()
        self.lines.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.link, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(self.lines)

    def show_customer(self, contact_id: int | None, organization_id: int | None) -> None:
        clear_layout(self.lines)
        fmt = self.ctx.fmt
        if contact_id is not None:
            person = profile.person(contact_id)
            self.key = ("contact", contact_id)
            name, company, points, figures = person.name, person.company[1] if person.company else "", \
                person.points, person.figures
        elif organization_id is not None:
            found = profile.company(organization_id)
            self.key = ("organization", organization_id)
            name, company, points, figures = found.name, "", found.points, found.figures
        else:
            self.key = None
            self.name.setText(translate("Cases", "No customer"))
            self.link.setVisible(False)
            return
        self.link.setVisible(True)
        self.name.setText(translate("Cases", "{name} \u00b7 {company}").format(name=name, company=company)
                          if company else name)
        phones = [fmt.phone(p.value_norm or p.value) for p in points if p.kind in PHONE_KINDS][:3]
        if phones:
            self.lines.addWidget(label(in_reading_direction(translate("Cases", "  \u00b7  ").join(phones)), "muted"))
        for figure in figures:
            self.lines.addWidget(label(translate("Cases", "{caption}: {value}").format(
                caption=figure.label, value=fmt.digits(figure.value)), "note", wrap=True))


class AttachmentsBox(QWidget):
    """Files kept with the case: add one, save a copy, open it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.empty = text_label(translate("Cases", "No files yet. Attach a photo of the invoice, a letter, ..."),
                                "muted")
        add = QPushButton(translate("Cases", "Attach file\u2026"))
        add.clicked.connect(lambda: self.add_file())
        self.save_button = QPushButton(translate("Cases", "Save a copy\u2026"))
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.open_button = QPushButton(translate("Cases", "Open"))
        self.open_button.clicked.connect(self.open_selected)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)
        for button in (add, self.save_button, self.open_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(buttons_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the room when there is no list (stretch 1 wins while there is)

    def show_case(self, case_id: int | None) -> int:
        self.case_id = case_id
        self.list.clear()
        found = conversation.attachments(case_id) if case_id is not None else []
        fmt = self.ctx.fmt
        for info in found:
            item = QListWidgetItem(translate("Cases", "{name} \u00b7 {size} \u00b7 {when}").format(
                name=isolated(info.file_name), size=fmt.file_size(info.size), when=fmt.datetime(info.added_at)))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.file_name)
            self.list.addItem(item)
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        for button in (self.save_button, self.open_button):
            button.setEnabled(bool(found))
        if found:
            self.list.setCurrentRow(0)
        return len(found)

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)) if item else None

    def add_file(self, path: str | None = None) -> bool:
        if self.case_id is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, translate("Cases", "Attach a file"))
        if not path:
            return False
        try:
            conversation.attach_file(self.case_id, path)
        except Exception as error:  # noqa: BLE001 - too big, unreadable...: shown in the user's language
            show_error(self, error)
            return False
        self.changed.emit()
        return True

    def save_selected(self, target: str | None = None) -> Path | None:
        chosen = self._selected()
        if chosen is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, translate("Cases", "Save a copy"), chosen[1])
        if not target:
            return None
        try:
            return conversation.save_attachment(chosen[0], target)
        except Exception as error:  # noqa: BLE001 - e.g. a folder without write access
            show_error(self, error)
            return None

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="crm-case-file-"))
        saved = self.save_selected(str(folder / Path(chosen[1]).name))
        if saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))

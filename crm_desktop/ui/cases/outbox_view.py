"""The outbox: the messages to customers that case events queued (or someone wrote), newest first,
read a page at a time from the service. Tabs filter by status with their counts; beside the list the
chosen message in full, with Edit and Cancel while it waits and "Try again" once it failed.

Nothing is sent from here yet: the messaging feature will send queued messages and mark them sent
or failed. Until then the outbox shows what would go out, so it can be corrected or stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases import outbox
from crm_desktop.services.cases.outbox import OutboxRow
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import (
    Card,
    in_reading_direction,
    isolated,
    label,
    page_header,
    read_only_table,
    select_row,
    value_label,
)
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel
from crm_desktop.ui.widgets.text_direction import in_own_direction, paragraphs_in_own_direction, plain_text_box

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

#: the tabs, in order: None is every message
FILTERS: tuple[str | None, ...] = (None, "queued", "sent", "failed", "cancelled")
STATUS_COLOURS = {"queued": QColor("#1a4fb4"), "sent": QColor("#1e7b34"), "failed": QColor("#b3261e"),
                  "cancelled": QColor("#6b7280")}
WIDTHS = (125, 65, 240, 100, 125)  # the text takes the rest
PAGE_SIZE = 100
STATUS_COLUMN = 4


def status_text(code: str) -> str:
    return code_label(outbox.STATUS_LABELS, code)


def channel_text(code: str) -> str:
    return code_label(case_labels.CHANNELS, code)


def address_text(fmt: Formatter, channel: str, address: str) -> str:
    """A phone in the user's digits and groups, an email address as typed (kept left to right)."""
    return fmt.phone(address) if channel == "sms" else isolated(address)


def recipient_text(fmt: Formatter, row) -> str:  # an OutboxRow or an OutboxMessage
    address = address_text(fmt, row.channel, row.to_address)
    if not row.to_name:
        return address
    return translate("Outbox", "{name} ({address})").format(name=isolated(row.to_name), address=address)


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def outbox_columns(fmt: Formatter) -> list[Column[OutboxRow]]:
    return [
        Column(translate("Outbox", "Queued at"), lambda row: fmt.datetime(row.queued_at)),
        Column(translate("Outbox", "Channel"), lambda row: channel_text(row.channel)),
        Column(translate("Outbox", "To"), lambda row: recipient_text(fmt, row)),
        Column(translate("Outbox", "Case"), lambda row: fmt.digits(row.case_number)),
        Column(translate("Outbox", "Status"), lambda row: status_text(row.status)),
        Column(translate("Outbox", "Text"), lambda row: in_own_direction(first_line(row.body))),
    ]


class OutboxModel(PagedTableModel[OutboxRow]):
    """The outbox a page at a time (``count_messages`` once, then ``list_messages`` pages)."""

    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(outbox_columns(fmt), self._count, self._fetch, page_size=PAGE_SIZE, parent=parent)

    def _count(self) -> int:
        return outbox.count_messages(getattr(self, "status", None))

    def _fetch(self, offset: int, limit: int) -> list[OutboxRow]:
        return outbox.list_messages(getattr(self, "status", None), limit=limit, offset=offset)

    def set_status(self, status: str | None) -> None:
        """Show only messages in this status (None: all) and read again."""
        self.status = status
        self.reload()

    def message_id(self, row: int) -> int | None:
        found = self.row_object(row)
        return found.id if found is not None else None

    def row_of(self, message_id: int | None, *, scan: int = 2 * PAGE_SIZE) -> int | None:
        """The row of this message among the first ``scan`` rows (None: not there)."""
        if message_id is None:
            return None
        for row in range(min(self.rowCount(), scan)):
            if self.message_id(row) == message_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            return self.message_id(index.row())
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            found = self.row_object(index.row())
            return STATUS_COLOURS.get(found.status) if found is not None else None
        return super().data(index, role)


class MessageEditDialog(QDialog):
    """Correct a waiting message: its text, and an email's subject."""

    def __init__(self, fmt: Formatter, message_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id = message_id
        message = outbox.get_message(message_id)
        self.channel = message.channel
        self.setWindowTitle(translate("Outbox", "Edit message"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(translate("Outbox", "To"), value_label(in_reading_direction(recipient_text(fmt, message))))
        form.addRow(translate("Outbox", "Channel"), label(channel_text(message.channel)))
        self.subject = QLineEdit(message.subject)
        self.subject.setObjectName("subject")
        if message.channel == "email":
            form.addRow(translate("Outbox", "Subject"), self.errors.boxed("subject", self.subject))
        self.body = plain_text_box()
        self.body.setObjectName("body")
        self.body.setPlainText(message.body)
        self.body.setMinimumHeight(150)
        paragraphs_in_own_direction(self.body)
        form.addRow(translate("Outbox", "Text"), self.errors.boxed("body", self.body))
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(500, 360)

    def save(self) -> None:
        try:
            outbox.edit(self.message_id, self.body.toPlainText(),
                        self.subject.text() if self.channel == "email" else None)
        except ValidationError as failure:
            leftovers = self.errors.show(failure)
            self.general.setText("\n".join(leftovers))
            self.general.setVisible(bool(leftovers))
            return
        except Exception as error:  # noqa: BLE001 - shown, logged, the dialog stays open
            show_error(self, error)
            return
        self.accept()


class MessageDetail(Card):
    """The chosen message in full (who, how, when, what became of it, and the whole text)."""

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.row: OutboxRow | None = None
        self.stack = QStackedWidget()
        self.empty = label("", "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        content = QWidget()
        side = QVBoxLayout()  # who, how, when, and the buttons; the text beside them
        side.setSpacing(6)
        fields = QFormLayout()
        fields.setVerticalSpacing(4)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, tuple[QWidget, QWidget]] = {}
        for key, caption in (("status", translate("Outbox", "Status")), ("channel", translate("Outbox", "Channel")),
                             ("to", translate("Outbox", "To")), ("case", translate("Outbox", "Case")),
                             ("queued", translate("Outbox", "Queued at")), ("sent", translate("Outbox", "Sent at")),
                             ("error", translate("Outbox", "Why it failed")),
                             ("subject", translate("Outbox", "Subject"))):
            name, value = label(caption, "muted"), value_label("")
            fields.addRow(name, value)
            self.values[key] = (name, value)
        self.status_value = self.values["status"][1]
        self.text = plain_text_box(read_only=True)
        self.text.setObjectName("outboxText")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setStyleSheet("QTextEdit#outboxText { background: #f8fafc; border: 1px solid #e3e8f0; "
                                "border-radius: 8px; padding: 4px; font-size: 10.5pt; }")
        side.addLayout(fields)
        side.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, tip in (
                ("edit", translate("Outbox", "Edit\u2026"), translate("Outbox", "Correct the text before it is sent")),
                ("cancel", translate("Outbox", "Cancel message"),
                 translate("Outbox", "Keep this message from being sent (it stays here, marked cancelled)")),
                ("retry", translate("Outbox", "Try again"), translate("Outbox", "Queue the failed message again"))):
            button = QPushButton(text)
            button.setObjectName(f"outbox_{key}")
            button.setToolTip(tip)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        side.addLayout(row)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(side, 2)
        columns.addWidget(self.text, 3)
        self.stack.addWidget(content)
        self.body.addWidget(self.stack)
        self.setMinimumHeight(230)
        self.show_row(None)

    def _set(self, key: str, text: str) -> None:
        name, value = self.values[key]
        name.setVisible(bool(text))
        value.setVisible(bool(text))
        value.setText(in_reading_direction(text) if text else "")

    def show_row(self, row: OutboxRow | None, *, empty_text: str | None = None) -> None:
        """Show this message (None: the hint ``empty_text``, or "choose a message")."""
        self.row = row
        if row is None:
            self.empty.setText(empty_text or translate("Outbox", "Choose a message to read it in full."))
            self.stack.setCurrentIndex(0)
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        fmt = self.fmt
        self._set("status", status_text(row.status))
        self._set("channel", channel_text(row.channel))
        self._set("to", recipient_text(fmt, row))
        self._set("case", fmt.digits(row.case_number))
        self._set("queued", fmt.datetime(row.queued_at))
        self._set("sent", fmt.datetime(row.sent_at) if row.status == "sent" else "")
        self._set("error", row.error if row.status == "failed" else "")
        self._set("subject", row.subject if row.channel == "email" else "")
        self.text.setPlainText(row.body)
        paragraphs_in_own_direction(self.text)
        self.buttons["edit"].setEnabled(row.status == "queued")
        self.buttons["cancel"].setEnabled(row.status == "queued")
        self.buttons["retry"].setEnabled(row.status == "failed")
        self.stack.setCurrentIndex(1)


class OutboxPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(translate("Outbox", "Outbox"), translate(
            "Outbox", "Messages to customers about their cases, newest first: what waits to be sent, what went "
                      "out and what failed.")))
        self.note = label(translate(
            "Outbox", "Nothing is sent from here yet: sending text messages and emails comes with the messaging "
                      "feature. Until then the outbox keeps what would go out, so you can correct or cancel it."),
            "note", wrap=True)
        layout.addWidget(self.note)
        self.tabs = QTabBar()
        self.tabs.setObjectName("outboxTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for index, status in enumerate(FILTERS):
            self.tabs.addTab("")
            self.tabs.setTabData(index, status)
        layout.addWidget(self.tabs)
        self.model = OutboxModel(ctx.fmt, self)
        self.table = read_only_table()
        self.table.setObjectName("outbox")
        self.table.setModel(self.model)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.edit_message())
        self.detail = MessageDetail(ctx.fmt)
        self.detail.buttons["edit"].clicked.connect(self.edit_message)
        self.detail.buttons["cancel"].clicked.connect(self.cancel_message)
        self.detail.buttons["retry"].clicked.connect(self.retry_message)
        self.splitter = QSplitter(Qt.Orientation.Vertical)  # the table wants the full width for its columns
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.tabs.currentChanged.connect(lambda _index: self.reload())
        self.reload()

    # --- reading ---------------------------------------------------------------------------------

    def status_filter(self) -> str | None:
        return self.tabs.tabData(self.tabs.currentIndex())

    def set_status_filter(self, status: str | None) -> None:
        self.tabs.setCurrentIndex(FILTERS.index(status))  # reloads when it changes

    def refresh(self) -> None:
        """Read again (the page was shown: case events may have queued messages meanwhile)."""
        self.reload(keep=self.selected_id())

    def reload(self, *, keep: int | None = None, near_row: int = 0) -> None:
        """Counts and the current tab's first page again; choose ``keep`` if still listed, else the
        message now at ``near_row`` (the next one after a message left the tab)."""
        try:
            counts = {status: outbox.count_messages(status) for status in FILTERS}
            self.model.set_status(self.status_filter())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            show_error(self, error)
            return
        for index, status in enumerate(FILTERS):
            name = translate("Outbox", "All") if status is None else status_text(status)
            self.tabs.setTabText(index, translate("Outbox", "{label} ({count})").format(
                label=name, count=self.ctx.fmt.number(counts[status])))
        row = self.model.row_of(keep)
        if row is None and self.model.rowCount():
            row = min(max(near_row, 0), self.model.rowCount() - 1)
        if row is not None:
            self.select_row(row)
        self._show_current()

    def _show_current(self) -> None:
        row = self.selected_row()
        if row is None:
            empty = None
            if not self.model.rowCount():
                empty = translate("Outbox", "No messages here.") if self.status_filter() is not None else \
                    translate("Outbox", "The outbox is empty. Messages to customers appear here when a case is "
                                        "received or resolved (as chosen in the settings).")
            self.detail.show_row(None, empty_text=empty)
        else:
            self.detail.show_row(self.model.row_object(row))

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def selected_row(self) -> int | None:
        current = self.table.selectionModel().currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            return None
        return current.row()

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.message_id(row) if row is not None else None

    def select_message(self, message_id: int) -> bool:
        row = self.model.row_of(message_id)
        if row is None:
            return False
        self.select_row(row)
        self._show_current()
        return True

    # --- changing --------------------------------------------------------------------------------

    def _selected_status(self) -> str | None:
        row = self.selected_row()
        found = self.model.row_object(row) if row is not None else None
        return found.status if found is not None else None

    def edit_message(self) -> None:
        message_id = self.selected_id()
        if message_id is None or self._selected_status() != "queued":
            return
        try:
            dialog = MessageEditDialog(self.ctx.fmt, message_id, self)
        except Exception as error:  # noqa: BLE001 - e.g. removed meanwhile
            show_error(self, error)
            return
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self.reload(keep=message_id, near_row=self.selected_row() or 0)

    def _run(self, action: Callable[[int], object]) -> None:
        message_id, row = self.selected_id(), self.selected_row()
        if message_id is None:
            return
        try:
            action(message_id)
        except Exception as error:  # noqa: BLE001 - shown in the user's language (e.g. sent meanwhile)
            show_error(self, error)
        self.reload(keep=message_id, near_row=row or 0)

    def cancel_message(self) -> None:
        if self._selected_status() != "queued":
            return
        answer = QMessageBox.question(self, translate("Outbox", "Cancel message"), translate(
            "Outbox", "Cancel this message? It will not be sent; it stays in the outbox, marked cancelled."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(outbox.cancel)

    def retry_message(self) -> None:
        if self._selected_status() == "failed":
            self._run(outbox.retry)

    # --- pictures --------------------------------------------------------------------------------

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """For ``screenshots``: every message with the newest open, the failed ones, and the edit
        form on the newest waiting message."""
        def listing() -> None:
            self.set_status_filter(None)
            self.reload()
            self.select_row(0)

        def failed() -> None:
            self.set_status_filter("failed")
            self.select_row(0)

        def form() -> MessageEditDialog | None:
            self.set_status_filter(None)
            waiting = outbox.list_messages("queued", limit=1)
            return MessageEditDialog(self.ctx.fmt, waiting[0].id, self) if waiting else None
        return {"list": listing, "failed": failed, "message-form": form}


__all__ = ["MessageDetail", "MessageEditDialog", "OutboxModel", "OutboxPage", "outbox_columns"]

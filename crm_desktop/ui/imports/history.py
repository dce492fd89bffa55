"""The import history: every import with its figures, newest first, and undoing one — which
removes what it added and gives the records it changed their earlier values back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.imports import batches
from crm_desktop.services.imports.batches import BatchSummary, UndoPreview, UndoResult
from crm_desktop.services.imports.fields import ENTITY_LABELS
from crm_desktop.services.progress import Cancelled
from crm_desktop.text.i18n import render
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label, read_only_table, select_row
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel
from crm_desktop.ui.workers import run_with_progress

translate = QCoreApplication.translate
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
WIDTHS = (125, 110, 170, 80, 80)  # when, who, file, sheet, target; the figures fit their titles


def state_text(batch: BatchSummary, fmt: Formatter) -> str:
    if batch.state == "undone":
        return translate("ImportHistory", "Undone {when}").format(when=fmt.date(batch.undone_at)) \
            if batch.undone_at else translate("ImportHistory", "Undone")
    return translate("ImportHistory", "Imported")


def import_history_model(ctx: AppContext, parent=None) -> PagedTableModel[BatchSummary]:
    fmt = ctx.fmt
    columns = [
        Column(translate("ImportHistory", "When"), lambda b: fmt.datetime(b.at)),
        Column(translate("ImportHistory", "Who"), lambda b: b.user or translate("ImportHistory", "System")),
        Column(translate("ImportHistory", "File"), lambda b: b.file_name),
        Column(translate("ImportHistory", "Sheet"), lambda b: b.sheet),
        Column(translate("ImportHistory", "Imported as"),
               lambda b: render(ENTITY_LABELS[b.entity]) if b.entity in ENTITY_LABELS else b.entity),
        Column(translate("ImportHistory", "Rows"), lambda b: fmt.number(b.rows), NUMBER),
        Column(translate("ImportHistory", "New"), lambda b: fmt.number(b.created), NUMBER),
        Column(translate("ImportHistory", "Updated"), lambda b: fmt.number(b.updated), NUMBER),
        Column(translate("ImportHistory", "Skipped"), lambda b: fmt.number(b.skipped), NUMBER),
        Column(translate("ImportHistory", "Invalid"), lambda b: fmt.number(b.invalid), NUMBER),
        Column(translate("ImportHistory", "State"), lambda b: state_text(b, fmt)),
    ]
    return PagedTableModel(columns, batches.count_batches,
                           lambda offset, limit: batches.list_batches(limit, offset), parent=parent)


def undo_question(batch: BatchSummary, preview: UndoPreview, fmt: Formatter) -> str:
    lines = [translate("ImportHistory", "Undo the import of \u201c{file}\u201d from {when}?").format(
        file=batch.file_name, when=fmt.datetime(batch.at))]
    if batch.entity == "leads":
        lines.append(translate("ImportHistory", "{leads} leads it added will be removed.").format(
            leads=fmt.number(preview.leads)))
    elif batch.entity == "deals":
        lines.append(translate("ImportHistory", "{deals} deals, {people} people and {companies} companies it added "
                                                "will be removed.").format(
            deals=fmt.number(preview.deals), people=fmt.number(preview.people),
            companies=fmt.number(preview.companies)))
    else:
        lines.append(translate("ImportHistory", "{people} people and {companies} companies it added will be removed.")
                     .format(people=fmt.number(preview.people), companies=fmt.number(preview.companies)))
    if preview.updated:
        lines.append(translate("ImportHistory", "{count} existing records it changed get their earlier values back, "
                                                "except fields edited since.").format(
            count=fmt.number(preview.updated)))
    if preview.changed_since:
        lines.append(translate("ImportHistory", "{count} of the added records were edited after the import; they are "
                                                "removed too.").format(count=fmt.number(preview.changed_since)))
    return "\n\n".join(lines)


class ImportHistory(QWidget):
    changed = Signal()  # an import was undone: lists of customers are out of date

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = read_only_table()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model = import_history_model(ctx, self.table)
        self.table.setModel(self.model)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = WIDTHS[column] if column < len(WIDTHS) else 0
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.model.modelReset.connect(self._selection)
        self.undo_button = QPushButton(translate("ImportHistory", "Undo this import\u2026"))
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.message = label("", "muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "ImportHistory", "Every import from Excel or CSV, newest first. Undoing one removes the records it "
                             "added and restores the ones it updated."), "note", wrap=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if self.model.rowCount():
            self.select_row(0)
        self._selection()

    def reload(self) -> None:
        self.model.reload()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_row(0)  # the newest import, the one most often undone

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def selected(self) -> BatchSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_batch(self, batch_id: int) -> None:
        for row in range(self.model.rowCount()):
            batch = self.model.row_object(row)
            if batch is not None and batch.id == batch_id:
                self.select_row(row)
                return

    def _selection(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.state == "done")

    def undo_selected(self, *, ask: bool = True) -> UndoResult | None:
        batch = self.selected()
        if batch is None or batch.state != "done":
            return None
        fmt = self.ctx.fmt
        try:
            preview = batches.undo_preview(batch.id)
        except Exception as error:  # noqa: BLE001 - e.g. undone meanwhile from another computer
            show_error(self, error)
            self.reload()
            return None
        if ask and not self._confirm(undo_question(batch, preview, fmt)):
            return None
        try:
            result = run_with_progress(self, translate("ImportHistory", "Undoing the import\u2026"),
                                       lambda progress, cancel: batches.undo_batch(batch.id, progress=progress,
                                                                                   cancel=cancel))
        except Cancelled:
            return None
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            self.reload()
            return None
        text = translate("ImportHistory", "Undone: {removed} records removed, {restored} restored.").format(
            removed=fmt.number(result.removed), restored=fmt.number(result.restored))
        if result.kept:
            text = translate("ImportHistory", "Undone: {removed} records removed, {restored} restored; {kept} fields "
                                              "changed since the import were kept.").format(
                removed=fmt.number(result.removed), restored=fmt.number(result.restored),
                kept=fmt.number(result.kept))
        self.reload()
        self.select_batch(batch.id)
        self.message.setText(text)
        self.changed.emit()
        return result

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, translate("ImportHistory", "Undo an import"), question,
                          QMessageBox.StandardButton.NoButton, self)
        undo = box.addButton(translate("ImportHistory", "Undo the import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("ImportHistory", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is undo

"""Find and clean duplicates: review a group field by field and merge it (any size), mark records
as different, merge every group above a confidence in one go, and undo any merge from history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import duplicate_review, duplicates, labels, merge
from crm_desktop.services.duplicate_review import GroupView
from crm_desktop.services.duplicates import DuplicateGroup
from crm_desktop.services.progress import Cancelled
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.duplicate_reasons import describe_reasons
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.labels import entity_label, field_label, stage_label
from crm_desktop.ui.workers import run_with_progress
from crm_desktop.ui.widgets.common import in_reading_direction, label, select_row

translate = QCoreApplication.translate


class ReviewTab(QWidget):
    def __init__(self, ctx: AppContext, dialog: DuplicatesDialog) -> None:
        super().__init__()
        self.ctx, self.dialog = ctx, dialog
        self.groups: list[DuplicateGroup] = []
        self.view: GroupView | None = None
        self.entity = QComboBox()
        self.entity.addItem(translate("Duplicates", "People"), "contact")
        self.entity.addItem(translate("Duplicates", "Companies"), "organization")
        self.names_only = QCheckBox(translate("Duplicates", "Also people who only share a name and a city"))
        self.names_only.setToolTip(translate("Duplicates", "Many people share a full name in one city; these "
                                                           "matches are weak and usually different people."))
        find = QPushButton(translate("Duplicates", "Find duplicates"))
        find.setObjectName("primary")
        find.clicked.connect(self.find)
        self.summary = label("", "muted")
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setValue(duplicates.SUGGESTED_MIN_CONFIDENCE)
        self.threshold.setSuffix("%")
        self.bulk = QPushButton(translate("Duplicates", "Merge all groups at or above"))
        self.bulk.clicked.connect(self.merge_all)
        top = QHBoxLayout()
        for widget in (self.entity, self.names_only, find, self.summary):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.bulk)
        top.addWidget(self.threshold)

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self.show_group)
        self.reasons = label("", "muted", wrap=True)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merge_button = QPushButton(translate("Duplicates", "Merge into the kept record"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge_current)
        self.different = QPushButton(translate("Duplicates", "They are different"))
        self.different.clicked.connect(self.mark_different)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.different)
        actions.addWidget(self.merge_button)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(8, 0, 0, 0)
        right.addWidget(self.reasons)
        right.addWidget(label(translate("Duplicates", "Pick the record to keep and, per field, the value to keep."),
                              "note", wrap=True))
        right.addWidget(self.grid, 1)
        right.addLayout(actions)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setSizes([320, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._choices: dict[str, QButtonGroup] = {}
        self._survivor = QButtonGroup(self)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.merge_button, self.different):
            widget.setEnabled(on)

    # -- finding ------------------------------------------------------------------------------------

    def find(self) -> None:
        entity = self.entity.currentData()
        floor = 0 if self.names_only.isChecked() else duplicates.REVIEW_MIN_CONFIDENCE
        try:
            self.groups = run_with_progress(self, translate("Duplicates", "Looking for duplicates\u2026"),
                                            lambda progress, cancel: duplicates.find_duplicates(
                                                entity, min_confidence=floor, progress=progress, cancel=cancel))
        except Cancelled:
            return
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self._fill_list()

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = list(groups)
        self._fill_list()

    def _fill_list(self) -> None:
        self.list.clear()
        fmt = self.ctx.fmt
        for group in self.groups:
            view_names = duplicate_review.group_view(group.entity, list(group.ids)).records
            names = translate("Duplicates", " / ").join(r.name for r in view_names)
            details = translate("Duplicates", "{confidence}% \u00b7 {count} records").format(
                confidence=fmt.number(group.confidence), count=fmt.number(len(group.ids)))
            text = in_reading_direction(names) + "\n" + in_reading_direction(details)
            item = QListWidgetItem(text)
            self.list.addItem(item)
        self.summary.setText(translate("Duplicates", "{count} groups found").format(count=fmt.number(len(self.groups))))
        self.bulk.setEnabled(bool(self.groups))
        if self.groups:
            self.list.setCurrentRow(0)
        else:
            self._clear_grid()

    # -- one group ----------------------------------------------------------------------------------

    def _clear_grid(self) -> None:
        self.view = None
        self.grid.clear()
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self.reasons.setText("")
        self._set_enabled(False)

    def show_group(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            self._clear_grid()
            return
        group = self.groups[row]
        self.view = view = duplicate_review.group_view(group.entity, list(group.ids))
        self.reasons.setText(translate("Duplicates", "Why: {reasons}").format(reasons=describe_reasons(group.reasons)))
        fields = view.fields
        self.grid.clear()
        self.grid.setColumnCount(len(view.records))
        self.grid.setRowCount(len(fields) + 1)
        self.grid.setHorizontalHeaderLabels([r.name for r in view.records])
        self.grid.setVerticalHeaderLabels([translate("Duplicates", "Keep")] + [field_label(f) for f in fields])
        self._survivor = QButtonGroup(self)
        for column, record in enumerate(view.records):
            keep = QRadioButton(translate("Duplicates", "keep this record"))
            keep.setChecked(record.id == view.suggested_survivor)
            self._survivor.addButton(keep, record.id)
            self.grid.setCellWidget(0, column, keep)
        self._choices = {}
        differing = set(view.differing())
        for row_index, field in enumerate(fields, start=1):
            values = [record.values.get(field) for record in view.records]
            if field not in differing:
                for column, value in enumerate(values):
                    self.grid.setItem(row_index, column, QTableWidgetItem(self._shown(field, value)))
                continue
            choice = QButtonGroup(self)
            survivor_column = next(i for i, r in enumerate(view.records) if r.id == view.suggested_survivor)
            default = survivor_column if values[survivor_column] not in (None, "") else \
                next(i for i, v in enumerate(values) if v not in (None, ""))
            for column, (record, value) in enumerate(zip(view.records, values, strict=True)):
                button = QRadioButton(self._shown(field, value) or "\u2014")
                button.setEnabled(value not in (None, ""))
                button.setChecked(column == default)
                choice.addButton(button, record.id)
                self.grid.setCellWidget(row_index, column, button)
            self._choices[field] = choice
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._set_enabled(True)

    def _shown(self, field: str, value) -> str:
        fmt = self.ctx.fmt
        if value is None or value == "":
            return ""
        if isinstance(value, dt.datetime):
            return fmt.datetime(value)
        if isinstance(value, dt.date):
            return fmt.date(value, "long")
        if field == "lifecycle_stage":
            return stage_label(value)
        if field == "gender":
            return labels.label(labels.GENDERS, value)
        if isinstance(value, bool):
            return translate("Duplicates", "yes") if value else translate("Duplicates", "no")
        return str(value)

    def merge_current(self) -> None:
        view = self.view
        if view is None:
            return
        survivor = self._survivor.checkedId()
        others = [r.id for r in view.records if r.id != survivor]
        choices = {field: group.checkedId() for field, group in self._choices.items() if group.checkedId() > 0}
        try:
            done = merge.merge(view.entity, survivor, others, field_choices=choices,
                               confidence=self.groups[self.list.currentRow()].confidence)
        except Exception as error:  # noqa: BLE001 - validation or "changed meanwhile": shown, nothing merged
            show_error(self, error)
            return
        self.dialog.merged(done.id)
        self._drop_current()

    def mark_different(self) -> None:
        if self.view is None:
            return
        try:
            merge.mark_not_duplicates(self.view.entity, [r.id for r in self.view.records])
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self._drop_current()

    def _drop_current(self) -> None:
        row = self.list.currentRow()
        del self.groups[row]
        self.list.takeItem(row)
        self.summary.setText(translate("Duplicates", "{count} groups found").format(
            count=self.ctx.fmt.number(len(self.groups))))
        if not self.groups:
            self._clear_grid()

    def merge_all(self) -> None:
        level = self.threshold.value()
        chosen = [g for g in self.groups if g.confidence >= level]
        if not chosen:
            return
        try:
            run_with_progress(self, translate("Duplicates", "Merging {count} groups\u2026").format(
                count=self.ctx.fmt.number(len(chosen))),
                lambda progress, cancel: merge.merge_groups(chosen, min_confidence=level, progress=progress,
                                                            cancel=cancel))
        except Cancelled:
            return
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.groups = [g for g in self.groups if g.confidence < level]
        self._fill_list()
        self.dialog.merged_batch(len(chosen))


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries: list[duplicate_review.MergeEntry] = []
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.undo = QPushButton(translate("Duplicates", "Undo this merge"))
        self.undo.clicked.connect(self.undo_one)
        self.undo_batch = QPushButton(translate("Duplicates", "Undo the whole bulk merge"))
        self.undo_batch.clicked.connect(self.undo_all)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_batch)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        self.entries = duplicate_review.history()
        fmt = self.ctx.fmt
        headers = [translate("Duplicates", "When"), translate("Duplicates", "Who"), translate("Duplicates", "Kind"),
                   translate("Duplicates", "Kept"), translate("Duplicates", "Merged"),
                   translate("Duplicates", "Bulk"), translate("Duplicates", "Undone")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [fmt.datetime(entry.at), entry.user, entity_label(entry.entity), entry.survivor,
                     fmt.number(entry.merged), translate("Duplicates", "yes") if entry.batch else "",
                     fmt.datetime(entry.undone_at) if entry.undone_at else ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._selection()

    def _current(self) -> duplicate_review.MergeEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection(self) -> None:
        entry = self._current()
        self.undo.setEnabled(entry is not None and entry.undone_at is None)
        self.undo_batch.setEnabled(entry is not None and bool(entry.batch))

    def select_merge(self, merge_id: int) -> None:
        for row, entry in enumerate(self.entries):
            if entry.id == merge_id:
                select_row(self.table, row)

    def undo_one(self) -> None:
        entry = self._current()
        if entry is None:
            return
        try:
            merge.undo_merge(entry.id)
        except Exception as error:  # noqa: BLE001 - e.g. "a later merge involves these records"
            show_error(self, error)
        self.reload()

    def undo_all(self) -> None:
        entry = self._current()
        if entry is None or not entry.batch:
            return
        try:
            run_with_progress(self, translate("Duplicates", "Undoing the bulk merge\u2026"),
                              lambda progress, cancel: merge.undo_batch(entry.batch, progress=progress, cancel=cancel))
        except Cancelled:
            pass
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
        self.reload()


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Duplicates", "Duplicates"))
        self.ctx = ctx
        self.changed = False
        self.tabs = QTabWidget()
        self.review = ReviewTab(ctx, self)
        self.history = HistoryTab(ctx)
        self.tabs.addTab(self.review, translate("Duplicates", "Review"))
        self.tabs.addTab(self.history, translate("Duplicates", "Merge history"))
        self.message = label("", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.resize(1120, 700)

    def merged(self, merge_id: int) -> None:
        self.changed = True
        self.history.reload()
        self.history.select_merge(merge_id)
        self.message.setText(translate("Duplicates", "Merged. It can be undone in the merge history."))

    def merged_batch(self, groups: int) -> None:
        self.changed = True
        self.history.reload()
        self.message.setText(translate("Duplicates", "{count} groups merged in one go; the merge history can undo "
                                                     "them together.").format(count=self.ctx.fmt.number(groups)))

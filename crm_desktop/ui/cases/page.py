"""The complaint queue: views with live counts on the side, filters above, the cases in the order
they need action (read in a worker, shown a page at a time), and the chosen case beside them.

Keys in the table: Enter opens the case's detail (the reply box), A assigns the chosen cases to me,
S offers the status moves, Delete deletes (after asking); Ctrl+N records a new case, F5 reads again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from crm_desktop.services.cases import queue, setup, work_calendar
from crm_desktop.services.context import current_user_id
from crm_desktop.ui.cases import bulk
from crm_desktop.ui.cases.case_dialog import CaseDialog
from crm_desktop.ui.cases.detail import CaseDetail
from crm_desktop.ui.cases.filters import QueueFilters, ViewList
from crm_desktop.ui.cases.queue_model import WIDTHS, CaseQueueModel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import label, page_header, read_only_table, select_row
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


def load_queue(f: queue.QueueFilter, user_id: int | None) -> tuple:
    """What one reload reads (in a worker): the ordered ids, the moment, the calendar, the counts."""
    now = dt.datetime.now(dt.timezone.utc)
    f = dataclasses.replace(f, now=now)
    return queue.ordered_ids(f), now, work_calendar.office_calendar(), queue.open_summary(user_id, now)


class CasesPage(QWidget):
    loaded = Signal()  # a reload finished (ids, counts and the detail are current)
    status = Signal(str)
    open_customer = Signal(str, int)  # the detail's "Open profile" (kind, id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._generation = 0
        self._tasks: set[Task] = set()
        self._keep: list[int] = []  # the chosen case ids to choose again after a reload
        setup.ensure_defaults()  # categories, SLA policies and templates, the first time the queue is used
        self.views = ViewList(ctx.fmt)
        self.views.changed.connect(self.reload)
        self.filters = QueueFilters()
        self.filters.changed.connect(self.reload)
        self.new_button = QPushButton(translate("Cases", "New case"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(translate("Cases", "Record a request or complaint (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_case())
        self.assign_button = QPushButton(translate("Cases", "Assign to\u2026"))
        self.assign_button.setMenu(bulk.assign_menu(self, self))
        self.status_button = QPushButton(translate("Cases", "Change status\u2026"))
        self.status_button.setMenu(bulk.status_menu(self, self))
        self.delete_button = QPushButton(translate("Cases", "Delete"))
        self.delete_button.clicked.connect(lambda: bulk.delete_selected(self))
        self.count = label("", "muted")
        self.model = CaseQueueModel(ctx.fmt, self)
        self.table = read_only_table()
        self.table.setObjectName("caseQueue")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._current_changed(current))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.installEventFilter(self)
        self.detail = CaseDetail(ctx)
        self.detail.changed.connect(lambda _case_id: self.reload())
        self.detail.open_customer.connect(self.open_customer)
        self.detail.edit_requested.connect(self.edit_case)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 420])

        top = QHBoxLayout()
        top.addWidget(page_header(translate("Cases", "Complaints and requests")), 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for widget in (self.assign_button, self.status_button, self.delete_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.count)
        main = QVBoxLayout()
        main.setSpacing(8)
        main.addWidget(self.filters)
        main.addLayout(actions)
        main.addWidget(self.splitter, 1)
        side = QVBoxLayout()
        side.addWidget(label(translate("Cases", "Views"), "sectionTitle"))
        side.addWidget(self.views)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(side)
        body.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_case), (QKeySequence(Qt.Key.Key_F5), self.reload)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._enable()

    # -- loading -----------------------------------------------------------------------------------

    def queue_filter(self) -> queue.QueueFilter:
        return self.filters.queue_filter(self.views.view(), current_user_id())

    def refresh(self) -> None:
        """Read the queue again (the main window calls this when the area is opened)."""
        self.reload()

    def reload(self, *, wait: bool = False, select: list[int] | None = None) -> None:
        """Read the ids and counts in a worker (``wait``: here and now, e.g. for screenshots), then
        choose ``select`` (default: the cases chosen now) again where they are still listed."""
        self._generation += 1
        generation = self._generation
        self._keep = list(select) if select is not None else (self.selected_ids() or self._keep)
        f, user_id = self.queue_filter(), current_user_id()
        if wait:
            self._loaded(generation, load_queue(f, user_id))
            return
        task = Task(lambda progress, cancel: load_queue(f, user_id))
        task.signals.done.connect(lambda result: self._finished(task, generation, result))
        task.signals.failed.connect(lambda error: self._failed(task, error))
        self._tasks.add(task)
        QThreadPool.globalInstance().start(task)

    def _finished(self, task: Task, generation: int, result: tuple) -> None:
        self._tasks.discard(task)
        if generation == self._generation:  # an older filter's answer is dropped
            self._loaded(generation, result)

    def _failed(self, task: Task, error: BaseException) -> None:
        from crm_desktop.ui.errors import show_error

        self._tasks.discard(task)
        show_error(self, error)

    def _loaded(self, generation: int, result: tuple) -> None:
        ids, now, cal, counts = result
        keep = self._keep
        self.model.set_ids(ids, now, cal)
        self.views.set_counts(counts)
        self.count.setText(translate("Cases", "{count} cases").format(count=self.ctx.fmt.number(len(ids))))
        self._choose(keep)
        self.loaded.emit()

    def _choose(self, case_ids: list[int]) -> None:
        """Choose these cases again if they are still listed (else the first row)."""
        rows = [row for row in (self.model.row_of(i) for i in case_ids[:50]) if row >= 0]
        selection = self.table.selectionModel()
        if not rows and self.model.rowCount():
            rows = [0]
        if not rows:
            selection.clear()
            self.detail.show_case(None)
            self._enable()
            return
        select_row(self.table, rows[0])
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), flags)
        self.detail.show_case(self.model.case_id(rows[0]))
        self._enable()

    def _current_changed(self, current) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id != self.detail.case_id:
            self.detail.show_case(case_id)

    # -- choosing ----------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [case_id for case_id in (self.model.case_id(row) for row in rows) if case_id is not None]

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def select_ids(self, case_ids: list[int]) -> None:
        self._choose(list(case_ids))

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.assign_button, self.status_button, self.delete_button):
            button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_detail()
                    return True
                if key == Qt.Key.Key_A:
                    bulk.assign_selected(self, current_user_id(), None)
                    return True
                if key == Qt.Key.Key_S:
                    rect = self.table.visualRect(self.table.currentIndex())
                    self.status_button.menu().popup(self.table.viewport().mapToGlobal(rect.center()))
                    return True
                if key == Qt.Key.Key_Delete:
                    bulk.delete_selected(self)
                    return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------------------

    def open_detail(self) -> None:
        """Show the chosen case's detail and put the cursor in its reply box."""
        case_id = self.model.case_id(self.table.currentIndex().row())
        if case_id is None:
            return
        if self.detail.case_id != case_id:
            self.detail.show_case(case_id)
        sizes = self.splitter.sizes()
        if sizes[1] == 0:
            self.splitter.setSizes([sizes[0] // 2, sizes[0] // 2])
        self.detail.reply.setFocus()

    def new_case(self, contact_id: int | None = None, organization_id: int | None = None) -> CaseDialog:
        dialog = CaseDialog(self.ctx, self, contact_id=contact_id, organization_id=organization_id)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def edit_case(self, case_id: int) -> CaseDialog:
        dialog = CaseDialog(self.ctx, self, case_id=case_id)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: CaseDialog) -> None:
        if dialog.result_id is not None:
            self.status.emit(translate("Cases", "Case saved."))
        self.detail.reload()
        self.reload(select=[dialog.result_id] if dialog.result_id is not None else None)
        dialog.deleteLater()

    def after_change(self, message: str = "", *, forget_selection: bool = False) -> None:
        """Read again after a bulk change; tell the status bar what happened."""
        if message:
            self.status.emit(message)
        self.reload(select=[] if forget_selection else None)

    # -- screenshots -------------------------------------------------------------------------------

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """What the screenshots command shows: the queue with the first case open, and the form."""
        def queue_state() -> None:
            self.reload(wait=True)
            self.select_row(0)

        def form_state() -> CaseDialog:
            self.reload(wait=True)
            return CaseDialog(self.ctx, self, case_id=self.model.case_id(0)) if self.model.rowCount() \
                else CaseDialog(self.ctx, self)

        def new_form_state() -> CaseDialog:  # a caller whose number is not on file yet
            dialog = CaseDialog(self.ctx, self)
            dialog.customer.input.setText("0912 000 4455")
            dialog.customer.lookup()
            return dialog
        return {"queue": queue_state, "case-form": form_state, "new-case-form": new_form_state}

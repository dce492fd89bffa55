"""The customers list: search as you type, filters, people and companies, and the actions on them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.filter_bar import FilterBar
from crm_desktop.ui.customers.list_model import KIND_ROLE, CustomerListModel
from crm_desktop.ui.widgets.common import label, page_header, read_only_table

translate = QCoreApplication.translate
WIDTHS = (210, 170, 130, 200, 90, 120, 90, 90, 95)


class CustomerListView(QWidget):
    open_requested = Signal(str, int)  # kind, id
    new_person_requested = Signal()
    new_company_requested = Signal()
    actions_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CustomerListModel(ctx, self)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(translate("CustomerList", "Search name, company, phone, email or code\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.kind = QComboBox()
        for text, kind in ((translate("CustomerList", "People and companies"), "all"),
                           (translate("CustomerList", "People"), "contact"),
                           (translate("CustomerList", "Companies"), "organization")):
            self.kind.addItem(text, kind)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.filters_button = QPushButton(translate("CustomerList", "Filters"))
        self.filters_button.setCheckable(True)
        self.filters = FilterBar(ctx)
        self.filters.setVisible(False)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.filters.changed.connect(self.apply_filters)
        self.new_person = QPushButton(translate("CustomerList", "New person"))
        self.new_person.setObjectName("primary")
        self.new_person.clicked.connect(self.new_person_requested)
        self.new_company = QPushButton(translate("CustomerList", "New company"))
        self.new_company.clicked.connect(self.new_company_requested)
        self.extra_buttons = QHBoxLayout()

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.kind)
        top.addWidget(self.filters_button)
        top.addStretch(1)
        top.addLayout(self.extra_buttons)
        top.addWidget(self.new_company)
        top.addWidget(self.new_person)

        self.table = read_only_table()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        open_action = QAction(self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.count_label = label("", "muted")
        self.model.modelReset.connect(self._update_count)
        self.context_actions: list[tuple[str, object]] = []  # (label, callback(selected keys))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(page_header(translate("CustomerList", "Customers")))
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_count()

    def apply_filters(self) -> None:
        f = replace(self.filters.apply_to(self.model.filter), text=self.search.text(), kind=self.kind.currentData())
        self.model.set_filter(f)
        active = self.filters.active_count()
        self.filters_button.setText(translate("CustomerList", "Filters ({count})").format(
            count=self.ctx.fmt.number(active)) if active else translate("CustomerList", "Filters"))

    def refresh(self) -> None:
        self.model.reload()

    def selected_keys(self) -> list[tuple[str, int]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        keys = [self.model.index(row, 0).data(KIND_ROLE) for row in rows]
        return [key for key in keys if key is not None]

    def _update_count(self) -> None:
        self.count_label.setText(translate("CustomerList", "{count} in the list").format(
            count=self.ctx.fmt.number(self.model.rowCount())))

    def _open_index(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(KIND_ROLE) if index.isValid() else None
        if key is not None:
            self.open_requested.emit(*key)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(translate("CustomerList", "Open"), lambda: self._open_index(index))
        keys = self.selected_keys()
        for caption, callback in self.context_actions:
            menu.addAction(caption, lambda cb=callback: cb(keys))
        menu.exec(self.table.viewport().mapToGlobal(pos))

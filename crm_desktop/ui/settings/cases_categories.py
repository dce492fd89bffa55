"""Settings › Complaint queue › Categories: the office's case categories and their subcategories as
a tree. Add a category or a subcategory, rename, move within its level, retire or bring back, and
delete one that no case or routing rule uses (a refusal says why, beside the tree)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import categories
from crm_desktop.services.cases.categories import CategoryNode
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.cases_common import EmptyOr
from crm_desktop.ui.settings.funnel_common import MUTED, NameDialog, button, error_label, report
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class CategoriesSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nodes: dict[int, CategoryNode] = {}
        # a QStandardItemModel, not a QTreeWidget: the latter's model gives every column of a row its children
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([translate("CasesSettings", "Category"),
                                              translate("CasesSettings", "State")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(lambda _new, _old: self._selection())
        self.tree.doubleClicked.connect(lambda _index: self.rename())
        self.add_button = button(translate("CasesSettings", "Add category\u2026"), self.add_category)
        self.add_sub_button = button(translate("CasesSettings", "Add subcategory\u2026"), self.add_subcategory)
        self.rename_button = button(translate("CasesSettings", "Rename\u2026"), self.rename)
        self.up_button = button(translate("CasesSettings", "Move up"), lambda: self.move("up"))
        self.down_button = button(translate("CasesSettings", "Move down"), lambda: self.move("down"))
        self.retire_button = button(translate("CasesSettings", "Retire"), self.toggle_active)
        self.delete_button = button(translate("CasesSettings", "Delete"), lambda: self.delete())
        side = QVBoxLayout()
        for widget in (self.add_button, self.add_sub_button, self.rename_button, self.up_button, self.down_button,
                       self.retire_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        middle = QHBoxLayout()
        self.box = EmptyOr(self.tree, translate(
            "CasesSettings", "No categories. Add the kinds of requests your office gets, e.g. Billing or Delivery, "
                             "and their subcategories."))
        middle.addWidget(self.box, 1)
        middle.addLayout(side)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "CasesSettings", "The categories offered for a new case, each with its subcategories, in this order. "
                             "A retired category is no longer offered and old cases keep it; only a category "
                             "that no case or routing rule uses can be deleted."), "note", wrap=True))
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        self.reload()

    # --- reading -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        roots = categories.tree(include_inactive=True)
        self.nodes = {}
        self.model.setRowCount(0)
        for root in roots:
            row = self._row(root, root.is_active)
            self.model.appendRow(row)
            for child in root.children:
                row[0].appendRow(self._row(child, root.is_active))
        self.tree.expandAll()
        if (keep is None or not self.select_id(keep)) and self.model.rowCount():
            self._select(self.model.index(0, 0))
        self.box.show_empty(not roots)
        self._selection()

    def _row(self, node: CategoryNode, parent_active: bool) -> list[QStandardItem]:
        self.nodes[node.id] = node
        if not node.is_active:
            state = translate("CasesSettings", "Retired")
        elif not parent_active:
            state = translate("CasesSettings", "Not offered (its category is retired)")
        else:
            state = translate("CasesSettings", "In use")
        row = [QStandardItem(node.name), QStandardItem(state)]
        for item in row:
            item.setEditable(False)
            item.setData(node.id, ID_ROLE)
            if not (node.is_active and parent_active):
                item.setForeground(QBrush(QColor(MUTED)))
        return row

    def _select(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)

    def index_of(self, category_id: int | None) -> QModelIndex:
        """The name cell of a category or subcategory (invalid when not listed)."""
        found = self.model.match(self.model.index(0, 0), ID_ROLE, category_id, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found and category_id is not None else QModelIndex()

    def select_id(self, category_id: int | None) -> bool:
        index = self.index_of(category_id)
        if index.isValid():
            self._select(index)
        return index.isValid()

    def selected_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected(self) -> CategoryNode | None:
        return self.nodes.get(self.selected_id())

    def _siblings(self, node: CategoryNode) -> list[int]:
        """Ids of the node's siblings in the same state (moves stay among active or retired ones)."""
        if node.parent_id is None:
            level = [n for n in self.nodes.values() if n.parent_id is None]
        else:
            level = list(self.nodes[node.parent_id].children)
        ordered = sorted(level, key=lambda n: (not n.is_active, n.position, n.id))
        return [n.id for n in ordered if n.is_active == node.is_active]

    def _selection(self) -> None:
        node = self.selected()
        for widget in (self.rename_button, self.retire_button, self.delete_button):
            widget.setEnabled(node is not None)
        self.add_sub_button.setEnabled(node is not None)
        ids = self._siblings(node) if node is not None else []
        self.up_button.setEnabled(node is not None and ids.index(node.id) > 0)
        self.down_button.setEnabled(node is not None and ids.index(node.id) < len(ids) - 1)
        self.retire_button.setText(translate("CasesSettings", "Activate") if node is not None and not node.is_active
                                   else translate("CasesSettings", "Retire"))

    # --- changes -----------------------------------------------------------------------------

    def _saved(self, row) -> None:
        self.message.setVisible(False)
        self.reload(row.id)

    def _dialog(self, title: str, name: str, store) -> NameDialog:
        dialog = NameDialog(title, translate("CasesSettings", "Name"), name, store, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def add_category(self) -> NameDialog:
        return self._dialog(translate("CasesSettings", "New category"), "", categories.create_category)

    def add_subcategory(self) -> NameDialog | None:
        """A subcategory of the selected category (of the selected subcategory's category)."""
        node = self.selected()
        if node is None:
            return None
        parent_id = node.parent_id if node.parent_id is not None else node.id
        title = translate("CasesSettings", "New subcategory of \u201c{category}\u201d").format(
            category=isolated(self.nodes[parent_id].name))
        return self._dialog(title, "", lambda name: categories.create_category(name, parent_id))

    def rename(self) -> NameDialog | None:
        node = self.selected()
        if node is None:
            return None
        return self._dialog(translate("CasesSettings", "Rename category"), node.name,
                            lambda name: categories.rename_category(node.id, name))

    def _run(self, action, select_id: int) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a refusal is shown beside the tree
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload(select_id)
        return True

    def move(self, direction: str) -> None:
        node = self.selected()
        if node is not None:
            self._run(lambda: categories.move_category(node.id, direction), node.id)

    def toggle_active(self) -> None:
        node = self.selected()
        if node is not None:
            self._run(lambda: categories.set_active(node.id, not node.is_active), node.id)

    def delete(self, *, ask: bool = True) -> bool:
        node = self.selected()
        if node is None:
            return False
        if node.children:
            question = translate("CasesSettings", "Delete the category \u201c{name}\u201d and its {count} "
                                                  "subcategories?").format(
                name=isolated(node.name), count=self.ctx.fmt.number(len(node.children)))
        else:
            question = translate("CasesSettings", "Delete the category \u201c{name}\u201d?").format(
                name=isolated(node.name))
        if ask and QMessageBox.question(self, translate("CasesSettings", "Delete category"), question) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            categories.delete_category(node.id)
        except Exception as error:  # noqa: BLE001 - a category in use is refused with a reason
            report(self.message, self, error)
            return False
        self.message.setVisible(False)
        self.reload(node.parent_id)
        return True

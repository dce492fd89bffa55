"""The customers list as a Qt model: a count and pages from SQL (never all rows), people and
companies together, sortable by name, date added and last contact."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from crm_desktop.services import customer_list
from crm_desktop.services.customer_list import CustomerRow, ListFilter
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import stage_label
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.widgets.paged_table_model import Column, PagedTableModel

translate = QCoreApplication.translate
SORTABLE = {0: "name", 7: "newest", 8: "recent"}  # column -> ListFilter.sort
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def columns(ctx: AppContext) -> list[Column[CustomerRow]]:
    fmt = ctx.fmt
    return [
        Column(translate("CustomerList", "Name"), lambda r: r.name),
        Column(translate("CustomerList", "Company"), lambda r: r.company),
        Column(translate("CustomerList", "Phone"), lambda r: fmt.phone(r.phone)),
        Column(translate("CustomerList", "Email"), lambda r: r.email),
        Column(translate("CustomerList", "City"), lambda r: r.city),
        Column(translate("CustomerList", "Owner"), lambda r: r.owner),
        Column(translate("CustomerList", "Stage"), lambda r: stage_label(r.stage) if r.stage else ""),
        Column(translate("CustomerList", "Added"), lambda r: fmt.date(r.created_at)),
        Column(translate("CustomerList", "Last contact"), lambda r: fmt.date(r.last_interaction_at)),
        Column(translate("CustomerList", "Tags"), lambda r: translate("CustomerList", ", ").join(r.tags)),
    ]


class CustomerListModel(PagedTableModel[CustomerRow]):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.filter = ListFilter()
        self._icons = {kind: QIcon(str(resource_path("icons", f"{kind}.svg"))) for kind in ("contact", "organization")}
        super().__init__(columns(ctx), lambda: customer_list.count(self.filter),
                         lambda offset, limit: customer_list.page(self.filter, offset, limit, total=self.rowCount()),
                         parent=parent)

    def set_filter(self, new: ListFilter) -> None:
        if new != self.filter:
            only_order = replace(new, sort=self.filter.sort, descending=self.filter.descending) == self.filter
            self.filter = new
            self.reload(keep_count=only_order)  # a new order has the same rows: no need to count again

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            row = self.row_object(index.row())
            return self._icons.get(row.kind) if row else None
        if index.isValid() and role == KIND_ROLE:
            row = self.row_object(index.row())
            return (row.kind, row.id) if row else None
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None:
            return
        self.set_filter(replace(self.filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

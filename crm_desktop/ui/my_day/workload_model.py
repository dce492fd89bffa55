"""The team workload table: one row per person (and "Unassigned"), then everyone together, with the
open, overdue (red when any), due today, due this week, done in the period and done in the period
before."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crm_desktop.services.activities.workload import PersonLoad, Workload
from crm_desktop.services.formatting import Formatter

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PERSON, OPEN, OVERDUE, DUE_TODAY, DUE_WEEK, DONE, DONE_BEFORE = range(7)
FIELDS = ("open", "overdue", "due_today", "due_week", "done", "done_before")
USER_ROLE = Qt.ItemDataRole.UserRole + 1  # the user id (None: unassigned, or the total row)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the figure as an int
RED = QColor("#d93025")


def headers() -> list[str]:
    return [translate("Workload", "Person"), translate("Workload", "Open"), translate("Workload", "Overdue"),
            translate("Workload", "Due today"), translate("Workload", "Due this week"),
            translate("Workload", "Done in the period"), translate("Workload", "Done in the period before")]


class WorkloadModel(QAbstractTableModel):
    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[PersonLoad] = []
        self.total: PersonLoad | None = None
        self._headers = headers()

    def set_workload(self, result: Workload) -> None:
        self.beginResetModel()
        self.rows, self.total = list(result.people), result.total
        self.endResetModel()

    def load(self, row: int) -> PersonLoad | None:
        if 0 <= row < len(self.rows):
            return self.rows[row]
        return self.total if row == len(self.rows) and self.total is not None else None

    def is_total(self, row: int) -> bool:
        return self.total is not None and row == len(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows) + (1 if self.total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section != PERSON:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self._headers):
            return None
        load = self.load(index.row())
        if load is None:
            return None
        column = index.column()
        value = None if column == PERSON else getattr(load, FIELDS[column - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            return load.name if column == PERSON else self.fmt.number(value)
        if role == VALUE_ROLE:
            return value
        if role == USER_ROLE:
            return load.user_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeading if column == PERSON else Qt.AlignmentFlag.AlignCenter
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == OVERDUE and value:
            return RED
        if role == Qt.ItemDataRole.FontRole and (self.is_total(index.row()) or (column == OVERDUE and value)):
            font = QFont()
            font.setBold(True)
            return font
        return None

"""The leads table: one row per lead from ``services.funnel.lead_list`` (a few thousand at most;
converted and disqualified ones leave the default view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.funnel.lead_list import LeadRow
from crm_desktop.services.funnel.scoring import Score

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def status_labels() -> dict[str, str]:
    return {"new": translate("Leads", "New"), "contacted": translate("Leads", "Contacted"),
            "qualified": translate("Leads", "Qualified"), "disqualified": translate("Leads", "Disqualified"),
            "converted": translate("Leads", "Converted")}


class LeadTableModel(QAbstractTableModel):
    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[LeadRow] = []
        self.headers = [translate("Leads", "Name"), translate("Leads", "Company"), translate("Leads", "Phone"),
                        translate("Leads", "Source"), translate("Leads", "Interested in"),
                        translate("Leads", "Owner"), translate("Leads", "Status"), translate("Leads", "Score"),
                        translate("Leads", "Win chance"), translate("Leads", "Added")]
        self.statuses = status_labels()
        self.chances: dict[int, Score] = {}  # learned win chance per lead id (filled by a worker)

    def set_rows(self, rows: list[LeadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_chances(self, chances: dict[int, Score]) -> None:
        self.chances = chances
        if self.rows:
            self.dataChanged.emit(self.index(0, 8), self.index(len(self.rows) - 1, 8))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        column = index.column()
        if column == 8 and role == Qt.ItemDataRole.ToolTipRole:
            chance = self.chances.get(row.id)
            if chance is None:
                return None
            if not chance.enough_data:
                return translate("Leads", "Too few won and lost deals yet to learn from; this is the office average.")
            return "\n".join(reason.label for reason in chance.reasons)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.name or row.company
        if column == 1:
            return row.company
        if column == 2:
            return self.fmt.phone(row.phone) if row.phone else row.email
        if column == 7:
            return "" if row.score is None else self.fmt.number(row.score)
        if column == 8:
            chance = self.chances.get(row.id)
            return "" if chance is None else translate("Leads", "{percent}%").format(
                percent=self.fmt.number(chance.probability))
        if column == 9:
            return self.fmt.date(row.created_at)
        return (None, None, None, row.source, row.interest, row.owner, self.statuses.get(row.status, row.status))[column]

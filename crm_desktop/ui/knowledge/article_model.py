"""The knowledge bank's table: one row per article found (question, category, how often it was
used on cases, published or draft). The search returns at most a few hundred rows, so they are
held as a list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.services.cases.knowledge import ArticleHit
from crm_desktop.services.formatting import Formatter
from crm_desktop.ui.widgets.text_direction import in_own_direction

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

QUESTION, CATEGORY, USED, PUBLISHED = range(4)
WIDTHS = {CATEGORY: 150, USED: 95, PUBLISHED: 85}  # the question takes the rest
DRAFT_COLOUR = QColor("#92400e")


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[ArticleHit] = []
        self.headers = [translate("Knowledge", "Question"), translate("Knowledge", "Category"),
                        translate("Knowledge", "Times used"), translate("Knowledge", "State")]

    def set_rows(self, rows: list[ArticleHit]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, article_id: int | None) -> int | None:
        return next((row for row, hit in enumerate(self.rows) if hit.id == article_id), None)

    def article_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        hit = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUESTION:
                return in_own_direction(hit.question)
            if column == CATEGORY:
                return in_own_direction(hit.category)
            if column == USED:
                return self.fmt.number(hit.use_count)
            if column == PUBLISHED:
                return translate("Knowledge", "Published") if hit.is_published else translate("Knowledge", "Draft")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QUESTION:
                return hit.snippet or None
            if column == USED:
                return translate("Knowledge", "Cases it was used on: {count}").format(
                    count=self.fmt.number(hit.use_count))
            if column == PUBLISHED and not hit.is_published:
                return translate("Knowledge", "A draft is not suggested on cases until it is published.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == USED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PUBLISHED and not hit.is_published:
            return DRAFT_COLOUR
        return None

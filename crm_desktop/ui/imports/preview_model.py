"""The rows of the check as a table: what happens to each row, then every mapped column as it
will be imported. Cells with a problem are red with the reason as their tooltip; a mapped cell
can be corrected in place (the page keeps the correction and checks again)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.imports.fields import BY_KEY
from crm_desktop.services.imports.importer import RowOutcome
from crm_desktop.text.i18n import render
from crm_desktop.ui.imports.preview_cells import cell_reasons, interpreted, raw_text, row_reasons

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ACTION_COLOURS = {"new": QColor("#e7f6ec"), "update": QColor("#e3efff"), "duplicate": QColor("#fff1cc"),
                  "invalid": QColor("#fde2e1")}
BAD_CELL = QColor("#fde2e1")
BAD_TEXT = QColor("#9c0006")
PENDING_TEXT = QColor("#6b7280")


def action_text(outcome: RowOutcome) -> str:
    if outcome.action == "new":
        return translate("ImportWizard", "New")
    if outcome.action == "update":
        return translate("ImportWizard", "Updates \u201c{name}\u201d").format(name=outcome.name)
    if outcome.action == "duplicate":
        return translate("ImportWizard", "Duplicate")
    return translate("ImportWizard", "Invalid")


class PreviewModel(QAbstractTableModel):
    edited = Signal(int, int, object)  # row number in the file, sheet column, the typed value (None: empty)

    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._outcomes: list[RowOutcome] = []
        self._columns: list[tuple[int, str]] = []  # (sheet column, field key), in sheet order
        self._names: list[str] = []
        self._pending: dict[tuple[int, int], str] = {}  # typed, not checked yet
        self._shown: dict[tuple[int, int], str] = {}

    def show_rows(self, outcomes: Sequence[RowOutcome], columns: dict[int, str], names: Sequence[str]) -> None:
        self.beginResetModel()
        self._outcomes = list(outcomes)
        self._columns = sorted(columns.items())
        self._names = list(names)
        self._pending.clear()
        self._shown.clear()
        self.endResetModel()

    def outcome(self, row: int) -> RowOutcome | None:
        return self._outcomes[row] if 0 <= row < len(self._outcomes) else None

    def sheet_column(self, column: int) -> int | None:
        return self._columns[column - 1][0] if 1 <= column <= len(self._columns) else None

    def model_column(self, sheet_column: int) -> int | None:
        return next((i + 1 for i, (c, _) in enumerate(self._columns) if c == sheet_column), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        outcome = self.outcome(index.row()) if index.isValid() else None
        if outcome is None or not 0 <= index.column() < self.columnCount():
            return None
        if index.column() == 0:
            return self._outcome_data(outcome, role)
        column, key = self._columns[index.column() - 1]
        pending = self._pending.get((outcome.number, column))
        if role == Qt.ItemDataRole.DisplayRole:
            if pending is not None:
                return pending
            cache = (index.row(), index.column())
            if cache not in self._shown:
                self._shown[cache] = interpreted(outcome, column, key, self.fmt)
            return self._shown[cache]
        if role == Qt.ItemDataRole.EditRole:
            return pending if pending is not None else raw_text(outcome, column)
        if pending is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PENDING_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ImportWizard", "Corrected; checking again\u2026")
            return None
        reasons = cell_reasons(outcome, column, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if reasons:
                return "\n".join(reasons)
            typed = raw_text(outcome, column)
            return translate("ImportWizard", "In the file: {value}").format(value=typed) if typed else None
        if reasons and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BAD_CELL)
        if reasons and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(BAD_TEXT)
        return None

    def _outcome_data(self, outcome: RowOutcome, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return action_text(outcome)
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = row_reasons(outcome)
            return "\n".join(reasons) if reasons else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ACTION_COLOURS[outcome.action])
        if role == Qt.ItemDataRole.FontRole and outcome.action == "invalid":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        outcome = self.outcome(index.row()) if index.isValid() else None
        if outcome is None or role != Qt.ItemDataRole.EditRole or index.column() < 1 \
                or index.column() >= self.columnCount():
            return False
        column = self._columns[index.column() - 1][0]
        text = "" if value is None else str(value).strip()
        if text == raw_text(outcome, column) and (outcome.number, column) not in self._pending:
            return False
        self._pending[(outcome.number, column)] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(outcome.number, column, text or None)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            outcome = self.outcome(section)
            if outcome is not None and role == Qt.ItemDataRole.DisplayRole:
                return self.fmt.digits(str(outcome.number))
            if outcome is not None and role == Qt.ItemDataRole.ToolTipRole:
                return translate("ImportWizard", "Row {row} of the sheet").format(
                    row=self.fmt.digits(str(outcome.number)))
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return translate("ImportWizard", "What happens") if role == Qt.ItemDataRole.DisplayRole else None
        column, key = self._columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return render(BY_KEY[key].label)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self._names[column] if column < len(self._names) else ""
            return translate("ImportWizard", "From the column \u201c{name}\u201d").format(name=name)
        return None

"""The targets table of Settings › Targets and teams: the office, each team and each person with their
target for one period (typed in the user's money unit; emptied to remove it), the amount won so far
and the % achieved drawn as a bar (the funnel report's ProgressDelegate)."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from crm_desktop.services.funnel import targets
from crm_desktop.services.funnel.targets import Progress
from crm_desktop.text.i18n import render, render_error
from crm_desktop.text.messages import UserError
from crm_desktop.text.money import UNIT_WORDS, format_money, parse_money
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.funnel_report.charts import percent_text
from crm_desktop.ui.funnel_report.tables import PROGRESS_ROLE, ProgressDelegate
from crm_desktop.ui.widgets.common import read_only_table

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
DASH = "\u2014"
NAME, KIND, TARGET, WON, ACHIEVED = range(5)


@dataclasses.dataclass(frozen=True)
class Period:
    kind: str  # month, quarter or year
    year: int
    number: int
    calendar: str  # the office's: jalali or gregorian


def scope_of(row: Progress) -> dict[str, int | None]:
    """The set_target keyword naming the row's owner (nothing for the office)."""
    return {"user_id": row.id} if row.scope == "user" else {"team_id": row.id} if row.scope == "team" else {}


class TargetsModel(QAbstractTableModel):
    """Rows of ``targets.progress`` for one period; the Target column is editable."""

    saved = Signal()  # a target was set or removed
    problem = Signal(str)  # a typed target could not be saved (the message, in the user's language)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period: Period | None = None
        self.rows: list[Progress] = []
        self.titles = [translate("TargetsSettings", "Name"), translate("TargetsSettings", "Kind"),
                       translate("TargetsSettings", "Target"), translate("TargetsSettings", "Won so far"),
                       translate("TargetsSettings", "Achieved")]
        self.scopes = {"office": translate("TargetsSettings", "Office"), "team": translate("TargetsSettings", "Team"),
                       "user": translate("TargetsSettings", "Person")}

    def load(self, period: Period) -> None:
        self.beginResetModel()
        self.period = period
        self.rows = targets.progress(period.kind, period.year, period.number, calendar=period.calendar)
        self.endResetModel()

    def reload(self) -> None:
        if self.period is not None:
            self.load(self.period)

    def row_of(self, scope: str, record_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.scope == scope and r.id == record_id), -1)

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.titles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == TARGET else flags

    def _plain(self, rials: int) -> str:
        prefs = self.ctx.prefs
        return format_money(rials, unit=prefs.money_unit, digits=prefs.digits, lang=prefs.language, with_unit=False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column, fmt = self.rows[index.row()], index.column(), self.ctx.fmt
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, self.scopes.get(row.scope, row.scope),
                    DASH if row.target is None else fmt.money(row.target), fmt.money(row.won),
                    DASH if row.percent is None else percent_text(fmt, row.percent / 100))[column]
        if role == Qt.ItemDataRole.EditRole and column == TARGET:
            return "" if row.target is None else self._plain(row.target)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TARGET, WON, ACHIEVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TARGET:
            return translate("TargetsSettings", "Type the target in {unit}; leave it empty to remove it.").format(
                unit=UNIT_WORDS.get(self.ctx.prefs.language, UNIT_WORDS["en"])[self.ctx.prefs.money_unit])
        if role == PROGRESS_ROLE and column == ACHIEVED:
            return row.percent
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (TARGET, WON, ACHIEVED):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != TARGET or self.period is None:
            return False
        return self.set_amount(index.row(), "" if value is None else str(value))

    # -- saving ---------------------------------------------------------------------------------

    def set_amount(self, row_number: int, text: str) -> bool:
        """Save what was typed for the row: an amount in the user's unit, or nothing to remove it."""
        row, period = self.rows[row_number], self.period
        text = text.strip()
        try:
            if not text:
                if row.target is None:
                    return False
                self._remove(row)
                amount = None
            else:
                try:
                    amount = parse_money(text, unit=self.ctx.prefs.money_unit)
                except ValueError:
                    self.problem.emit(translate("TargetsSettings", "Type the target as an amount, e.g. {example}.")
                                      .format(example=self.ctx.fmt.money(5_000_000_000)))
                    return False
                if amount <= 0:
                    self.problem.emit(render(targets.BAD_TARGET))
                    return False
                if amount == row.target:
                    return False
                targets.set_target(amount, period.kind, period.year, period.number, calendar=period.calendar,
                                   **scope_of(row))
        except UserError as error:
            self.problem.emit(render_error(error))
            return False
        except Exception as error:  # noqa: BLE001 - logged, and said in the user's words
            log.error("could not save a target", exc_info=error)
            self.problem.emit(message_for(error))
            return False
        self.rows[row_number] = dataclasses.replace(
            row, target=amount, percent=row.won * 100 / amount if amount else None)
        self.dataChanged.emit(self.index(row_number, TARGET), self.index(row_number, ACHIEVED))
        self.saved.emit()
        return True

    def _remove(self, row: Progress) -> None:
        period = self.period
        # set_target hands back the row holding this scope's target for the period (the same amount
        # changes nothing and writes no audit entry); that row is then deleted (restorable)
        kept = targets.set_target(row.target, period.kind, period.year, period.number, calendar=period.calendar,
                                  **scope_of(row))
        targets.delete_target(kept.id)


def targets_table(model: TargetsModel):
    """The table over the model: editable Target column, a bar in the Achieved column."""
    table = read_only_table()
    table.setModel(model)
    table.setEditTriggers(table.EditTrigger.DoubleClicked | table.EditTrigger.EditKeyPressed
                          | table.EditTrigger.AnyKeyPressed | table.EditTrigger.SelectedClicked)
    table.setItemDelegateForColumn(ACHIEVED, ProgressDelegate(table))
    return table

"""The funnel's deals as a list: the board's filter, the open deals (and the won and lost ones when
asked), with "Export to Excel" writing exactly these rows.

The rows are plain tuples from one query (:func:`crm_desktop.services.funnel.board.deal_rows`): a
pipeline holds thousands of deals, not millions, and the board reads the same set at once anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, \
    QStandardPaths, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.exports.deals import export_deals
from crm_desktop.services.funnel import board
from crm_desktop.services.funnel.board import BoardFilter, DealRow
from crm_desktop.services.progress import Cancelled
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label, read_only_table
from crm_desktop.ui.workers import run_with_progress

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WIDTHS = (180, 150, 125, 55, 125, 45, 115, 110, 95)
Index = QModelIndex | QPersistentModelIndex


class DealTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        fmt = ctx.fmt
        self.rows: list[DealRow] = []
        number = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        start = None
        self.columns = [
            (translate("DealList", "Deal"), lambda r: r.title, start),
            (translate("DealList", "Customer"), lambda r: " \u00b7 ".join(p for p in (r.person, r.company) if p), start),
            (translate("DealList", "Stage"), lambda r: r.stage, start),
            (translate("DealList", "Status"), lambda r: board.status_word(r.status), start),
            (translate("DealList", "Amount"), lambda r: fmt.money(r.amount), number),
            (translate("DealList", "Prob."), lambda r: translate("FunnelBoard", "{value}%").format(
                value=fmt.digits(str(r.probability))), number),
            (translate("DealList", "Weighted"), lambda r: fmt.money(r.weighted), number),
            (translate("DealList", "Expected close"), lambda r: fmt.date(r.expected_close), start),
            (translate("DealList", "Owner"), lambda r: r.owner, start),
            (translate("DealList", "Next activity"), lambda r: " ".join(
                p for p in (fmt.date(r.next_activity_at), r.next_activity) if p), start),
        ]

    def set_rows(self, rows: list[DealRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        _, shown, align = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and align is not None:
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and row.status != "open":
            return QColor("#1e8e3e") if row.status == "won" else QColor("#d93025")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section][0]
        return None


class DealListView(QWidget):
    open_requested = Signal(int)
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = BoardFilter()
        self.model = DealTableModel(ctx, self)
        self.include_closed = QCheckBox(translate("DealList", "Show won and lost deals too"))
        self.include_closed.toggled.connect(lambda _: self.reload())
        self.export_button = QPushButton(translate("DealList", "Export to Excel\u2026"))
        self.export_button.setToolTip(translate("DealList", "The deals in the list, as an Excel workbook or a CSV "
                                                            "file"))
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.table = read_only_table()
        self.table.setModel(self.model)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(index.siblingAtColumn(0).data(ID_ROLE)))
        self.count_label = label("", "muted")
        top = QHBoxLayout()
        top.addWidget(self.include_closed)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def set_filter(self, f: BoardFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(board.deal_rows(self.filter, self.include_closed.isChecked()))
        fmt = self.ctx.fmt
        total = sum(r.amount for r in self.model.rows)
        self.count_label.setText(translate("DealList", "{count} deals, {amount} in total").format(
            count=fmt.number(len(self.model.rows)), amount=fmt.money(total)))

    def ask_target(self) -> Path | None:
        excel = translate("Export", "Excel workbook (*.xlsx)")
        csv = translate("Export", "CSV, UTF-8 (*.csv)")
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        path, chosen = QFileDialog.getSaveFileName(self, translate("Export", "Export to Excel"),
                                                   str(folder / "deals.xlsx"), f"{excel};;{csv}")
        if not path:
            return None
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if chosen == csv else ".xlsx"
        return Path(path)

    def export_excel(self, target: Path | None = None) -> int | None:
        """The list's deals to ``target`` (asked for when None), in a worker; rows written or None."""
        target = target or self.ask_target()
        if target is None:
            return None
        f, closed = self.filter, self.include_closed.isChecked()
        try:
            written = run_with_progress(self, translate("Export", "Writing {name}\u2026").format(name=target.name),
                                        lambda progress, cancel: export_deals(target, f, closed, progress=progress,
                                                                              cancel=cancel))
        except Cancelled:
            return None
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return None
        self.status.emit(translate("DealList", "{count} deals exported.").format(count=self.ctx.fmt.number(written)))
        return written

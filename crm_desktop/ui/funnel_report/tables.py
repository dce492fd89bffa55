"""The Funnel report's tables: a read-only model over rows of plain dataclasses, the columns of each
of the page's tables, and the progress bar drawn in the targets table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.formatting import Formatter
from crm_desktop.ui.funnel_report.charts import decimal_text, percent_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
DASH = "\u2014"


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    numeric: bool = False
    progress: Callable[[Any], float | None] | None = None  # 0..100+ for a progress bar


class ReportTableModel(QAbstractTableModel):
    """Read-only rows (plain dataclasses) shown through a list of columns."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        """New rows, and new columns when given (e.g. a table whose columns follow the data)."""
        self.beginResetModel()
        self.rows = list(rows)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PROGRESS_ROLE and column.progress is not None:
            return column.progress(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """A bar filled to the row's percent (green from 100 %), with the percent written beside it;
    it fills from the right in a right-to-left window."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        caption_width = 56
        bar = QRectF(rect.x(), rect.center().y() - 5, max(rect.width() - caption_width, 10), 10)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            bar.moveRight(rect.right())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8edf5"))
        painter.drawRoundedRect(bar, 5, 5)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(max(value, 0.0), 100.0) / 100.0)
        if rtl:
            filled.moveRight(bar.right())
        painter.setBrush(QColor("#1a9e5a" if value >= 100 else "#1f6feb"))
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 5, 5)
        painter.setPen(option.palette.text().color())
        caption = QRectF(rect)
        if rtl:
            caption.setRight(bar.left() - 6)
        else:
            caption.setLeft(bar.right() + 6)
        painter.drawText(caption, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter), text)
        painter.restore()



def report_columns(fmt: Formatter) -> dict[str, list[Column]]:
    """The columns of the page's tables: stages, source_rates, owner_rates, lost, roi and targets."""
    number = fmt.number

    def days(value: float | None) -> str:
        return DASH if value is None else decimal_text(fmt, round(value, 1))

    def money(value: int | None) -> str:
        return DASH if value is None else fmt.money(value)

    stages = [
        Column(translate("FunnelReport", "Stage"), lambda r: r[0].name),
        Column(translate("FunnelReport", "Entered"), lambda r: number(r[0].entered), True),
        Column(translate("FunnelReport", "Went on"), lambda r: number(r[0].advanced), True),
        Column(translate("FunnelReport", "Lost"), lambda r: number(r[0].lost), True),
        Column(translate("FunnelReport", "Conversion"), lambda r: percent_text(fmt, r[0].rate), True),
        Column(translate("FunnelReport", "Avg. days"), lambda r: days(r[1].mean_days if r[1] else None), True),
        Column(translate("FunnelReport", "Median days"), lambda r: days(r[1].median_days if r[1] else None), True),
    ]
    rate_columns = [
        Column(translate("FunnelReport", "Won"), lambda r: number(r.won), True),
        Column(translate("FunnelReport", "Lost"), lambda r: number(r.lost), True),
        Column(translate("FunnelReport", "Win rate"), lambda r: percent_text(fmt, r.rate), True),
        Column(translate("FunnelReport", "Won amount"), lambda r: money(r.won_amount), True),
    ]
    lost = [
        Column(translate("FunnelReport", "Reason"), lambda r: r.name),
        Column(translate("FunnelReport", "Deals"), lambda r: number(r.deals), True),
        Column(translate("FunnelReport", "Share"), lambda r: percent_text(fmt, r.share), True),
        Column(translate("FunnelReport", "Amount"), lambda r: money(r.amount), True),
    ]
    roi = [
        Column(translate("FunnelReport", "Source"), lambda r: r.name),
        Column(translate("FunnelReport", "Leads"), lambda r: number(r.leads), True),
        Column(translate("FunnelReport", "Deals"), lambda r: number(r.deals), True),
        Column(translate("FunnelReport", "Won"), lambda r: number(r.won), True),
        Column(translate("FunnelReport", "Won amount"), lambda r: money(r.won_amount), True),
        Column(translate("FunnelReport", "Cost"), lambda r: money(r.cost) if r.cost else DASH, True),
        Column(translate("FunnelReport", "ROI"), lambda r: percent_text(fmt, r.roi), True),
    ]
    scopes = {"office": translate("FunnelReport", "Office"), "team": translate("FunnelReport", "Team"),
              "user": translate("FunnelReport", "Person")}
    progress = [
        Column(translate("FunnelReport", "Name"), lambda r: r.name),
        Column(translate("FunnelReport", "Kind"), lambda r: scopes.get(r.scope, r.scope)),
        Column(translate("FunnelReport", "Target"), lambda r: money(r.target), True),
        Column(translate("FunnelReport", "Won"), lambda r: money(r.won), True),
        Column(translate("FunnelReport", "Achieved"),
               lambda r: percent_text(fmt, r.percent / 100) if r.percent is not None else DASH,
               progress=lambda r: r.percent),
    ]
    return {
        "stages": stages,
        "source_rates": [Column(translate("FunnelReport", "Source"), lambda r: r.name), *rate_columns],
        "owner_rates": [Column(translate("FunnelReport", "Owner"), lambda r: r.name), *rate_columns],
        "lost": lost,
        "roi": roi,
        "targets": progress,
    }

"""The board's columns (a stage's header with its count and totals over a list of cards) and the
Won / Lost zones a card is dropped on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QListView, QVBoxLayout

from crm_desktop.services.funnel import board
from crm_desktop.services.funnel.board import BoardColumn, Card
from crm_desktop.services.funnel.pipelines import Stage
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.card_delegate import MUTED, CardDelegate
from crm_desktop.ui.funnel.stage_model import StageModel, dragged_deals
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
COLUMN_MIN_WIDTH, COLUMN_MAX_WIDTH = 228, 340  # four columns fit beside the navigation at 1280 px


class CardList(QListView):
    """A column's cards; says "No deals" when it has none."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.empty_text = translate("FunnelBoard", "No deals here")

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(MUTED)
            painter.drawText(self.viewport().rect().adjusted(8, 24, -8, 0),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.empty_text)
            painter.end()


class StageColumn(QFrame):
    def __init__(self, ctx: AppContext, stage: Stage, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stageColumn")
        self.setStyleSheet(
            "QFrame#stageColumn { background: #eaeef5; border-radius: 10px; }"
            "QListView { background: transparent; border: none; }"
            "QScrollBar:vertical { background: transparent; width: 8px; margin: 0; }"
            "QScrollBar::handle:vertical { background: #c3ccd9; border-radius: 4px; min-height: 30px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.model = StageModel(stage, ctx.fmt, self)
        self.title = label(stage.name, "sectionTitle")
        self.count = label("", "chip")
        self.totals = label("", "muted", wrap=True)
        self.weighted = label("", "muted", wrap=True)
        self.view = CardList()
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(stage.name)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 10, 4, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.totals)
        layout.addWidget(self.weighted)
        layout.addSpacing(4)
        layout.addWidget(self.view, 1)

    @property
    def stage(self) -> Stage:
        return self.model.stage

    def show_column(self, column: BoardColumn) -> None:
        self.model.stage = column.stage
        self.show_totals(column)
        self.model.set_cards(column.cards)

    def update_deal(self, deal_id: int, fresh: Card | None) -> None:
        """Take the deal's card out of this column, or put its ``fresh`` card in (after a move)."""
        self.model.remove_deal(deal_id)
        if fresh is not None and fresh.stage_id == self.stage.id:
            self.model.append(fresh)
        self.show_totals(board.column(self.stage, self.model.cards))

    def show_totals(self, column: BoardColumn) -> None:
        fmt = self.ctx.fmt
        self.title.setText(column.stage.name)
        self.count.setText(fmt.number(column.count))
        self.totals.setText(translate("FunnelBoard", "Total {amount}").format(amount=fmt.money(column.total)))
        self.weighted.setText(translate("FunnelBoard", "Weighted {amount}").format(amount=fmt.money(column.weighted)))
        self.setToolTip(translate("FunnelBoard", "Weighted: each deal's amount times its probability (or the "
                                                 "stage's, {percent}%)").format(
            percent=fmt.digits(str(column.stage.probability))))


class EndZone(QFrame):
    """Where a card is dropped to mark the deal won or lost."""

    dropped = Signal(int)  # deal id

    STYLES = {"won": ("#e7f6ec", "#1e8e3e"), "lost": ("#fdecea", "#d93025")}

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Zone")
        self.setAcceptDrops(True)
        fill, ink = self.STYLES[kind]
        self._style = (f"QFrame#{kind}Zone {{ background: {fill}; border: 2px dashed {ink}; border-radius: 10px; }}"
                       f"QLabel {{ color: {ink}; font-weight: 600; background: transparent; border: none; }}")
        self._hover = self._style.replace("dashed", "solid")
        self.setStyleSheet(self._style)
        caption = translate("FunnelBoard", "Drop here: won") if kind == "won" else \
            translate("FunnelBoard", "Drop here: lost")
        self.caption = label(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.caption)
        self.setMinimumHeight(44)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if dragged_deals(event.mimeData()):
            event.acceptProposedAction()
            self.setStyleSheet(self._hover)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if dragged_deals(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.setStyleSheet(self._style)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.setStyleSheet(self._style)
        found = dragged_deals(event.mimeData())
        if not found:
            return
        event.acceptProposedAction()
        for deal_id, _ in found:
            self.dropped.emit(deal_id)

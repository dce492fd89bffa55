"""The cards of one board column as a list model, and what a drag from the board carries (deal ids
and the stage each came from, as :data:`MIME_TYPE`). A column is a QListView over this model, so
5,000 deals are 5,000 model rows, not 5,000 widgets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.funnel.board import Card
from crm_desktop.services.funnel.pipelines import Stage

translate = QCoreApplication.translate
MIME_TYPE = "application/x-crm-desktop-deals"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


# --- dragging: which deals, from which stage -----------------------------------------------------


def deal_mime(cards: Iterable[Card]) -> QMimeData:
    mime = QMimeData()
    payload = [[card.id, card.stage_id] for card in cards]
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
    return mime


def dragged_deals(mime: QMimeData | None) -> list[tuple[int, int]]:
    """(deal id, stage id it came from) for each deal in a drag from the board; [] otherwise."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        return [(int(deal), int(stage)) for deal, stage in json.loads(bytes(mime.data(MIME_TYPE)).decode())]
    except (ValueError, TypeError):
        return []


class StageModel(QAbstractListModel):
    """The cards of one column. Dropping deals of another column here asks for a move
    (``move_requested``); rows are never removed by the drag itself (the board reloads)."""

    move_requested = Signal(int, int)  # deal id, this stage id

    def __init__(self, stage: Stage, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.fmt = fmt
        self.cards: tuple[Card, ...] = ()

    def set_cards(self, cards: tuple[Card, ...]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def remove_deal(self, deal_id: int) -> None:
        row = self.row_of(deal_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            self.cards = self.cards[:row] + self.cards[row + 1:]
            self.endRemoveRows()

    def append(self, card: Card) -> None:
        """At the end: the newest in the stage (the board's order is longest in the stage first)."""
        row = len(self.cards)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards = (*self.cards, card)
        self.endInsertRows()

    def row_of(self, deal_id: int) -> int:
        return next((row for row, card in enumerate(self.cards) if card.id == deal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (card.title, card.customer, card.next_activity, translate(
                "FunnelBoard", "Expected close: {date}").format(date=self.fmt.date(card.expected_close))
                if card.expected_close else "") if part)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return deal_mime(self.cards[row] for row in rows if row < len(self.cards))

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        return any(stage != self.stage.id for _, stage in dragged_deals(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        moving = [deal for deal, stage in dragged_deals(data) if stage != self.stage.id]
        for deal in moving:
            self.move_requested.emit(deal, self.stage.id)
        return bool(moving)

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return False  # a drag out of this column is a move the board saves and reloads

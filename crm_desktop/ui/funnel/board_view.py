"""The funnel board: one column per open stage, cards painted by a delegate (a column is a QListView
over a small list model, so 5,000 deals are 5,000 model rows, not 5,000 widgets), with drag and
drop between columns and onto the Won / Lost zones, and the same moves from the keyboard:

* Ctrl+Right / Ctrl+Left move the selected card one column that way on screen (so in Persian,
  where the columns run right to left, Ctrl+Left is the next stage);
* Ctrl+W marks it won, Ctrl+L lost (a reason is asked for), Enter opens it; the context menu has
  all of these.

A drop is handled after the drag has finished (queued): the Lost question is a window-modal dialog,
and cancelling it leaves the deal where it was. After a move only the deal's card is read again and
its old and new columns are summed again (the whole board is one query, but 5,000 cards take a
while to read); after a failed move the whole board is read again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import board, choices, deals, pipelines
from crm_desktop.services.funnel.board import BoardColumn, BoardFilter, Card
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.funnel.pipelines import Stage
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
MIME_TYPE = "application/x-crm-desktop-deals"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_MIN_WIDTH, COLUMN_MAX_WIDTH = 228, 340  # four columns fit beside the navigation at 1280 px
INK, MUTED, ACCENT = QColor("#1d2433"), QColor("#6b7280"), QColor("#1f6feb")
STUCK, STUCK_FILL, OVERDUE = QColor("#b45309"), QColor("#fff8eb"), QColor("#d93025")
BORDER, SELECTED = QColor("#e3e8f0"), QColor("#1f6feb")
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


# --- painting a card ---------------------------------------------------------------------------


class CardDelegate(QStyledItemDelegate):
    """A white rounded card: title and probability, customer, amount and owner, days in stage and
    expected close, next activity. Stuck cards are tinted amber with a "Stuck" mark; an overdue
    next activity is red and says so."""

    MARGIN_X, MARGIN_Y, PAD = 3, 4, 8

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.fmt = ctx.fmt
        self._font_cache: dict[str, tuple[QFont, QFont, QFont]] = {}
        self.words = {
            "stuck": translate("FunnelBoard", "Stuck"),
            "overdue": translate("FunnelBoard", "Overdue"),
            "no_next": translate("FunnelBoard", "No next step"),
        }

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        """The card's fonts for the view's font, made once (paint runs for every visible card)."""
        key = option.font.key()
        found = self._font_cache.get(key)
        if found is None:
            base = QFont(option.font)
            bold = QFont(base)
            bold.setWeight(QFont.Weight.DemiBold)
            small = QFont(base)
            small.setPointSizeF(max(7.0, base.pointSizeF() - 1.2))
            found = self._font_cache[key] = (base, bold, small)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        base, bold, small = self._fonts(option)
        line, small_line = QFontMetrics(bold).height(), QFontMetrics(small).height()
        return QSize(120, 2 * self.MARGIN_Y + 2 * self.PAD - 4 + 2 * line + 3 * small_line + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        fmt, direction = self.fmt, option.direction
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(direction)
        outer = option.rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(SELECTED if selected else (STUCK if card.stuck else BORDER), 2 if selected else 1))
        painter.setBrush(QBrush(STUCK_FILL if card.stuck else QColor("#ffffff")))
        painter.drawRoundedRect(outer.adjusted(0, 0, -1, -1), 8, 8)
        strip = QColor(OVERDUE if card.overdue else STUCK if card.stuck else QColor("#9db8e8"))
        strip_rect = QStyle.visualRect(direction, outer, QRect(outer.left() + 1, outer.top() + 8, 4,
                                                               outer.height() - 16))
        painter.fillRect(strip_rect, strip)

        inner = outer.adjusted(self.PAD + 3, self.PAD - 3, -self.PAD, -self.PAD + 3)
        mark = "\u200f" if direction == Qt.LayoutDirection.RightToLeft else "\u200e"
        y = inner.top()
        line, small_line = QFontMetrics(bold).height(), QFontMetrics(small).height()

        def text(rect: QRect, value: str, font: QFont, color: QColor, end: bool = False) -> int:
            """Draw ``value`` elided in ``rect`` at its start (or end) side; its width."""
            metrics = QFontMetrics(font)
            # the line starts in the window's direction whatever its first word is written in
            shown = metrics.elidedText(mark + value, Qt.TextElideMode.ElideRight, rect.width())
            painter.setFont(font)
            painter.setPen(color)
            align = (Qt.AlignmentFlag.AlignRight if end else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, int(align), shown)
            return metrics.horizontalAdvance(shown)

        def row(height: int) -> QRect:
            return QRect(inner.left(), y, inner.width(), height)

        # title ...................................... probability
        chance = translate("FunnelBoard", "{value}%").format(value=fmt.digits(str(card.probability)))
        chance_width = QFontMetrics(small).horizontalAdvance(chance) + 8
        text(row(line), chance, small, MUTED, end=True)
        text(row(line).adjusted(0, 0, -chance_width, 0) if direction == Qt.LayoutDirection.LeftToRight
             else row(line).adjusted(chance_width, 0, 0, 0), card.title, bold, INK)
        y += line
        text(row(small_line), card.customer, small, MUTED)
        y += small_line + 2
        # amount ......................................... owner
        amount_width = text(row(line), fmt.money(card.amount), bold, ACCENT)
        owner_rect = row(line).adjusted(amount_width + 10, 0, 0, 0) \
            if direction == Qt.LayoutDirection.LeftToRight else row(line).adjusted(0, 0, -amount_width - 10, 0)
        text(owner_rect, card.owner, small, MUTED, end=True)
        y += line + 2
        # days in stage, "Stuck" when over the stage's limit
        days = translate("FunnelBoard", "{days} d in stage").format(days=fmt.number(card.days_in_stage))
        if card.stuck:
            days = translate("FunnelBoard", "{stuck} \u00b7 {days}").format(stuck=self.words["stuck"], days=days)
        stuck_font = QFont(small)
        stuck_font.setBold(card.stuck)
        text(row(small_line), days, stuck_font, STUCK if card.stuck else MUTED)
        y += small_line + 2
        # next activity: "[Overdue ·] date" at the start, then what (drawn apart, so a Persian activity
        # in an English window, or the reverse, cannot pull the date to its side)
        if card.next_activity or card.next_activity_at is not None:
            when = fmt.date(card.next_activity_at) if card.next_activity_at is not None else ""
            if card.overdue:
                when = translate("FunnelBoard", "{overdue} \u00b7 {date}").format(overdue=self.words["overdue"],
                                                                                 date=when)
            overdue_font = QFont(small)
            overdue_font.setBold(card.overdue)
            colour = OVERDUE if card.overdue else INK
            used = text(row(small_line), when, overdue_font, colour) + 6 if when else 0
            rest = row(small_line).adjusted(used, 0, 0, 0) if direction == Qt.LayoutDirection.LeftToRight \
                else row(small_line).adjusted(0, 0, -used, 0)
            if card.next_activity and rest.width() > 20:
                text(rest, card.next_activity, small, colour)
        else:
            italic = QFont(small)
            italic.setItalic(True)
            text(row(small_line), self.words["no_next"], italic, MUTED)
        painter.restore()


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


# --- columns, drop zones, the lost question ----------------------------------------------------


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


class LostDialog(QDialog):
    """Why was the deal lost: a reason from the office's list, and an optional note."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FunnelBoard", "Deal lost"))
        self.reason = QComboBox()
        for choice in choices.choices("lost_reason"):
            self.reason.addItem(choice.name, choice.id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("FunnelBoard", "Optional: what happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("FunnelBoard", "Mark as lost"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("FunnelBoard", "Reason"), self.reason)
        form.addRow(translate("FunnelBoard", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("FunnelBoard", "Why was \u201c{title}\u201d lost?").format(title=title),
                               wrap=True))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)


# --- the board ---------------------------------------------------------------------------------


class BoardView(QWidget):
    open_requested = Signal(int)  # deal id
    changed = Signal()  # a deal moved, won or was lost
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = BoardFilter()
        self.delegate = CardDelegate(ctx, self)
        self.columns: list[StageColumn] = []
        self.lost_dialog: LostDialog | None = None
        self._pending: list[tuple[int, int | str]] = []  # drops waiting for the drag to finish
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        self.strip_layout.addStretch(0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.won_zone, self.lost_zone = EndZone("won"), EndZone("lost")
        self.won_zone.dropped.connect(lambda deal: self._queue(deal, "won"))
        self.lost_zone.dropped.connect(lambda deal: self._queue(deal, "lost"))
        zones = QHBoxLayout()
        zones.setSpacing(10)
        zones.addWidget(self.won_zone, 1)
        zones.addWidget(self.lost_zone, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(zones)
        self._add_actions()

    # -- reading --------------------------------------------------------------------------------

    def set_filter(self, f: BoardFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the board again; keep (or move to ``select``) the selected card."""
        keep = select if select is not None else (self.current_card().id if self.current_card() else None)
        columns = board.board(self.filter)
        if [c.stage.id for c in columns] != [c.stage.id for c in self.columns]:
            self._rebuild(len(columns))
        for widget, column in zip(self.columns, columns):
            widget.show_column(column)
        if keep is not None:
            self.select_deal(keep)

    def _rebuild(self, count: int) -> None:
        for widget in self.columns:
            self.strip_layout.removeWidget(widget)
            widget.deleteLater()
        self.columns = []
        stages = [s for s in pipelines.stages(self.filter.pipeline_id or pipelines.default_pipeline_id())
                  if s.is_open]
        for position, stage in enumerate(stages[:count]):
            column = StageColumn(self.ctx, stage, self.delegate)
            column.model.move_requested.connect(self._queue)
            column.view.doubleClicked.connect(self._open_index)
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            column.view.selectionModel().currentChanged.connect(
                lambda current, _, c=column: self._current_changed(c, current))
            self.strip_layout.insertWidget(position, column, 1)
            self.columns.append(column)

    def column_of(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def card(self, deal_id: int) -> Card | None:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                return column.model.cards[row]
        return None

    def current_card(self) -> Card | None:
        for column in self.columns:
            index = column.view.currentIndex()
            if index.isValid() and column.view.selectionModel().isSelected(index):
                return index.data(CARD_ROLE)
        return None

    def select_deal(self, deal_id: int) -> bool:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                index = column.model.index(row)
                column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                column.view.scrollTo(index)
                if self.isVisible():
                    column.view.setFocus()
                return True
        return False

    def _current_changed(self, column: StageColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns:
            if other is not column:
                other.view.selectionModel().clear()

    # -- moving ---------------------------------------------------------------------------------

    def _queue(self, deal_id: int, target: int | str) -> None:
        """A drop: handled once the drag is over (a dialog cannot open inside a drop)."""
        self._pending.append((deal_id, target))
        QTimer.singleShot(0, self._handle_pending)

    def _handle_pending(self) -> None:
        while self._pending:
            deal_id, target = self._pending.pop(0)
            if target == "won":
                self.win(deal_id)
            elif target == "lost":
                self.ask_lost(deal_id)
            else:
                self.move_card(deal_id, int(target))

    def _run(self, action, deal_id: int, select: bool) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - shown; the board is read again either way
            self.reload()
            show_error(self, error)
            return False
        self.refresh_deal(deal_id, select=select)
        self.changed.emit()
        return True

    def refresh_deal(self, deal_id: int, *, select: bool = False) -> None:
        """After a move: only the deal's old and new columns change (its card read again, the two
        columns summed again), not the whole board."""
        fresh = board.card(deal_id, self.filter)
        for column in self.columns:
            if column.model.row_of(deal_id) >= 0 or (fresh is not None and fresh.stage_id == column.stage.id):
                column.update_deal(deal_id, fresh)
        if select and fresh is not None:
            self.select_deal(deal_id)

    def move_card(self, deal_id: int, stage_id: int) -> bool:
        """Move a deal to an open stage (the drop on a column, Ctrl+arrow)."""
        target = self.column_of(stage_id)
        done = self._run(lambda: deals.move_deal(deal_id, stage_id), deal_id, True)
        if done and target is not None:
            self.status.emit(translate("FunnelBoard", "Moved to \u201c{stage}\u201d.").format(stage=target.stage.name))
        return done

    def win(self, deal_id: int) -> bool:
        card = self.card(deal_id)
        done = self._run(lambda: deals.win_deal(deal_id), deal_id, False)
        if done:
            self.status.emit(translate("FunnelBoard", "\u201c{title}\u201d won.").format(
                title=card.title if card else ""))
        return done

    def ask_lost(self, deal_id: int) -> LostDialog:
        """The reason question (window-modal, not blocking); OK marks the deal lost, Cancel leaves
        it where it was."""
        card = self.card(deal_id)
        dialog = LostDialog(card.title if card else "", self)
        self.lost_dialog = dialog

        def finished(result: int) -> None:
            self.lost_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.lose(deal_id, dialog.reason.currentData(), dialog.note.text())
            else:  # cancelled: nothing changed, the card stays where it was
                self.select_deal(deal_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def lose(self, deal_id: int, reason_id: int | None, note: str = "") -> bool:
        card = self.card(deal_id)
        try:
            deals.lose_deal(deal_id, reason_id, note)
        except ValidationError as error:
            show_error(self, error)
            self.reload(select=deal_id)
            return False
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            self.reload()
            return False
        self.refresh_deal(deal_id)
        self.changed.emit()
        self.status.emit(translate("FunnelBoard", "\u201c{title}\u201d lost.").format(title=card.title if card else ""))
        return True

    # -- keyboard and menu ----------------------------------------------------------------------

    def _add_actions(self) -> None:
        def action(keys: str, slot) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.right_action = action("Ctrl+Right", lambda: self.move_selected(+1 if self._ltr() else -1))
        self.left_action = action("Ctrl+Left", lambda: self.move_selected(-1 if self._ltr() else +1))
        self.won_action = action("Ctrl+W", lambda: self._on_selected(self.win))
        self.lost_action = action("Ctrl+L", lambda: self._on_selected(self.ask_lost))
        self.open_action = action("Return", lambda: self._on_selected(self.open_requested.emit))

    def _ltr(self) -> bool:
        return self.layoutDirection() != Qt.LayoutDirection.RightToLeft

    def _on_selected(self, slot) -> None:
        card = self.current_card()
        if card is not None:
            slot(card.id)

    def move_selected(self, step: int) -> bool:
        """Move the selected card ``step`` stages on (negative: back); False at either end."""
        card = self.current_card()
        if card is None:
            return False
        target = board.neighbour_stage(card.stage_id, step)
        if target is None:
            return False
        return self.move_card(card.id, target.id)

    def _open_index(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE) if index.isValid() else None
        if card is not None:
            self.open_requested.emit(card.id)

    def _context_menu(self, column: StageColumn, pos) -> None:
        index = column.view.indexAt(pos)
        card: Card | None = index.data(CARD_ROLE) if index.isValid() else None
        if card is None:
            return
        column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menu = self.card_menu(card)
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def card_menu(self, card: Card) -> QMenu:
        menu = QMenu(self)
        menu.addAction(translate("FunnelBoard", "Open"), lambda: self.open_requested.emit(card.id))
        move = menu.addMenu(translate("FunnelBoard", "Move to"))
        for column in self.columns:
            act = move.addAction(column.stage.name, lambda s=column.stage.id: self.move_card(card.id, s))
            act.setEnabled(column.stage.id != card.stage_id)
        menu.addSeparator()
        won = menu.addAction(translate("FunnelBoard", "Mark as won"), lambda: self.win(card.id))
        won.setShortcut(self.won_action.shortcut())
        lost = menu.addAction(translate("FunnelBoard", "Mark as lost\u2026"), lambda: self.ask_lost(card.id))
        lost.setShortcut(self.lost_action.shortcut())
        return menu


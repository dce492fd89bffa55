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

The parts live beside this module: a column's model and what a drag carries in ``stage_model``, the
card's painting in ``card_delegate``, the columns and the Won / Lost zones in ``columns``, and the
Lost question in ``lost_dialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QMenu, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import board, deals, pipelines
from crm_desktop.services.funnel.board import BoardFilter, Card
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.funnel.card_delegate import CardDelegate
from crm_desktop.ui.funnel.columns import EndZone, StageColumn
from crm_desktop.ui.funnel.lost_dialog import LostDialog
from crm_desktop.ui.funnel.stage_model import CARD_ROLE

translate = QCoreApplication.translate


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


"""Dragging an activity in a calendar view (the month, the time grid, the all-day strip): a press on
an entry, then a move past the system's drag distance starts the drag (a forbidden cursor for one
that cannot move: a done one, a coming occurrence of a repeating one); a release or Escape ends it.
Each view keeps one :class:`EntryDrag` and decides itself where a drop lands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class EntryDrag:
    """What was pressed (``item``: an entry or a timeline block, at ``start``), whether it is being
    dragged, and where it would land (``target``, the view's own kind of place)."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.item: Any = None
        self.start = QPointF()
        self.dragging = False
        self.target: Any = None

    def press(self, item: Any, pos: QPointF) -> None:
        """A left press at ``pos``: on ``item``, or on nothing (None: no drag)."""
        self.item, self.start = item, QPointF(pos)

    @property
    def pressed(self) -> bool:
        return self.item is not None

    def moved(self, pos: QPointF, movable: bool) -> bool:
        """A move to ``pos`` with the button down: whether the press is (now) a drag. Not before the
        drag distance; never for what cannot move (the cursor says so)."""
        if self.dragging:
            return True
        if self.item is None or (pos - self.start).manhattanLength() < QApplication.startDragDistance():
            return False
        if not movable:
            self.widget.setCursor(Qt.CursorShape.ForbiddenCursor)
            return False
        self.dragging = True
        self.widget.setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def is_dragged(self, item: Any) -> bool:
        return self.dragging and self.item is not None and self.item == item

    def cancel(self) -> None:
        if self.item is not None:
            self.widget.unsetCursor()
        self.item, self.dragging, self.target = None, False, None
        self.widget.update()

    def take(self) -> tuple[Any, QPointF, bool, Any]:
        """The release: (item, start, dragging, target) as they were, and the drag is over."""
        state = self.item, self.start, self.dragging, self.target
        self.cancel()
        return state

    def escape(self, event: QKeyEvent) -> bool:
        """Escape during a drag drops it where it began (True: the key was taken)."""
        if event.key() == Qt.Key.Key_Escape and self.dragging:
            self.cancel()
            return True
        return False


__all__ = ["EntryDrag"]

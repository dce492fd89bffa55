"""The top of the day and week views: each day's name and number (today in blue, the chosen day
shaded) above its column, and a strip of the day's all-day activities with "+N more". Its columns
line up with the time grid below it whichever side the scroll bar is on.

An all-day activity dragged to another day's strip moves there; dragged down onto the grid it gets
that time. A click on a day's title chooses it, a double-click opens it in the day view; a
double-click on the strip makes a new all-day activity."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.services.activities.calendar import CalendarEntry, day_number
from crm_desktop.ui.calendar import style
from crm_desktop.ui.calendar.drag import EntryDrag
from crm_desktop.ui.calendar.style import Move, NewAt

if TYPE_CHECKING:
    from crm_desktop.ui.calendar.timeline import TimelineView

translate = QCoreApplication.translate

TITLE = 44
LINE = 22
MAX_LINES = {1: 6}  # the day view's strip may grow taller than a week's
WEEK_LINES = 3


class DayHeader(QWidget):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("calendarDayHeader")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items: list[tuple[QRectF, CalendarEntry]] = []
        self.more: list[tuple[QRectF, dt.date, int]] = []
        self.drag = EntryDrag(self)  # its target: the day whose strip is under the mouse
        self.setFixedHeight(TITLE + LINE + 6)

    # -- geometry ----------------------------------------------------------------------------------

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _offset(self) -> float:
        grid = self.view.grid
        return grid.mapTo(self.view, QPoint(0, 0)).x() - self.mapTo(self.view, QPoint(0, 0)).x()

    def span(self, index: int) -> tuple[float, float]:
        left, right = self.view.grid.columns().span(index)
        offset = self._offset()
        return left + offset, right + offset

    def gutter(self) -> tuple[float, float]:
        left, right = self.view.grid.columns().gutter_span()
        offset = self._offset()
        return left + offset, right + offset

    def column_at(self, x: float) -> int | None:
        return self.view.grid.columns().at(x - self._offset())

    def day_at_global(self, point: QPoint) -> dt.date | None:
        """The day whose title or strip is under a screen point (None: not over the header)."""
        local = QPointF(self.mapFromGlobal(point))
        if not self.rect().contains(local.toPoint()):
            return None
        index = self.column_at(local.x())
        return self.view.days[index] if index is not None else None

    def _lines(self) -> int:
        view = self.view
        limit = MAX_LINES.get(len(view.days), WEEK_LINES)
        if view.load is None:
            return 1
        needed = 1
        for day in view.days:
            all_day = sum(1 for entry in view.load.day(day) if entry.all_day)
            needed = max(needed, all_day + (1 if view.load.more(day) else 0))
        return min(limit, needed)

    def refresh(self) -> None:
        self.setFixedHeight(TITLE + self._lines() * LINE + 6)
        self.relayout()
        self.update()

    def relayout(self) -> None:
        self.items, self.more = [], []
        view = self.view
        if view.load is None:
            return
        lines = self._lines()
        for index, day in enumerate(view.days):
            all_day = [entry for entry in view.load.day(day) if entry.all_day]
            hidden_timed = view.load.more(day)
            fits = len(all_day) <= lines and not hidden_timed
            shown = all_day if fits else all_day[:max(0, lines - 1)]
            left, right = self.span(index)
            y = TITLE + 2
            for entry in shown:
                self.items.append((QRectF(left + 3, y, right - left - 6, LINE - 3), entry))
                y += LINE
            hidden = len(all_day) - len(shown) + hidden_timed
            if hidden > 0:
                self.more.append((QRectF(left + 3, y, right - left - 6, LINE - 3), day, hidden))

    def shown_entries(self) -> list[CalendarEntry]:
        return [entry for _, entry in self.items]

    def entry_rect(self, activity_id: int) -> QRectF:
        return next((rect for rect, entry in self.items if entry.activity_id == activity_id), QRectF())

    def entry_at(self, pos: QPointF) -> CalendarEntry | None:
        return next((entry for rect, entry in self.items if rect.contains(pos)), None)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.relayout()
        super().resizeEvent(event)

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.relayout()  # the grid below may have moved (its scroll bar, a resize)
        view, rtl = self.view, self._rtl()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.fillRect(QRectF(0, 0, self.width(), TITLE), QColor("#f1f4f9"))
        fmt, calendar = view.ctx.fmt, view.ctx.prefs.calendar
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(view.days):
            left, right = self.span(index)
            if self.drag.dragging and day == self.drag.target:
                painter.fillRect(QRectF(left, TITLE, right - left, self.height() - TITLE), style.DROP_TARGET)
            elif day.weekday() in view.weekend:
                painter.fillRect(QRectF(left, TITLE, right - left, self.height() - TITLE), style.WEEKEND)
            if day == view.selected and len(view.days) > 1:
                painter.fillRect(QRectF(left, 0, right - left, TITLE), QColor("#e4ecfb"))
            painter.setFont(bold if day == view.today else self.font())
            painter.setPen(style.SELECTED if day == view.today else style.TEXT)
            title = translate("Calendar", "{weekday} {day}").format(weekday=fmt.weekday(day),
                                                                    day=fmt.digits(str(day_number(day, calendar))))
            rect = QRectF(left + 6, 0, right - left - 12, TITLE)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, style.elided(painter.font(), title, rect.width()))
            if day == view.today:
                painter.fillRect(QRectF(left + 8, TITLE - 3, right - left - 16, 3), style.SELECTED)
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLine(QPointF(0, TITLE), QPointF(self.width(), TITLE))
        painter.drawLine(QPointF(0, self.height() - 1), QPointF(self.width(), self.height() - 1))
        for index in range(len(view.days)):
            left, right = self.span(index)
            x = left if rtl else right
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        g0, g1 = self.gutter()
        painter.drawLine(QPointF(g0 if rtl else g1, 0), QPointF(g0 if rtl else g1, self.height()))
        small = style.small_font(self.font())
        painter.setFont(small)
        painter.setPen(style.MUTED)
        painter.drawText(QRectF(g0 + 2, TITLE, g1 - g0 - 6, LINE + 2), style.end_side(rtl) | Qt.AlignmentFlag.AlignVCenter,
                         translate("Calendar", "All day"))
        for rect, entry in self.items:
            self._paint_entry(painter, rect, entry)
        style.paint_more(painter, self.more, small, fmt, rtl)
        painter.end()

    def _paint_entry(self, painter: QPainter, rect: QRectF, entry: CalendarEntry) -> None:
        item = style.look(entry, self.view.overdue(entry))
        if self.drag.is_dragged(entry):
            item = style.dragged(item)
        style.paint_line(painter, rect, entry, item, self.font(), self.view.ctx.fmt, self.view.tz, self._rtl())

    # -- mouse -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return style.tooltip_event(self, event, self.entry_at(QPointF(event.pos())), self.view.ctx.fmt,
                                       self.view.tz)
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        index = self.column_at(pos.x())
        if index is None:
            return
        day = self.view.days[index]
        more = next((d for rect, d, _ in self.more if rect.contains(pos)), None)
        if more is not None:
            self.view.day_opened.emit(more)
            return
        self.view.day_clicked.emit(day)
        self.drag.press(self.entry_at(pos), pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        entry, pos = self.drag.item, event.position()
        if entry is None or not self.drag.moved(pos, entry.movable):
            return
        index = self.column_at(pos.x()) if self.rect().contains(pos.toPoint()) else None
        target = self.view.days[index] if index is not None else None
        if target != self.drag.target:
            self.drag.target = target
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        entry, _start, dragging, _target = self.drag.take()
        if entry is None or not dragging:
            return
        point = event.globalPosition().toPoint()
        day = self.day_at_global(point)
        if day is not None:
            if day != entry.start.astimezone(self.view.tz).date():
                self.view.move_requested.emit(Move(entry.activity_id, day, None, True))
            return
        grid = self.view.grid
        inside = grid.visibleRegion().contains(grid.mapFromGlobal(point))
        slot = grid.slot_at(QPointF(grid.mapFromGlobal(point))) if inside else None
        if slot is not None:  # dropped on a time: timed from now on
            minutes = style.floor_snap(slot[1])
            self.view.move_requested.emit(Move(entry.activity_id, self.view.days[slot[0]],
                                               dt.time(minutes // 60, minutes % 60), False))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.drag.escape(event):  # Escape drops an all-day drag too
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        entry = self.entry_at(pos)
        if entry is not None:
            self.view.edit_requested.emit(entry.activity_id)
            return
        index = self.column_at(pos.x())
        if index is None:
            return
        day = self.view.days[index]
        if pos.y() < TITLE:
            self.view.day_opened.emit(day)
        else:
            self.view.new_requested.emit(NewAt(day))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = QPointF(event.pos())
        entry = self.entry_at(pos)
        if entry is not None:
            self.view.menu_requested.emit(entry, event.globalPos())
            return
        index = self.column_at(pos.x())
        if index is not None:
            self.view.day_clicked.emit(self.view.days[index])
            self.view.menu_requested.emit(self.view.days[index], event.globalPos())


__all__ = ["DayHeader"]

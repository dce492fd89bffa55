"""The day and week views: hours down the side (on the right in Persian), one column per day, the
days' names and all-day activities in a strip on top (:mod:`day_header`), timed activities
as blocks as long as they last (30 minutes when not said), overlapping ones side by side, and a red
line at the current time. It opens scrolled to about 07:00.

Drag a block to another time or day (it snaps to 15 minutes), or up onto a day's all-day strip;
drag an all-day activity to another day, or down onto a time. Double-click an empty slot for a new
activity at that time, a block to open it; right-click for its menu.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services.activities.calendar import CalendarEntry, CalendarLoad
from crm_desktop.ui.calendar import style
from crm_desktop.ui.calendar.day_header import DayHeader
from crm_desktop.ui.calendar.drag import EntryDrag
from crm_desktop.ui.calendar.style import (
    DAY_MINUTES,
    SNAP,
    CalendarView,
    Columns,
    Move,
    NewAt,
    floor_snap,
    snap,
)
from crm_desktop.ui.context import AppContext

HOUR = 48  # pixels per hour: a quarter is 12 px
GUTTER = 58  # the hours' column
MIN_BLOCK = 20  # pixels: a short activity stays readable
PER_DAY = {1: 200, 7: 60}  # entries read for a day in the day view / the week view


@dataclass(frozen=True)
class Block:
    entry: CalendarEntry
    day_index: int
    start: int  # minutes after midnight, local
    end: int
    lane: int = 0
    lanes: int = 1
    span: int = 1  # lanes it may spread over (those free beside it)


def place(entries: list[CalendarEntry], day_index: int, tz: dt.tzinfo | None) -> list[Block]:
    """A day's timed entries as blocks; entries whose drawn boxes overlap share the width in lanes."""
    spans = []
    for entry in entries:
        if entry.all_day:
            continue
        local = entry.start.astimezone(tz)
        start = local.hour * 60 + local.minute
        end = min(DAY_MINUTES, start + max(entry.minutes, SNAP))
        drawn_end = max(end, start + MIN_BLOCK * 60 // HOUR)
        spans.append((start, end, drawn_end, entry))
    spans.sort(key=lambda s: (s[0], -s[2]))
    blocks: list[Block] = []
    cluster: list[tuple[int, int, int, CalendarEntry, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        for start, end, drawn_end, entry, lane in cluster:
            span = 1
            for other_lane in range(lane + 1, len(lane_ends)):
                if any(o_lane == other_lane and o_start < drawn_end and start < o_end
                       for o_start, _, o_end, _, o_lane in cluster):
                    break
                span += 1
            blocks.append(Block(entry, day_index, start, end, lane, len(lane_ends), span))

    for start, end, drawn_end, entry in spans:
        if start >= cluster_end and cluster:
            close()
            cluster, lane_ends = [], []
        lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(drawn_end)
        else:
            lane_ends[lane] = drawn_end
        cluster.append((start, end, drawn_end, entry, lane))
        cluster_end = max(cluster_end, drawn_end)
    if cluster:
        close()
    return blocks


class TimeGrid(QWidget):
    """The scrolled part: 24 hours of the shown days."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("calendarGrid")
        self.setMinimumHeight(24 * HOUR + 1)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.blocks: list[tuple[QRectF, Block]] = []
        self.drag = EntryDrag(self)  # pressed: a Block; its target: (day index, minutes)

    def columns(self) -> Columns:
        return Columns(self.width(), len(self.view.days), GUTTER, self.layoutDirection() == Qt.LayoutDirection.RightToLeft)

    def relayout(self) -> None:
        columns, self.blocks = self.columns(), []
        load = self.view.load
        if load is None:
            return
        for index, day in enumerate(self.view.days):
            for block in place(load.day(day), index, self.view.tz):
                self.blocks.append((self.block_rect(columns, block), block))

    def block_rect(self, columns: Columns, block: Block) -> QRectF:
        left, right = columns.span(block.day_index)
        left, right = left + 2, right - 6
        width = (right - left) / block.lanes
        x = right - (block.lane + block.span) * width if columns.rtl else left + block.lane * width
        width *= block.span
        top = block.start * HOUR / 60
        height = max(MIN_BLOCK, (block.end - block.start) * HOUR / 60)
        return QRectF(x + 1, top + 1, width - 2, height - 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.relayout()
        self.view.header.update()
        super().resizeEvent(event)

    def slot_at(self, pos: QPointF) -> tuple[int, float] | None:
        """(day index, minutes after midnight) under ``pos``."""
        index = self.columns().at(pos.x())
        if index is None:
            return None
        return index, max(0.0, min(DAY_MINUTES - 1.0, pos.y() * 60 / HOUR))

    def block_at(self, pos: QPointF) -> Block | None:
        for rect, block in reversed(self.blocks):  # the lane drawn last is on top
            if rect.contains(pos):
                return block
        return None

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        columns, view = self.columns(), self.view
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for index, day in enumerate(view.days):
            left, right = columns.span(index)
            if day == view.today and len(view.days) > 1:
                painter.fillRect(QRectF(left, 0, right - left, self.height()), style.TODAY_FILL)
            elif day.weekday() in view.weekend:
                painter.fillRect(QRectF(left, 0, right - left, self.height()), style.WEEKEND)
        self._paint_hours(painter, columns)
        for rect, block in self.blocks:
            self._paint_block(painter, rect, block)
        self._paint_now(painter, columns)
        self._paint_target(painter, columns)
        painter.end()

    def _paint_hours(self, painter: QPainter, columns: Columns) -> None:
        g0, g1 = columns.gutter_span()
        area0, area1 = (0.0, g0) if columns.rtl else (g1, float(self.width()))
        painter.setFont(style.small_font(self.font()))
        for hour in range(25):
            y = hour * HOUR
            painter.setPen(QPen(style.GRID, 1))
            painter.drawLine(QPointF(area0, y), QPointF(area1, y))
            if hour < 24:
                painter.setPen(QPen(QColor("#f0f2f6"), 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(area0, y + HOUR / 2), QPointF(area1, y + HOUR / 2))
            if 0 < hour < 24:
                painter.setPen(style.MUTED)
                painter.drawText(QRectF(g0 + 4, y - 9, g1 - g0 - 10, 18),
                                 style.end_side(columns.rtl) | Qt.AlignmentFlag.AlignVCenter,
                                 style.clock(self.view.ctx.fmt, dt.time(hour)))
        painter.setPen(QPen(style.GRID, 1))
        for index in range(len(self.view.days)):
            left, right = columns.span(index)
            x = left if columns.rtl else right
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        edge = g0 if columns.rtl else g1
        painter.drawLine(QPointF(edge, 0), QPointF(edge, self.height()))

    def _paint_block(self, painter: QPainter, rect: QRectF, block: Block) -> None:
        view, entry = self.view, block.entry
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        item = style.look(entry, view.overdue(entry))
        if self.drag.is_dragged(block):
            item = style.dragged(item)
        if item.fill.alpha() and not item.dashed:
            painter.fillRect(rect, QColor("#ffffff"))  # blocks side by side do not show the lines through
        style.paint_box(painter, rect, item, rtl)
        font = style.entry_font(self.font(), item)
        painter.setFont(font)
        painter.setPen(item.text)
        inner = rect.adjusted(8, 2, -6, -2) if not rtl else rect.adjusted(6, 2, -8, -2)
        fmt = view.ctx.fmt
        times = f"{style.clock(fmt, entry.start, view.tz)}\u2013{style.clock(fmt, entry.end, view.tz)}"
        metrics = QFontMetrics(font)
        line = metrics.height()
        align = style.start_side(rtl) | Qt.AlignmentFlag.AlignTop
        narrow = inner.width() < 3 * metrics.horizontalAdvance("00:00")  # a lane of several: the subject first
        if inner.height() >= 2 * line:
            lines = ([] if narrow else [times]) + [entry.subject] + ([entry.row.customer] if entry.row.customer else [])
            y = inner.top()
            for text in lines:
                if y + line > inner.bottom() + 2:
                    break
                painter.drawText(QRectF(inner.left(), y, inner.width(), line), align,
                                 style.elided(font, text, inner.width()))
                y += line
        else:
            text = entry.subject if narrow else f"{style.clock(fmt, entry.start, view.tz)}  {entry.subject}"
            painter.drawText(inner, style.start_side(rtl) | Qt.AlignmentFlag.AlignVCenter,
                             style.elided(font, text, inner.width()))

    def _paint_now(self, painter: QPainter, columns: Columns) -> None:
        view = self.view
        if view.now is None or view.today not in view.days:
            return
        local = view.now.astimezone(view.tz)
        if local.date() != view.today:
            return
        y = (local.hour * 60 + local.minute) * HOUR / 60
        left, right = columns.span(view.days.index(view.today))
        painter.setPen(QPen(style.NOW_LINE, 2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.NOW_LINE)
        painter.drawEllipse(QPointF(right if columns.rtl else left, y), 4, 4)

    def _paint_target(self, painter: QPainter, columns: Columns) -> None:
        if not self.drag.dragging or self.drag.target is None:
            return
        block = self.drag.item
        index, minutes = self.drag.target
        ghost = Block(block.entry, index, minutes, minutes + (block.end - block.start))
        rect = self.block_rect(columns, ghost)
        painter.setPen(QPen(style.SELECTED, 2, Qt.PenStyle.DashLine))
        painter.setBrush(style.DROP_TARGET)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(style.TEXT)
        painter.drawText(rect.adjusted(6, 2, -6, -2), style.start_side(columns.rtl) | Qt.AlignmentFlag.AlignTop,
                         style.clock(self.view.ctx.fmt, dt.time(minutes // 60, minutes % 60)))

    # -- mouse -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self.block_at(QPointF(event.pos()))
            return style.tooltip_event(self, event, block.entry if block is not None else None, self.view.ctx.fmt,
                                       self.view.tz)
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        slot = self.slot_at(pos)
        if slot is not None:
            self.view.day_clicked.emit(self.view.days[slot[0]])
        self.drag.press(self.block_at(pos), pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        block, start, pos = self.drag.item, self.drag.start, event.position()
        if block is None or not self.drag.moved(pos, block.entry.movable):
            return
        slot = self.slot_at(pos)
        target = self.drag.target
        index = slot[0] if slot is not None else (target[0] if target else block.day_index)
        self.drag.target = (index, snap(block.start + (pos.y() - start.y()) * 60 / HOUR))
        viewport_y = self.mapTo(self.view.scroll.viewport(), pos.toPoint()).y()
        if 0 <= viewport_y <= self.view.scroll.viewport().height():  # near an edge: scroll on (not over the header)
            self.view.scroll.ensureVisible(int(pos.x()), int(pos.y()), 0, 24)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        block, _start, dragging, target = self.drag.take()
        if block is None or not dragging or target is None:
            return
        header_day = self.view.header.day_at_global(event.globalPosition().toPoint())
        if header_day is not None:  # dropped on a day's all-day strip
            self.view.move_requested.emit(Move(block.entry.activity_id, header_day, None, True))
            return
        index, minutes = target
        day = self.view.days[index]
        if (index, minutes) != (block.day_index, block.start):
            self.view.move_requested.emit(Move(block.entry.activity_id, day, dt.time(minutes // 60, minutes % 60)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.drag.escape(event):
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        block = self.block_at(pos)
        if block is not None:
            self.view.edit_requested.emit(block.entry.activity_id)
            return
        slot = self.slot_at(pos)
        if slot is not None:
            minutes = floor_snap(slot[1])
            self.view.new_requested.emit(NewAt(self.view.days[slot[0]], dt.time(minutes // 60, minutes % 60)))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = QPointF(event.pos())
        block = self.block_at(pos)
        if block is not None:
            self.view.menu_requested.emit(block.entry, event.globalPos())
            return
        slot = self.slot_at(pos)
        if slot is not None:
            day = self.view.days[slot[0]]
            self.view.day_clicked.emit(day)
            self.view.menu_requested.emit(day, event.globalPos())


class TimelineView(CalendarView):
    def __init__(self, ctx: AppContext, tz: dt.tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTimeline")
        self.ctx, self.tz = ctx, tz
        self.days: list[dt.date] = []
        self.weekend: frozenset[int] = frozenset()
        self.load: CalendarLoad | None = None
        self.today = dt.date.today()
        self.selected: dt.date | None = None
        self.now: dt.datetime | None = None
        self.header = DayHeader(self)
        self.grid = TimeGrid(self)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.grid)
        self.scroll.verticalScrollBar().setSingleStep(HOUR // 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self._scrolled = False

    def show_days(self, days: list[dt.date], weekend: frozenset[int], load: CalendarLoad | None, today: dt.date,
                  selected: dt.date | None) -> None:
        self.days, self.weekend, self.load = list(days), weekend, load
        self.today, self.selected = today, selected
        self.now = load.now if load is not None else None
        self.grid.drag.cancel()
        self.header.drag.cancel()  # the entry pressed may be gone from the new answer
        self.grid.relayout()
        self.header.refresh()
        self.grid.update()

    def set_selected(self, day: dt.date | None) -> None:
        self.selected = day
        self.header.update()

    def overdue(self, entry: CalendarEntry) -> bool:
        return style.is_overdue(entry, self.now, self.today, self.tz)

    def scroll_to_hour(self, hour: float) -> None:
        """Show ``hour`` at the top (its label whole, a little below the edge)."""
        self.scroll.verticalScrollBar().setValue(max(0, int(hour * HOUR) - 12))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            self.scroll.widget().adjustSize()
            self.scroll_to_hour(7)

    def repaint_now(self) -> None:
        self.header.repaint()
        self.grid.repaint()

    # -- for tests and the page ------------------------------------------------------------------------

    def block_rect(self, activity_id: int, projected: bool = False) -> QRectF:
        """Where an activity's block is, in the grid's coordinates (empty when not drawn)."""
        for rect, block in self.grid.blocks:
            if block.entry.activity_id == activity_id and block.entry.projected == projected:
                return rect
        return QRectF()

    def slot_point(self, day: dt.date, clock: dt.time) -> QPointF:
        """The middle of ``day``'s column at ``clock``, in the grid's coordinates."""
        left, right = self.grid.columns().span(self.days.index(day))
        return QPointF((left + right) / 2, (clock.hour * 60 + clock.minute) * HOUR / 60)

    def shown_entries(self) -> list[CalendarEntry]:
        return [block.entry for _, block in self.grid.blocks] + self.header.shown_entries()

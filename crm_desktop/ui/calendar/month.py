"""The month view: whole weeks of day cells, painted (six rows of seven cells, a few lines each, are
cheaper painted than laid out as widgets), the first weekday on the right in Persian.

A cell shows its day number (Persian digits in Persian; the other calendar's day small beside it),
today in a blue circle, the chosen day framed, then its first activities (all-day ones first, then by
time: the kind's colour, the time, the subject; done ones struck through and grey, overdue ones red,
coming occurrences of repeating ones dashed and dim) and "+3 more", which opens the day.

Drag an activity to another day to move it there (its time is kept); double-click a day for a new
activity on it, an activity to open it; right-click either for its menu.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.services.activities.calendar import CalendarEntry, CalendarLoad, day_number
from crm_desktop.services.funnel.targets import month_of
from crm_desktop.text.dates import month_name
from crm_desktop.ui.calendar import style
from crm_desktop.ui.calendar.drag import EntryDrag
from crm_desktop.ui.calendar.style import CalendarView, Columns, Move, NewAt
from crm_desktop.ui.context import AppContext

translate = QCoreApplication.translate

HEADER = 30  # the weekday names
TOP = 26  # a cell's day number
LINE = 20  # one entry
PER_DAY = 8  # entries read for each day (a tall window shows more lines than a small one)


class MonthView(CalendarView):
    def __init__(self, ctx: AppContext, tz: dt.tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")
        self.ctx, self.tz = ctx, tz
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(560, 360)
        self.weeks: list[list[dt.date]] = []
        self.span: tuple[dt.date, dt.date] | None = None  # the month's own first and last day
        self.weekend: frozenset[int] = frozenset()
        self.load: CalendarLoad | None = None
        self.today = dt.date.today()
        self.selected: dt.date | None = None
        self.now: dt.datetime | None = None
        self._items: list[tuple[QRectF, CalendarEntry]] = []
        self._more: list[tuple[QRectF, dt.date, int]] = []  # "+N more": where, which day, N
        self._dirty = True
        self.drag = EntryDrag(self)  # its target: the day under the mouse

    # -- data --------------------------------------------------------------------------------------

    def show_month(self, weeks: list[list[dt.date]], span: tuple[dt.date, dt.date], weekend: frozenset[int],
                   load: CalendarLoad | None, today: dt.date, selected: dt.date | None) -> None:
        self.weeks, self.span, self.weekend, self.load = weeks, span, weekend, load
        self.today, self.selected = today, selected
        self.now = load.now if load is not None else None
        self.drag.cancel()
        self._dirty = True
        self.update()

    def set_selected(self, day: dt.date | None) -> None:
        self.selected = day
        self.update()

    def repaint_now(self) -> None:
        self.repaint()

    def days(self) -> list[dt.date]:
        return [day for week in self.weeks for day in week]

    # -- geometry ----------------------------------------------------------------------------------

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _columns(self) -> Columns:
        return Columns(self.width(), 7, 0, self._rtl())

    def _row_height(self) -> float:
        return (self.height() - HEADER) / max(1, len(self.weeks))

    def day_rect(self, day: dt.date) -> QRectF:
        """Where ``day``'s cell is (an empty rectangle when it is not shown)."""
        for row, week in enumerate(self.weeks):
            if day in week:
                columns, height = self._columns(), self._row_height()
                left, right = columns.span(week.index(day))
                return QRectF(left, HEADER + row * height, right - left, height)
        return QRectF()

    def day_at(self, pos: QPointF) -> dt.date | None:
        if not self.weeks or pos.y() < HEADER:
            return None
        row = int((pos.y() - HEADER) // self._row_height())
        column = self._columns().at(pos.x())
        if column is None or not 0 <= row < len(self.weeks):
            return None
        return self.weeks[row][column]

    def _lines(self) -> int:
        return max(0, int((self._row_height() - TOP - 2) // LINE))

    def _layout(self) -> None:
        """Where each shown entry and "+N more" sit (kept for painting and for the mouse)."""
        if not self._dirty:
            return
        self._dirty = False
        self._items, self._more = [], []
        if self.load is None:
            return
        lines = self._lines()
        for day in self.days():
            entries, more = self.load.day(day), self.load.more(day)
            if not entries and not more:
                continue
            cell = self.day_rect(day)
            shown = entries if len(entries) <= lines and not more else entries[:max(0, lines - 1)]
            hidden = self.load.count(day) - len(shown)
            y = cell.top() + TOP
            for entry in shown:
                self._items.append((QRectF(cell.left() + 4, y, cell.width() - 8, LINE - 2), entry))
                y += LINE
            if hidden > 0 and lines > 0:
                self._more.append((QRectF(cell.left() + 4, y, cell.width() - 8, LINE - 2), day, hidden))

    def entry_rect(self, activity_id: int, projected: bool = False) -> QRectF:
        """Where an activity is drawn (its first projected occurrence with ``projected``)."""
        self._layout()
        for rect, entry in self._items:
            if entry.activity_id == activity_id and entry.projected == projected:
                return rect
        return QRectF()

    def shown_entries(self) -> list[CalendarEntry]:
        self._layout()
        return [entry for _, entry in self._items]

    def more_rect(self, day: dt.date) -> QRectF:
        self._layout()
        return next((rect for rect, more_day, _ in self._more if more_day == day), QRectF())

    def entry_at(self, pos: QPointF) -> CalendarEntry | None:
        self._layout()
        return next((entry for rect, entry in self._items if rect.contains(pos)), None)

    def _more_at(self, pos: QPointF) -> dt.date | None:
        self._layout()
        return next((day for rect, day, _ in self._more if rect.contains(pos)), None)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._dirty = True
        super().resizeEvent(event)

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._paint_header(painter)
        for day in self.days():
            self._paint_cell(painter, day)
        self._paint_grid(painter)
        for rect, entry in self._items:
            self._paint_entry(painter, rect, entry)
        style.paint_more(painter, self._more, style.small_font(self.font()), self.ctx.fmt, self._rtl())
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        if not self.weeks:
            return
        columns, rtl = self._columns(), self._rtl()
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), QColor("#f1f4f9"))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#374151"))
        for index, day in enumerate(self.weeks[0]):
            left, right = columns.span(index)
            rect = QRectF(left + 6, 0, right - left - 12, HEADER)
            name = style.elided(font, self.ctx.fmt.weekday(day), rect.width())
            painter.drawText(rect, style.start_side(rtl) | Qt.AlignmentFlag.AlignVCenter, name)

    def _paint_cell(self, painter: QPainter, day: dt.date) -> None:
        cell, rtl = self.day_rect(day), self._rtl()
        inside = self.span is None or self.span[0] <= day <= self.span[1]
        if self.drag.dragging and day == self.drag.target:
            painter.fillRect(cell, style.DROP_TARGET)
        elif not inside:
            painter.fillRect(cell, style.OUTSIDE)
        elif day.weekday() in self.weekend:
            painter.fillRect(cell, style.WEEKEND)
        calendar, lang = self.ctx.prefs.calendar, self.ctx.prefs.language
        number = day_number(day, calendar)
        text = self.ctx.fmt.digits(str(number))
        if number == 1:
            text = self.ctx.fmt.digits(f"{number} {month_name(self._month(day), calendar, lang)}")
        font = QFont(self.font())
        font.setBold(day == self.today)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        badge = QRectF(0, 0, max(22, metrics.horizontalAdvance(text) + 12), 22)
        if rtl:
            badge.moveTopRight(QPointF(cell.right() - 4, cell.top() + 3))
        else:
            badge.moveTopLeft(QPointF(cell.left() + 4, cell.top() + 3))
        if day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SELECTED)
            painter.drawRoundedRect(badge, 11, 11)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(style.TEXT if inside else style.MUTED)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        second = self._second_number(day)
        if second:
            painter.setFont(style.small_font(self.font()))
            painter.setPen(style.MUTED)
            painter.drawText(QRectF(cell.left() + 6, cell.top() + 3, cell.width() - 12, 22),
                             style.end_side(rtl) | Qt.AlignmentFlag.AlignVCenter, second)
        if day == self.selected:
            painter.setPen(QPen(style.SELECTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))

    def _month(self, day: dt.date) -> int:
        return month_of(day, self.ctx.prefs.calendar)[1]

    def _second_number(self, day: dt.date) -> str:
        """The other calendar's day, small (Gregorian beside a Jalali day; Jalali beside a Gregorian day in
        Persian), in Latin digits as printed calendars do."""
        if self.ctx.prefs.calendar == "jalali":
            return str(day.day)
        if self.ctx.prefs.language == "fa":
            return str(day_number(day, "jalali"))
        return ""

    def _paint_grid(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.GRID, 1))
        columns, height = self._columns(), self._row_height()
        for row in range(len(self.weeks) + 1):
            y = HEADER + row * height
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        for index in range(1, 7):
            x = columns.left(index) if not columns.rtl else columns.span(index)[1]
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))

    def _paint_entry(self, painter: QPainter, rect: QRectF, entry: CalendarEntry) -> None:
        item = style.look(entry, style.is_overdue(entry, self.now, self.today, self.tz))
        if self.drag.is_dragged(entry):
            item = style.dragged(item)
        style.paint_line(painter, rect, entry, item, self.font(), self.ctx.fmt, self.tz, self._rtl())

    # -- mouse -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return style.tooltip_event(self, event, self.entry_at(QPointF(event.pos())), self.ctx.fmt, self.tz)
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        more_day = self._more_at(pos)
        if more_day is not None:
            self.day_opened.emit(more_day)
            return
        entry = self.entry_at(pos)
        self.drag.press(entry, pos)
        day = self.day_at(pos)
        if day is not None and entry is None:  # on an entry: chosen at the release, unless it is dragged
            self.day_clicked.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if not event.buttons() & Qt.MouseButton.LeftButton or not self.drag.pressed:
            return
        if not self.drag.moved(event.position(), self.drag.item.movable):
            return
        target = self.day_at(event.position())
        if target != self.drag.target:
            self.drag.target = target
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        entry, start, dragging, _target = self.drag.take()
        if entry is None:
            return
        if not dragging:
            day = self.day_at(start)
            if day is not None:
                self.day_clicked.emit(day)
            return
        target = self.day_at(event.position())
        if target is not None and target != entry.start.astimezone(self.tz).date():
            self.move_requested.emit(Move(entry.activity_id, target))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.drag.escape(event):
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        entry = self.entry_at(pos)
        if entry is not None:
            self.edit_requested.emit(entry.activity_id)
            return
        if self._more_at(pos) is not None:
            return
        day = self.day_at(pos)
        if day is not None:
            self.new_requested.emit(NewAt(day))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = QPointF(event.pos())
        entry = self.entry_at(pos)
        target = entry if entry is not None else self.day_at(pos)
        if target is not None:
            if entry is None:
                self.day_clicked.emit(target)
            self.menu_requested.emit(target, event.globalPos())

"""What the calendar views share: the signals they give the page, the kinds' colours, how an entry
looks (done ones struck through and grey, overdue ones red, projected ones dashed and dim), clock
text, the days' columns laid out right to left in Persian, and what a drag asks for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from crm_desktop.services import labels as codes
from crm_desktop.services.activities import labels as activity_labels
from crm_desktop.services.activities.calendar import CalendarEntry
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.local_time import local_day_start

translate = QCoreApplication.translate

KIND_COLOURS = {
    "call": "#1f6feb", "meeting": "#8e44ad", "task": "#d97706", "sms": "#0f9d8a", "email": "#0e7490",
    "note": "#6b7280",
}
TEXT = QColor("#1d2433")
MUTED = QColor("#8a93a3")
OVERDUE = QColor("#d93025")
LINK = QColor("#1f6feb")
GRID = QColor("#e3e8f0")
WEEKEND = QColor("#f7f4ee")
OUTSIDE = QColor("#f6f8fb")
TODAY_FILL = QColor("#eef4ff")
SELECTED = QColor("#1f6feb")
DROP_TARGET = QColor("#dbe8ff")
NOW_LINE = QColor("#e5484d")


SNAP = 15  # minutes: where a dragged activity lands
DAY_MINUTES = 24 * 60


def snap(minutes: float) -> int:
    """To the nearest quarter hour, inside the day."""
    return max(0, min(DAY_MINUTES - SNAP, round(minutes / SNAP) * SNAP))


def floor_snap(minutes: float) -> int:
    """To the quarter hour it falls in (a double-click at 10:50 means 10:45)."""
    return max(0, min(DAY_MINUTES - SNAP, int(minutes // SNAP) * SNAP))


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#6b7280"))


def start_side(rtl: bool) -> Qt.AlignmentFlag:
    """Where a line of text starts on screen: the right in Persian."""
    return (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute


def end_side(rtl: bool) -> Qt.AlignmentFlag:
    return (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignAbsolute


def clock(fmt: Formatter, moment: dt.datetime | dt.time, tz: dt.tzinfo | None = None) -> str:
    if isinstance(moment, dt.datetime):
        moment = moment.astimezone(tz)
    return fmt.digits(f"{moment.hour:02d}:{moment.minute:02d}")


def kind_label(kind: str) -> str:
    return codes.label(activity_labels.KINDS, kind)


@dataclass(frozen=True)
class Move:
    """A drop: the activity, its new local day, and its new time (None: keep it); ``all_day`` True
    when it was dropped on a day's all-day strip or a month day."""

    activity_id: int
    day: dt.date
    time: dt.time | None = None
    all_day: bool | None = None


@dataclass(frozen=True)
class NewAt:
    """A double-click on an empty day (``time`` None: all day) or time slot."""

    day: dt.date
    time: dt.time | None = None


class CalendarView(QWidget):
    """What the month view and the day/week view tell the page."""

    day_clicked = Signal(object)  # date
    day_opened = Signal(object)  # date: a day's title or "+N more" (show it in the day view)
    new_requested = Signal(object)  # NewAt
    edit_requested = Signal(int)  # activity id
    menu_requested = Signal(object, QPoint)  # CalendarEntry or date, global position
    move_requested = Signal(object)  # Move


@dataclass(frozen=True)
class EntryLook:
    fill: QColor
    border: QColor
    text: QColor
    dashed: bool
    strike: bool


def look(entry: CalendarEntry, overdue: bool) -> EntryLook:
    colour = kind_colour(entry.kind)
    fill = QColor(colour)
    if entry.projected:
        return EntryLook(QColor(255, 255, 255, 0), colour, MUTED, True, False)
    if entry.is_done:
        fill.setAlpha(22)
        border = QColor(colour)
        border.setAlpha(90)
        return EntryLook(fill, border, MUTED, False, True)
    fill.setAlpha(38)
    return EntryLook(fill, colour, OVERDUE if overdue else TEXT, False, False)


def dragged(item: EntryLook) -> EntryLook:
    """How the entry being dragged looks where it was: dashed and dim."""
    return EntryLook(item.fill, item.border, MUTED, True, item.strike)


def is_overdue(entry: CalendarEntry, now: dt.datetime | None, today: dt.date, tz: dt.tzinfo | None) -> bool:
    if now is None:
        return False
    return entry.is_overdue(now, local_day_start(today, tz))


def small_font(base: QFont) -> QFont:
    """A point smaller: hours, the other calendar's day, "+N more"."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() - 1)
    return font


def entry_font(base: QFont, item: EntryLook, size_delta: float = -0.5) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() + size_delta)
    font.setStrikeOut(item.strike)
    return font


def paint_box(painter: QPainter, rect: QRectF, item: EntryLook, rtl: bool, radius: float = 4.0) -> None:
    """The entry's rounded box with the kind's colour as a bar on the side its text starts."""
    painter.save()
    pen = QPen(item.border, 1, Qt.PenStyle.DashLine if item.dashed else Qt.PenStyle.SolidLine)
    painter.setPen(pen if item.dashed else Qt.PenStyle.NoPen)
    painter.setBrush(item.fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    if not item.dashed:
        bar = QRectF(rect.right() - 3, rect.top(), 3, rect.height()) if rtl else QRectF(rect.left(), rect.top(), 3,
                                                                                         rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(item.border)
        painter.drawRoundedRect(bar, 1.5, 1.5)
    painter.restore()


def elided(font: QFont, text: str, width: float) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(width)))


def paint_line(painter: QPainter, rect: QRectF, entry: CalendarEntry, item: EntryLook, base: QFont,
               fmt: Formatter, tz: dt.tzinfo | None, rtl: bool) -> None:
    """An entry on one line (a month cell, the all-day strip): its box, then the time (a timed one)
    on the side the text starts, then the subject, cut short with an ellipsis."""
    paint_box(painter, rect, item, rtl)
    font = entry_font(base, item)
    painter.setFont(font)
    painter.setPen(item.text)
    inner = rect.adjusted(8, 0, -8, 0)
    if not entry.all_day:
        time_text = clock(fmt, entry.start, tz)
        width = QFontMetrics(font).horizontalAdvance(time_text) + 6
        time_rect = QRectF(inner.right() - width, inner.top(), width, inner.height()) if rtl else \
            QRectF(inner.left(), inner.top(), width, inner.height())
        painter.drawText(time_rect, start_side(rtl) | Qt.AlignmentFlag.AlignVCenter, time_text)
        inner = inner.adjusted(0, 0, -width, 0) if rtl else inner.adjusted(width, 0, 0, 0)
    painter.drawText(inner, start_side(rtl) | Qt.AlignmentFlag.AlignVCenter, elided(font, entry.subject, inner.width()))


def paint_more(painter: QPainter, more: list[tuple[QRectF, dt.date, int]], font: QFont, fmt: Formatter,
               rtl: bool) -> None:
    """The "+N more" links of the days with more entries than fit."""
    painter.setFont(font)
    painter.setPen(LINK)
    for rect, _day, hidden in more:
        painter.drawText(rect.adjusted(6, 0, -6, 0), start_side(rtl) | Qt.AlignmentFlag.AlignVCenter,
                         translate("Calendar", "+{count} more").format(count=fmt.number(hidden)))


def tooltip_event(widget: QWidget, event: QHelpEvent, entry: CalendarEntry | None, fmt: Formatter,
                  tz: dt.tzinfo | None) -> bool:
    """A view's tool-tip event: the entry under the mouse described, or no tip."""
    if entry is not None:
        QToolTip.showText(event.globalPos(), tooltip(fmt, entry, tz), widget)
    else:
        QToolTip.hideText()
    return True


def tooltip(fmt: Formatter, entry: CalendarEntry, tz: dt.tzinfo | None) -> str:
    """Kind, time, subject, customer, assignee; and what a projected or done entry is."""
    lines = [entry.subject]
    when = fmt.date(entry.start.astimezone(tz).date(), "long")
    if not entry.all_day:
        when = translate("Calendar", "{day}, {time}").format(day=when, time=clock(fmt, entry.start, tz))
    lines.append(translate("Calendar", "{kind} \u00b7 {when}").format(kind=kind_label(entry.kind), when=when))
    if entry.row.customer:
        lines.append(entry.row.customer)
    if entry.row.assignee:
        lines.append(translate("Calendar", "Assigned to {name}").format(name=entry.row.assignee))
    if entry.projected:
        lines.append(translate("Calendar", "A coming occurrence of a repeating activity (made when the "
                                           "current one is done; it cannot be moved)."))
    elif entry.is_done:
        lines.append(translate("Calendar", "Done"))
    return "\n".join(lines)


class Columns:
    """``count`` equal day columns across ``width`` pixels after a gutter on the starting side
    (the right in Persian): column 0 is the first day, drawn on the right in Persian."""

    def __init__(self, width: float, count: int, gutter: float, rtl: bool) -> None:
        self.width, self.count, self.gutter, self.rtl = width, max(1, count), gutter, rtl
        self.column_width = max(1.0, (width - gutter) / self.count)

    def left(self, index: int) -> float:
        if self.rtl:
            return self.width - self.gutter - (index + 1) * self.column_width
        return self.gutter + index * self.column_width

    def span(self, index: int) -> tuple[float, float]:
        left = self.left(index)
        return left, left + self.column_width

    def at(self, x: float) -> int | None:
        """The column under ``x`` (None: the gutter or outside)."""
        offset = (self.width - self.gutter - x) if self.rtl else (x - self.gutter)
        if offset < 0 or x < 0 or x > self.width:
            return None
        index = int(offset // self.column_width)
        return index if 0 <= index < self.count else None

    def gutter_span(self) -> tuple[float, float]:
        return (self.width - self.gutter, self.width) if self.rtl else (0.0, self.gutter)

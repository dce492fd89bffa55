"""A My day section's list: each row drawn by :class:`AgendaDelegate` — a one-click check box, the
kind's icon, the time (and day), the subject with its priority and repeat marks, the customer / deal
/ case it belongs to as links, the assignee when everyone's rows are shown, and a reschedule button —
mirrored in a right-to-left window. :class:`AgendaList` turns clicks and keys on those parts into
signals; the page acts on them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QListView, QStyle, QStyledItemDelegate,
                               QStyleOptionButton, QStyleOptionViewItem)

from crm_desktop.ui.my_day.agenda_model import (ASSIGNEE_ROLE, ID_ROLE, LATE_ROLE, LINKS_ROLE, MARKS_ROLE,
                                                    ROW_ROLE, TIME_ROLE, Link)
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.widgets.common import isolated

translate = QCoreApplication.translate
PAD, BOX, ICON, GAP = 10, 18, 18, 10
TIME_WIDTH = 138  # the time, and under it the day (overdue and upcoming rows)
ASSIGNEE_WIDTH = 130
BUTTON = QSize(30, 26)
ROW_HEIGHT = 50
INK, MUTED, RED, BLUE, LINE = "#1d2433", "#6b7280", "#d93025", "#1f6feb", "#eef1f6"
SELECTED, HOVER = "#dbe8ff", "#f5f8fd"


@dataclass(frozen=True)
class Target:
    """A clickable part of a row: "check", "reschedule" or "link" (with the link)."""
    part: str
    link: Link | None = None


def link_text(link: Link) -> str:
    if link.kind == "deal":
        return translate("MyDay", "Deal: {title}").format(title=isolated(link.text))
    if link.kind == "case":
        return translate("MyDay", "Case {number}").format(number=isolated(link.text))
    return link.text


class AgendaDelegate(QStyledItemDelegate):
    """Paints a row and says which part of it is under a point (:meth:`target_at`)."""

    def __init__(self, section: str, parent=None) -> None:
        super().__init__(parent)
        self.section = section
        self.hover: tuple[int, Target | None] | None = None  # (row, part) under the mouse
        self.calendar_icon = QIcon(str(resource_path("icons", "calendar.svg")))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        return QSize(400, ROW_HEIGHT)

    # -- geometry (worked out left to right, then mirrored for right-to-left) ----------------------

    def _parts(self, rect: QRect, index: QModelIndex) -> dict[str, QRect]:
        middle = rect.center().y()
        x = rect.left() + PAD
        parts = {"check": QRect(x, middle - BOX // 2, BOX, BOX)}
        x += BOX + GAP
        parts["icon"] = QRect(x, middle - ICON // 2, ICON, ICON)
        x += ICON + GAP + 2
        parts["time"] = QRect(x, rect.top() + 6, TIME_WIDTH, rect.height() - 12)
        x += TIME_WIDTH + GAP
        right = rect.right() - PAD
        if self.section != "done_today":
            parts["reschedule"] = QRect(right - BUTTON.width() + 1, middle - BUTTON.height() // 2, BUTTON.width(),
                                        BUTTON.height())
            right -= BUTTON.width() + GAP
        if index.data(ASSIGNEE_ROLE):
            parts["assignee"] = QRect(right - ASSIGNEE_WIDTH + 1, rect.top(), ASSIGNEE_WIDTH, rect.height())
            right -= ASSIGNEE_WIDTH + GAP
        parts["main"] = QRect(x, rect.top() + 6, max(right - x, 10), rect.height() - 12)
        return parts

    def _link_rects(self, main: QRect, links: list[Link], metrics: QFontMetrics) -> list[tuple[QRect, Link, str]]:
        """Each link's place on the second line (left to right, clipped at the end of the line)."""
        placed, x = [], main.left()
        top = main.top() + main.height() // 2
        separator = metrics.horizontalAdvance(" \u00b7 ")
        for link in links:
            room = main.right() - x
            if room < 24:
                break
            text = link_text(link)
            width = metrics.horizontalAdvance(text)
            if width > room:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text)
            placed.append((QRect(x, top, width, main.height() - main.height() // 2), link, text))
            x += width + separator
        return placed

    def _visual(self, option_rect: QRect, rect: QRect, direction: Qt.LayoutDirection) -> QRect:
        return QStyle.visualRect(direction, option_rect, rect)

    def target_at(self, option: QStyleOptionViewItem, index: QModelIndex, point: QPoint) -> Target | None:
        parts = self._parts(option.rect, index)
        for name in ("check", "reschedule"):
            if name in parts and self._visual(option.rect, parts[name].adjusted(-4, -4, 4, 4),
                                              option.direction).contains(point):
                return Target(name)
        metrics = QFontMetrics(option.font)
        for rect, link, _text in self._link_rects(parts["main"], index.data(LINKS_ROLE) or [], metrics):
            if self._visual(option.rect, rect, option.direction).contains(point):
                return Target("link", link)
        return None

    # -- painting ----------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setLayoutDirection(option.direction)
        rect, direction = option.rect, option.direction
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.fillRect(rect, QColor(SELECTED if selected else (HOVER if hovered else "#ffffff")))
        painter.setPen(QPen(QColor(LINE)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        parts = self._parts(rect, index)
        row = index.data(ROW_ROLE)
        done = row.is_done
        self._check(painter, option, self._visual(rect, parts["check"], direction), done)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, self._visual(rect, parts["icon"], direction))
        font = QFont(option.font)
        time, day = index.data(TIME_ROLE)
        late = bool(index.data(LATE_ROLE))
        self._text(painter, rect, parts["time"], direction, time, font, RED if late else INK, top=True,
                   bold=self.section != "done_today")
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        self._text(painter, rect, parts["time"], direction, day, small, RED if late else MUTED, top=False)
        self._subject(painter, rect, parts["main"], direction, index, font, done)
        self._links(painter, option, parts["main"], index, font)
        if "assignee" in parts:
            self._text(painter, rect, parts["assignee"], direction, index.data(ASSIGNEE_ROLE), font, MUTED,
                       middle=True)
        if "reschedule" in parts:
            self._button(painter, option, index, self._visual(rect, parts["reschedule"], direction))
        painter.restore()

    def _align(self, direction: Qt.LayoutDirection, vertical: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft) | vertical

    def _text(self, painter: QPainter, rect: QRect, part: QRect, direction, text: str, font: QFont, colour: str, *,
              top: bool = True, middle: bool = False, bold: bool = False) -> None:
        if not text:
            return
        font = QFont(font)
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        metrics = QFontMetrics(font)
        if middle:
            box, vertical = part, Qt.AlignmentFlag.AlignVCenter
        else:
            half = part.height() // 2
            box = QRect(part.left(), part.top() + (0 if top else half), part.width(), half)
            vertical = Qt.AlignmentFlag.AlignVCenter
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(self._visual(rect, box, direction), self._align(direction, vertical), shown)

    def _subject(self, painter: QPainter, rect: QRect, main: QRect, direction, index: QModelIndex, font: QFont,
                 done: bool) -> None:
        high, repeats = index.data(MARKS_ROLE)
        marks = ("!" if high else "") + (" \u21bb" if repeats else "")
        bold = QFont(font)
        bold.setBold(True)
        bold.setStrikeOut(done)
        metrics = QFontMetrics(bold)
        marks_width = metrics.horizontalAdvance(" " + marks) if marks else 0
        half = main.height() // 2
        subject = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight,
                                     max(main.width() - marks_width, 10))
        width = metrics.horizontalAdvance(subject)
        painter.setFont(bold)
        painter.setPen(QColor(MUTED if done else INK))
        line = QRect(main.left(), main.top(), width + 2, half)
        painter.drawText(self._visual(rect, line, direction), self._align(direction, Qt.AlignmentFlag.AlignVCenter),
                         subject)
        if marks:
            plain = QFont(font)
            plain.setBold(True)
            painter.setFont(plain)
            mark_box = QRect(main.left() + width + 2, main.top(), marks_width + 4, half)
            if high:
                painter.setPen(QColor(RED))
                painter.drawText(self._visual(rect, mark_box, direction),
                                 self._align(direction, Qt.AlignmentFlag.AlignVCenter), " !")
                mark_box.translate(metrics.horizontalAdvance(" !"), 0)
            if repeats:
                painter.setPen(QColor(MUTED))
                painter.drawText(self._visual(rect, mark_box, direction),
                                 self._align(direction, Qt.AlignmentFlag.AlignVCenter), " \u21bb")

    def _links(self, painter: QPainter, option: QStyleOptionViewItem, main: QRect, index: QModelIndex,
               font: QFont) -> None:
        metrics = QFontMetrics(font)
        placed = self._link_rects(main, index.data(LINKS_ROLE) or [], metrics)
        hover = self.hover[1] if self.hover is not None and self.hover[0] == index.row() else None
        separator = metrics.horizontalAdvance(" \u00b7 ")
        for i, (rect, link, text) in enumerate(placed):
            link_font = QFont(font)
            link_font.setUnderline(hover is not None and hover.link == link)
            painter.setFont(link_font)
            painter.setPen(QColor(BLUE))
            painter.drawText(self._visual(option.rect, rect, option.direction),
                             self._align(option.direction, Qt.AlignmentFlag.AlignVCenter), text)
            if i < len(placed) - 1:
                painter.setFont(font)
                painter.setPen(QColor(MUTED))
                dot = QRect(rect.right() + 1, rect.top(), separator, rect.height())
                painter.drawText(self._visual(option.rect, dot, option.direction), Qt.AlignmentFlag.AlignCenter,
                                 "\u00b7")
        if not placed:
            self._text(painter, option.rect, main, option.direction, translate("MyDay", "No customer"), font, MUTED,
                       top=False)

    def _check(self, painter: QPainter, option: QStyleOptionViewItem, box: QRect, done: bool) -> None:
        check = QStyleOptionButton()
        check.rect = box
        check.state = QStyle.StateFlag.State_Enabled | (QStyle.StateFlag.State_On if done else
                                                        QStyle.StateFlag.State_Off)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, check, painter, option.widget)

    def _button(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, box: QRect) -> None:
        hovered = self.hover is not None and self.hover[0] == index.row() and self.hover[1] == Target("reschedule")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#cfd7e3")))
        painter.setBrush(QColor("#eef2f8" if hovered else "#ffffff"))
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 6, 6)
        self.calendar_icon.paint(painter, box.adjusted(7, 5, -7, -5))


class AgendaList(QListView):
    """A section's rows, as tall as its rows (the page scrolls, not each list)."""

    check_clicked = Signal(int)  # activity id
    reschedule_clicked = Signal(int, QPoint)  # activity id, where to open the menu (global)
    link_clicked = Signal(str, int)  # "contact" / "organization" / "deal" / "case", id
    action = Signal(str, int)  # "complete", "delete", "edit" from the keyboard or a double click
    edge = Signal(int)  # -1: Up on the first row, +1: Down on the last row

    def __init__(self, section: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"agenda_{section}")
        self.delegate = AgendaDelegate(section, self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListView { background: #ffffff; border: none; }")
        self._pressed: tuple[int, Target] | None = None  # (activity id, part) under the left button's press

    def fit(self) -> None:
        """As tall as all its rows."""
        rows = self.model().rowCount() if self.model() is not None else 0
        self.setFixedHeight(rows * ROW_HEIGHT + 2 * self.frameWidth())

    def _option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    def target_at(self, point: QPoint) -> tuple[QModelIndex, Target | None]:
        index = self.indexAt(point)
        if not index.isValid():
            return index, None
        return index, self.delegate.target_at(self._option(index), index, point)

    def part_rect(self, row: int, part: str) -> QRect:
        """Where a row's part is on screen (tests click there): "check" or "reschedule"."""
        index = self.model().index(row, 0)
        option = self._option(index)
        parts = self.delegate._parts(option.rect, index)
        return QStyle.visualRect(option.direction, option.rect, parts[part])

    def link_rect(self, row: int, kind: str) -> QRect:
        index = self.model().index(row, 0)
        option = self._option(index)
        main = self.delegate._parts(option.rect, index)["main"]
        for rect, link, _text in self.delegate._link_rects(main, index.data(LINKS_ROLE) or [],
                                                           QFontMetrics(option.font)):
            if link.kind == kind:
                return QStyle.visualRect(option.direction, option.rect, rect)
        return QRect()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index, target = self.target_at(event.position().toPoint())
        hover = (index.row(), target) if index.isValid() else None
        if hover != self.delegate.hover:
            self.delegate.hover = hover
            self.viewport().update()
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if target is not None
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if self.delegate.hover is not None:
            self.delegate.hover = None
            self.viewport().update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        # what a click acts on is decided at the press: a row may slide under the mouse before the
        # release (a completed row leaves the list at once)
        index, target = self.target_at(event.position().toPoint())
        self._pressed = (index.data(ID_ROLE), target) if target is not None and \
            event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index, target = self.target_at(event.position().toPoint())
        pressed, self._pressed = self._pressed, None
        if target is not None and event.button() == Qt.MouseButton.LeftButton and \
                pressed == (index.data(ID_ROLE), target):  # pressed and released on the same part of one activity
            activity_id = index.data(ID_ROLE)
            if target.part == "check":
                self.check_clicked.emit(activity_id)
            elif target.part == "reschedule":
                rect = self.part_rect(index.row(), "reschedule")
                self.reschedule_clicked.emit(activity_id, self.viewport().mapToGlobal(rect.bottomLeft()))
            elif target.link is not None:
                self.link_clicked.emit(target.link.kind, target.link.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._pressed = None  # the release that ends a double click acts on nothing
        index, target = self.target_at(event.position().toPoint())
        if index.isValid() and target is None:
            self.action.emit("edit", index.data(ID_ROLE))
            event.accept()
            return
        event.accept()  # a quick second click on a part is not an edit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and index.isValid():
            actions = {Qt.Key.Key_Space: "complete", Qt.Key.Key_Delete: "delete", Qt.Key.Key_Return: "edit",
                       Qt.Key.Key_Enter: "edit"}
            if key in actions:
                self.action.emit(actions[key], index.data(ID_ROLE))
                event.accept()
                return
            if key == Qt.Key.Key_Up and index.row() == 0:
                self.edge.emit(-1)
                event.accept()
                return
            if key == Qt.Key.Key_Down and index.row() == self.model().rowCount() - 1:
                self.edge.emit(1)
                event.accept()
                return
        super().keyPressEvent(event)

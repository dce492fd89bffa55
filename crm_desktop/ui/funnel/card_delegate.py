"""How a deal's card is painted on the board: the delegate, its colours and its fonts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.funnel.board import Card
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.stage_model import CARD_ROLE, Index

translate = QCoreApplication.translate
INK, MUTED, ACCENT = QColor("#1d2433"), QColor("#6b7280"), QColor("#1f6feb")
STUCK, STUCK_FILL, OVERDUE = QColor("#b45309"), QColor("#fff8eb"), QColor("#d93025")
BORDER, SELECTED = QColor("#e3e8f0"), QColor("#1f6feb")


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

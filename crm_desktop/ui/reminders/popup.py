"""The reminder popup: a small always-on-top window in the bottom corner of the screen at the end of
the reading direction (right in English, left in Persian), one row per due activity with Open, Done,
Snooze and Dismiss, and the start-up notice of what is overdue.

It never takes the keyboard: it is a tool window that does not accept focus and shows without
activating (``Qt.Tool``, ``Qt.WindowDoesNotAcceptFocus``, ``WA_ShowWithoutActivating``), its buttons
take no focus, and should a window system activate it anyway, the window that had the keyboard gets
it straight back - typing in the main window goes on while a reminder appears.

Closing it (x) only hides it: nothing is snoozed or dismissed. It comes back when the next reminder
fires (a new one, or a snoozed one coming back) and then lists every reminder still due, the ones
left alone included.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from crm_desktop.services.activities.labels import KINDS
from crm_desktop.services.activities.preferences import SNOOZE_CHOICES
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.reminders.choices import DAY, due_text, snooze_label, span_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate
SHOWN = 5  # rows listed; past that "and N more"
WIDTH = 400
MARGIN = 14  # from the screen's edges

STYLE = """
QFrame#reminderPanel { background: #ffffff; border: 1px solid #c3cddc; border-radius: 10px; }
QLabel#reminderTitle { font-size: 11pt; font-weight: 600; color: #111827; }
QLabel#reminderSubject { font-weight: 600; color: #1f2937; }
QLabel#reminderDue { color: #4b5563; font-size: 9pt; }
QLabel#reminderDue[overdue="true"] { color: #c62828; }
QFrame#reminderNotice { background: #fff4e5; border: 1px solid #f3c98b; border-radius: 8px; }
QFrame#reminderRow { border-top: 1px solid #eef1f6; }
QToolButton#reminderAction { border: 1px solid #cfd7e3; border-radius: 6px; padding: 2px 8px; background: #ffffff; }
QToolButton#reminderAction:hover { background: #f3f6fb; }
QToolButton#reminderAction[popupMode="1"] { padding-END: 22px; }
QToolButton#reminderAction::menu-button { border: none; border-START: 1px solid #cfd7e3; width: 18px; }
QToolButton#reminderAction::menu-arrow { image: url(ICONS/chevron-down.svg); width: 10px; height: 10px; }
QToolButton#linkButton { border: none; color: #1f6feb; padding: 0 2px; }
"""


def style_sheet() -> str:
    """:data:`STYLE` for the window's direction (the arrow of a snooze button is at the line's end)."""
    end, start = ("left", "right") if QApplication.isRightToLeft() else ("right", "left")
    return (STYLE.replace("ICONS/", resource_path("icons").as_posix() + "/")
            .replace("-END", f"-{end}").replace("-START", f"-{start}"))


def _button(text: str, object_name: str = "reminderAction") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click never moves the keyboard here
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ReminderRow(QFrame):
    """One due activity: kind icon, subject, customer, due time, and its four buttons."""

    def __init__(self, popup: ReminderPopup, row: ActivityRow, now: dt.datetime) -> None:
        super().__init__()
        self.setObjectName("reminderRow")
        self.row = row
        self.popup = popup
        icon = QLabel()
        icon.setPixmap(kind_icon(row.kind).pixmap(20, 20))
        icon.setToolTip(code_label(KINDS, row.kind))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.subject = label(row.subject, "reminderSubject", wrap=True)
        self.due = label("", "reminderDue")
        meta = QHBoxLayout()
        meta.setSpacing(4)
        self.customer: QToolButton | None = None
        if row.customer and (row.contact_id or row.organization_id):
            self.customer = _button(isolated(row.customer), "linkButton")
            self.customer.clicked.connect(self._open_customer)
            meta.addWidget(self.customer)
            meta.addWidget(label("\u00b7", "reminderDue"))
        meta.addWidget(self.due)
        meta.addStretch(1)
        self.open_button = _button(translate("Reminders", "Open"))
        self.done_button = _button(translate("Reminders", "Done"))
        self.snooze_button = popup.snooze_button(lambda minutes: popup.snooze_requested.emit([row.id], minutes))
        self.dismiss_button = _button(translate("Reminders", "Dismiss"))
        self.open_button.clicked.connect(lambda: popup.open_requested.emit(row.id))
        self.done_button.clicked.connect(lambda: popup.done_requested.emit(row.id))
        self.dismiss_button.clicked.connect(lambda: popup.dismiss_requested.emit([row.id]))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.open_button, self.done_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.subject)
        text.addLayout(meta)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.setSpacing(10)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.refresh_time(now)

    def refresh_time(self, now: dt.datetime) -> None:
        row = self.row
        self.due.setText(in_reading_direction(due_text(row, now, self.popup.ctx.fmt, self.popup.tz)))
        overdue = row.due_at is not None and row.due_at < now and not row.all_day
        if self.due.property("overdue") != overdue:
            self.due.setProperty("overdue", overdue)
            self.due.style().unpolish(self.due)
            self.due.style().polish(self.due)

    def _open_customer(self) -> None:
        if self.row.contact_id:
            self.popup.customer_requested.emit("contact", self.row.contact_id)
        elif self.row.organization_id:
            self.popup.customer_requested.emit("organization", self.row.organization_id)


class ReminderPopup(QWidget):
    open_requested = Signal(int)  # activity id
    done_requested = Signal(int)
    snooze_requested = Signal(list, int)  # activity ids, minutes
    dismiss_requested = Signal(list)  # activity ids
    snooze_all_requested = Signal(int)  # minutes: every reminder due now, listed or not
    dismiss_all_requested = Signal()  # every reminder due now, listed or not
    customer_requested = Signal(str, int)  # "contact" | "organization", id
    my_day_requested = Signal()
    closed = Signal()  # hidden with x: nothing snoozed or dismissed

    def __init__(self, ctx: AppContext, *, snooze_minutes: int = 10, tz: dt.tzinfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("reminderPopup")
        self.setWindowTitle(translate("Reminders", "Reminders"))
        self.setStyleSheet(style_sheet())
        self.ctx = ctx
        self.tz = tz
        self.snooze_minutes = snooze_minutes
        self.rows: list[ActivityRow] = []
        self.total = 0
        self.now = dt.datetime.now(dt.timezone.utc)
        self._row_widgets: list[ReminderRow] = []
        self._keyboard_window: QWindow | None = QGuiApplication.focusWindow()

        self.title = label(translate("Reminders", "Reminders"), "reminderTitle")
        self.close_button = _button("\u2715", "linkButton")
        self.close_button.setToolTip(translate("Reminders", "Close (the reminders stay)"))
        self.close_button.clicked.connect(self.close_quietly)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)

        self.notice = QFrame()
        self.notice.setObjectName("reminderNotice")
        self.notice_text = label("", wrap=True)
        self.notice_link = _button(translate("Reminders", "Open My day"), "linkButton")
        self.notice_link.clicked.connect(self.my_day_requested)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 6, 10, 6)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_link)
        self.notice.hide()

        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(0)
        self.empty = label(translate("Reminders", "No reminders are due now."), "muted")
        self.more = QWidget()
        self.more_text = label("", "muted")
        self.more_link = _button(translate("Reminders", "Open My day"), "linkButton")
        self.more_link.clicked.connect(self.my_day_requested)
        more_layout = QHBoxLayout(self.more)
        more_layout.setContentsMargins(0, 4, 0, 0)
        more_layout.addWidget(self.more_text)
        more_layout.addWidget(self.more_link)
        more_layout.addStretch(1)
        self.more.hide()

        # "all": every reminder due now, not only the ones listed (the clock reads at most MAX_SHOWN)
        self.snooze_all = self.snooze_button(self.snooze_all_requested.emit, translate("Reminders", "Snooze all"))
        self.dismiss_all = _button(translate("Reminders", "Dismiss all"))
        self.dismiss_all.clicked.connect(self.dismiss_all_requested)
        self.footer = QWidget()
        footer_layout = QHBoxLayout(self.footer)
        footer_layout.setContentsMargins(0, 8, 0, 0)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self.snooze_all)
        footer_layout.addWidget(self.dismiss_all)
        self.footer.hide()

        panel = QFrame()
        panel.setObjectName("reminderPanel")
        body = QVBoxLayout(panel)
        body.setContentsMargins(14, 10, 14, 12)
        body.setSpacing(6)
        body.addLayout(header)
        body.addWidget(self.notice)
        body.addLayout(self.list_layout)
        body.addWidget(self.empty)
        body.addWidget(self.more)
        body.addWidget(self.footer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(panel)
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._focus_moved)

    # -- content ---------------------------------------------------------------------------------

    def snooze_button(self, chosen, text: str | None = None) -> QToolButton:
        """Click: snooze for the default time; its arrow: the other times."""
        fmt = self.ctx.fmt
        button = _button(text or translate("Reminders", "Snooze"))
        if self.snooze_minutes == DAY:
            button.setToolTip(translate("Reminders", "Remind again tomorrow at the same time"))
        else:
            button.setToolTip(translate("Reminders", "Remind again in {span}").format(
                span=span_text(self.snooze_minutes, fmt)))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        for minutes in SNOOZE_CHOICES:
            action = menu.addAction(snooze_label(minutes, fmt))
            action.setData(minutes)
            action.triggered.connect(lambda _=False, m=minutes: chosen(m))
        button.setMenu(menu)
        button.clicked.connect(lambda: chosen(self.snooze_minutes))
        return button

    def ids(self) -> list[int]:
        return [row.id for row in self.rows]

    def set_rows(self, rows: list[ActivityRow], now: dt.datetime, total: int | None = None) -> None:
        """List these reminders (the first :data:`SHOWN`); the same list again only renews the times."""
        self.now = now
        total = len(rows) if total is None else max(total, len(rows))
        if rows == self.rows and total == self.total:
            self.refresh_times(now)
            return
        self.rows, self.total = list(rows), total
        for widget in self._row_widgets:
            widget.hide()
            widget.deleteLater()
        self._row_widgets = [ReminderRow(self, row, now) for row in rows[:SHOWN]]
        for widget in self._row_widgets:
            self.list_layout.addWidget(widget)
        hidden = total - len(self._row_widgets)
        self.more_text.setText(translate("Reminders", "and {count} more").format(count=self.ctx.fmt.number(hidden)))
        self.more.setVisible(hidden > 0)
        self.footer.setVisible(len(rows) > 1)
        self.empty.setVisible(not rows and self.notice.isHidden())
        self._update_title()
        self._fit()

    def remove(self, ids: list[int]) -> None:
        """Drop these rows at once (done, snoozed or dismissed); hide when nothing is left."""
        gone = set(ids)
        rows = [row for row in self.rows if row.id not in gone]
        self.set_rows(rows, self.now, self.total - (len(self.rows) - len(rows)))
        if not rows and self.notice.isHidden():
            self.hide()

    def refresh_times(self, now: dt.datetime) -> None:
        self.now = now
        for widget in self._row_widgets:
            widget.refresh_time(now)

    def set_notice(self, overdue: int) -> None:
        """The start-up line "3 activities are overdue - Open My day" (0: none)."""
        if overdue == 1:
            text = translate("Reminders", "1 activity is overdue")
        else:
            text = translate("Reminders", "{count} activities are overdue").format(count=self.ctx.fmt.number(overdue))
        self.notice_text.setText(text)
        self.notice.setVisible(overdue > 0)
        self.empty.setVisible(not self.rows and overdue <= 0)
        self._fit()

    def has_content(self) -> bool:
        return bool(self.rows) or not self.notice.isHidden()

    def _update_title(self) -> None:
        count = self.total
        self.title.setText(translate("Reminders", "Reminders") if count <= 1 else
                           translate("Reminders", "Reminders ({count})").format(count=self.ctx.fmt.number(count)))

    # -- showing ---------------------------------------------------------------------------------

    def _fit(self) -> None:
        self.layout().activate()
        self.adjustSize()
        if self.isVisible():
            self.place()

    def place(self) -> None:
        """The bottom corner at the end of the reading direction of the screen the user works on."""
        window = QApplication.activeWindow()
        screen = (window.screen() if window is not None and window is not self else None) or \
            QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        height = min(self.sizeHint().height(), area.height() - 2 * MARGIN)
        self.resize(WIDTH, height)
        left = area.left() + MARGIN if QApplication.isRightToLeft() else area.right() - MARGIN - WIDTH + 1
        self.move(QPoint(left, area.bottom() - MARGIN - height + 1))

    def pop_up(self) -> None:
        """Show (or keep showing) without taking the keyboard; never raised or activated."""
        focused = QGuiApplication.focusWindow()
        if focused is not None and focused is not self.windowHandle():
            self._keyboard_window = focused
        self.ensurePolished()
        self._fit()
        self.place()
        if not self.isVisible():
            self.show()
            self.place()  # the style sheet's final sizes are known once shown

    def close_quietly(self) -> None:
        self.notice.hide()
        self.hide()
        self.closed.emit()

    def _focus_moved(self, window: QWindow | None) -> None:
        """A window system that activated this window anyway: give the keyboard straight back."""
        if window is None:
            return
        if window is self.windowHandle():
            previous = self._keyboard_window
            try:
                if previous is not None and previous is not window and previous.isVisible():
                    previous.requestActivate()
            except RuntimeError:  # that window is gone
                self._keyboard_window = None
        elif window.type() in (Qt.WindowType.Window, Qt.WindowType.Dialog):  # not a menu or tooltip
            self._keyboard_window = window

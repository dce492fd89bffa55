"""The calendar: a day, a week or a month of activities (Jalali months and Saturday-first weeks in
Persian), one person's or everyone's, read in a worker a period at a time.

Drag an activity to another day or time to reschedule it; double-click an empty day or time for a
new activity there, an activity to open it; right-click for complete / reschedule / delete. Keys:
the arrows move the chosen day (as they point on screen), PageUp / PageDown go to the previous /
next period, T goes to today, Enter opens the chosen day, D / W / M switch the view, Ctrl+N makes a
new activity on the chosen day, F5 reads again.

A write anywhere (``activity_events.changed``) reads the period again - while the page is hidden, once
it is shown again. At local midnight (from the page's clock) it reads again too: the now line, today's
mark and what is overdue move on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.services import weeks
from crm_desktop.services.activities import calendar
from crm_desktop.services.activities.calendar import CalendarEntry, CalendarLoad
from crm_desktop.services.activities.recurrence import add_months
from crm_desktop.services.funnel.targets import month_bounds, month_of, period_label
from crm_desktop.services.context import current_user_id
from crm_desktop.services.local_time import LocalZone, local_date
from crm_desktop.ui.activities.day_timer import DayTimer
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.calendar.month import PER_DAY as MONTH_PER_DAY
from crm_desktop.ui.calendar.month import MonthView
from crm_desktop.ui.calendar.style import Move, NewAt
from crm_desktop.ui.calendar.timeline import PER_DAY as TIMELINE_PER_DAY
from crm_desktop.ui.calendar.timeline import TimelineView
from crm_desktop.ui.calendar.toolbar import CalendarToolbar
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import page_header
from crm_desktop.ui.workers import LatestRead

translate = QCoreApplication.translate

MODES = ("day", "week", "month")


def quick_actions():
    """The activity dialogs and actions (``ui/activities/quick_actions.py``), imported when first used."""
    from crm_desktop.ui.activities import quick_actions as module

    return module


#: the letters the Persian keyboard layout (ISIRI 9147) types on the keys of the calendar's shortcuts
SAME_KEY_IN_LATIN = {ord("\u0641"): Qt.Key.Key_T, ord("\u06cc"): Qt.Key.Key_D, ord("\u064a"): Qt.Key.Key_D,
                     ord("\u0635"): Qt.Key.Key_W, ord("\u067e"): Qt.Key.Key_M}

class CalendarPage(QWidget):
    loaded = Signal()  # a period was read and painted
    status = Signal(str)
    open_customer = Signal(str, int)  # ("contact" | "organization", id) from an activity's menu

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None, tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.tz = tz or LocalZone()
        self.calendar = ctx.prefs.calendar
        self.first_weekday = weeks.first_weekday(self.calendar, ctx.prefs.language)
        self.weekend = weeks.weekend(self.first_weekday)
        self.mode = "month"
        self.selected = self.today()  # the chosen day
        self.anchor = self.selected  # the day whose period is shown (a month's grey days can be chosen)
        self.shown_days: list[dt.date] = []
        self.data: CalendarLoad | None = None
        self._reads = LatestRead(self, self._loaded, lambda error: show_error(self, error))
        self._stale = False  # changed while hidden: read again when shown
        self.day_timer = DayTimer(self)  # local midnight: a new today
        self.day_timer.timeout.connect(self._new_day)

        self.toolbar = CalendarToolbar(ctx)
        self.toolbar.today_clicked.connect(self.go_today)
        self.toolbar.step_clicked.connect(self.step)
        self.toolbar.mode_chosen.connect(self.set_mode)
        self.toolbar.filters_changed.connect(self.reload)
        self.toolbar.new_clicked.connect(lambda: self.new_activity(NewAt(self.selected)))
        self.month = MonthView(ctx, self.tz)
        self.timeline = TimelineView(ctx, self.tz)
        for view in (self.month, self.timeline):
            view.day_clicked.connect(self.choose_day)
            view.day_opened.connect(self.open_day)
            view.new_requested.connect(self.new_activity)
            view.edit_requested.connect(self.edit_activity)
            view.menu_requested.connect(self.show_menu)
            view.move_requested.connect(self.move)
        for widget in (self.month, self.timeline.grid, self.timeline.header):
            widget.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.timeline)

        top = QHBoxLayout()
        top.addWidget(page_header(translate("Calendar", "Calendar")), 1)
        top.addWidget(self.toolbar.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        for keys, slot in ((QKeySequence.StandardKey.New, lambda: self.new_activity(NewAt(self.selected))),
                           (QKeySequence(Qt.Key.Key_F5), self.reload)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        activity_events.changed.connect(self._changed_elsewhere)  # a write here or on any page: read again
        self.day_timer.arm(self.clock(), self.tz)
        self.toolbar.set_mode(self.mode)
        self._show_period()

    # -- what is shown -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return local_date(self.clock(), self.tz)

    def period_days(self) -> list[dt.date]:
        if self.mode == "day":
            return [self.anchor]
        if self.mode == "week":
            return calendar.week_of(self.anchor, self.first_weekday)
        return [day for week in self._weeks() for day in week]

    def _weeks(self) -> list[list[dt.date]]:
        year, month = month_of(self.anchor, self.calendar)
        return calendar.month_grid(year, month, self.calendar, self.first_weekday)

    def title(self) -> str:
        prefs, fmt = self.ctx.prefs, self.ctx.fmt
        if self.mode == "month":
            return period_label("month", *month_of(self.anchor, self.calendar), self.calendar,
                                lang=prefs.language, digits=prefs.digits)
        if self.mode == "week":
            days = self.period_days()
            return calendar.range_title(days[0], days[-1], self.calendar, language=prefs.language, digits=prefs.digits)
        return translate("Calendar", "{weekday} {date}").format(weekday=fmt.weekday(self.anchor),
                                                                date=fmt.date(self.anchor, "long"))

    def current_view(self) -> MonthView | TimelineView:
        return self.month if self.mode == "month" else self.timeline

    def _show_period(self, data: CalendarLoad | None = None) -> None:
        """Show the period's days at once (the entries come with ``data``)."""
        self.shown_days = self.period_days()
        self.data = data
        today = self.today()
        self.toolbar.set_title(self.title())
        if self.mode == "month":
            year, month = month_of(self.anchor, self.calendar)
            self.month.show_month(self._weeks(), month_bounds(year, month, self.calendar), self.weekend, data,
                                  today, self.selected)
            self.stack.setCurrentWidget(self.month)
        else:
            self.timeline.show_days(self.shown_days, self.weekend, data, today, self.selected)
            self.stack.setCurrentWidget(self.timeline)

    # -- navigation ------------------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        if mode not in MODES or mode == self.mode:
            self.toolbar.set_mode(self.mode)
            return
        self.mode = mode
        self.anchor = self.selected
        self.toolbar.set_mode(mode)
        self._navigate()

    def go_to(self, day: dt.date, mode: str | None = None) -> None:
        """Show ``day`` (chosen) in ``mode`` (default: the current view)."""
        self.selected = self.anchor = day
        if mode is not None and mode in MODES:
            self.mode = mode
            self.toolbar.set_mode(mode)
        self._navigate()

    def go_today(self) -> None:
        self.go_to(self.today())

    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) period, the chosen day moving along."""
        if self.mode == "month":
            self.go_to(add_months(self.anchor, direction, self.calendar))
        else:
            self.go_to(self.anchor + dt.timedelta(days=direction * (7 if self.mode == "week" else 1)))

    def choose_day(self, day: dt.date, *, follow: bool = False) -> None:
        """Choose ``day`` where it is shown (a click); ``follow`` (the keys): leaving the month or week
        goes to the next one."""
        if day in self.shown_days and (not follow or self.mode != "month" or self._in_month(day)):
            self.selected = day
            self.current_view().set_selected(day)
            return
        self.go_to(day)

    def _in_month(self, day: dt.date) -> bool:
        return month_of(day, self.calendar) == month_of(self.anchor, self.calendar)

    def open_day(self, day: dt.date) -> None:
        self.go_to(day, "day")

    def _navigate(self) -> None:
        if self.period_days() == self.shown_days and self.data is not None:
            self._show_period(self.data)  # the same days: only the chosen one moved
            self.current_view().set_selected(self.selected)
            return
        self._show_period()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the people and the shown period again (the main window calls this when the area is opened)."""
        self.toolbar.refresh_people()
        self.reload()

    def reload(self, *, wait: bool = False) -> None:
        """Read the shown period in a worker (``wait``: here and now, e.g. for screenshots)."""
        self._stale = False
        self.day_timer.arm(self.clock(), self.tz)
        days = self.period_days()
        per_day = MONTH_PER_DAY if self.mode == "month" else TIMELINE_PER_DAY.get(len(days), 60)
        options = self.toolbar.filters()
        user_id = current_user_id() if options.person == "me" else options.person
        now, tz = self.clock(), self.tz

        def read() -> tuple[list[dt.date], CalendarLoad]:
            return days, calendar.load(days, user_id=user_id, kinds=options.kinds, include_done=options.include_done,
                                       per_day=per_day, now=now, tz=tz)
        self._reads.start(read, wait=wait)

    def _changed_elsewhere(self) -> None:
        if self.isVisible():
            self.reload()
        else:  # nobody looks: read when shown again
            self._stale = True

    def _new_day(self) -> None:
        """Local midnight: today, the now line and what is overdue have moved on."""
        if not self.day_timer.passed(self.clock()):  # woke early: sleep on until midnight
            self.day_timer.arm(self.clock(), self.tz)
        elif self.isVisible():
            self.reload()
        else:
            self._stale = True
            self.day_timer.arm(self.clock(), self.tz)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:  # after this turn of the event loop: a refresh() that comes with the showing reads once
            QTimer.singleShot(0, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def _loaded(self, answer: tuple[list[dt.date], CalendarLoad]) -> None:
        days, result = answer
        if days != self.period_days():
            return
        self._show_period(result)
        view = self.current_view()
        if view.isVisible():
            view.repaint_now()  # painted before ``loaded`` is told (the benchmark's "shown")
        self.loaded.emit()

    # -- actions ---------------------------------------------------------------------------------------

    def _changed(self) -> None:
        """After a write: tell every activity view (this one included: it reads again)."""
        activity_events.changed.emit()

    def move(self, move: Move) -> None:
        """A drop: reschedule through the service, then read the period again."""
        try:
            moved = calendar.move(move.activity_id, move.day, move.time, all_day=move.all_day, tz=self.tz)
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile: say so, show the truth again
            show_error(self, error)
            self.reload()
            return
        if move.day in self.shown_days:
            self.selected = move.day
        when = self.ctx.fmt.date(move.day, "long")
        if not moved.all_day and moved.due_at is not None:
            local = moved.due_at.astimezone(self.tz)
            when = translate("Calendar", "{day}, {time}").format(
                day=when, time=self.ctx.fmt.digits(f"{local.hour:02d}:{local.minute:02d}"))
        self.status.emit(translate("Calendar", "Moved to {when}.").format(when=when))
        self._changed()

    def new_activity(self, at: NewAt | None = None) -> int | None:
        """The activity form on a day (and time); a save is announced on ``activity_events``."""
        at = at or NewAt(self.selected)
        due = dt.datetime.combine(at.day, at.time or dt.time(), tzinfo=self.tz)
        return quick_actions().new_activity(self, self.ctx, due_at=due, all_day=at.time is None)

    def edit_activity(self, activity_id: int) -> None:
        quick_actions().edit_activity(self, self.ctx, activity_id)

    def show_menu(self, target: CalendarEntry | dt.date, where: QPoint) -> QMenu:
        menu = self.entry_menu(target) if isinstance(target, CalendarEntry) else self.day_menu(target)
        menu.aboutToHide.connect(menu.deleteLater)  # a chosen action runs before the deferred delete
        menu.popup(where)
        return menu

    def day_menu(self, day: dt.date) -> QMenu:
        menu = QMenu(self)
        menu.addAction(translate("Calendar", "New activity on this day\u2026"),
                       lambda: self.new_activity(NewAt(day)))
        if self.mode != "day":
            menu.addAction(translate("Calendar", "Show this day"), lambda: self.open_day(day))
        return menu

    def entry_menu(self, entry: CalendarEntry) -> QMenu:
        menu = QMenu(self)
        actions = quick_actions()
        activity_id = entry.activity_id
        if entry.projected:
            note = menu.addAction(translate("Calendar", "A coming occurrence: it is made when the current one is done"))
            note.setEnabled(False)
            menu.addAction(translate("Calendar", "Open the current occurrence\u2026"),
                           lambda: self.edit_activity(activity_id))
        else:
            menu.addAction(translate("Calendar", "Open\u2026"), lambda: self.edit_activity(activity_id))
            if not entry.is_done:
                menu.addAction(translate("Calendar", "Mark done"),
                               lambda: actions.complete(self, self.ctx, activity_id, ask=False))
                reschedule = actions.reschedule_menu(self, self.ctx, activity_id, lambda: None)  # announced
                reschedule.setParent(menu, reschedule.windowFlags())  # goes with the menu
                menu.addMenu(reschedule)
            menu.addAction(translate("Calendar", "Delete\u2026"), lambda: actions.delete(self, self.ctx, activity_id))
        row = entry.row
        if row.contact_id is not None or row.organization_id is not None:
            menu.addSeparator()
            key = ("contact", row.contact_id) if row.contact_id is not None else ("organization", row.organization_id)
            menu.addAction(translate("Calendar", "Open the customer"), lambda: self.open_customer.emit(*key))
        return menu

    # -- keys ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and self.handle_key(event.key(), event.modifiers()):
            return True
        return super().eventFilter(watched, event)

    def handle_key(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        key = SAME_KEY_IN_LATIN.get(key, key)  # T, D, W, M also work with the Persian keyboard layout
        modifiers = modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        moves = {Qt.Key.Key_Left: 1 if rtl else -1, Qt.Key.Key_Right: -1 if rtl else 1,
                 Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves:
            self.choose_day(self.selected + dt.timedelta(days=moves[key]), follow=True)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home):
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.mode != "day":
            self.open_day(self.selected)
        elif key in (Qt.Key.Key_D, Qt.Key.Key_W, Qt.Key.Key_M):
            self.set_mode({Qt.Key.Key_D: "day", Qt.Key.Key_W: "week", Qt.Key.Key_M: "month"}[key])
        else:
            return False
        return True

    # -- screenshots -----------------------------------------------------------------------------------

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """What the screenshots command shows: this month, this week and today, read here and now."""
        def show(mode: str) -> Callable[[], None]:
            def state() -> None:
                self.go_to(self.today(), mode)
                self.reload(wait=True)
                if mode != "month":
                    self.timeline.scroll_to_hour(8)
            return state
        return {mode: show(mode) for mode in ("month", "week", "day")}

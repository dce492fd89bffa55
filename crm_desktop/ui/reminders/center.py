"""The reminder clock of the running app: sleeps until the next reminder, shows what is due in the
popup and as a system-tray message, and says at start-up what is overdue.

One single-shot timer is armed for the next reminder time, capped at a minute: so at least once a
minute the pending reminders are read again (two queries on the small partial index of pending
reminders), which catches activities added on another computer sharing the database, a clock that
jumped after sleep, and anything changed here (``activity_events.changed`` asks for a read at once).
Every read runs on a worker thread; the GUI thread never waits on the database, nor for "Snooze all" /
"Dismiss all", which act on every reminder due (not only the listed ones) in a worker too. The clock is
injectable, so tests (and nothing else) decide what time it is.

A reminder is announced once: the popup comes up (or stays) when a reminder fires that was not
shown yet, or a snoozed one comes back, and then lists every reminder still due.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from crm_desktop.services.activities import reminder_clock, reminders
from crm_desktop.services.activities import preferences as reminder_prefs
from crm_desktop.services.activities.preferences import ReminderPrefs
from crm_desktop.services.activities.reminder_clock import ReminderState
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.reminders.choices import due_text
from crm_desktop.ui.reminders.popup import ReminderPopup
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.resources import resource_path
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate
log = logging.getLogger("crm_desktop.reminders")
RECHECK_MS = 60_000  # the longest the clock sleeps without reading the pending reminders again
TRAY_MESSAGE_MS = 15_000


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _quick_actions():
    """The activity actions shared with My day and the calendar (imported when first needed: they
    bring the activity forms along)."""
    from crm_desktop.ui.activities import quick_actions

    return quick_actions


def read(user_id: int | None, now: dt.datetime, tz: dt.tzinfo | None, *, summary: bool,
         prefs: bool) -> tuple[ReminderPrefs | None, ReminderState]:
    """One read of the worker: the user's reminder preferences (the first time) and the clock's state."""
    loaded = reminder_prefs.load(user_id) if prefs else None
    return loaded, reminder_clock.read_state(user_id, now, tz=tz, with_summary=summary)


class ReminderCenter(QObject):
    due = Signal(list)  # ActivityRows that have just become due (each announced once)
    open_activity = Signal(int)  # "Open" on a reminder (the activity is also opened for editing)
    open_my_day = Signal()
    open_customer = Signal(str, int)  # "contact" | "organization", id
    quit_requested = Signal()  # the tray menu's Quit
    refreshed = Signal(object)  # ReminderState, after every read (a badge; tests)

    def __init__(self, ctx: AppContext, user_id: int | None, *, clock: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_id = user_id
        self.clock = clock or utc_now
        self.tz = tz
        self.prefs = ReminderPrefs()
        self.edit_on_open = True  # "Open" edits the activity through quick_actions
        self.state: ReminderState | None = None
        self.armed_for: dt.datetime | None = None  # the reminder the timer waits for (None: a recheck)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may wake a little early
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self)  # coalesces the reads asked for by many changes at once
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[Task] = set()
        self._running = False
        self._again = False
        self._started = False
        self._stopped = False
        self._want_summary = False
        self._want_prefs = True
        self._shown: dict[int, dt.datetime | None] = {}  # announced reminders: id -> remind_at
        self._popup: ReminderPopup | None = None
        self._tray_menu: QMenu | None = None

    # -- life --------------------------------------------------------------------------------------

    def start(self, *, startup: bool = True) -> None:
        """Begin: read the preferences and what is due (and, at ``startup``, what is overdue)."""
        if self._started:
            return
        self._started = True
        self._want_summary = startup
        activity_events.changed.connect(self.request_check)
        self.check()

    def stop(self) -> None:
        """Shut down: no more timers, reads, popup or tray icon."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self._soon.stop()
        if self._started:
            try:
                activity_events.changed.disconnect(self.request_check)
            except (RuntimeError, TypeError):  # pragma: no cover - already gone
                pass
        if self._popup is not None:
            self._popup.hide()
            self._popup.deleteLater()
            self._popup = None
        self._drop_tray()
        self._pool.clear()
        self._pool.waitForDone(3000)  # a read in flight finishes before the database is closed

    @property
    def popup(self) -> ReminderPopup:
        if self._popup is None:
            popup = ReminderPopup(self.ctx, snooze_minutes=self.prefs.snooze_minutes, tz=self.tz)
            popup.open_requested.connect(self.open)
            popup.done_requested.connect(self.complete)
            popup.snooze_requested.connect(self.snooze)
            popup.dismiss_requested.connect(self.dismiss)
            popup.snooze_all_requested.connect(self.snooze_all)
            popup.dismiss_all_requested.connect(self.dismiss_all)
            popup.customer_requested.connect(self.open_customer)
            popup.my_day_requested.connect(self._my_day)
            self.destroyed.connect(popup.deleteLater)  # a top-level window: not deleted with its owner
            self._popup = popup
        return self._popup

    @property
    def due_rows(self) -> list[ActivityRow]:
        """The reminders due at the last read."""
        return list(self.state.due) if self.state is not None else []

    def apply_prefs(self, prefs: ReminderPrefs) -> None:
        """New preferences (Settings › Reminders saved): the tray icon comes or goes at once."""
        self.prefs = prefs
        if self._popup is not None:
            self._popup.snooze_minutes = prefs.snooze_minutes
        if prefs.tray and self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        elif not prefs.tray:
            self._drop_tray()

    def _drop_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self._tray_menu.deleteLater()
            self.tray = None

    # -- reading -----------------------------------------------------------------------------------

    def request_check(self, *_args) -> None:
        """Read again soon (many requests in one go make one read)."""
        if not self._stopped and self._started:
            self._soon.start()

    def check(self) -> None:
        """Read what is due now, in a worker; the answer arrives in :meth:`_loaded`."""
        if self._stopped:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        user_id, now, tz = self.user_id, self.clock(), self.tz
        summary, prefs = self._want_summary, self._want_prefs
        task = Task(lambda progress, cancel: read(user_id, now, tz, summary=summary, prefs=prefs))
        task.signals.done.connect(lambda result: self._loaded(task, result))
        task.signals.failed.connect(lambda error: self._failed(task, error))
        self._tasks.add(task)
        self._pool.start(task)

    def _failed(self, task: Task, error: BaseException) -> None:
        """A read that failed (a database server away for a moment) is tried again in a minute."""
        self._tasks.discard(task)
        self._running = False
        if self._stopped:
            return
        log.warning("reading the reminders failed", exc_info=(type(error), error, error.__traceback__))
        self._arm(None)
        self._again = False

    def _loaded(self, task: Task, result: tuple[ReminderPrefs | None, ReminderState]) -> None:
        self._tasks.discard(task)
        self._running = False
        if self._stopped:
            return
        prefs, state = result
        if prefs is not None:
            self._want_prefs = False
            self.apply_prefs(prefs)
        if self._again:  # written to meanwhile: this answer may be stale, ask again before showing it
            self._again = False
            self.check()
            return
        self.state = state
        rows = state.due
        fresh = [row for row in rows if self._shown.get(row.id) != row.remind_at]
        self._shown = {row.id: row.remind_at for row in rows}
        overdue = 0
        if state.summary is not None:
            self._want_summary = False
            overdue = state.summary.overdue if self.prefs.overdue_at_start else 0
        popup = self._popup
        if fresh or overdue or (popup is not None and popup.isVisible()):
            self.popup.set_rows(rows, self.clock(), state.total)
            if overdue:
                self.popup.set_notice(overdue)
        if fresh:
            self.due.emit(fresh)
        if fresh or overdue:
            self._announce(fresh, overdue)
        elif popup is not None and popup.isVisible() and not popup.has_content():
            popup.hide()
        self._arm(state.next_at)
        self.refreshed.emit(state)

    def _arm(self, next_at: dt.datetime | None) -> None:
        """Sleep until ``next_at``, or a minute at most."""
        wait = RECHECK_MS
        self.armed_for = None
        if next_at is not None:
            ms = max(0, math.ceil((next_at - self.clock()).total_seconds() * 1000))
            if ms <= RECHECK_MS:
                wait, self.armed_for = ms, next_at
        self.timer.start(wait)

    # -- showing -----------------------------------------------------------------------------------

    def _tray_usable(self) -> bool:
        return self.prefs.tray and self.tray is not None

    def _announce(self, fresh: list[ActivityRow], overdue: int) -> None:
        """The popup (if wanted, or when the tray asked for cannot be shown) and a tray message."""
        if self.prefs.popup or (self.prefs.tray and self.tray is None):
            self.popup.pop_up()
        if self._tray_usable():
            title, text = self._tray_text(fresh, overdue)
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)

    def _tray_text(self, fresh: list[ActivityRow], overdue: int) -> tuple[str, str]:
        fmt, now = self.ctx.fmt, self.clock()
        if len(fresh) == 1:
            row = fresh[0]
            parts = [row.subject, row.customer, due_text(row, now, fmt, self.tz)]
            return translate("Reminders", "Reminder"), " \u00b7 ".join(p for p in parts if p)
        if fresh:
            title = translate("Reminders", "{count} reminders").format(count=fmt.number(len(fresh)))
            return title, "\n".join(row.subject for row in fresh[:3])
        if overdue == 1:
            return translate("Reminders", "Reminders"), translate("Reminders", "1 activity is overdue")
        return translate("Reminders", "Reminders"), translate("Reminders", "{count} activities are overdue").format(
            count=fmt.number(overdue))

    def show_reminders(self) -> None:
        """Show the popup with whatever is due (the tray's "Show reminders")."""
        self.popup.set_rows(self.due_rows, self.clock(), self.state.total if self.state else 0)
        self.popup.pop_up()

    def _make_tray(self) -> QSystemTrayIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QIcon(str(resource_path("icons", "app.svg")))
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(QCoreApplication.applicationName() or "CRM Desktop")
        menu = QMenu()
        menu.addAction(translate("Reminders", "Show reminders"), self.show_reminders)
        menu.addAction(translate("Reminders", "My day"), self.open_my_day.emit)
        menu.addSeparator()
        menu.addAction(translate("Reminders", "Quit"), self.quit_requested.emit)
        tray.setContextMenu(menu)
        self.destroyed.connect(menu.deleteLater)
        self._tray_menu = menu  # a context menu is not owned by its icon
        tray.activated.connect(self._tray_activated)
        tray.messageClicked.connect(self.show_reminders)
        tray.show()
        return tray

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_reminders()

    # -- acting on a reminder ----------------------------------------------------------------------

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else QApplication.activeWindow()

    def open(self, activity_id: int) -> None:
        self.open_activity.emit(activity_id)
        if self.edit_on_open:
            _quick_actions().edit_activity(self._window(), self.ctx, activity_id)  # announces a save itself

    def complete(self, activity_id: int) -> None:
        """Done now (a repeating one gets its next occurrence); errors are shown by quick_actions."""
        if _quick_actions().complete(self._window(), self.ctx, activity_id, ask=False) is None:
            self.request_check()
            return
        self._written([activity_id], tell=False)  # quick_actions announced it

    def snooze(self, ids: list[int], minutes: int) -> None:
        try:
            reminders.snooze(ids, minutes, now=self.clock())
        except Exception as error:  # noqa: BLE001
            show_error(self._window(), error)
            return
        self._written(ids)

    def dismiss(self, ids: list[int]) -> None:
        try:
            reminders.dismiss(ids)
        except Exception as error:  # noqa: BLE001
            show_error(self._window(), error)
            return
        self._written(ids)

    def snooze_all(self, minutes: int) -> None:
        """Every reminder due now (also those past the popup's list) comes back in ``minutes``."""
        self._on_all_due(lambda ids, now: reminders.snooze(ids, minutes, now=now))

    def dismiss_all(self) -> None:
        """No more reminders for anything due now (also those past the popup's list)."""
        self._on_all_due(lambda ids, _now: reminders.dismiss(ids))

    def _on_all_due(self, write: Callable[[list[int], dt.datetime], object]) -> None:
        """Find every reminder due now and ``write`` them, in a worker; the popup empties at once."""
        if self._stopped:
            return
        user_id, now = self.user_id, self.clock()

        def work(progress, cancel) -> list[int]:
            ids = reminders.due_ids(user_id, now)
            write(ids, now)
            return ids

        if self._running:  # a read in flight answers from before this write: read again after it
            self._again = True
        if self._popup is not None:
            self._popup.remove(self._popup.ids())
        task = Task(work)
        task.signals.done.connect(lambda ids: self._all_written(task, ids))
        task.signals.failed.connect(lambda error: self._all_failed(task, error))
        self._tasks.add(task)
        self._pool.start(task)  # the clock's one thread: after any read in flight, before the next

    def _all_written(self, task: Task, ids: list[int]) -> None:
        self._tasks.discard(task)
        if not self._stopped:
            self._written(ids)

    def _all_failed(self, task: Task, error: BaseException) -> None:
        self._tasks.discard(task)
        if not self._stopped:
            show_error(self._window(), error)
            self.request_check()  # show what is still due

    def _written(self, ids: list[int], *, tell: bool = True) -> None:
        """The rows leave the popup at once; everyone else hears of the change; then read again."""
        if self._popup is not None:
            self._popup.remove(ids)
        if tell:
            activity_events.changed.emit()  # My day, the calendar ... refresh
        self.request_check()

    def _my_day(self) -> None:
        if self._popup is not None:
            self._popup.notice.hide()
            if not self._popup.has_content():
                self._popup.hide()
        self.open_my_day.emit()

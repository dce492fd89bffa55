"""My day: what is overdue, due today and coming up in the next 7 days, and what was done today —
mine, a colleague's or everyone's — each activity done in one click, rescheduled from its row,
edited with a double click; and the team's workload on a second tab.

Keys in a list: Space marks the chosen activity done (or open again, in Done today), Delete deletes
it (after asking), Enter edits it; Ctrl+N schedules a new activity, F5 reads again.

The lists are read in a worker (``services.activities.agenda``); ``loaded`` says they are on screen.
A completion moves the row to Done today at once and offers, for a call or a meeting, to add its
outcome or schedule a follow-up, and to undo. Every write is announced on ``activity_events.changed``
and any page's write there reloads this one (while hidden: when shown again). At local midnight the
page reads again (a new today), from its own clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QScrollArea, QStackedWidget, QTabBar, QVBoxLayout,
                               QWidget)

from crm_desktop.services.activities import activity_service, agenda
from crm_desktop.services.activities.agenda import SECTIONS, Agenda
from crm_desktop.services.local_time import local_date
from crm_desktop.ui.activities.day_timer import DayTimer
from crm_desktop.ui.activities.person_chooser import EVERYONE, ME, PersonChooser
from crm_desktop.ui.my_day.agenda_model import RowText
from crm_desktop.ui.my_day.agenda_section import AgendaSection
from crm_desktop.ui.my_day.completion_bar import CompletionBar
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.my_day.workload_view import WorkloadView
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import StatCard, label, select_row
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.workers import LatestRead

translate = QCoreApplication.translate
RED = "#d93025"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class MyDayPage(QWidget):
    loaded = Signal()  # the lists of a reload are on screen
    open_customer = Signal(str, int)  # "contact" / "organization", id
    open_deal = Signal(int)
    open_case = Signal(int)
    status = Signal(str)  # a line for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] | None = None, tz: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx, self.now, self.tz = ctx, now or utc_now, tz
        self._reads = LatestRead(self, self._show, self._failed)
        self._pending = False
        self._stale = False  # something changed while hidden: read again when shown
        self._menu = None
        self.last_completed: dict[int, int | None] = {}  # activity id -> the next occurrence it made
        self.subtitle = label("", "pageSubtitle")
        self.person = PersonChooser(translate("MyDay", "Me"), translate("MyDay", "Everyone"))
        self.person.setObjectName("person")
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(translate("MyDay", "New activity"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(translate("MyDay", "Schedule a call, meeting or task (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_activity())
        self.call_button = QPushButton(translate("MyDay", "Log a call"))
        self.call_button.clicked.connect(lambda: self.log_call())
        self.bar = CompletionBar()
        self.bar.undo.connect(self.reopen)
        self.bar.outcome.connect(self.edit)
        self.bar.follow_up.connect(self.follow_up)
        self.tabs = QTabBar()
        self.tabs.setObjectName("myDayTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.addTab(translate("MyDay", "Today"))
        self.tabs.addTab(translate("MyDay", "Team workload"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._today_panel())
        self.workload = WorkloadView(ctx, now=self.now, tz=tz)
        self.stack.addWidget(self.workload)
        self.tabs.currentChanged.connect(self._tab_changed)

        title = QVBoxLayout()
        title.setSpacing(2)
        title.addWidget(label(translate("MyDay", "My day"), "pageTitle"))
        title.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addLayout(title, 1)
        top.addWidget(label(translate("MyDay", "Showing"), "muted"), 0, Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.person, self.call_button, self.new_button):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_activity),
                           (QKeySequence(Qt.Key.Key_F5), self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        activity_events.changed.connect(self._changed_elsewhere)
        self.day_timer = DayTimer(self)  # local midnight: a new today
        self.day_timer.timeout.connect(self._new_day)
        self.day_timer.arm(self.now(), self.tz)
        self._show_date()

    def _today_panel(self) -> QWidget:
        self.cards = {name: StatCard(caption) for name, caption in (
            ("overdue", translate("MyDay", "Overdue")), ("today", translate("MyDay", "Due today")),
            ("upcoming", translate("MyDay", "Coming up (7 days)")), ("done_today", translate("MyDay", "Done today")))}
        self.loading = label(translate("MyDay", "Loading\u2026"), "muted")
        self.sections = {name: AgendaSection(name, self.ctx.fmt) for name in SECTIONS}
        for section in self.sections.values():
            section.setVisible(False)  # until the first answer: no "Nothing overdue" before it is known
        for section in self.sections.values():
            section.list.check_clicked.connect(self.toggle_done)
            section.list.reschedule_clicked.connect(self.reschedule_menu)
            section.list.link_clicked.connect(self._open_link)
            section.list.action.connect(self._key_action)
            section.list.edge.connect(lambda step, name=section.section: self._move_across(name, step))
            section.list.selectionModel().currentChanged.connect(
                lambda current, _old, name=section.section: self._chosen_in(name, current))
        figures = QHBoxLayout()
        figures.setSpacing(12)
        for card in self.cards.values():
            figures.addWidget(card, 1)
        content = QWidget()
        content.setObjectName("page")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 8, 12, 8)
        column.setSpacing(10)
        column.addLayout(figures)
        column.addWidget(self.loading)
        for section in self.sections.values():
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("myDayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll = scroll
        return scroll

    # -- who -------------------------------------------------------------------------------------------

    def chosen_user(self) -> int | None:
        """Whose day is shown (None: everyone's)."""
        return self.person.user_id()

    def everyone(self) -> bool:
        return self.person.everyone()

    def choose_person(self, choice: str | int) -> None:
        """"me", "everyone" or a user id, as a person would with the chooser (one not offered: me)."""
        if not self.person.choose(choice):
            self.person.choose(ME)

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (the main window calls this when the area is shown); people come and go."""
        self.person.fill()
        self.reload()
        if self.tabs.currentIndex() == 1:
            self.workload.refresh()

    def reload(self, *, wait: bool = False) -> None:
        """Read the sections in a worker (``wait``: here and now, e.g. for screenshots)."""
        self._pending = self._stale = False
        user_id, now, tz = self.chosen_user(), self.now(), self.tz
        self.day_timer.arm(now, tz)
        if not wait:
            self.loading.setVisible(True)
        self._reads.start(lambda: agenda.agenda(user_id, now=now, tz=tz), wait=wait)

    def _request_reload(self) -> None:
        """Reload once, after the writes of this turn of the event loop."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._deferred_reload)  # dropped with the page

    def _deferred_reload(self) -> None:
        if self._pending:
            self.reload()

    def _changed_elsewhere(self) -> None:
        if not self.isVisible():  # read when shown again
            self._stale = True
            return
        self._request_reload()
        if self.tabs.currentIndex() == 1:
            self.workload.refresh()

    def _new_day(self) -> None:
        """Local midnight: today's lists (and the date above them) are yesterday's now."""
        if not self.day_timer.passed(self.now()):  # woke early: sleep on until midnight
            self.day_timer.arm(self.now(), self.tz)
        elif self.isVisible():
            self.refresh()
        else:  # read when shown again
            self._stale = True
            self.day_timer.arm(self.now(), self.tz)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:  # after this turn of the event loop: a refresh() that comes with the showing reads once
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.loading.setVisible(False)
        show_error(self, error)

    def _show(self, result: Agenda) -> None:
        today = local_date(result.now, self.tz)
        text = RowText(self.ctx.fmt, self.tz, today)
        chosen = self.current_id()
        everyone = self.everyone()
        for name, section in self.sections.items():
            section.model.set_rows(result.section(name), result.counts.get(name, 0), text, result.now,
                                   result.today_start, everyone)
        self._after_rows_changed()
        for section in self.sections.values():
            section.setVisible(True)
        self.loading.setVisible(False)
        self._show_date(today)
        if chosen is not None:
            self.select(chosen)
        self.loaded.emit()

    def _after_rows_changed(self) -> None:
        done_today = self.sections["done_today"].model.total
        for name, section in self.sections.items():
            section.show_state(self.everyone(), done_today)
            count = section.model.total
            self.cards[name].set_value(self.ctx.fmt.number(count))
        late = self.sections["overdue"].model.total > 0
        self.cards["overdue"].value.setStyleSheet(f"color: {RED};" if late else "")

    def _show_date(self, today: dt.date | None = None) -> None:
        today = today or local_date(self.now(), self.tz)
        self.subtitle.setText(translate("MyDay", "{weekday}, {date}").format(
            weekday=self.ctx.fmt.weekday(today), date=self.ctx.fmt.date(today, "long")))

    # -- choosing --------------------------------------------------------------------------------------

    def rows_of(self, section: str) -> list[int]:
        return self.sections[section].model.ids()

    def section_of(self, activity_id: int) -> str | None:
        return next((name for name, s in self.sections.items() if s.model.row_of(activity_id) >= 0), None)

    def current_id(self) -> int | None:
        for section in self.sections.values():
            index = section.list.currentIndex()
            if index.isValid() and section.list.selectionModel().isSelected(index):
                return section.model.activity_id(index.row())
        return None

    def select(self, activity_id: int) -> bool:
        name = self.section_of(activity_id)
        if name is None:
            return False
        section = self.sections[name]
        select_row(section.list, section.model.row_of(activity_id))
        return True

    def _chosen_in(self, name: str, current) -> None:
        if not current.isValid():
            return
        for other, section in self.sections.items():
            if other != name:
                section.list.selectionModel().clear()

    def _move_across(self, name: str, step: int) -> None:
        """Up on a list's first row / Down on its last: on to the next list that has rows."""
        order = list(SECTIONS)
        position = order.index(name) + step
        while 0 <= position < len(order):
            section = self.sections[order[position]]
            if section.model.rowCount() and section.card.isVisible():
                select_row(section.list, 0 if step > 0 else section.model.rowCount() - 1)
                section.list.setFocus()
                self.scroll.ensureWidgetVisible(section.list)
                return
            position += step

    # -- acting ----------------------------------------------------------------------------------------

    def _announce(self) -> None:
        activity_events.changed.emit()  # other pages refresh; this one reloads (once) too

    def toggle_done(self, activity_id: int) -> None:
        """The check box: done now, or open again for one in Done today."""
        if self.section_of(activity_id) == "done_today":
            self.reopen(activity_id)
        else:
            self.complete(activity_id)

    def complete(self, activity_id: int) -> bool:
        """Mark done now (one click): the row moves to Done today at once."""
        name = self.section_of(activity_id)
        if name is None or name == "done_today":
            return False
        try:
            done = activity_service.complete_activity(activity_id, now=self.now(), tz=self.tz)
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile: said, never raised
            show_error(self, error)
            self._request_reload()
            return False
        row = self.sections[name].model.take(activity_id)
        if row is not None:
            row = dataclasses.replace(row, done_at=done.activity.done_at)
            self.sections["done_today"].model.put_first(row)
            self.bar.show_done(row)
        self.last_completed[activity_id] = done.next_occurrence.id if done.next_occurrence is not None else None
        self._after_rows_changed()
        self.select(activity_id)
        self.status.emit(translate("MyDay", "Marked as done."))
        self._announce()
        return True

    def reopen(self, activity_id: int) -> bool:
        """Not done after all (the bar's Undo, or unticking in Done today): open again, and the next
        occurrence a repeating one made on completion goes away - in one write, and only while nobody
        has touched it."""
        following = self.last_completed.pop(activity_id, None)
        try:
            activity_service.undo_completion(activity_id, following, now=self.now(), tz=self.tz)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return False
        if self.bar.row is not None and self.bar.row.id == activity_id:
            self.bar.hide()
        self._announce()
        return True

    def _key_action(self, action: str, activity_id: int) -> None:
        if action == "complete":
            self.toggle_done(activity_id)
        elif action == "delete":
            self.delete(activity_id)
        elif action == "edit":
            self.edit(activity_id)

    def edit(self, activity_id: int) -> None:
        from crm_desktop.ui.activities import quick_actions

        if quick_actions.edit_activity(self, self.ctx, activity_id):
            self._request_reload()

    def delete(self, activity_id: int) -> None:
        from crm_desktop.ui.activities import quick_actions

        if quick_actions.delete(self, self.ctx, activity_id):
            self._request_reload()

    def new_activity(self, kind: str = "task") -> int | None:
        from crm_desktop.ui.activities import quick_actions

        new_id = quick_actions.new_activity(self, self.ctx, kind=kind)
        if new_id is not None:
            self._request_reload()
        return new_id

    def log_call(self) -> int | None:
        from crm_desktop.ui.activities import quick_actions

        call_id = quick_actions.log_call(self, self.ctx)
        if call_id is not None:
            self._request_reload()
        return call_id

    def follow_up(self, activity_id: int) -> int | None:
        """The completion bar's "Schedule follow-up…": a new call following this one up (the same
        customer, deal, case and assignee)."""
        from crm_desktop.ui.activities import quick_actions

        new_id = quick_actions.follow_up(self, self.ctx, activity_id)
        if new_id is not None:
            self._request_reload()
        return new_id

    def reschedule_menu(self, activity_id: int, where: QPoint | None = None):
        """The row's reschedule button: the quick actions' menu (in 1 hour, tomorrow, next week, a date)."""
        from crm_desktop.ui.activities import quick_actions

        self._menu = quick_actions.reschedule_menu(self, self.ctx, activity_id, self._request_reload)
        self._menu.aboutToHide.connect(self._menu.deleteLater)  # a chosen action runs before the deferred delete
        if where is not None:
            self._menu.popup(where)
        return self._menu

    def _open_link(self, kind: str, record_id: int) -> None:
        if kind in ("contact", "organization"):
            self.open_customer.emit(kind, record_id)
        elif kind == "deal":
            self.open_deal.emit(record_id)
        elif kind == "case":
            self.open_case.emit(record_id)

    def _tab_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        if index == 1:
            self.workload.refresh()

    def show_tab(self, name: str) -> None:
        """"today" or "workload"."""
        self.tabs.setCurrentIndex(1 if name == "workload" else 0)

    # -- screenshots -----------------------------------------------------------------------------------

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """My day (mine), everyone's day with the assignees, and the team workload."""
        def today_state() -> None:
            self.show_tab("today")
            self.choose_person(ME)
            self.reload(wait=True)

        def everyone_state() -> None:
            self.show_tab("today")
            self.choose_person(EVERYONE)
            self.reload(wait=True)

        def workload_state() -> None:
            self.choose_person(ME)
            self.show_tab("workload")
            self.workload.reload(wait=True)
        return {"today": today_state, "everyone": everyone_state, "workload": workload_state}


__all__ = ["EVERYONE", "ME", "MyDayPage"]

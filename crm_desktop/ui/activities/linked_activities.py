"""The activities of one deal or case, where that record is worked on: open ones first with their
due time (a check box completes one), then the done ones with when; a click opens one in its form;
"Log a call" and "Schedule…" (call, meeting, task, SMS, email) link the new activity to the record and
its customer. Until the record exists (a new deal not saved yet) the buttons wait with a hint."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.activities import agenda, timeline_events
from crm_desktop.services.activities.labels import KINDS
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label
from crm_desktop.ui.widgets.flow_layout import FlowLayout
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate
SCHEDULED_KINDS = ("call", "meeting", "task", "sms", "email")

STYLE = """
QFrame#linkedActivity { border: none; border-bottom: 1px solid #eef1f6; }
QFrame#linkedActivity:hover { background: #eef3fb; border-radius: 6px; }
QLabel#activityOverdue { color: #b3261e; font-size: 9pt; }
"""


def quick_actions():
    from crm_desktop.ui.activities import quick_actions as module  # the activity forms, loaded when first used

    return module


def schedule_menu(parent: QWidget, on_kind: Callable[[str], object]) -> QMenu:
    """Call, meeting, task, SMS, email: each asks ``on_kind(kind)``."""
    menu = QMenu(parent)
    for kind in SCHEDULED_KINDS:
        action = menu.addAction(kind_icon(kind), code_label(KINDS, kind))
        action.setData(kind)
        action.triggered.connect(lambda _=False, kind=kind: on_kind(kind))
    return menu


class ActivityLine(QFrame):
    """One activity: a check box while open (ticking it completes it), the kind's icon, what it is,
    and when it is due or was done, by whom. ``opened(id)`` on a click elsewhere on the line."""

    opened = Signal(int)
    completed = Signal(int)

    def __init__(self, row: ActivityRow, ctx: AppContext, now: dt.datetime, today_start: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedActivity")
        self.activity_id = row.id
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate("Activities", "Click to open"))
        fmt = ctx.fmt
        self.check = QCheckBox()
        self.check.setChecked(row.is_done)
        self.check.setEnabled(not row.is_done)
        self.check.setToolTip(translate("Activities", "Done") if row.is_done else translate("Activities",
                                                                                          "Mark as done"))
        self.check.toggled.connect(lambda on: on and self.completed.emit(self.activity_id))
        icon = QLabel()
        icon.setPixmap(kind_icon(row.kind).pixmap(18, 18))
        overdue = row.is_overdue(now, today_start)
        if row.is_done:
            heading = timeline_events.done_title(row)
            when = translate("Activities", "Done {when}").format(when=fmt.datetime(row.done_at))
        else:
            heading = timeline_events.what(row)
            due = fmt.date(row.due_at) if row.all_day else fmt.datetime(row.due_at)
            when = translate("Activities", "Overdue since {when}").format(when=due) if overdue \
                else translate("Activities", "Due {when}").format(when=due)
        meta = [isolated(when)] + ([isolated(row.assignee)] if row.assignee else [])
        self.title = label(in_reading_direction(heading), "timelineTitle", wrap=True)  # a Persian subject
        # in an English window keeps the English words around it in order, on the reading side
        self.meta = label(in_reading_direction(translate("Activities", " \u00b7 ").join(meta)),
                          "activityOverdue" if overdue else "timelineMeta", wrap=True)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.meta)
        line = QHBoxLayout(self)
        line.setContentsMargins(4, 5, 4, 5)
        line.setSpacing(8)
        line.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(text, 1)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.opened.emit(self.activity_id)


class LinkedActivities(QWidget):
    """``show_for(fetch, links)``: ``fetch()`` gives the rows (e.g. ``timeline_events.for_deal(id)``),
    ``links`` what a new activity is linked to (``deal_id``/``case_id`` and the customer), None while
    the record is not saved. ``changed`` after anything was written here."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, schedule_text: str = "",
                 waiting_hint: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(STYLE)
        self.fetch: Callable[[], list[ActivityRow]] = list
        self.links: dict[str, int | None] | None = None
        self.rows: list[ActivityRow] = []
        self.log_call_button = QPushButton(kind_icon("call"), translate("Activities", "Log a call"))
        self.log_call_button.setObjectName("logCall")
        self.log_call_button.clicked.connect(lambda: self.log_call())
        self.schedule_button = QPushButton(kind_icon("calendar"),
                                           schedule_text or translate("Activities", "Schedule\u2026"))
        self.schedule_button.setObjectName("schedule")
        self.schedule_button.setMenu(schedule_menu(self.schedule_button, self.schedule))
        self.hint = label(waiting_hint or translate("Activities", "Save first; then its calls, meetings and tasks "
                                                                  "are scheduled and logged here."), "muted", wrap=True)
        self.empty = label(translate("Activities", "No activities yet."), "muted")
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)
        buttons.addWidget(self.log_call_button)
        buttons.addWidget(self.schedule_button)
        self.list = QVBoxLayout()
        self.list.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(buttons_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)

    # -- showing -----------------------------------------------------------------------------------

    def show_for(self, fetch: Callable[[], list[ActivityRow]] | None, links: dict[str, int | None] | None) -> None:
        self.fetch = fetch or list
        self.links = links
        waiting = links is None
        for button in (self.log_call_button, self.schedule_button):
            button.setEnabled(not waiting)
        self.hint.setVisible(waiting)
        self.reload()

    def reload(self) -> None:
        while self.list.count():
            widget = self.list.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.rows = self.fetch()
        day = agenda.bounds()  # what "overdue" means: My day's rule
        for row in self.rows:
            line = ActivityLine(row, self.ctx, day.now, day.today_start)
            line.opened.connect(self.open_activity)
            line.completed.connect(self.complete)
            self.list.addWidget(line)
        self.empty.setVisible(not self.rows and self.links is not None)

    def lines(self) -> list[ActivityLine]:
        return [self.list.itemAt(i).widget() for i in range(self.list.count())]

    # -- writing -----------------------------------------------------------------------------------

    def _links(self) -> dict[str, int]:
        return {key: value for key, value in (self.links or {}).items() if value is not None}

    def _written(self, result) -> object:
        if result:
            self.reload()
            self.changed.emit()
        return result

    def log_call(self) -> int | None:
        if self.links is None:
            return None
        return self._written(quick_actions().log_call(self, self.ctx, **self._links()))

    def schedule(self, kind: str) -> int | None:
        if self.links is None:
            return None
        return self._written(quick_actions().new_activity(self, self.ctx, kind=kind, **self._links()))

    def open_activity(self, activity_id: int) -> bool:
        return bool(self._written(quick_actions().edit_activity(self, self.ctx, activity_id)))

    def complete(self, activity_id: int) -> None:
        quick_actions().complete(self, self.ctx, activity_id, ask=False)
        self._written(True)  # done, or refused and shown: either way the lines show what is stored

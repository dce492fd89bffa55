"""What every screen does with an activity in one call: new, edit, log a call, complete (at once or
asking what happened), reschedule (a menu), delete. Each shows its own errors and returns what
changed — never raises to the caller — and announces the write on ``activity_events.changed``
so open pages refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMessageBox, QVBoxLayout, QWidget

from crm_desktop.services.activities import activity_service
from crm_desktop.services.activities.checks import ActivityInput
from crm_desktop.services.local_time import local_now
from crm_desktop.ui.activities.activity_dialog import ActivityDialog
from crm_desktop.ui.activities.complete_dialog import CompleteDialog
from crm_desktop.ui.activities.due_field import DueField, at, local
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.log_call_dialog import LogCallDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate

__all__ = ["CompletedInfo", "activity_events", "complete", "delete", "edit_activity", "follow_up", "log_call",
           "new_activity", "reschedule_menu"]


@dataclass(frozen=True)
class CompletedInfo:
    activity_id: int
    kind: str
    next_occurrence_id: int | None = None
    next_due_at: dt.datetime | None = None  # UTC, when the next occurrence is due
    follow_up_id: int | None = None


def new_activity(parent: QWidget | None, ctx: AppContext, *, kind: str = "task", contact_id: int | None = None,
                 organization_id: int | None = None, deal_id: int | None = None, case_id: int | None = None,
                 due_at: dt.datetime | None = None, all_day: bool = False) -> int | None:
    """The activity form, started with these; the new activity's id, or None when cancelled."""
    try:
        preset = ActivityInput(kind=kind, contact_id=contact_id, organization_id=organization_id, deal_id=deal_id,
                               case_id=case_id, due_at=due_at, all_day=all_day)
        dialog = ActivityDialog(ctx, preset=preset, parent=parent)
        dialog.exec()
        return dialog.saved_id
    except Exception as error:  # noqa: BLE001 - shown, never raised to the page
        show_error(parent, error)
        return None


def edit_activity(parent: QWidget | None, ctx: AppContext, activity_id: int) -> bool:
    try:
        dialog = ActivityDialog(ctx, activity_id, parent=parent)
        dialog.exec()
        return dialog.saved_id is not None
    except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile
        show_error(parent, error)
        return False


def follow_up(parent: QWidget | None, ctx: AppContext, activity_id: int) -> int | None:
    """The activity form for a follow-up of ``activity_id``: the same customer, deal, case and assignee,
    marked as following it up; the new activity's id, or None when cancelled."""
    try:
        preset = activity_service.follow_up_input(activity_service.get_activity(activity_id))
        dialog = ActivityDialog(ctx, preset=preset, parent=parent)
        dialog.exec()
        return dialog.saved_id
    except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile
        show_error(parent, error)
        return None


def log_call(parent: QWidget | None, ctx: AppContext, **links: int | None) -> int | None:
    """"Log a call" (``contact_id``, ``organization_id``, ``deal_id``, ``case_id``); the call's id."""
    try:
        dialog = LogCallDialog(ctx, parent=parent, **links)
        dialog.exec()
        return dialog.saved_id
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return None


def complete(parent: QWidget | None, ctx: AppContext, activity_id: int, *, ask: bool = False) -> CompletedInfo | None:
    """Mark done now (one click), or ``ask`` what happened first; None when cancelled or refused."""
    try:
        if ask:
            dialog = CompleteDialog(ctx, activity_id, parent=parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            following = activity_service.get_activity(dialog.next_occurrence_id) \
                if dialog.next_occurrence_id is not None else None
            return CompletedInfo(activity_id, dialog.activity.kind, dialog.next_occurrence_id,
                                 following.due_at if following is not None else None, dialog.follow_up_id)
        done = activity_service.complete_activity(activity_id)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return None
    activity_events.changed.emit()
    following = done.next_occurrence
    return CompletedInfo(activity_id, done.activity.kind, following.id if following is not None else None,
                         following.due_at if following is not None else None)


# -- rescheduling ---------------------------------------------------------------------------------

def _clock_of(activity) -> dt.time:
    """The activity's time of day (now's for one without a due time)."""
    base = activity.due_at if activity.due_at is not None else local_now()
    return local(base).time().replace(second=0, microsecond=0)


def _move(parent: QWidget | None, activity_id: int, due_at: dt.datetime, all_day: bool | None,
          on_done: Callable[[], None]) -> bool:
    try:
        activity_service.reschedule(activity_id, due_at, all_day=all_day)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return False
    activity_events.changed.emit()
    on_done()
    return True


def _days_ahead(parent, activity_id: int, days: int, on_done) -> bool:
    try:
        activity = activity_service.get_activity(activity_id)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return False
    day = local_now().date() + dt.timedelta(days=days)
    return _move(parent, activity_id, at(day, _clock_of(activity)), None, on_done)


def _in_an_hour(parent, activity_id: int, on_done) -> bool:
    moment = local_now().replace(second=0, microsecond=0) + dt.timedelta(hours=1)
    return _move(parent, activity_id, moment, False, on_done)


class PickDueDialog(QDialog):
    """A date and a time (or all day) for an activity; ``value()`` after ``exec()``."""

    def __init__(self, ctx: AppContext, moment: dt.datetime | None, all_day: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Activities", "Reschedule"))
        self.due = DueField(ctx.fmt)
        self.due.set_value(moment or local_now(), all_day)
        self.error = label("", "fieldError", wrap=True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Activities", "Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Activities", "Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Activities", "Move it to:")))
        layout.addWidget(self.due)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _accept(self) -> None:
        moment, _all_day = self.due.value()
        text = self.due.error or ("" if moment is not None else translate("Activities", "Choose a date."))
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if not text:
            self.accept()

    def value(self) -> tuple[dt.datetime | None, bool]:
        return self.due.value()


def _pick(parent, ctx: AppContext, activity_id: int, on_done) -> bool:
    try:
        activity = activity_service.get_activity(activity_id)
        dialog = PickDueDialog(ctx, activity.due_at, activity.all_day, parent)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    moment, all_day = dialog.value()
    return _move(parent, activity_id, moment, all_day, on_done)


def reschedule_menu(parent: QWidget | None, ctx: AppContext, activity_id: int,
                    on_done: Callable[[], None]) -> QMenu:
    """"In 1 hour", "Tomorrow, same time", "Next week, same time", "Pick a date and time…";
    ``on_done()`` runs after a move. The times are taken when an entry is chosen."""
    menu = QMenu(translate("Activities", "Reschedule"), parent)
    menu.setObjectName("rescheduleMenu")
    menu.addAction(translate("Activities", "In 1 hour"), lambda: _in_an_hour(parent, activity_id, on_done))
    menu.addAction(translate("Activities", "Tomorrow, same time"),
                   lambda: _days_ahead(parent, activity_id, 1, on_done))
    menu.addAction(translate("Activities", "Next week, same time"),
                   lambda: _days_ahead(parent, activity_id, 7, on_done))
    menu.addSeparator()
    menu.addAction(translate("Activities", "Pick a date and time\u2026"),
                   lambda: _pick(parent, ctx, activity_id, on_done))
    return menu


# -- deleting -------------------------------------------------------------------------------------

def confirm(parent: QWidget | None, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, translate("Activities", "Delete activity"), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Activities", "Delete"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("Activities", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def delete(parent: QWidget | None, ctx: AppContext, activity_id: int) -> bool:
    """Ask, then delete (softly: it can be restored from the history)."""
    try:
        subject = activity_service.get_activity(activity_id).subject
        if not confirm(parent, translate("Activities", "Delete \u201c{subject}\u201d?").format(subject=subject)):
            return False
        activity_service.delete_activity(activity_id)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return False
    activity_events.changed.emit()
    return True

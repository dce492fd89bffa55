"""The activity forms in states worth a screenshot (for ``python -m crm_desktop screenshots``):
each entry builds the dialog, unshown, for the caller to show, grab and close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from crm_desktop.services.activities.checks import ActivityInput
from crm_desktop.ui.activities.activity_dialog import ActivityDialog
from crm_desktop.ui.activities.complete_dialog import CompleteDialog
from crm_desktop.ui.activities.log_call_dialog import LogCallDialog
from crm_desktop.ui.context import AppContext


def screenshot_states(ctx: AppContext, *, contact_id: int | None = None,
                      open_activity_id: int | None = None) -> dict[str, Callable[[], QDialog]]:
    """``{name: make_dialog}``: a new call and a new meeting for ``contact_id``, logging a call with
    a follow-up, and closing ``open_activity_id`` (left out when not given)."""

    def meeting() -> QDialog:
        dialog = ActivityDialog(ctx, preset=ActivityInput(kind="meeting", contact_id=contact_id))
        dialog.repeat.toggle.setChecked(True)
        dialog.repeat.unit.setCurrentIndex(dialog.repeat.unit.findData("month"))
        return dialog

    def log_call() -> QDialog:
        dialog = LogCallDialog(ctx, contact_id=contact_id)
        dialog.follow_up.setChecked(True)
        return dialog

    states: dict[str, Callable[[], QDialog]] = {
        "activity_new_call": lambda: ActivityDialog(ctx, preset=ActivityInput(kind="call", contact_id=contact_id)),
        "activity_new_meeting": meeting,
        "activity_log_call": log_call,
    }
    if open_activity_id is not None:
        states["activity_complete"] = lambda: CompleteDialog(ctx, open_activity_id)
    return states

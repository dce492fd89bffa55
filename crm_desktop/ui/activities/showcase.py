"""The activity forms and the reminder popup for ``python -m crm_desktop screenshots``: pictured with
the demo office's own activities (a customer's open call, what is due for the signed-in person)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.activities import agenda, reminders
from crm_desktop.services.context import current_user_id
from crm_desktop.ui.activities.dialog_states import screenshot_states
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.reminders.popup import ReminderPopup

Grab = Callable[[QWidget, Path], Path]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render(ctx: AppContext, out_dir: Path, lang: str, grab: Grab) -> list[Path]:
    """``<lang>-activities-<name>-form.png`` for each form and ``<lang>-reminders-popup.png``."""
    user = current_user_id()
    day = agenda.agenda(user, limit=20)
    open_rows = [row for row in (*day.today, *day.overdue, *day.upcoming) if row.contact_id is not None]
    customer = open_rows[0].contact_id if open_rows else None
    call = next((row.id for row in open_rows if row.kind == "call"), open_rows[0].id if open_rows else None)
    written = []
    for name, make in screenshot_states(ctx, contact_id=customer, open_activity_id=call).items():
        dialog = make()
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
        _settle()
        shown = name.removeprefix("activity_").replace("_", "-")
        written.append(grab(dialog, out_dir / f"{lang}-activities-{shown}-form.png"))
        dialog.close()
        dialog.deleteLater()
    popup = ReminderPopup(ctx)
    due = reminders.due(user) or [*day.today, *day.overdue][:3]
    popup.set_rows(due[:3], day.now, total=len(due))
    popup.set_notice(day.counts.get("overdue", 0))
    popup.pop_up()
    _settle()
    written.append(grab(popup, out_dir / f"{lang}-reminders-popup.png"))
    popup.close_quietly()
    popup.deleteLater()
    return written

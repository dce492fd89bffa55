"""The icon of a kind of thing, by its name in ``resources/icons``: an activity's kind (call, meeting,
task, sms, email, note), a timeline event's kind (deal, case, note ...) or ``calendar``; a kind with no
icon file of its own gets the generic event icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from crm_desktop.ui.resources import resource_path


def kind_icon(kind: str) -> QIcon:
    path = resource_path("icons", f"{kind}.svg")
    return QIcon(str(path if path.exists() else resource_path("icons", "event.svg")))


__all__ = ["kind_icon"]

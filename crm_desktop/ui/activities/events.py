"""One notifier for every activity write made through the activity forms and quick actions, so
open pages (My day, the calendar, a profile's timeline, the funnel board) refresh after it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ActivityEvents(QObject):
    changed = Signal()


#: ``activity_events.changed.connect(page.refresh)``; emitted after every successful save
activity_events = ActivityEvents()

"""A page's wake-up at the next local midnight: My day and the calendar left open overnight read again
when the day changes (today's list, the now line, what is overdue). One single-shot timer, armed from
the page's own clock and time zone (tests inject both) and armed again after each read; no polling."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QObject, Qt, QTimer

from crm_desktop.services.local_time import local_date, local_day_start


def next_midnight(now: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """The UTC instant the local day after ``now``'s begins."""
    return local_day_start(local_date(now, tz) + dt.timedelta(days=1), tz)


class DayTimer(QTimer):
    """Fires (``timeout``) once, at the next local midnight after the ``now`` it was armed with."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be 5% (an hour a day) early
        self.armed_for: dt.datetime | None = None

    def arm(self, now: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
        """(Re)start for the midnight after ``now``; returns it."""
        self.armed_for = next_midnight(now, tz)
        self.start(max(0, math.ceil((self.armed_for - now).total_seconds() * 1000)))
        return self.armed_for

    def passed(self, now: dt.datetime) -> bool:
        """Whether the midnight it was armed for has come (a timer may fire a little early)."""
        return self.armed_for is not None and now >= self.armed_for


__all__ = ["DayTimer", "next_midnight"]

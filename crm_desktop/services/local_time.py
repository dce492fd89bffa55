"""The computer's own time zone, with its daylight-saving rules, for everything that happens on
local days and wall-clock times: working hours, the calendar, reminders, recurring activities."""

from __future__ import annotations

import datetime as dt
import time

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


class LocalZone(dt.tzinfo):
    """The computer's own time zone with its DST rules (``datetime.now().astimezone().tzinfo``
    is only today's fixed offset, wrong on the other side of a DST change)."""

    @staticmethod
    def _offset(stamp: float | None) -> dt.timedelta:
        try:
            return dt.timedelta(seconds=time.localtime(stamp).tm_gmtoff)
        except (OverflowError, OSError, ValueError):  # outside the platform's range (before 1970 on Windows)
            return dt.timedelta(seconds=time.localtime().tm_gmtoff)

    def utcoffset(self, moment):
        if moment is None:
            return None
        try:
            stamp = time.mktime((*moment.replace(tzinfo=None).timetuple()[:8], -1))
        except (OverflowError, OSError, ValueError):
            stamp = None
        return self._offset(stamp)

    def dst(self, moment):
        return None

    def tzname(self, moment):
        return None

    def fromutc(self, moment):
        return moment + self._offset((moment.replace(tzinfo=dt.timezone.utc) - EPOCH).total_seconds())

    def __repr__(self) -> str:
        return "LocalZone()"


def local_now(tz: dt.tzinfo | None = None) -> dt.datetime:
    """Now as an aware local time (in ``tz``, default the computer's zone)."""
    return dt.datetime.now(dt.timezone.utc).astimezone(tz or LocalZone())


def local_day_start(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The UTC instant local ``day`` begins."""
    return dt.datetime.combine(day, dt.time(), tzinfo=tz or LocalZone()).astimezone(dt.timezone.utc)


def local_date(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The local date of an instant (naive values are UTC, as the database stores them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(tz or LocalZone()).date()

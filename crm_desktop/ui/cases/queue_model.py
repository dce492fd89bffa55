"""The complaint queue's table: the ordered case ids of the current filter (an array, light even for
50,000 open cases) and the rows of the pages the view shows, read a page at a time with
:func:`crm_desktop.services.cases.queue.rows` and kept in a small cache (the SLA clock of each row is
worked out once per page, on the office's working calendar)."""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases import queue, sla
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CLOCK_ROLE = Qt.ItemDataRole.UserRole + 2  # the SLA clock's state ("ok", "at_risk", "overdue", ...)
PAGE_SIZE = 100
MAX_PAGES = 8
# the SLA clock, priority and status sit beside the subject: what triage looks at stays in sight
# when the detail pane takes half of the width
NUMBER, SUBJECT, SLA, PRIORITY, STATUS, CUSTOMER, ASSIGNED, CATEGORY, OPENED = range(9)
WIDTHS = (100, 200, 135, 70, 110, 150, 150, 130, 120)

#: text and background of the SLA cell per clock state
CLOCK_COLOURS = {"at_risk": ("#92400e", "#fff4e0"), "overdue": ("#b3261e", "#fde8e6"),
                 "breached": ("#b3261e", "#fde8e6"), "met": ("#1e7b34", None), "paused": ("#6b7280", None),
                 "none": ("#9aa3b2", None)}


def headers() -> list[str]:
    return [translate("Cases", "Number"), translate("Cases", "Subject"), translate("Cases", "SLA"),
            translate("Cases", "Priority"), translate("Cases", "Status"), translate("Cases", "Customer"),
            translate("Cases", "Assigned to"), translate("Cases", "Category"), translate("Cases", "Opened")]


def duration(fmt: Formatter, minutes: int) -> str:
    """Working minutes as hours:minutes in the user's digits, e.g. ``3:20``; from a day's worth
    of hours on, whole hours (``154 h``)."""
    hours, rest = divmod(abs(minutes), 60)
    if hours >= 24:
        return translate("Cases", "{hours} h").format(hours=fmt.number(hours))
    return fmt.digits(f"{hours}:{rest:02d}")


def clock_text(fmt: Formatter, clock: sla.Clock) -> str:
    """"On time · 3:20 left", "At risk · 0:40 left", "Overdue · 2:15", "Paused", "Met"..."""
    state = label(case_labels.CLOCK_STATES, clock.state)
    if clock.state == "none":
        return "\u2014"
    if clock.minutes_left is None or clock.state not in ("ok", "at_risk", "overdue"):
        return state
    if clock.state == "overdue":
        return translate("Cases", "{state} \u00b7 {time}").format(state=state, time=duration(fmt, clock.minutes_left))
    return translate("Cases", "{state} \u00b7 {time} left").format(state=state, time=duration(fmt, clock.minutes_left))


def assigned_text(team: str, person: str) -> str:
    if team and person:
        return translate("Cases", "{team} / {person}").format(team=team, person=person)
    return team or person or translate("Cases", "Unassigned")


class CaseQueueModel(QAbstractTableModel):
    """Rows in queue order; ``set_ids`` swaps in a new result, pages are read when first shown."""

    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.ids = array("q")
        self.now = dt.datetime.now(dt.timezone.utc)
        self.cal = None
        self.pages_read = 0  # how many page reads so far (tests check the view stays lazy)
        self._pages: OrderedDict[int, dict[int, tuple[queue.QueueRow, sla.Clock]]] = OrderedDict()
        self._headers = headers()
        self._priorities = {code: label(case_labels.PRIORITIES, code) for code in case_labels.PRIORITIES}
        self._statuses = {code: label(case_labels.STATUSES, code) for code in case_labels.STATUSES}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data --------------------------------------------------------------------------------------

    def set_ids(self, ids: array, now: dt.datetime, cal) -> None:
        self.beginResetModel()
        self.ids, self.now, self.cal = ids, now, cal
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Read the shown rows again (after a change that keeps the order, e.g. a new note)."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self._headers) - 1))

    def case_id(self, row: int) -> int | None:
        return int(self.ids[row]) if 0 <= row < len(self.ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self.ids.index(case_id)
        except ValueError:
            return -1

    def entry(self, row: int) -> tuple[queue.QueueRow, sla.Clock] | None:
        """The case on this row with its SLA clock (None when it was deleted meanwhile)."""
        case_id = self.case_id(row)
        if case_id is None:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            chunk = list(self.ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE])
            page = {r.id: (r, self._clock(r)) for r in queue.rows(chunk)}
            self.pages_read += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(case_id)

    def _clock(self, row: queue.QueueRow) -> sla.Clock:
        if self.cal is None:
            from crm_desktop.services.cases import work_calendar

            self.cal = work_calendar.office_calendar()
        return sla.clock(row, self.now, self.cal)

    # -- Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids) or not 0 <= index.column() < len(self._headers):
            return None
        if role == ID_ROLE:
            return self.case_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, CLOCK_ROLE):
            return None
        found = self.entry(index.row())
        if found is None:
            return translate("Cases", "(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 1 \
                else None
        row, clock = found
        column = index.column()
        if role == CLOCK_ROLE:
            return clock.state
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, clock, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, clock, column)
        overdue = clock.state in ("overdue", "breached")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SLA and clock.state in CLOCK_COLOURS:
                return QColor(CLOCK_COLOURS[clock.state][0])
            if column == NUMBER and overdue:
                return QColor(CLOCK_COLOURS["overdue"][0])
            if column == PRIORITY and row.priority == "urgent":
                return QColor("#b3261e")
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = CLOCK_COLOURS.get(clock.state, (None, None))[1] if column == SLA else None
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if (column == SLA and clock.state in ("overdue", "at_risk")) or \
                (column == PRIORITY and row.priority == "urgent") else None
        return None

    def _display(self, row: queue.QueueRow, clock: sla.Clock, column: int) -> str:
        if column == NUMBER:
            return self.fmt.digits(row.number)
        if column == SUBJECT:
            return row.subject
        if column == CUSTOMER:
            return row.customer
        if column == CATEGORY:
            return row.category
        if column == PRIORITY:
            return self._priorities.get(row.priority, row.priority)
        if column == STATUS:
            return self._statuses.get(row.status, row.status)
        if column == ASSIGNED:
            return assigned_text(row.team, row.assignee)
        if column == SLA:
            return clock_text(self.fmt, clock)
        return self.fmt.datetime(row.opened_at)

    def _tooltip(self, row: queue.QueueRow, clock: sla.Clock, column: int) -> str | None:
        if column == SUBJECT:
            return row.subject
        if column == SLA and row.due_at is not None:
            return translate("Cases", "Due {when}").format(when=self.fmt.datetime(row.due_at))
        return None

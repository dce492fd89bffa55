"""One My day section (overdue, today, upcoming or done today) as a list model: the activity rows the
agenda read, with what a row shows worked out once — the time and day in the user's calendar and
digits and the local zone, the customer / deal / case links, the kind's icon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from crm_desktop.services.activities.labels import KINDS, PRIORITIES
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.labels import label as code_label
from crm_desktop.services.local_time import LocalZone
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActivityRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TIME_ROLE = Qt.ItemDataRole.UserRole + 3  # (time or "All day", the day or "")
LINKS_ROLE = Qt.ItemDataRole.UserRole + 4  # [Link, ...]
LATE_ROLE = Qt.ItemDataRole.UserRole + 5  # True: open and past its time
ASSIGNEE_ROLE = Qt.ItemDataRole.UserRole + 6  # the assignee's name when everyone's rows are shown, else ""
MARKS_ROLE = Qt.ItemDataRole.UserRole + 7  # (high priority, repeats)


@dataclass(frozen=True)
class Link:
    kind: str  # "contact", "organization", "deal", "case"
    id: int
    text: str


def links_of(row: ActivityRow, fmt: Formatter | None = None) -> list[Link]:
    """What the activity belongs to, each clickable: the person and the company (apart when both are
    named), the deal, the case."""
    found: list[Link] = []
    person, _, company = row.customer.partition(" \u00b7 ")
    if row.contact_id is not None and row.organization_id is not None and company:
        found += [Link("contact", row.contact_id, person), Link("organization", row.organization_id, company)]
    elif row.contact_id is not None and row.customer:
        found.append(Link("contact", row.contact_id, row.customer))
    elif row.organization_id is not None and row.customer:
        found.append(Link("organization", row.organization_id, row.customer))
    if row.deal_id is not None and row.deal_title:
        found.append(Link("deal", row.deal_id, row.deal_title))
    if row.case_id is not None and row.case_number:
        found.append(Link("case", row.case_id, fmt.digits(row.case_number) if fmt else row.case_number))
    return found


class RowText:
    """How a row's moments read: "09:30" / "All day" and "Yesterday", "Tomorrow", "Saturday
    1404/09/15", in the local zone ``tz`` and the user's calendar and digits."""

    def __init__(self, fmt: Formatter, tz: dt.tzinfo | None, today: dt.date) -> None:
        self.fmt, self.tz, self.today = fmt, tz or LocalZone(), today

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def clock(self, moment: dt.datetime) -> str:
        local = self.local(moment)
        return self.fmt.digits(f"{local.hour:02d}:{local.minute:02d}")

    def day(self, day: dt.date) -> str:
        if day == self.today:
            return translate("MyDay", "Today")
        if day == self.today - dt.timedelta(days=1):
            return translate("MyDay", "Yesterday")
        if day == self.today + dt.timedelta(days=1):
            return translate("MyDay", "Tomorrow")
        short = self.fmt.date(day)
        if abs((day - self.today).days) < 7:
            return translate("MyDay", "{weekday} {date}").format(weekday=self.fmt.weekday(day), date=short)
        return short

    def when(self, row: ActivityRow, section: str) -> tuple[str, str]:
        """(the time, the day) a row shows in ``section``: done ones their completion time."""
        if section == "done_today":
            return (self.clock(row.done_at) if row.done_at else "", translate("MyDay", "Done"))
        if row.due_at is None:
            return (translate("MyDay", "No date"), "")
        time = translate("MyDay", "All day") if row.all_day else self.clock(row.due_at)
        day = "" if section == "today" else self.day(self.local(row.due_at).date())
        return time, day


class AgendaModel(QAbstractListModel):
    """A section's rows; ``set_rows`` swaps them in, ``take``/``put_first`` move one between sections
    at once (a completion) before the reload confirms it."""

    def __init__(self, section: str, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.section, self.fmt = section, fmt
        self.rows: list[ActivityRow] = []
        self.total = 0  # the section's full size (the list holds at most the agenda's limit)
        self.show_assignee = False
        self.text = RowText(fmt, None, dt.date.today())
        self.now = dt.datetime.now(dt.timezone.utc)
        self.today_start = self.now
        self._icons: dict[str, QIcon] = {}

    # -- filling -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[ActivityRow], total: int, text: RowText, now: dt.datetime,
                 today_start: dt.datetime, show_assignee: bool) -> None:
        self.beginResetModel()
        self.rows, self.total, self.text = list(rows), total, text
        self.now, self.today_start, self.show_assignee = now, today_start, show_assignee
        self.endResetModel()

    def take(self, activity_id: int) -> ActivityRow | None:
        row = self.row_of(activity_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        taken = self.rows.pop(row)
        self.total = max(0, self.total - 1)
        self.endRemoveRows()
        return taken

    def put_first(self, item: ActivityRow) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, item)
        self.total += 1
        self.endInsertRows()

    # -- reading -----------------------------------------------------------------------------------

    def row_of(self, activity_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == activity_id), -1)

    def activity_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def ids(self) -> list[int]:
        return [r.id for r in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def icon(self, kind: str) -> QIcon:
        if kind not in self._icons:
            self._icons[kind] = kind_icon(kind)
        return self._icons[kind]

    def late(self, row: ActivityRow) -> bool:
        return row.is_overdue(self.now, self.today_start)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        handlers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: row.subject,
            Qt.ItemDataRole.DecorationRole: lambda: self.icon(row.kind),
            Qt.ItemDataRole.CheckStateRole: lambda: Qt.CheckState.Checked if row.is_done else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.ToolTipRole: lambda: self.summary(row),
            Qt.ItemDataRole.AccessibleTextRole: lambda: self.summary(row),
            ROW_ROLE: lambda: row,
            ID_ROLE: lambda: row.id,
            TIME_ROLE: lambda: self.text.when(row, self.section),
            LINKS_ROLE: lambda: links_of(row, self.fmt),
            LATE_ROLE: lambda: self.late(row),
            ASSIGNEE_ROLE: lambda: (row.assignee or translate("MyDay", "Unassigned")) if self.show_assignee else "",
            MARKS_ROLE: lambda: (row.priority == "high", row.recurring),
        }
        handler = handlers.get(role)
        return handler() if handler is not None else None

    def summary(self, row: ActivityRow) -> str:
        """"Call · 09:30 Yesterday · Send the price list · Ali Rezaei · High priority · Repeats"."""
        time, day = self.text.when(row, self.section)
        parts = [code_label(KINDS, row.kind), " ".join(p for p in (time, day) if p), row.subject,
                 *(link.text for link in links_of(row, self.fmt))]
        if self.show_assignee:
            parts.append(row.assignee or translate("MyDay", "Unassigned"))
        if row.priority != "normal":
            parts.append(translate("MyDay", "{priority} priority").format(
                priority=code_label(PRIORITIES, row.priority)))
        if row.recurring:
            parts.append(translate("MyDay", "Repeats"))
        return " \u00b7 ".join(p for p in parts if p)

"""The funnel's deal list to Excel or CSV: the rows :func:`crm_desktop.services.funnel.board.deal_rows`
gives for the board's filter (open deals, and the closed ones when asked), in the list's order.

Money columns follow the user's unit (Rial or Toman, said in the header), dates their calendar, as
:func:`.table_writer.write_table` does for every export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crm_desktop.services.exports.table_writer import ExportColumn, table_format, write_table
from crm_desktop.services.funnel import board
from crm_desktop.services.funnel.board import BoardFilter, DealRow
from crm_desktop.services.progress import CancelToken, ProgressFn
from crm_desktop.services.settings import Preferences
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

SHEET_TITLE = QT_TRANSLATE_NOOP("Export", "Deals")

# (key, header, kind), in sheet order
COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("Export", "Deal"), "text"),
    ("person", QT_TRANSLATE_NOOP("Export", "Person"), "text"),
    ("company", QT_TRANSLATE_NOOP("Export", "Company"), "text"),
    ("stage", QT_TRANSLATE_NOOP("Export", "Stage"), "text"),
    ("status", QT_TRANSLATE_NOOP("Export", "Status"), "text"),
    ("amount", QT_TRANSLATE_NOOP("Export", "Amount"), "money"),
    ("probability", QT_TRANSLATE_NOOP("Export", "Probability %"), "number"),
    ("weighted", QT_TRANSLATE_NOOP("Export", "Weighted amount"), "money"),
    ("expected_close", QT_TRANSLATE_NOOP("Export", "Expected close"), "date"),
    ("owner", QT_TRANSLATE_NOOP("Export", "Owner"), "text"),
    ("source", QT_TRANSLATE_NOOP("Export", "Source"), "text"),
    ("next_activity", QT_TRANSLATE_NOOP("Export", "Next activity"), "text"),
    ("next_activity_at", QT_TRANSLATE_NOOP("Export", "Next activity date"), "datetime"),
    ("days_in_stage", QT_TRANSLATE_NOOP("Export", "Days in stage"), "number"),
    ("closed_at", QT_TRANSLATE_NOOP("Export", "Closed"), "datetime"),
    ("lost_reason", QT_TRANSLATE_NOOP("Export", "Lost reason"), "text"),
    ("created_at", QT_TRANSLATE_NOOP("Export", "Created"), "datetime"),
)


def deal_columns() -> list[ExportColumn]:
    """The columns of the deals sheet, headed in the current language."""
    return [ExportColumn(key, i18n.render(header), kind) for key, header, kind in COLUMNS]


def _values(rows: list[DealRow]) -> Iterator[list]:
    statuses = {code: board.status_word(code) for code in board.STATUS_WORDS}
    for row in rows:
        values = row._asdict()
        values["status"] = statuses.get(row.status, row.status)
        yield [values[key] for key, _, _ in COLUMNS]


def export_deals(path: str | Path, f: BoardFilter, include_closed: bool = False, *,
                 progress: ProgressFn | None = None, cancel: CancelToken | None = None,
                 prefs: Preferences | None = None) -> int:
    """Write the deals of ``f`` (open ones; won and lost too with ``include_closed``) to ``path``
    (.xlsx or .csv); return how many rows."""
    table_format(path)  # an unusable name fails before any query
    rows = board.deal_rows(f, include_closed)
    return write_table(path, deal_columns(), _values(rows), sheet_title=i18n.render(SHEET_TITLE),
                       progress=progress, cancel=cancel, total=len(rows), prefs=prefs)


__all__ = ["COLUMNS", "deal_columns", "export_deals"]

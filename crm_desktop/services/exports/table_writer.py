"""Writing a table of typed columns to an Excel workbook (.xlsx) or a CSV file, by the extension.

Values follow the user's preferences (:func:`crm_desktop.services.settings.load_preferences`):

* ``date``/``datetime``: with the Jalali calendar, text such as ``1402/05/17`` (``1402/05/17 14:30``)
  in Latin digits, which Excel keeps as typed and the import reads back; with the Gregorian one,
  real date cells (``yyyy-mm-dd``, ``yyyy-mm-dd hh:mm``). Moments are shown in local time.
* ``money``: stored Rials as a number in the chosen unit (Rial or Toman, said in the header),
  with a thousands format.
* ``phone``: always text (cell format ``@``): as a number Excel would drop the leading 0 or +.
* ``text`` is always text, even when it starts with ``=`` or looks like ``#N/A``; ``number`` and
  ``bool`` are typed cells.

The .xlsx is written with openpyxl in write-only mode (rows stream to disk, so memory stays flat
however long the table): right to left when the language is, a bold filled header row, frozen,
with an autofilter over the used range and column widths from the header and the first rows.
The .csv is UTF-8 with a BOM (so Excel reads Persian), commas, CRLF line ends, the same values as
text. Either file is written next to the target under a temporary name and moved into place at
the end (:mod:`crm_desktop.services.atomic_file`): a cancel or an error leaves no half file and an existing one as it was.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from crm_desktop.services.atomic_file import replacing
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.services.settings import Preferences, load_preferences
from crm_desktop.text import i18n
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError
from crm_desktop.text.money import UNIT_WORDS

KINDS = ("text", "number", "money", "date", "datetime", "phone", "bool")
FORMATS = {".xlsx": "xlsx", ".csv": "csv"}
BATCH = 1000  # rows between progress reports and cancel checks
SAMPLE_ROWS = 200  # rows looked at for the column widths
MIN_WIDTH, MAX_WIDTH = 6, 60
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0"
MONEY_TENTHS_FORMAT = "#,##0.0"  # a Toman amount of Rials not divisible by 10
TEXT_FORMAT = "@"
HEADER_FILL = "DCE6F1"
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ExportColumn:
    """One column: ``key`` names it for code, ``header`` is what the file says, ``kind`` is one of
    :data:`KINDS` and decides how values are written."""

    key: str
    header: str
    kind: str = "text"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {KINDS}")


class UnknownFormatError(UserError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Cannot export to {path}: the file name must end in .xlsx (Excel) or .csv."), path=path)


def table_format(path: str | Path) -> str:
    """``"xlsx"`` or ``"csv"`` by the extension of ``path``; UnknownFormatError otherwise."""
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise UnknownFormatError(str(path))
    return found


# --- values ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueRules:
    """What the user's preferences say about written values."""

    calendar: str = "jalali"
    money_unit: str = "toman"
    language: str = "fa"

    @classmethod
    def current(cls, prefs: Preferences | None = None) -> ValueRules:
        prefs = prefs if prefs is not None else load_preferences()
        return cls(prefs.calendar, prefs.money_unit, i18n.current_language())

    def header(self, column: ExportColumn) -> str:
        if column.kind == "money":
            words = UNIT_WORDS.get(self.language, UNIT_WORDS["en"])
            return f"{column.header} ({words[self.money_unit]})"
        return column.header


def clean_text(value: Any) -> str:
    """Text without the control characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value if isinstance(value, str) else str(value))


def _local(moment: dt.datetime) -> dt.datetime:
    """A naive local time (Excel has no time zones), to the second."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)


def _jalali(day: dt.date) -> str:
    return str(JalaliDate.from_gregorian(day))


def plain_converter(kind: str, rules: ValueRules) -> Callable[[Any], Any]:
    """A function from a stored value of ``kind`` to the value that goes into the file (str, int,
    float, bool, date, datetime, or None for an empty cell); made once per column, run per cell."""
    jalali = rules.calendar == "jalali"

    def text(value: Any) -> Any:
        if value is None or value == "":
            return None
        return clean_text(value) or None

    def money(value: Any) -> Any:
        if value is None or value == "":
            return None
        if rules.money_unit == "toman":
            return value // 10 if value % 10 == 0 else value / 10
        return value

    def date(value: Any) -> Any:
        if value is None or value == "":
            return None
        day = _local(value).date() if isinstance(value, dt.datetime) else value
        return _jalali(day) if jalali else day

    def moment(value: Any) -> Any:
        if value is None or value == "":
            return None
        value = _local(value) if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        return f"{_jalali(value.date())} {value.hour:02d}:{value.minute:02d}" if jalali else value

    def boolean(value: Any) -> Any:
        return None if value is None or value == "" else bool(value)

    def number(value: Any) -> Any:
        return None if value == "" else value

    return {"text": text, "phone": text, "money": money, "date": date, "datetime": moment, "bool": boolean,
            "number": number}[kind]


def csv_text(value: Any) -> str:
    """A plain value as CSV text: ISO dates, TRUE/FALSE, numbers without separators."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same number
    return str(value)


def _shown_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return len(f"{value:,}")
    return max(len(line) for line in str(value).splitlines() or [""])


def column_widths(headers: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Widths (in characters) from the header and sample values, capped at :data:`MAX_WIDTH`."""
    widths = [len(header) + 3 for header in headers]  # room for the filter button
    for row in sample:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _shown_width(value) + 2)
    return [float(min(max(width, MIN_WIDTH), MAX_WIDTH)) for width in widths]


# --- xlsx -------------------------------------------------------------------------------------------


class _XlsxCells:
    """Turns plain values (:func:`plain_converter`) into what a write-only sheet takes: the value
    itself, or a styled cell.

    A styled column reuses one cell: the sheet serialises a row as soon as it is appended, so the
    same cell object can carry the next row's value (openpyxl's own ``append`` does the same)."""

    def __init__(self, ws) -> None:
        self.ws = ws

    def _styled(self, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell.number_format = number_format
        return cell

    def text(self, value: Any) -> Any:
        if value is None:
            return None
        value = value[:MAX_CELL_TEXT]
        if value.startswith("=") or value in ERROR_CODES:  # text, never a formula or an error
            cell = WriteOnlyCell(self.ws, value)
            cell.data_type = "s"
            return cell
        return value

    def maker(self, kind: str, rules: ValueRules) -> Callable[[Any], Any]:
        """The cell maker of a column of ``kind`` (values from :func:`plain_converter`)."""
        if kind == "phone":
            return self._reusing(self._styled(TEXT_FORMAT), lambda v: v[:MAX_CELL_TEXT], text=True)
        if kind == "money":
            whole, tenths = self._styled(MONEY_FORMAT), self._styled(MONEY_TENTHS_FORMAT)

            def money(value: Any) -> Any:
                if value is None:
                    return None
                cell = whole if isinstance(value, int) else tenths
                cell.value = value
                return cell
            return money
        if kind in ("date", "datetime") and rules.calendar != "jalali":
            return self._reusing(self._styled(DATE_FORMAT if kind == "date" else DATETIME_FORMAT), lambda v: v)
        if kind in ("text", "date", "datetime"):
            return self.text
        return lambda value: value

    @staticmethod
    def _reusing(cell: WriteOnlyCell, prepare: Callable[[Any], Any], *, text: bool = False) -> Callable[[Any], Any]:
        def make(value: Any) -> Any:
            if value is None:
                return None
            cell.value = prepare(value)
            if text:
                cell.data_type = "s"  # even "=1" or "#N/A"
            return cell
        return make

    def header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, clean_text(text))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
        cell.border = Border(bottom=Side(style="thin", color="9BB0C8"))
        return cell


def sheet_title(text: str) -> str:
    """A valid sheet name: no ``[]:*?/\\``, at most 31 characters."""
    return _BAD_TITLE.sub(" ", text).strip().strip("'")[:31] or "Sheet"


def _discard(ws) -> None:
    """Close a write-only sheet that will not be saved and remove openpyxl's temporary file."""
    writer = getattr(ws, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        ws.close()
    with contextlib.suppress(Exception):
        writer.cleanup()


def _write_xlsx(handle: BinaryIO, columns: Sequence[ExportColumn], rows: Iterator[list], rules: ValueRules,
                title: str, tick: Callable[[int], None]) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title(title))
    cells = _XlsxCells(ws)
    makers = [cells.maker(c.kind, rules) for c in columns]
    headers = [rules.header(c) for c in columns]
    written = 0
    try:
        ws.sheet_view.rightToLeft = rules.language in i18n.RTL_LANGUAGES
        ws.freeze_panes = "A2"
        sample = list(islice(rows, SAMPLE_ROWS))
        for index, width in enumerate(column_widths(headers, sample), 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.append([cells.header(text) for text in headers])
        for row in chain(sample, rows):
            ws.append([make(value) for make, value in zip(makers, row)])
            written += 1
            tick(written)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
        wb.save(handle)
    except BaseException:
        _discard(ws)
        raise
    return written


# --- csv --------------------------------------------------------------------------------------------


def _write_csv(handle: BinaryIO, columns: Sequence[ExportColumn], rows: Iterator[list], rules: ValueRules,
               tick: Callable[[int], None]) -> int:
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    written = 0
    try:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([clean_text(rules.header(c)) for c in columns])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
            written += 1
            tick(written)
        stream.flush()
    finally:
        stream.detach()  # the handle belongs to replacing()
    return written


# --- public API -------------------------------------------------------------------------------------


def write_table(path: str | Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence], *, sheet_title: str,
                progress: ProgressFn | None = None, cancel: CancelToken | None = None, total: int | None = None,
                prefs: Preferences | None = None) -> int:
    """Write ``rows`` (one value per column, in column order) to ``path``; return how many rows.

    The format follows the extension (.xlsx or .csv; UnknownFormatError otherwise). ``total`` (the
    expected number of rows) makes progress a percentage. ``prefs`` default to the acting user's.
    Cancelled (from ``cancel``, checked every :data:`BATCH` rows) or any error leaves ``path``
    as it was; an OSError becomes a UserError naming the path."""
    target = Path(path)
    kind = table_format(target)
    columns = list(columns)
    rules = ValueRules.current(prefs)
    converters = [plain_converter(c.kind, rules) for c in columns]
    source = iter(rows)
    plain_rows = ([convert(v) for convert, v in zip(converters, row, strict=True)] for row in source)

    def tick(done: int) -> None:
        if done % BATCH == 0:
            check(cancel)
            report(progress, done, max(total or 0, done))

    report(progress, 0, total or 0)
    check(cancel)
    try:
        with replacing(target) as handle:
            if kind == "xlsx":
                written = _write_xlsx(handle, columns, plain_rows, rules, sheet_title, tick)
            else:
                written = _write_csv(handle, columns, plain_rows, rules, tick)
            check(cancel)
    finally:
        close = getattr(source, "close", None)
        if close is not None:  # a generator reading the database lets go of its cursor
            close()
    report(progress, written, written)
    return written


__all__ = ["KINDS", "ExportColumn", "UnknownFormatError", "ValueRules", "table_format", "write_table"]

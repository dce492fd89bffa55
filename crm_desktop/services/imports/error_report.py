"""The rows an import could not take, back as a workbook the user fixes in Excel and imports
again: the sheet's own columns (values as they were), cells with a problem in red with the
reason as a comment-free note in a last "Reason" column, in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from crm_desktop.services.atomic_file import replacing
from crm_desktop.services.imports.importer import RowOutcome
from crm_desktop.services.imports.row_parser import column_names
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

REASON = QT_TRANSLATE_NOOP("Import", "Reason")
ROW = QT_TRANSLATE_NOOP("Import", "Row in the file")
SHEET_TITLE = QT_TRANSLATE_NOOP("Import", "Rows not imported")
IN_COLUMN = QT_TRANSLATE_NOOP("Import", "{column}: {reason}")
_BAD = PatternFill("solid", fgColor="FFC7CE")
_BAD_FONT = Font(color="9C0006")
_HEADER = PatternFill("solid", fgColor="DDEBF7")


def reason_text(outcome: RowOutcome, names: Sequence[str]) -> str:
    """All of a row's reasons in one line, each naming its column."""
    parts = []
    for column, text, params in outcome.reasons:
        reason = i18n.render(text, params)
        if 0 <= column < len(names):
            reason = i18n.render(IN_COLUMN, {"column": names[column], "reason": reason})
        parts.append(reason)
    return " \u2022 ".join(parts)


def _value(value: object) -> object:
    if type(value).__name__ == "CellError":
        return str(value)
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def write_error_report(path: str | Path, headers: Sequence[str], failed: Sequence[RowOutcome], *,
                       progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> int:
    """Write ``failed`` rows to ``path`` (.xlsx); the number of rows written."""
    names = column_names(headers)
    width = max([len(headers), *(len(o.cells) for o in failed)] or [0])
    book = Workbook(write_only=True)
    sheet = book.create_sheet(i18n.render(SHEET_TITLE)[:31])
    sheet.sheet_view.rightToLeft = i18n.current_language() in i18n.RTL_LANGUAGES
    sheet.freeze_panes = "A2"
    for index in range(width + 2):
        letter = _letter(index)
        sheet.column_dimensions[letter].width = 60 if index == width + 1 else 18
    header_cells = []
    for text in [*(list(headers) + [""] * (width - len(headers))), i18n.render(ROW), i18n.render(REASON)]:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = Font(bold=True), _HEADER
        header_cells.append(cell)
    sheet.append(header_cells)
    wrap = Alignment(wrap_text=True, vertical="top")
    for done, outcome in enumerate(failed, 1):
        bad_columns = {column for column, _, _ in outcome.reasons}
        row = []
        for column in range(width):
            value = _value(outcome.cells[column]) if column < len(outcome.cells) else None
            cell = WriteOnlyCell(sheet, value=value)
            if column in bad_columns:
                cell.fill, cell.font = _BAD, _BAD_FONT
            row.append(cell)
        reason = WriteOnlyCell(sheet, value=reason_text(outcome, names))
        reason.alignment = wrap
        row += [WriteOnlyCell(sheet, value=outcome.number), reason]
        sheet.append(row)
        if done % 1000 == 0:
            check(cancel)
            report(progress, done, len(failed))
    with replacing(Path(path)) as stream:
        book.save(stream)
    report(progress, len(failed), len(failed))
    return len(failed)


def _letter(index: int) -> str:
    from crm_desktop.services.imports.mapping import column_letter

    return column_letter(index)

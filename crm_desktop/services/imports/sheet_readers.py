"""The readers behind :class:`~crm_desktop.services.imports.workbook.Workbook`: python-calamine
(xlsx, xlsm, xlsb, xls, ods), openpyxl read-only (the fallback for xlsx calamine refuses) and CSV.
Each lists its worksheets as :class:`SheetInfo` and yields ``(row number, cells)`` with column A
first; cells are what the library gives (see workbook.py), error cells as :class:`CellError`
where the library tells them apart."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count, islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from crm_desktop.services.imports import csv_text

log = logging.getLogger("crm_desktop.services.imports.workbook")

_CALAMINE_SUFFIXES = {"xlsx": ".xlsx", "xlsm": ".xlsm", "xlsb": ".xlsb", "xls": ".xls", "ods": ".ods"}


@dataclass(frozen=True)
class CellError:
    """An Excel error value (``#N/A``, ``#DIV/0!``, ...), where the reader can tell one."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class SheetInfo:
    """One worksheet: its place among the workbook's worksheets and its used range's size."""

    index: int
    name: str
    visible: bool
    rows: int
    columns: int


def is_password(exc: BaseException) -> bool:
    return type(exc).__name__ == "PasswordError" or "password" in str(exc).lower()


def is_too_big(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or "cell limit exceeded" in str(exc).lower()


class CalamineReader:
    """python-calamine; keeps one loaded sheet (the default one at first) so it is parsed once."""

    def __init__(self, path: Path, fmt: str, data: bytes | None = None) -> None:
        self._path = path
        if path.suffix.lower() == _CALAMINE_SUFFIXES[fmt]:
            self._book = CalamineWorkbook.from_path(path)
        elif data is not None:  # calamine picks its parser from the extension; from bytes it looks inside
            self._book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        else:
            with open(path, "rb") as stream:
                self._book = CalamineWorkbook.from_filelike(stream)
        self._loaded: dict[str, Any] = {}
        self._closed = False

    def sheets(self) -> list[SheetInfo]:
        infos: list[SheetInfo] = []
        failures: list[Exception] = []
        for meta in self._book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            visible = meta.visible == SheetVisibleEnum.Visible
            try:
                sheet = self._book.get_sheet_by_name(meta.name)
            except Exception as exc:  # noqa: BLE001 (listed as empty; reading it will say it is damaged)
                if is_password(exc) or is_too_big(exc):
                    raise
                log.warning("sheet %r of %s cannot be read: %s", meta.name, self._path, exc)
                failures.append(exc)
                infos.append(SheetInfo(len(infos), meta.name, visible, 0, 0))
                continue
            infos.append(SheetInfo(len(infos), meta.name, visible, sheet.height, sheet.width))
            if not self._loaded and visible and sheet.height:
                self._loaded = {meta.name: sheet}  # the likely default sheet: keep it parsed
        if infos and len(failures) == len(infos):
            raise failures[0]
        return infos

    def keep(self, info: SheetInfo) -> None:
        if info.name not in self._loaded:
            self._loaded = {}

    def rows(self, info: SheetInfo) -> Iterator[tuple[int, list]]:
        sheet = self._loaded.get(info.name)
        if sheet is None:
            sheet = self._book.get_sheet_by_name(info.name)
            self._loaded = {info.name: sheet}
        start = sheet.start
        if start is None:  # empty sheet (and calamine's iterator would panic on it)
            return iter(())
        top, left = start
        rows = islice(sheet.iter_rows(), top, None)  # calamine pads the rows above the range
        if left:
            pad = [""] * left
            rows = (pad + row for row in rows)
        return zip(count(top + 1), rows)

    def close(self) -> None:
        self._loaded = {}
        if not self._closed:
            self._closed = True
            self._book.close()


class OpenpyxlReader:
    """openpyxl read-only: slower, but reads some xlsx files calamine refuses."""

    def __init__(self, path: Path) -> None:
        import openpyxl
        from openpyxl.utils.datetime import MAC_EPOCH

        self._stream = open(path, "rb")  # a stream: openpyxl refuses names not ending in .xlsx/.xlsm
        try:
            self._book = openpyxl.load_workbook(self._stream, read_only=True, data_only=True)
        except BaseException:
            self._stream.close()
            raise
        self.epoch_1904 = self._book.epoch == MAC_EPOCH
        self._bounds: dict[str, tuple[int, int, int]] = {}

    def sheets(self) -> list[SheetInfo]:
        infos = []
        for sheet in self._book.worksheets:  # chart sheets live in .chartsheets
            top, bottom, left, right = self._measure(sheet)
            self._bounds[sheet.title] = (top, bottom, right)
            rows, columns = (bottom - top + 1, right - left) if top else (0, 0)
            infos.append(SheetInfo(len(infos), sheet.title, sheet.sheet_state == "visible", rows, columns))
        return infos

    @staticmethod
    def _measure(sheet: Any) -> tuple[int, int, int, int]:
        """(top, bottom, left, right) of the cells holding something: 1-based rows, 0-based columns,
        ``right`` exclusive; all 0 for an empty sheet. Costs one extra read of the sheet, because the
        declared <dimension> lies (missing, the whole 1048576 x 16384 grid, or just "A1" over a
        filled table) and trusting it would pad rows to 16384 cells or cut the table short."""
        sheet.reset_dimensions()
        top = bottom = right = 0
        left = None
        for number, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
            if row.count(None) + row.count("") == len(row):
                continue
            first, last = 0, len(row) - 1
            while row[first] is None or row[first] == "":
                first += 1
            while row[last] is None or row[last] == "":
                last -= 1
            top = top or number
            bottom = number
            left = first if left is None else min(left, first)
            right = max(right, last + 1)
        return top, bottom, left or 0, right

    def keep(self, info: SheetInfo) -> None:
        pass

    def rows(self, info: SheetInfo) -> Iterator[tuple[int, list]]:
        top, bottom, right = self._bounds.get(info.name, (0, 0, 0))
        if not top:
            return
        cells = self._book[info.name].iter_rows(min_row=top, max_row=bottom, min_col=1, max_col=right)
        for number, row in enumerate(cells, top):
            yield number, [CellError(cell.value) if cell.data_type == "e" else cell.value for cell in row]

    def close(self) -> None:
        self._book.close()
        self._stream.close()


class CsvReader:
    """A text file as one sheet named after the file."""

    def __init__(self, path: Path, encoding: str, delimiter: str) -> None:
        self._path, self._encoding, self._delimiter = path, encoding, delimiter

    def sheets(self) -> list[SheetInfo]:
        rows, columns = csv_text.measure(self._path, self._encoding, self._delimiter)
        return [SheetInfo(0, self._path.stem, True, rows, columns)]

    def keep(self, info: SheetInfo) -> None:
        pass

    def rows(self, info: SheetInfo) -> Iterator[tuple[int, list]]:
        return csv_text.iter_csv_rows(self._path, self._encoding, self._delimiter)

    def close(self) -> None:
        pass

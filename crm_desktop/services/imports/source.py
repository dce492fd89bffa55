"""The sheet an import reads: which file, which sheet, where the header is, and its data rows
(with the cells the user corrected in the preview laid over the file's own)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.services.imports.header_match import known_header
from crm_desktop.services.imports.header_row import detect_header_row, header_labels
from crm_desktop.services.imports.workbook import SheetInfo, Workbook, WorkbookError, open_workbook

HEADER_SCAN_ROWS = 30
Edits = Mapping[tuple[int, int], object]  # (row number, column index) -> the corrected value


@dataclass
class SheetView:
    """What the wizard shows after choosing a file: the sheets, the header and the first rows."""

    path: Path
    format: str
    sheets: list[SheetInfo]
    sheet: SheetInfo
    header_row: int  # row number as Excel shows it (0 = no header row)
    headers: list[str]
    sample: list[tuple[int, list]] = field(default_factory=list)  # the first data rows
    epoch_1904: bool = False

    @property
    def data_rows_estimate(self) -> int:
        return max(self.sheet.rows - max(self.header_row, 0), 0)


def _header(rows: list[tuple[int, list]], header_row: int | None) -> tuple[int, list[str]]:
    if not rows:
        return 0, []
    if header_row is None:
        index = detect_header_row([cells for _, cells in rows], known=known_header)
        header_row = rows[index][0]
    if header_row == 0:
        width = max(len(cells) for _, cells in rows)
        return 0, [""] * width
    for number, cells in rows:
        if number == header_row:
            return header_row, header_labels(cells)
    return header_row, []


def inspect_file(path: str | Path, sheet: str | int | None = None, header_row: int | None = None,
                 sample_rows: int = 200) -> SheetView:
    """Open ``path`` and describe ``sheet`` (default: the first with data); raises WorkbookError."""
    with open_workbook(path) as book:
        info = book.default_sheet() if sheet is None else book.sheet(sheet)
        head = book.read_rows(info, limit=HEADER_SCAN_ROWS)
        header_row, headers = _header(head, header_row)
        sample = []
        for number, cells in book.iter_rows(info):
            if number > header_row:
                sample.append((number, cells))
                if len(sample) >= sample_rows:
                    break
        width = max([len(headers), *(len(c) for _, c in sample)] or [0])
        headers = headers + [""] * (width - len(headers))
        return SheetView(Path(path), book.format, list(book.sheets), info, header_row, headers, sample,
                         book.epoch_1904)


def data_rows(book: Workbook, sheet: SheetInfo, header_row: int, edits: Edits | None = None
              ) -> Iterator[tuple[int, list]]:
    """The rows below the header, with ``edits`` applied."""
    edited_rows = {row for row, _ in edits} if edits else set()
    for number, cells in book.iter_rows(sheet):
        if number <= header_row:
            continue
        if number in edited_rows:
            cells = list(cells)
            for (row, column), value in edits.items():
                if row == number:
                    cells.extend([None] * (column + 1 - len(cells)))
                    cells[column] = value
        yield number, cells


def file_checksum(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


__all__ = ["Edits", "SheetView", "WorkbookError", "data_rows", "file_checksum", "inspect_file", "open_workbook"]

"""What the import wizard's pages share: the file, the sheet as read, the mapping being built,
the corrections typed into the preview, and the reports of the last check and of the import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.services.imports.importer import ImportReport
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.row_parser import column_names
from crm_desktop.services.imports.source import SheetView

NAME_FIELDS = {"contacts": ("full_name", "first_name", "last_name"), "companies": ("name",),
               "leads": ("full_name", "first_name", "last_name", "company"),
               "deals": ("deal_title", "full_name", "first_name", "last_name", "company", "products", "mobile", "email")}


@dataclass
class ImportState:
    path: Path | None = None
    entity: str = "contacts"
    view: SheetView | None = None
    top_rows: list[tuple[int, list]] = field(default_factory=list)  # the sheet's first rows, header included
    mapping: ImportMapping = field(default_factory=ImportMapping)
    recalled: bool = False  # the mapping came from an earlier import of the same layout
    edits: dict[tuple[int, int], object] = field(default_factory=dict)  # (row number, column) -> typed value
    check: ImportReport | None = None  # the last dry run
    result: ImportReport | None = None  # the import

    @property
    def headers(self) -> list[str]:
        return list(self.view.headers) if self.view is not None else []

    @property
    def sheet_index(self) -> int | None:
        return self.view.sheet.index if self.view is not None else None

    def column_names(self) -> list[str]:
        """Each column's name for people: its header, or "Column C" when it has none."""
        return column_names(self.headers)

    def layout_key(self) -> tuple:
        """What the mapping depends on: a change here means the columns must be matched again."""
        if self.view is None:
            return ()
        return (str(self.path), self.view.sheet.index, self.view.header_row, self.entity, tuple(self.view.headers))

    def name_mapped(self) -> bool:
        return any(key in NAME_FIELDS[self.entity] for key in self.mapping.columns.values())

    def column_samples(self, column: int) -> list[object]:
        view = self.view
        if view is None:
            return []
        return [cells[column] if column < len(cells) else None for _, cells in view.sample]

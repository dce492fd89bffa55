"""The import wizard and history for the screenshots command: an earlier import for the history,
then the wizard's four pages on a sheet with a few rows that need a look (one sheet per
language, so the second language's import does not find the first one's people)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.imports import header_match, source
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.sample_sheet import write_sample_sheet
from crm_desktop.ui.imports.wizard import ImportWizard

WAIT_SECONDS = 60
PAGES = ("file", "mapping", "preview", "result")
SHEET_NAME = "مشتریان نمایشگاه کتاب.xlsx"
SEEDS = {"fa": 1403, "en": 1404}


def prepare(folder: Path) -> None:
    """An earlier import, as the import history shows it."""
    path = write_sample_sheet(folder / "مشتریان تابستان ۱۴۰۳.xlsx", rows=40, seed=7, title="مشتریان تابستان ۱۴۰۳")
    view = source.inspect_file(path)
    columns = header_match.suggest(view.headers, "contacts", [cells for _, cells in view.sample])
    run_import(path, ImportMapping(entity="contacts", header_row=view.header_row, columns=columns))


def _wait(app: QApplication, wizard: ImportWizard) -> None:
    for _ in range(WAIT_SECONDS * 100):
        app.processEvents()
        if not wizard.busy:
            break
        QThread.msleep(10)
    for _ in range(3):
        app.processEvents()


def render_wizard(parent: QWidget, ctx: AppContext, folder: Path, out_dir: Path, lang: str,
                  size: tuple[int, int], grab: Callable[[QWidget, Path], Path]) -> list[Path]:
    """``<lang>-import-<page>.png`` for each page, importing a sheet made for ``lang``."""
    app = QApplication.instance()
    sheet = write_sample_sheet(folder / lang / SHEET_NAME, seed=SEEDS.get(lang, 1405))
    wizard = ImportWizard(ctx, parent, sheet)
    wizard.resize(*size)
    wizard.show()
    written = []
    try:
        for number, page in enumerate(PAGES):
            if number:
                wizard.next()
            _wait(app, wizard)
            written.append(grab(wizard, out_dir / f"{lang}-import-{page}.png"))
    finally:
        wizard.close()
        wizard.deleteLater()
    return written

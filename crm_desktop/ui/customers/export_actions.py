"""Taking customers out: the chosen people (or everyone in the list) as one vCard file for phones, or
the list as it is filtered and sorted as an Excel workbook or a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.services import customer_list
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.exports.customers import export_customers
from crm_desktop.services.progress import Cancelled
from crm_desktop.services.vcard import export_vcards
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.workers import run_with_progress

translate = QCoreApplication.translate


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def ask_target(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, translate("Export", "Export as vCard"),
                                          str(_documents() / "contacts.vcf"),
                                          translate("Export", "vCard files (*.vcf)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".vcf") else path + ".vcf")


def export_people(parent: QWidget, ids: list[int]) -> int | None:
    """Write ``ids`` to a file the user picks, in a worker; the number written, or None."""
    target = ask_target(parent)
    if target is None:
        return None
    try:
        return run_with_progress(parent, translate("Export", "Writing the vCard file\u2026"),
                                 lambda progress, cancel: export_vcards(ids, target, progress=progress, cancel=cancel))
    except Cancelled:
        return None
    except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
        show_error(parent, error)
        return None


def people_in_list(f: ListFilter) -> list[int]:
    return [record_id for kind, record_id in customer_list.matching_keys(f) if kind == "contact"]


def ask_table_target(parent: QWidget) -> Path | None:
    """A .xlsx (the default) or .csv file name from the save dialog, or None."""
    excel = translate("Export", "Excel workbook (*.xlsx)")
    csv = translate("Export", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, translate("Export", "Export to Excel"),
                                               str(_documents() / "customers.xlsx"), f"{excel};;{csv}")
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    return Path(path)


def export_list(parent: QWidget, f: ListFilter) -> int | None:
    """Everyone in the list (filter ``f``, its sort) to a file the user picks, in a worker; the
    number of rows written, or None."""
    target = ask_table_target(parent)
    if target is None:
        return None
    try:
        return run_with_progress(parent, translate("Export", "Writing {name}\u2026").format(name=target.name),
                                 lambda progress, cancel: export_customers(target, f, progress=progress,
                                                                           cancel=cancel))
    except Cancelled:
        return None
    except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
        show_error(parent, error)
        return None

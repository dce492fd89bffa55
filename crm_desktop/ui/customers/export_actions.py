"""Taking customers to a phone: the chosen people (or everyone in the list) as one vCard file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.services import customer_list
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.progress import Cancelled
from crm_desktop.services.vcard import export_vcards
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.workers import run_with_progress

translate = QCoreApplication.translate


def ask_target(parent: QWidget) -> Path | None:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    path, _ = QFileDialog.getSaveFileName(parent, translate("Export", "Export as vCard"), str(folder / "contacts.vcf"),
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

"""Render every main view with demo data to PNG files, in each language, without a screen.

``crm-desktop screenshots DIR [--lang fa|en]`` writes ``DIR/<lang>-<area>[-<tab>].png``, the
import wizard's pages as ``DIR/<lang>-import-<page>.png``, the activity forms as
``DIR/<lang>-activities-<form>-form.png`` and the reminder popup as ``DIR/<lang>-reminders-popup.png``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.config import AppPaths
from crm_desktop.services import settings, users
from crm_desktop.services.session import close, open_session
from crm_desktop.services.demo.generator import generate_demo
from crm_desktop.services.settings import Preferences
from crm_desktop.ui import errors
from crm_desktop.ui.activities import showcase as activity_showcase
from crm_desktop.ui.application import configure, create_application
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.page import prepare_showcase as prepare_funnel_showcase
from crm_desktop.ui.imports import showcase as import_showcase
from crm_desktop.ui.main_window import MainWindow, areas

SIZE = (1280, 800)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


OWNER_NAME = "مریم کاظمی"
QUICK_SEARCH_TEXT = "علي"  # typed with an Arabic yeh: finds the Persian "علی"s


def render_screenshots(out_dir: Path, languages: Sequence[str] = ("fa", "en"), *, contacts: int = 400,
                       seed: int = 1403) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    errors.unattended = True  # a problem must fail the command, not wait for a click
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="crm-shots-") as tmp:
        paths = AppPaths(Path(tmp))
        _, owner = open_session(paths.demo_db, backup_dir=paths.backup_dir)
        try:
            # the office manager, not this machine's login name, appears in the pictures
            owner = users.set_full_name(owner.id, OWNER_NAME)
            # a Persian office, whatever this machine's language: Jalali months (its sales targets and
            # case numbers), Saturday-to-Thursday working week, Persian categories
            settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "jalali", "language": "fa"})
            generate_demo(contacts, seed=seed)
            import_showcase.prepare(Path(tmp))  # an earlier import, for the import history
            prepare_funnel_showcase(languages[0])  # deals in every stage of the board, made through the services
            for lang in languages:
                prefs = Preferences.defaults(lang)
                configure(app, prefs)
                ctx = AppContext(prefs, paths, str(paths.demo_db.name), owner.display_name)
                window = MainWindow(ctx)
                window.resize(*SIZE)
                window.show()
                _settle(app)
                for area in areas():
                    page = window.show_area(area.key)
                    states = getattr(page, "screenshot_states", lambda: {})()
                    if not states:
                        _settle(app)
                        written.append(_grab(window, out_dir / f"{lang}-{area.key}.png"))
                    for state, show in states.items():
                        shown = show()  # a dialog to picture on its own, or None for the window
                        _settle(app)
                        written.append(_grab(shown if isinstance(shown, QWidget) else window,
                                             out_dir / f"{lang}-{area.key}-{state}.png"))
                        if isinstance(shown, QWidget):
                            shown.close()
                            shown.deleteLater()
                written.append(_quick_search(window, app, out_dir / f"{lang}-quick-search.png"))
                written += activity_showcase.render(ctx, out_dir, lang, _grab)
                written += import_showcase.render_wizard(window, ctx, Path(tmp), out_dir, lang, SIZE, _grab)
                window.close()
                window.deleteLater()
                _settle(app)
        finally:
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            close()
    return written


def _quick_search(window: MainWindow, app: QApplication, path: Path) -> Path:
    dialog = window.quick_search()
    dialog.search_now(QUICK_SEARCH_TEXT)  # now, not after the typing pause (the database closes soon)
    _settle(app)
    shot = _grab(dialog, path)
    dialog.close()
    dialog.deleteLater()
    return shot


def _grab(window: QWidget, path: Path) -> Path:
    if isinstance(window, QDialog) and not window.isVisible():
        window.show()
        QApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path

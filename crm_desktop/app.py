"""Start the desktop app: data folder and log, database (created or upgraded), main window."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from crm_desktop.config import app_paths
from crm_desktop.logs import setup_logging
from crm_desktop.text.messages import UserError

log = logging.getLogger(__name__)
DEMO_CONTACTS = 3000


def main(db: str | None = None, *, demo: bool = False, lang: str | None = None) -> int:
    """Run the GUI until the window closes; returns the process exit code."""
    started = start(db, demo=demo, lang=lang)
    if isinstance(started, int):
        return started
    return started.app.exec()


def start(db: str | None = None, *, demo: bool = False, lang: str | None = None):
    """Open the database and show the main window; the AppController, or an exit code on failure."""
    from crm_desktop.db.connection import describe
    from crm_desktop.services import session, settings
    from crm_desktop.services.demo.generator import generate_demo, is_empty
    from crm_desktop.ui.application import AppController, configure, create_application
    from crm_desktop.ui.errors import install_excepthook, show_error
    from crm_desktop.ui.workers import run_with_progress

    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    app = create_application()
    install_excepthook()
    configure(app, settings.Preferences.defaults(lang))  # messages before the database opens
    target: str | Path = db or (paths.demo_db if demo else paths.default_db)
    try:
        _, user = session.open_session(target, backup_dir=paths.backup_dir)
        prefs = settings.load_preferences()
        if lang:
            defaults = settings.Preferences.defaults(lang)
            prefs = replace(prefs, language=lang, calendar=defaults.calendar, digits=defaults.digits)
        configure(app, prefs)
        if demo and is_empty():
            label = app.translate("App", "Preparing the demo database\u2026")
            run_with_progress(None, label, lambda progress, cancel: generate_demo(
                DEMO_CONTACTS, language=prefs.language, progress=progress, cancel=cancel))
    except UserError as error:
        log.warning("could not start: %s", error)
        show_error(None, error)
        return 2
    controller = AppController(app, paths, describe(target), user.display_name, prefs)
    controller.show()
    log.info("started on %s", describe(target))
    return controller

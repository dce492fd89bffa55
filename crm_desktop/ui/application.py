"""The QApplication and its look: style, bundled font, stylesheet, language and direction.

``AppController`` owns the main window; applying new preferences rebuilds the window in the
new language and direction, so the change shows at once instead of after a restart.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from crm_desktop import APP_NAME, __version__
from crm_desktop.config import AppPaths
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.fonts import app_font
from crm_desktop.ui.i18n import install_language
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.resources import resource_path


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setStyle("Fusion")
        app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    return app


def configure(app: QApplication, prefs: Preferences) -> None:
    """Language, direction, font and stylesheet for ``prefs``."""
    install_language(app, prefs)
    font = app_font(10.0)
    if app.font() != font:
        app.setFont(font)
    style = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    sheet = style.replace("ICONS/", resource_path("icons").as_posix() + "/")
    if app.styleSheet() != sheet:  # setting the same sheet again re-polishes every widget alive: slow
        app.setStyleSheet(sheet)


class AppController:
    def __init__(self, app: QApplication, paths: AppPaths, database_label: str, user_name: str,
                 prefs: Preferences) -> None:
        self.app = app
        self.ctx = AppContext(prefs, paths, database_label, user_name)
        self.window: MainWindow | None = None

    def show(self, *, startup: bool = True) -> MainWindow:
        configure(self.app, self.ctx.prefs)
        self.window = MainWindow(self.ctx)
        self.window.preferences_applied.connect(self.apply_preferences)
        self.window.show()
        window = self.window  # reminders start once the window is on screen (what is overdue, at start-up only)
        QTimer.singleShot(0, lambda: window.start_reminders(startup=startup) if isValid(window) else None)
        return self.window

    def apply_preferences(self, prefs: Preferences) -> None:
        old = self.window
        if old is not None and old.reminders is not None:
            old.reminders.stop()  # the new window's clock speaks the new language
            old.reminders = None
        self.ctx = AppContext(prefs, self.ctx.paths, self.ctx.database_label, self.ctx.user_name)
        new = self.show(startup=False)
        if old is not None:
            new.setGeometry(old.geometry())
            new.show_area("settings")
            old.close()
            old.deleteLater()

"""What people see when something goes wrong: their language, no traceback, the log has it."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from crm_desktop.db.errors import DatabaseTooNewError
from crm_desktop.logs import setup_logging
from crm_desktop.services.settings import Preferences
from crm_desktop.ui import errors
from crm_desktop.ui.application import configure


def test_user_errors_speak_the_users_language(qapp):
    configure(qapp, Preferences.defaults("fa"))
    text = errors.message_for(DatabaseTooNewError("office.sqlite3", 7, 2))
    assert "نسخه جدیدتری" in text and "۷" in text and "office.sqlite3" in text
    configure(qapp, Preferences.defaults("en"))
    assert "newer version" in errors.message_for(DatabaseTooNewError("office.sqlite3", 7, 2))


def test_unexpected_errors_are_logged_and_shown_briefly(qapp, tmp_path, monkeypatch):
    log_file = setup_logging(tmp_path / "logs" / "crm.log")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise KeyError("secret internals")
    except KeyError as exc:
        errors.show_error(None, exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown and "Traceback" not in shown[0] and "secret internals" not in shown[0]
    assert str(log_file) in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "secret internals" in logged


def test_excepthook_keeps_the_app_running_and_shows_a_message(qapp, qtbot, tmp_path, monkeypatch):
    log_file = setup_logging(tmp_path / "logs" / "crm.log")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        try:
            raise RuntimeError("from a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    finally:
        sys.excepthook = previous
    assert "from a slot" in log_file.read_text(encoding="utf-8")
    assert "from a slot" not in shown[0]

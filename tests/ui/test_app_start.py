"""Starting the app: a fresh data folder gets a migrated database and a window; --demo fills it;
a bad database file gives one clear message and exit code 2, never a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from crm_desktop import app as app_module
from crm_desktop.config import app_paths
from crm_desktop.db.connection import close_database
from crm_desktop.ui.application import AppController


def _started(qtbot, **kwargs) -> AppController:
    controller = app_module.start(**kwargs)
    assert isinstance(controller, AppController)
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    return controller


def test_first_start_creates_the_database_and_shows_the_window(qtbot, data_home):
    controller = _started(qtbot, lang="fa")
    window = controller.window
    assert window.isVisible() and window.isRightToLeft()
    assert window.pages["home"].stats["people"].value.text() == "۰"
    close_database()
    assert app_paths().default_db.exists()
    assert app_paths().log_file.exists()


def test_demo_start_fills_the_demo_database(qtbot, data_home, monkeypatch):
    monkeypatch.setattr(app_module, "DEMO_CONTACTS", 150)
    window = _started(qtbot, demo=True, lang="en").window
    assert not window.isRightToLeft()
    assert window.pages["home"].stats["people"].value.text() == "150"
    close_database()
    assert app_paths().demo_db.exists() and not app_paths().default_db.exists()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "customers.xlsx.sqlite3"
    bad.write_bytes(b"PK\\x03\\x04 this is a zip, not SQLite")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert app_module.main(db=str(bad), lang="en") == 2
    assert len(shown) == 1 and "not a CRM Desktop database" in shown[0] and "Traceback" not in shown[0]
    assert bad.read_bytes().startswith(b"PK")

"""Long work runs off the GUI thread, reports progress, and can be cancelled."""

from __future__ import annotations

import threading
import time

import pytest

from crm_desktop.db.models import Contact
from crm_desktop.services.demo.generator import generate_demo
from crm_desktop.services.progress import Cancelled
from crm_desktop.ui.workers import run_with_progress


def test_result_comes_back_from_another_thread(qapp):
    seen = {}

    def work(progress, cancel):
        seen["thread"] = threading.current_thread()
        for i in range(5):
            progress(i + 1, 5)
        return 42

    assert run_with_progress(None, "working", work) == 42
    assert seen["thread"] is not threading.main_thread()


def test_errors_are_raised_in_the_caller(qapp):
    def work(progress, cancel):
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        run_with_progress(None, "working", work)


def test_cancel_rolls_the_work_back(qapp, db, owner, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].findChild(QPushButton).click()  # what a person does
        else:
            QTimer.singleShot(20, press_cancel)

    def work(progress, cancel):
        time.sleep(0.5)  # long enough for the dialog to appear (it waits 300 ms)
        return generate_demo(20_000, progress=progress, cancel=cancel)

    QTimer.singleShot(50, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(None, "demo", work)
    assert Contact.select().count() == 0

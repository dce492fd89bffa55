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


def test_a_pages_reads_hand_on_only_the_newest_answer(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    from crm_desktop.ui import workers

    page = QWidget()
    shown, failed = [], []
    reads = workers.LatestRead(page, shown.append, failed.append)
    first_may_answer = threading.Event()
    reads.start(lambda: first_may_answer.wait(5) and "older choice")
    reads.start(lambda: "newer choice")
    qtbot.waitUntil(lambda: shown == ["newer choice"])
    first_may_answer.set()
    qtbot.waitUntil(lambda: not workers._running)
    assert shown == ["newer choice"] and failed == []
    reads.start(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], ZeroDivisionError) and shown == ["newer choice"]
    reads.start(lambda: "now", wait=True)
    assert shown[-1] == "now"
    page.deleteLater()


def test_a_read_that_answers_after_its_page_was_closed_is_dropped(qapp, qtbot):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from crm_desktop.ui import workers

    page = QWidget()
    seen = []
    reads = workers.LatestRead(page, lambda answer: seen.append((answer, page.isVisible())), seen.append)
    may_answer = threading.Event()
    reads.start(lambda: may_answer.wait(5) and "late")
    shiboken6.delete(page)  # the window closed the page while it read
    may_answer.set()
    qtbot.waitUntil(lambda: not workers._running)
    assert seen == []  # no call into a deleted widget (which raised and showed "Something went wrong")

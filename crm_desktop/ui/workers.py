"""Long work off the GUI thread: a QRunnable with progress and cancel, a page's reads where the
newest one wins (:class:`LatestRead`), and a modal progress dialog that keeps the window responsive
while it waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.services.progress import CancelToken
from crm_desktop.services.threads import release_connection


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``fn(progress=..., cancel=...)`` on the thread pool and reports through signals."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.cancel_token = CancelToken()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(progress=self.signals.progress.emit, cancel=self.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            release_connection()


_running: set[Task] = set()  # reads on the pool, kept alive until they answer (their page may be gone)


class LatestRead:
    """A page's reads in a worker, the newest winning: ``start(fn)`` runs ``fn()`` on the thread pool and
    hands its answer to ``shown`` (an error to ``failed``) on the GUI thread - unless another read was
    started meanwhile (a new choice: the older answer is dropped) or ``owner`` was deleted (a page
    closed while it read). ``start(fn, wait=True)`` reads here and now (screenshots)."""

    def __init__(self, owner: QObject, shown: Callable[[Any], object],
                 failed: Callable[[BaseException], object]) -> None:
        self.owner, self.shown, self.failed = owner, shown, failed
        self.generation = 0

    def start(self, fn: Callable[[], Any], *, wait: bool = False) -> None:
        self.generation += 1
        generation = self.generation
        if wait:
            self.shown(fn())
            return
        task = Task(lambda progress=None, cancel=None: fn())
        task.signals.done.connect(lambda result: self._answer(task, generation, self.shown, result))
        task.signals.failed.connect(lambda error: self._answer(task, generation, self.failed, error))
        _running.add(task)
        QThreadPool.globalInstance().start(task)

    def _answer(self, task: Task, generation: int, handler: Callable[[Any], object], value: Any) -> None:
        _running.discard(task)
        if generation == self.generation and shiboken6.isValid(self.owner):
            handler(value)


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[..., Any]) -> Any:
    """Run ``fn`` in a worker behind a cancellable progress dialog; return its result or raise."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Workers", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(fn)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    task.signals.progress.connect(on_progress)
    task.signals.done.connect(lambda result: finish("result", result))
    task.signals.failed.connect(lambda error: finish("error", error))
    dialog.canceled.connect(task.cancel_token.cancel)
    QThreadPool.globalInstance().start(task)
    loop.exec()
    while not outcome:  # exec() returns at once while the application is quitting: keep delivering events
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")

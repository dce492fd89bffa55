"""Long work shown inside a page instead of a modal dialog: a caption, a progress bar and a
Cancel button, over a worker from ``ui.workers`` (the window stays usable while it runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from crm_desktop.ui.widgets.common import label
from crm_desktop.ui.workers import Task

translate = QCoreApplication.translate


class TaskPanel(QWidget):
    """Runs one task at a time; ``done``/``failed`` carry its result or exception."""

    done = Signal(object)
    failed = Signal(object)
    idle = Signal()  # after done or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label("", "muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMinimumWidth(160)
        self.cancel_button = QPushButton(translate("ImportWizard", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, caption: str, fn: Callable[..., Any], *, cancellable: bool = True) -> None:
        """Run ``fn(progress=..., cancel=...)`` on the thread pool (one task at a time)."""
        if self._task is not None:
            raise RuntimeError("a task is already running")
        task = Task(fn)
        task.signals.progress.connect(self._progress)
        task.signals.done.connect(lambda result: self._finish(task, self.done, result))
        task.signals.failed.connect(lambda error: self._finish(task, self.failed, error))
        self._task = task
        self.caption.setText(caption)
        self.bar.setRange(0, 0)  # busy until the first figures arrive
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.setVisible(True)
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel_token.cancel()
            self.cancel_button.setEnabled(False)
            self.caption.setText(translate("ImportWizard", "Cancelling\u2026"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _finish(self, task: Task, signal, value: object) -> None:
        if task is not self._task:
            return
        self._task = None
        self.setVisible(False)
        signal.emit(value)
        self.idle.emit()

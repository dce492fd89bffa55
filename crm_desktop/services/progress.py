"""Progress and cancel for long work, shared by the CLI and GUI workers.

A service doing long work takes ``progress: ProgressFn | None`` (called with done/total) and
``cancel: CancelToken | None``; it calls :meth:`CancelToken.check` between batches, which raises
:class:`Cancelled` inside the service's transaction, so a cancelled job leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

ProgressFn = Callable[[int, int], None]


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed."))


class CancelToken:
    """Thread-safe cancel flag."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def report(progress: ProgressFn | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()

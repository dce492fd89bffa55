"""What a person sees when something goes wrong: a short message in their language.

Expected problems (:class:`UserError`) show their own message. Anything else is logged with its
traceback to the log file and shown as a short apology naming that file; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.logs import current_log_file
from crm_desktop.text.i18n import render_error
from crm_desktop.text.messages import UserError

log = logging.getLogger("crm_desktop.errors")


translate = QCoreApplication.translate


def message_for(error: BaseException) -> str:
    if isinstance(error, UserError):
        return render_error(error)
    path = current_log_file()
    if path is not None:
        return translate("Errors", "Something went wrong and this action was not completed. Your saved data is "
                                   "safe. The details were written to {path}.").format(path=str(path))
    return translate("Errors", "Something went wrong and this action was not completed. Your saved data is safe.")


#: set by tools that run the UI unattended (screenshots): errors are raised, never shown modally
unattended = False


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None, *,
               logged: bool = False) -> None:
    if unattended:
        raise error
    if not isinstance(error, UserError) and not logged:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(error, UserError) else QMessageBox.Icon.Critical,
                      title or translate("Errors", "CRM Desktop"), message_for(error), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


class _Relay(QObject):
    """Carries exceptions from any thread to the GUI thread."""

    raised = Signal(object)


_relay: _Relay | None = None


def _visible_window() -> QWidget | None:
    """The active window, if it is still alive and shown (a parent for the message)."""
    window = QApplication.activeWindow()
    try:
        return window if window is not None and window.isVisible() else None
    except RuntimeError:  # its C++ side is already gone
        return None


def install_excepthook() -> None:
    """Log every unhandled exception and show it as a message instead of crashing."""
    global _relay
    _relay = _Relay()
    _relay.raised.connect(
        lambda exc: QTimer.singleShot(0, lambda: show_error(_visible_window(), exc, logged=True)),
        Qt.ConnectionType.QueuedConnection)

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if exc is not None and _relay is not None:
            _relay.raised.emit(exc)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)


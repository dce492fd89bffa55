"""What every ``crm-desktop`` command shares: opening the database and printing progress."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from crm_desktop.config import app_paths
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText, UserError

PEOPLE_PROGRESS = QT_TRANSLATE_NOOP("Cli", "{percent}% ({done} of {total} people)")
ROWS_PROGRESS = QT_TRANSLATE_NOOP("Cli", "{percent}% ({done} of {total} rows)")


def open_db(target: str | None):
    """Open (and migrate) the database the command names, or the default one."""
    from crm_desktop.services.session import open_session

    paths = app_paths().ensure()
    db, _ = open_session(target or paths.default_db, backup_dir=paths.backup_dir)
    return db


def progress_printer(message: TranslatableText = PEOPLE_PROGRESS) -> Callable[[int, int], None]:
    """A progress callback that prints "40% (800 of 2000 people)" on stderr every 10%."""
    shown = {"last": -1}

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent // 10 != shown["last"] // 10:
            shown["last"] = percent
            print(i18n.render(message, {"percent": percent, "done": done, "total": total}), file=sys.stderr)

    return progress


def output_file(raw: str, example: str) -> Path:
    """A file the command may write: not a folder, in a folder that exists."""
    target = Path(raw).expanduser()
    if target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Cli", "{path} is a folder; give a file name such as {example}."),
                        path=str(target), example=example)
    if not target.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Cli", "The folder {path} does not exist."), path=str(target.parent))
    return target

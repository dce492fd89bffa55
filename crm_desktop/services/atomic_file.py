"""A file that appears complete or not at all.

:func:`replacing` hands out a hidden temporary file next to the target (same folder, so the final
move is a rename) and moves it over the target only when the block ends without an error; a
cancel, an error or a crash leaves an existing target as it was and no half-written file.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError


class FileWriteError(UserError):
    """A file the user asked for (an export, a vCard, an error workbook) could not be written."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {detail}"), path=path, detail=detail)


ExportWriteError = FileWriteError


class FileInUseError(FileWriteError):
    def __init__(self, path: str) -> None:
        UserError.__init__(self, QT_TRANSLATE_NOOP(
            "Errors", "Could not write {path}: the file is open in another program (Excel?) or the folder is "
                      "read-only. Close it and try again."), path=path)


def _write_error(target: Path, exc: OSError) -> UserError:
    if isinstance(exc, PermissionError):
        return FileInUseError(str(target))
    return FileWriteError(str(target), exc.strerror or str(exc))


def _temporary_file(target: Path) -> tuple[Path, BinaryIO]:
    """A new hidden file next to ``target``, created with the usual permissions (0o666 less the
    umask, like any file the user saves)."""
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        return temp, os.fdopen(fd, "wb")
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``target`` into; it replaces ``target`` when the block succeeds.

    Any exception in the block (Cancelled included) removes the temporary file and propagates;
    an OSError becomes a :class:`UserError` naming the path."""
    target = Path(target)
    try:
        temp, handle = _temporary_file(target)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            shutil.copymode(target, temp)  # replacing a file keeps its permissions
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise

"""Logging to a rotating file in the data folder. Tracebacks go here, never to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_installed: dict[str, Path] = {}


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Send all logging to ``log_file`` (1 MB x 5 files). Safe to call more than once."""
    if _installed.get("file") == log_file:
        return log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_crm_desktop", False)]:
        root.removeHandler(old)
        old.close()
    handler._crm_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    _installed["file"] = log_file
    return log_file


def current_log_file() -> Path | None:
    return _installed.get("file")

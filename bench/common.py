"""Shared helpers: a readable table, the final JSON line, a cached database built in a child process,
and, for the page benchmarks, a paint counter and a wait that keeps the event loop turning."""

from __future__ import annotations

import json
import multiprocessing
import platform
import statistics
import subprocess
import time
from queue import Empty
from collections.abc import Callable, Sequence
from pathlib import Path


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_table(title: str, rows: Sequence[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(title)
    print("-" * len(title))
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def emit(name: str, figures: dict) -> None:
    """The last line of every benchmark: one JSON object, comparable across commits."""
    figures = {"bench": name, "python": platform.python_version(), "commit": git_commit(), **figures}
    print(json.dumps(figures, ensure_ascii=False, sort_keys=True))


def cached_database(path: Path, build_child: Callable[[str, int, int, object], None], size: int,
                    seed: int) -> float | None:
    """Build ``path`` unless it is there: ``build_child(partial_path, size, seed, queue)`` runs in a fresh
    process (so the figures carry no build memory) and puts the build's seconds on ``queue``; the
    file gets its name only when whole. Returns those seconds, None when reused."""
    if path.exists():
        print(f"database: reused {path}")
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=build_child, args=(str(partial), size, seed, queue))
    child.start()
    seconds = None
    while seconds is None:  # a child that fails puts nothing: watch it instead of waiting for ever
        try:
            seconds = queue.get(timeout=1)
        except Empty:
            if not child.is_alive():
                break
    child.join()
    if child.exitcode or seconds is None:
        raise SystemExit(f"building the database failed (exit code {child.exitcode})")
    partial.rename(path)
    return seconds


def paint_counter():
    """An event filter counting paint events: of everything it is installed on, or, once ``page`` is
    set, of that widget and its children only (installed on the application)."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        page = None
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and (
                    self.page is None or obj is self.page or self.page.isAncestorOf(obj)):
                self.count += 1
            return False

    return Painted()


def wait_until(app, ready: Callable[[], bool], failure: str, *, pause: float = 0.0, seconds: float = 120) -> None:
    """Turn the event loop until ``ready()``; ``failure`` is raised after ``seconds``."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        if ready():
            return
        if pause:
            time.sleep(pause)
    raise RuntimeError(failure)


def git_commit() -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5)
        return done.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


"""Shared helpers: argument parsing, a readable table, and the final JSON line."""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
from collections.abc import Sequence


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


def git_commit() -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5)
        return done.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


"""Which of a sheet's first rows holds the column headings, and those headings as clean labels.

Real customer sheets rarely start with their headings on row 1: an export title
("Customers_20260622110139"), blank rows, or ``key : value`` lines ("نام طرف حساب :") sit above
the table. Each of the first rows is scored as a heading candidate: many non-empty text cells,
mostly text rather than numbers or dates, all different, short, followed by rows of data that
fill the same columns (with numbers where the candidate has words, and without repeating the
candidate's words), and words the field catalogue recognises. A row with several wide rows above
it is inside a table (a heading repeated per page, a sub-table) and never wins. A near-tie goes
to the earlier row, since headings come before data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

SCAN_ROWS = 30
_LOOK_BELOW = 6
_NEAR_TIE = 0.9
_LONG_LABEL = 40
_TABLE_ABOVE = 3
# Digits (ASCII, Persian, Arabic-Indic) with the separators of numbers, dates, times and phones.
_NUMERIC_TEXT = re.compile(r"[\s+\-()]*[0-9۰-۹٠-٩][0-9۰-۹٠-٩\s.,/:\-+()٫٬]*")


def header_labels(row: Sequence[object]) -> list[str]:
    """Each cell as a label: outer spaces trimmed, inner whitespace as one space, lines joined by " / ",
    ``1.0`` as ``"1"``; empty cells give ``""`` (the caller names them "Column C")."""
    return [_label(value) for value in row]


def _label(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):  # lines of a two-line header ("رقم الجوال\nphone_number") stay apart
        lines = (" ".join(line.split()) for line in value.replace("\x00", "").splitlines())
        return " / ".join(line for line in lines if line)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return " ".join(str(value).split())


def _is_word(value: object) -> bool:
    """Text that is not a number, date, time or phone number written as text."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return bool(text) and not _NUMERIC_TEXT.fullmatch(text)


def detect_header_row(rows: list[list], known: Callable[[str], bool] | None = None) -> int:
    """Index into ``rows`` (a sheet's first rows) of the heading row; 0 when nothing is better."""
    rows = rows[:SCAN_ROWS]
    filled = [[i for i, label in enumerate(header_labels(row)) if label] for row in rows]
    scores = [_score(rows, filled, index, known) for index in range(len(rows))]
    best = max(scores, default=0.0)
    if best <= 0:
        return 0
    return next(index for index, score in enumerate(scores) if score >= _NEAR_TIE * best)


def _score(rows: list[list], filled: list[list[int]], index: int, known: Callable[[str], bool] | None) -> float:
    row, columns = rows[index], filled[index]
    words = [i for i in columns if _is_word(row[i])]
    if not words:
        return 0.0
    wide = max(3, 0.6 * len(columns))
    if sum(1 for above in filled[:index] if len(above) >= wide) >= _TABLE_ABOVE:
        return 0.0  # headings start a table: this row sits inside one (a repeated heading, a sub-table)
    labels = [_label(row[i]) for i in words]
    text_share = len(words) / len(columns)
    distinct = len(set(labels)) / len(labels)
    short = sum(1 for label in labels if len(label) <= _LONG_LABEL and not label.endswith((":", "：")))
    below = [i for i in range(index + 1, len(rows)) if filled[i]][:_LOOK_BELOW]
    support = contrast = repeats = 0.0
    if below:
        wanted = set(columns)
        support = sum(len(wanted & set(filled[i])) / len(wanted) for i in below) / len(below)
        for column, label in zip(words, labels):
            cells = [rows[i][column] if column < len(rows[i]) else None for i in below]
            contrast += sum(1 for cell in cells if _is_value(cell)) / len(below)
            repeats += sum(1 for cell in cells if _label(cell) == label) / len(below)
    score = short * text_share * distinct * (0.25 + 0.75 * support) + contrast - repeats
    if known is not None:
        score += sum(1.0 for label in labels if known(label))
    return score


def _is_value(cell: object) -> bool:
    """A number, date, or digits written as text: what sits under a heading, never in it."""
    if cell is None or isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float, dt.date, dt.time, dt.timedelta)):
        return True
    return isinstance(cell, str) and bool(cell.strip()) and not _is_word(cell)

"""Text that keeps its own direction whatever the window's: a Persian answer in an English window
starts on the right, an English one in a Persian window on the left."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit


def direction_of(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong letter (Persian/Arabic/Hebrew: right to left); the
    window's direction when the text has none (digits, punctuation, nothing)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return QApplication.layoutDirection()


def align_label(widget: QLabel, text: str, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> QLabel:
    """Put ``text`` in the label, on the side its own direction starts from."""
    widget.setText(text)
    side = Qt.AlignmentFlag.AlignRight if direction_of(text) == Qt.LayoutDirection.RightToLeft \
        else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | vertical)
    return widget


def paragraphs_in_own_direction(edit: QTextEdit) -> QTextEdit:
    """Each paragraph of the box runs in the direction of its first strong letter and starts on
    that side (call again after ``setPlainText``: the widget may reset its document's option).
    A ``QTextEdit``: ``QPlainTextEdit`` lays every paragraph out in the widget's direction."""
    option = edit.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(Qt.AlignmentFlag.AlignLeading)  # the start of each paragraph's own direction
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    edit.document().setDefaultTextOption(option)
    return edit


def plain_text_box(*, read_only: bool = False) -> QTextEdit:
    """A box of plain text (pasted formatting is dropped) whose paragraphs keep their own direction."""
    edit = QTextEdit()
    edit.setAcceptRichText(False)
    edit.setReadOnly(read_only)
    if read_only:
        edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return paragraphs_in_own_direction(edit)


def in_own_direction(text: str) -> str:
    """``text`` between two marks of its own direction, so a line drawn in the other direction
    (a table cell, which runs in the window's) keeps its end punctuation where it belongs: the
    full stop of a Persian sentence in an English table stays at its left end."""
    if not text:
        return text
    mark = "\u200f" if direction_of(text) == Qt.LayoutDirection.RightToLeft else "\u200e"
    return f"{mark}{text}{mark}"

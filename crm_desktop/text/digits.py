"""Digit scripts: Latin (ASCII), Persian (Extended Arabic-Indic) and Arabic-Indic.

Rules:

* Persian digits are U+06F0–U+06F9 (``۰۱۲۳۴۵۶۷۸۹``); Arabic-Indic digits are
  U+0660–U+0669 (``٠١٢٣٤٥٦٧٨٩``). They look alike for most digits but are different
  characters, so text typed on Persian and Arabic keyboards must be folded before it is
  compared or parsed.
* :func:`to_ascii_digits` also folds the Arabic decimal separator ``٫`` (U+066B) to
  ``"."`` and the Arabic thousands separator ``٬`` (U+066C) to ``","``; the reverse
  functions only touch the digits (separators are the caller's choice, see ``money``).
* Only these two scripts are folded; other scripts' digits are left alone.
"""

from __future__ import annotations

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

#: The digit styles accepted by :func:`localize_digits` (also used by other modules).
DIGIT_STYLES = ("latin", "persian", "arabic")

_TO_ASCII = str.maketrans(
    PERSIAN_DIGITS + ARABIC_DIGITS + "\u066b\u066c",
    LATIN_DIGITS + LATIN_DIGITS + ".,",
)
_TO_PERSIAN = str.maketrans(LATIN_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS + PERSIAN_DIGITS)
_TO_ARABIC = str.maketrans(LATIN_DIGITS + PERSIAN_DIGITS, ARABIC_DIGITS + ARABIC_DIGITS)


def to_ascii_digits(s: str) -> str:
    """Persian and Arabic-Indic digits to ASCII; ``٫`` to ``"."`` and ``٬`` to ``","``."""
    return s.translate(_TO_ASCII)


def to_persian_digits(s: str) -> str:
    """ASCII and Arabic-Indic digits to Persian digits (other characters unchanged)."""
    return s.translate(_TO_PERSIAN)


def to_arabic_digits(s: str) -> str:
    """ASCII and Persian digits to Arabic-Indic digits (other characters unchanged)."""
    return s.translate(_TO_ARABIC)


def localize_digits(s: str, style: str) -> str:
    """Write every digit of ``s`` in ``style``: ``"latin"``, ``"persian"`` or ``"arabic"``.

    ``"latin"`` also folds the Arabic decimal/thousands separators (see
    :func:`to_ascii_digits`). Raises :class:`ValueError` for an unknown style.
    """
    if style == "latin":
        return to_ascii_digits(s)
    if style == "persian":
        return to_persian_digits(s)
    if style == "arabic":
        return to_arabic_digits(s)
    raise ValueError(f"unknown digit style {style!r}; expected one of {DIGIT_STYLES}")


def check_digit_style(style: str) -> str:
    """Return ``style`` if it is a known digit style, else raise :class:`ValueError`."""
    if style not in DIGIT_STYLES:
        raise ValueError(f"unknown digit style {style!r}; expected one of {DIGIT_STYLES}")
    return style


def ltr_isolate(s: str) -> str:
    """Wrap ``s`` in LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE (U+2066/U+2069).

    Space-separated digit groups (a phone number such as ``0912 345 6789``) are laid out
    right to left inside right-to-left text, so the groups appear reversed. Wrapping the
    value in an LTR isolate keeps it in reading order. Only for display; never store it.
    """
    return f"\u2066{s}\u2069"

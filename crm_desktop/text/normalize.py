"""Text normalisation: one normaliser for search, one tidier for display.

:func:`normalize_text` builds the *search key* stored in the normalised shadow columns,
and the same function is applied to what people type in the search box, so both sides
always agree. It is lossy on purpose:

1. NFKC (folds Arabic presentation forms, ligatures such as ``ﻻ``, full-width Latin);
2. Arabic letter variants to their Persian/base form: ``ي ى ئ`` -> ``ی``, ``ك ڪ`` ->
   ``ک``, ``ة ۀ ھ ە`` -> ``ه``, ``أ إ ٱ آ`` -> ``ا``, ``ؤ`` -> ``و``;
3. Persian and Arabic-Indic digits to ASCII (and ``٫``/``٬`` to ``.``/``,``);
4. removal of invisible and decorative characters: ZWNJ, ZWJ, LRM/RLM/ALM, the bidi
   embedding/override/isolate controls, BOM, soft hyphen, zero-width space, word joiner,
   tatweel and the Arabic diacritics (harakat, U+064B–U+065F, U+0670, U+06D6–U+06ED);
5. ``str.casefold()``;
6. every run of Unicode whitespace (NBSP, U+202F, tabs, new lines...) to one ASCII space,
   stripped at both ends.

Some steps can enable each other (removing a tatweel can bring a base letter next to a
combining mark that NFKC then composes; casefolding can produce text NFKC changes), so the
pass is repeated until the text stops changing. That makes the function idempotent by
construction; the unit tests check it over arbitrary text and over every code point.

:func:`tidy_text` is for values kept for display (names, titles as typed or imported): it
never changes letters. :func:`fold_for_persian` adds the Arabic-keyboard folding used where
the office language is Persian.
"""

from __future__ import annotations

import re
import unicodedata

from crm_desktop.text.digits import ARABIC_DIGITS, PERSIAN_DIGITS, to_ascii_digits

ZWNJ = "\u200c"
ZWJ = "\u200d"
TATWEEL = "\u0640"

#: LRM, RLM, ALM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c" + "".join(map(chr, range(0x202A, 0x202F))) + "\u2066\u2067\u2068\u2069"
)
#: BOM / ZERO WIDTH NO-BREAK SPACE, SOFT HYPHEN, ZERO WIDTH SPACE, WORD JOINER.
FORMAT_INVISIBLES = frozenset("\ufeff\u00ad\u200b\u2060")
#: Arabic diacritics (harakat, Quranic marks) dropped by the search key.
ARABIC_MARKS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)

_SEARCH_REMOVED = BIDI_CONTROLS | FORMAT_INVISIBLES | ARABIC_MARKS | {ZWNJ, ZWJ, TATWEEL}
_DISPLAY_REMOVED = BIDI_CONTROLS | FORMAT_INVISIBLES

_LETTER_FOLD = {
    "\u064a": "\u06cc",  # ي ARABIC YEH -> ی
    "\u0649": "\u06cc",  # ى ALEF MAKSURA -> ی
    "\u0626": "\u06cc",  # ئ YEH WITH HAMZA ABOVE -> ی
    "\u0643": "\u06a9",  # ك ARABIC KAF -> ک
    "\u06aa": "\u06a9",  # ڪ SWASH KAF -> ک
    "\u0629": "\u0647",  # ة TEH MARBUTA -> ه
    "\u06c0": "\u0647",  # ۀ HEH WITH YEH ABOVE -> ه
    "\u06be": "\u0647",  # ھ HEH DOACHASHMEE -> ه
    "\u06d5": "\u0647",  # ە AE -> ه
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0671": "\u0627",  # ٱ ALEF WASLA -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0624": "\u0648",  # ؤ -> و
}
_SEARCH_MAP: dict[str, str | None] = {
    **_LETTER_FOLD,
    **{c: None for c in _SEARCH_REMOVED},
    **{c: to_ascii_digits(c) for c in PERSIAN_DIGITS + ARABIC_DIGITS + "\u066b\u066c"},
}
_SEARCH_CHARS = re.compile("[" + "".join(map(re.escape, _SEARCH_MAP)) + "]")
_SEARCH_TABLE = str.maketrans(_SEARCH_MAP)
_DISPLAY_TABLE = str.maketrans({c: None for c in _DISPLAY_REMOVED})
_PERSIAN_FOLD_TABLE = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})

_MAX_PASSES = 8
#: Text made only of these is a fixed point of a pass (each step maps each of them to
#: itself and none of them compose), so a second, confirming pass can be skipped.
_STABLE_CHARS = (
    " " + "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isupper())
    + "".join(chr(c) for c in range(0x0621, 0x064B) if chr(c) not in _LETTER_FOLD and c != 0x0640)
    + "پچژکگی"
)  # fmt: skip
_UNSTABLE_CHAR = re.compile("[^" + "".join(map(re.escape, _STABLE_CHARS)) + "]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n{3,}")


def _collapse_spaces(s: str) -> str:
    """Every run of Unicode whitespace to one ASCII space, stripped."""
    return " ".join(s.split())


def _fold_and_remove(s: str) -> str:
    """Letter variants, digits and removals (translate is slow: skip it when possible)."""
    return s.translate(_SEARCH_TABLE) if _SEARCH_CHARS.search(s) else s


def _normalize_pass(s: str) -> str:
    s = _fold_and_remove(unicodedata.normalize("NFKC", s))
    s = _fold_and_remove(unicodedata.normalize("NFKC", s.casefold()))
    return _collapse_spaces(s)


def _normalize_until_stable(s: str) -> str:
    for _ in range(_MAX_PASSES):
        folded = _normalize_pass(s)
        if folded == s or not _UNSTABLE_CHAR.search(folded):
            return folded
        s = folded
    return s  # not reached for any text found so far (see tests); bounded for safety


def normalize_text(s: str | None) -> str:
    """The search key of ``s`` (``None`` -> ``""``); see the module docstring for the rules.

    >>> normalize_text("  علي‌رضا  كريمي ") == normalize_text("علیرضا کریمی")
    True
    """
    if not s:
        return ""
    if s.isascii():  # every step but casefold and the spaces is the identity on ASCII
        return " ".join(s.lower().split())
    return _normalize_until_stable(s)


def _tidy_line(s: str) -> str:
    return _collapse_spaces(s.translate(_DISPLAY_TABLE))


def tidy_text(s: str | None, *, multiline: bool = False) -> str:
    """Tidy a value that is kept for display, without changing its letters.

    Removes the invisible bidi and format controls (LRM/RLM/ALM, embeddings, overrides,
    isolates, BOM, soft hyphen, zero-width space, word joiner) but keeps ZWNJ and ZWJ,
    which change how Persian (and emoji) text is drawn; strips the ends and collapses
    every run of whitespace to one space; applies NFC (canonically equivalent, so it looks
    the same). Arabic ``ي``/``ك``, tatweel and diacritics are kept as typed.

    With ``multiline=True`` line breaks survive: each line is tidied, runs of blank lines
    become one blank line and blank lines at both ends are dropped (for notes).
    Idempotent. ``None`` -> ``""``.
    """
    if not s:
        return ""
    if not multiline:
        return unicodedata.normalize("NFC", _tidy_line(s))
    lines = [_tidy_line(line) for line in _LINE_BREAKS.split(s)]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return unicodedata.normalize("NFC", text)


def fold_for_persian(s: str | None, *, multiline: bool = False) -> str:
    """:func:`tidy_text` plus Arabic ``ي``/``ى`` -> ``ی`` and ``ك`` -> ``ک``.

    For Persian text typed on an Arabic keyboard layout, where the office language is
    Persian. ``ئ``, ``ة`` and the other letters are kept (they are valid Persian spelling).
    """
    return tidy_text(s, multiline=multiline).translate(_PERSIAN_FOLD_TABLE)

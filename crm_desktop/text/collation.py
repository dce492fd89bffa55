"""Persian alphabetical order as a plain string key, for SQL ``ORDER BY`` and Python sorts.

:func:`persian_sort_key` maps text to a key whose *code point* order (Python ``<``, SQLite
``BINARY``, PostgreSQL ``COLLATE "C"``) is the Persian dictionary order:

1. whitespace (any run, leading/trailing ignored), then punctuation and the ASCII-like
   symbols (Unicode categories P*, Sm, Sc, Sk: ``- , . ! + $ ^``...), by code point;
2. digits of any script, by value (``۳`` = ``٣`` = ``3``; digit by digit, not numerically);
3. Persian letters ``ء آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی``,
   with the Arabic variants folded: ``ي ى ئ`` = ``ی``, ``ك ڪ`` = ``ک``,
   ``ة ۀ ھ ە`` = ``ه``, ``أ إ ٱ`` = ``ا``, ``ؤ`` = ``و`` (``آ`` stays a letter of its own,
   before ``ا``; the lone hamza ``ء``, not in the usual list, is put first) — before Latin,
   as CLDR's Persian collation does (``[reorder Arab]``): a Persian office's list starts
   with its Persian names;
4. Latin letters, case-insensitive, accents ignored (``É`` = ``e``);
5. everything else by code point (other scripts, and other symbols such as emoji).

ZWNJ, ZWJ, tatweel, the bidi/format controls, Arabic diacritics and other combining marks
are ignored at this primary level. NFKC is applied first (presentation forms, ligatures).

Key layout: ``primary + "\\x01" + secondary``. Each primary unit is one character
(space ``" "``, digits ``"0"..."9"``, Persian letters from ``":"`` (U+003A) on, between the
digits and Latin, Latin ``"a"..."z"`` (``æ``/``ß`` expand to two)) or a marker and the character itself (``"!"`` for punctuation, U+0180 for anything else),
a prefix-free code whose first characters are in class order; ``"\\x01"`` is below all of
them, so a shorter primary sorts first. The secondary is the original text (with U+0000
and U+0001 escaped as ``"\\x01\\x01"`` and ``"\\x01\\x02"``), so ties are broken by code
point and two keys are equal only when the texts are equal. The key never contains NUL.

The key is stored in database columns: any change to these rules must bump
:data:`SORT_KEY_VERSION`; opening a database then recomputes the stored keys
(``crm_desktop.services.sort_keys``). Version 2 put Persian before Latin. (Keys depend
on the Unicode tables of the running Python only for characters that are new in it.)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from crm_desktop.text.normalize import ARABIC_MARKS, BIDI_CONTROLS, FORMAT_INVISIBLES

SORT_KEY_VERSION = 2
PERSIAN_ALPHABET = "ءآابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"

_SEPARATOR = "\x01"
_SPACE = " "
_PUNCT_MARK = "!"
_PERSIAN_BASE = 0x3A  # after the digits, before Latin (34 letters: U+003A..U+005B)
_OTHER_MARK = chr(0x180)
_FOLD = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ڪ": "ک",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
}  # fmt: skip
_PERSIAN_WEIGHT = {ch: chr(_PERSIAN_BASE + i) for i, ch in enumerate(PERSIAN_ALPHABET)}
_PERSIAN_WEIGHT.update({src: _PERSIAN_WEIGHT[dst] for src, dst in _FOLD.items()})
_IGNORED = BIDI_CONTROLS | FORMAT_INVISIBLES | ARABIC_MARKS | {"\u200c", "\u200d", "\u0640"}
_LATIN_EXTRA = {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"}


@lru_cache(maxsize=65536)
def _char_weight(ch: str) -> str:
    """The primary weight of one character of NFKC + casefolded text ("" if ignored)."""
    if ch in _PERSIAN_WEIGHT:
        return _PERSIAN_WEIGHT[ch]
    if ch in _IGNORED:
        return ""
    if "a" <= ch <= "z":
        return ch
    category = unicodedata.category(ch)
    if category == "Nd":
        return chr(0x30 + unicodedata.decimal(ch))
    if category[0] in "MC":  # combining marks, controls, format characters
        return ""
    if category[0] == "P" or category in ("Sm", "Sc", "Sk"):
        return _PUNCT_MARK + ch
    if ch in _LATIN_EXTRA:
        return _LATIN_EXTRA[ch]
    if category[0] == "L" and unicodedata.name(ch, "").startswith("LATIN"):
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if "a" <= c <= "z")
        if base:
            return base
    return _OTHER_MARK + ch


def _primary(s: str) -> str:
    text = unicodedata.normalize("NFKC", s).casefold()
    units: list[str] = []
    for ch in text:
        if ch.isspace():
            if units and units[-1] != _SPACE:
                units.append(_SPACE)
        else:
            weight = _char_weight(ch)
            if weight:
                units.append(weight)
    if units and units[-1] == _SPACE:
        units.pop()
    return "".join(units)


def _escape(s: str) -> str:
    return s.replace("\x01", "\x01\x02").replace("\x00", "\x01\x01")


@lru_cache(maxsize=4096)
def persian_sort_key(s: str | None) -> str:
    """An order-preserving string key for Persian alphabetical order (None -> "")."""
    if not s:
        return ""
    return _primary(s) + _SEPARATOR + _escape(s)


def persian_compare(a: str, b: str) -> int:
    """-1, 0 or 1 comparing ``a`` and ``b`` in Persian order (a SQLite collation).

    0 only when ``a == b``: texts that differ only in ignored characters or letter
    variants are ordered next to each other, by code point.
    """
    ka, kb = persian_sort_key(a), persian_sort_key(b)
    return (ka > kb) - (ka < kb)

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.text.normalize import (
    _MAX_PASSES,
    ARABIC_MARKS,
    BIDI_CONTROLS,
    FORMAT_INVISIBLES,
    _normalize_pass,
    fold_for_persian,
    normalize_text,
    tidy_text,
)

# Characters whose handling interacts: letter variants, invisibles, marks, digits, spaces,
# presentation forms, and Latin characters with tricky NFKC/casefold behaviour.
INTERESTING = sorted(
    set("يىئكڪةۀھەأإٱآؤیکهاوءۓ۰۱۲۹٠١٩٫٬ـ")
    | BIDI_CONTROLS
    | FORMAT_INVISIBLES
    | ARABIC_MARKS
    | set("\u200c\u200d \t\n\u00a0\u202f\u3000\u2007")
    | set("ﻻﺑﮏﯼﻙﹼﺍ")  # presentation forms
    | set("aAeEßẞſﬁİıΣσςᾈǅǄℌ\u0345\u0301\u0308\u0327\u0654\u0653\u0655")
)
interesting_text = st.text(alphabet=st.sampled_from(INTERESTING) | st.characters(), max_size=30)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("علي", "علی"),
        ("كريمي", "کریمی"),
        ("مصطفى", "مصطفی"),
        ("مسئول", "مسیول"),
        ("فاطمة", "فاطمه"),
        ("خانهٔ ما", "خانه ما"),
        ("خانۀ ما", "خانه ما"),
        ("آرش", "ارش"),
        ("أحمد إمام", "احمد امام"),
        ("مؤسسه", "موسسه"),
        ("می‌خواهم", "میخواهم"),
        ("كتـــاب", "کتاب"),
        ("مُحَمَّد", "محمد"),
        ("ﻻﻟﻪ", "لاله"),  # presentation forms
        ("\u200fسلام\u200e", "سلام"),
        ("\u202bمتن\u202c \u2067x\u2069", "متن x"),
        ("\ufeffBOM", "bom"),
        ("soft\u00adhyphen", "softhyphen"),
        ("تلفن ۰۹۱۲  ٣٤٥", "تلفن 0912 345"),
        ("  Ali\u00a0\u202fREZA\t\n", "ali reza"),
        ("Straße", "strasse"),
        ("ＡＢＣ１２", "abc12"),
        ("۱۲٬۰۰۰", "12,000"),
    ],
)
def test_normalize_text_examples(raw, expected):
    assert normalize_text(raw) == expected


def test_arabic_and_persian_spellings_meet():
    assert normalize_text("علي‌رضا كريمي") == normalize_text("علیرضا  کریمی")
    assert normalize_text("علي كريمي") == normalize_text("علی کریمی")
    assert normalize_text("شركة آفاق") == normalize_text("شرکه افاق")
    assert normalize_text("ﻋﻠﻲ") == normalize_text("علی")


def test_normalize_text_removes_every_listed_invisible():
    for ch in BIDI_CONTROLS | FORMAT_INVISIBLES | ARABIC_MARKS | {"\u200c", "\u200d", "ـ"}:
        assert normalize_text(f"ب{ch}ت") == "بت", hex(ord(ch))


@given(st.text())
@settings(deadline=None)
def test_normalize_text_is_idempotent_on_any_text(s):
    once = normalize_text(s)
    assert normalize_text(once) == once


@given(interesting_text)
@settings(deadline=None, max_examples=200)
def test_normalize_text_is_idempotent_on_interesting_text(s):
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "  " not in once


def _reference_normalize(s: str) -> str:
    """The definition: repeat the pass until the text stops changing (no shortcuts)."""
    for _ in range(_MAX_PASSES):
        folded = _normalize_pass(s)
        if folded == s:
            return folded
        s = folded
    raise AssertionError(f"no fixed point after {_MAX_PASSES} passes: {s!r}")


@given(interesting_text | st.text())
@settings(deadline=None, max_examples=200)
def test_shortcuts_give_the_same_result_as_the_definition(s):
    # normalize_text skips work for ASCII text and for text made of plain letters only.
    assert normalize_text(s) == _reference_normalize(s)
    assert _normalize_pass(normalize_text(s)) == normalize_text(s)  # one pass is stable


def test_normalize_text_is_idempotent_on_every_bmp_character():
    bmp = (chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    failures = [ch for ch in bmp if normalize_text(normalize_text(ch)) != normalize_text(ch)]
    assert failures == []


def test_normalize_text_output_has_no_removed_or_variant_characters():
    sample = "".join(INTERESTING) * 2
    out = normalize_text(sample)
    assert not set(out) & (BIDI_CONTROLS | FORMAT_INVISIBLES | ARABIC_MARKS)
    assert not set(out) & set("يىئكڪةۀھەأإٱآؤ\u200c\u200dـ۰۱٠١")
    assert out == unicodedata.normalize("NFKC", out)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("  علي   رضا  ", "علي رضا"),  # letters kept as typed
        ("می‌خواهم", "می‌خواهم"),  # ZWNJ kept
        ("\u200fمتن\u200e", "متن"),
        ("\u202ba\u202c \u2066b\u2069", "a b"),
        ("\ufeffName\u00ad", "Name"),
        ("كتـــاب", "كتـــاب"),  # tatweel and Arabic kaf kept
        ("مُحَمَّد", "مُحَمَّد"),
        ("Jose\u0301", "José"),  # NFC
        ("a\u00a0\u202f b", "a b"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # ZWJ kept
    ],
)
def test_tidy_text_examples(raw, expected):
    assert tidy_text(raw) == expected


def test_tidy_text_multiline_keeps_line_breaks():
    raw = "  first   line \r\n\r\n\r\n second\u200f line\n\n\n\nthird  \n\n"
    assert tidy_text(raw, multiline=True) == "first line\n\nsecond line\n\nthird"
    assert tidy_text(raw) == "first line second line third"


@given(interesting_text, st.booleans())
@settings(deadline=None, max_examples=200)
def test_tidy_text_is_idempotent(s, multiline):
    once = tidy_text(s, multiline=multiline)
    assert tidy_text(once, multiline=multiline) == once


@given(st.text(), st.booleans())
@settings(deadline=None)
def test_fold_for_persian_is_idempotent(s, multiline):
    once = fold_for_persian(s, multiline=multiline)
    assert fold_for_persian(once, multiline=multiline) == once


def test_fold_for_persian():
    assert fold_for_persian("  علي  كريمي ") == "علی کریمی"
    assert fold_for_persian("مصطفى") == "مصطفی"
    assert fold_for_persian("مسئول مؤسسة") == "مسئول مؤسسة"  # other letters kept
    assert fold_for_persian("می‌روم") == "می‌روم"
    assert fold_for_persian(None) == ""


def test_normalize_agrees_with_fold_for_persian():
    for s in ["علي كريمي", "می‌خواهم", "  فاطمة  "]:
        assert normalize_text(fold_for_persian(s)) == normalize_text(s)

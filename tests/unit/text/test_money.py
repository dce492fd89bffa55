import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.text.money import format_money, parse_money


@pytest.mark.parametrize(
    ("rials", "options", "expected"),
    [
        (1200000, {}, "1,200,000 Rial"),
        (1200000, {"unit": "toman"}, "120,000 Toman"),
        (120000, {"unit": "toman", "digits": "persian", "lang": "fa"}, "۱۲٬۰۰۰ تومان"),
        (120000, {"unit": "toman", "digits": "arabic", "lang": "ar"}, "١٢٬٠٠٠ تومان"),
        (1200000, {"digits": "persian", "lang": "fa"}, "۱٬۲۰۰٬۰۰۰ ریال"),
        (1200000, {"digits": "arabic", "lang": "ar"}, "١٬٢٠٠٬٠٠٠ ريال"),
        (125, {"unit": "toman"}, "12.5 Toman"),
        (125, {"unit": "toman", "digits": "persian", "lang": "fa"}, "۱۲٫۵ تومان"),
        (5, {"unit": "toman"}, "0.5 Toman"),
        (0, {}, "0 Rial"),
        (999, {"with_unit": False}, "999"),
        (1000, {"with_unit": False}, "1,000"),
        (-1234567, {}, "-1,234,567 Rial"),
        (-125, {"unit": "toman", "digits": "persian", "lang": "fa"}, "\u2212۱۲٫۵ تومان"),
        (-5000, {"digits": "persian", "with_unit": False}, "\u2212۵٬۰۰۰"),
        (12000, {"lang": "fa"}, "12,000 ریال"),
    ],
)
def test_format_money(rials, options, expected):
    assert format_money(rials, **options) == expected


def test_format_money_rejects_bad_input():
    with pytest.raises(TypeError):
        format_money(12.5)
    with pytest.raises(TypeError):
        format_money(True)
    for bad in ({"unit": "dollar"}, {"digits": "roman"}, {"lang": "de"}):
        with pytest.raises(ValueError):
            format_money(1, **bad)


@pytest.mark.parametrize(
    ("text", "unit", "rials"),
    [
        ("1,200,000", "rial", 1200000),
        ("۱٬۲۰۰٬۰۰۰", "rial", 1200000),
        ("١٬٢٠٠٬٠٠٠", "rial", 1200000),
        ("1200000", "rial", 1200000),
        ("1 200 000", "rial", 1200000),
        ("1\u00a0200\u00a0000", "rial", 1200000),
        ("1\u202f200\u202f000", "rial", 1200000),
        ("120,000", "toman", 1200000),
        ("12.5", "toman", 125),
        ("۱۲٫۵", "toman", 125),
        ("12.50", "toman", 125),
        ("12.0", "rial", 12),
        ("1,200,000 ریال", "toman", 1200000),
        ("1,200,000 ريال", "toman", 1200000),
        ("120,000 تومان", "rial", 1200000),
        ("۱۲٬۰۰۰ تومان", "rial", 120000),
        ("12,000 Toman", "rial", 120000),
        ("12,000 tomans", "rial", 120000),
        ("12,000 Rial", "toman", 12000),
        ("12,000 IRR", "toman", 12000),
        ("12,000 IRT", "rial", 120000),
        ("IRR 5,000", "toman", 5000),
        ("-5,000", "rial", -5000),
        ("\u2212۵٬۰۰۰", "rial", -5000),
        ("+5,000", "rial", 5000),
        ("\u200f۱۲٬۰۰۰ تومان\u200f", "rial", 120000),
        ("  42  ", "rial", 42),
        ("0", "toman", 0),
        (1200000, "rial", 1200000),
        (120000, "toman", 1200000),
        (1200000.0, "rial", 1200000),
        (12.5, "toman", 125),
        (0.1, "toman", 1),
    ],
)
def test_parse_money(text, unit, rials):
    assert parse_money(text, unit=unit) == rials


@pytest.mark.parametrize(
    ("text", "unit", "message"),
    [
        ("", "rial", "empty"),
        ("abc", "rial", "not an amount"),
        ("1,2", "rial", "not an amount"),
        ("1,2000", "rial", "not an amount"),
        ("1.200.000", "rial", "not an amount"),
        ("12.5", "rial", "whole number of Rials"),
        ("۱۲٫۵ ریال", "toman", "whole number of Rials"),
        ("12.55", "toman", "whole number of Rials"),
        ("12 dollars", "rial", "not an amount"),
        ("--5", "rial", "not an amount"),
        (12.5, "rial", "whole number of Rials"),
        (float("nan"), "rial", "not an amount"),
        (True, "rial", "not an amount"),
    ],
)
def test_parse_money_errors(text, unit, message):
    with pytest.raises(ValueError, match=message):
        parse_money(text, unit=unit)


def test_parse_money_rejects_unknown_unit():
    with pytest.raises(ValueError, match="unit"):
        parse_money("1", unit="usd")


@given(
    st.integers(-(10**15), 10**15),
    st.sampled_from(["rial", "toman"]),
    st.sampled_from(["latin", "persian", "arabic"]),
    st.sampled_from(["en", "fa", "ar"]),
)
@settings(deadline=None)
def test_format_then_parse_round_trip(rials, unit, digits, lang):
    shown = format_money(rials, unit=unit, digits=digits, lang=lang)
    assert parse_money(shown) == rials  # the unit word decides
    assert parse_money(shown, unit="rial" if unit == "toman" else "toman") == rials
    bare = format_money(rials, unit=unit, digits=digits, lang=lang, with_unit=False)
    assert parse_money(bare, unit=unit) == rials

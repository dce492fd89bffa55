"""Encoding and delimiter guessing, and record reading, for CSV/TXT files."""

from __future__ import annotations

import codecs

import pytest

from crm_desktop.services.imports import csv_text
from crm_desktop.services.imports.csv_text import detect_delimiter, detect_encoding, iter_csv_rows

PERSIAN = "نام,تلفن,شهر\nعلی رضایی,09121234567,تهران\n"
# Windows-1256 has no Persian ی/ک: such files carry the Arabic forms.
ARABIC = "الاسم,الجوال,المدينة\nعلي رضائي,0501000000,الرياض\nمحمد كريم,0502000000,جدة\n"
DANISH = "NAVN,BY\nErik Asp Sørensen,Hillerød\nJørgen Andersen,Fejø\nÅse Næss,Ærø\n"


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + PERSIAN.encode(), "utf-8-sig"),
    (PERSIAN.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be"), "utf-16"),
    (PERSIAN.encode("utf-32"), "utf-32"),
    (PERSIAN.encode(), "utf-8"),
    (b"name,phone\nAli,0912\n", "utf-8"),
    (b"", "utf-8"),
    (ARABIC.encode("cp1256"), "cp1256"),
    (DANISH.encode("cp1252"), "cp1252"),
    ("Name,City\nMüller,Zürich\nGarçon,Besançon\n".encode("cp1252"), "cp1252"),
    ("name,city\nAli,Tehran\nSara,Shiraz\n".encode("utf-16-le"), "utf-16-le"),
])
def test_detect_encoding(data, expected):
    assert detect_encoding(data) == expected


def test_cp1256_and_cp1252_decode_to_the_right_letters():
    assert csv_text.decode(ARABIC.encode("cp1256"), detect_encoding(ARABIC.encode("cp1256"))) == ARABIC
    assert csv_text.decode(DANISH.encode("cp1252"), detect_encoding(DANISH.encode("cp1252"))) == DANISH


@pytest.mark.parametrize(("sample", "expected"), [
    ("a,b,c\n1,2,3\n4,5,6\n", ","),
    ("a;b;c\n1;2;3\n4;5;6\n", ";"),
    ('name;note\n"Ali";"x, y, z"\n"Sara";"a, b"\n', ";"),
    ("name\tphone\tcity\nAli\t0912\tTehran\n", "\t"),
    ("name|phone\nAli|0912\nSara|0935\n", "|"),
    ('a,b\n"1;2;3","x"\n"4;5;6","y"\n', ","),
    ("just one column\nsecond line\nthird line\n", ","),
    ("", ","),
    ('name,note\n"Ali","line one\nline two"\n"Sara","ok"\n', ","),
    ("a;b;c\n1;2;3\n4;5;6\n7;8", ";"),  # no final newline
])
def test_detect_delimiter(sample, expected):
    assert detect_delimiter(sample) == expected


def test_records_with_quotes_newlines_crlf_and_no_final_newline(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b'name,note\r\n"Ali","first\r\nsecond"\r\n\r\n"Sara ","a, b"\r\nLast,"x ""q"""')
    rows = list(iter_csv_rows(path, "utf-8", ","))
    assert rows == [
        (1, ["name", "note"]),
        (2, ["Ali", "first\r\nsecond"]),
        (3, []),  # a blank line is a record: numbers stay those Excel shows
        (4, ["Sara ", "a, b"]),  # cells are not stripped
        (5, ["Last", 'x "q"']),
    ]
    assert csv_text.measure(path, "utf-8", ",") == (5, 2)


def test_looks_like_text():
    assert csv_text.looks_like_text("name,phone\r\nAli,0912\t\n")
    assert not csv_text.looks_like_text("ab\x00cd")
    assert not csv_text.looks_like_text("".join(chr(c) for c in range(1, 32)) * 20)

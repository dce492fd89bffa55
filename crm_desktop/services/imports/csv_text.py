"""CSV and TXT files: guess the text encoding and the delimiter, then read records with ``csv``.

Customer lists arrive as UTF-8 (with or without a BOM), UTF-16 "Unicode Text" from Excel, or in a
Windows code page: Windows-1256 for Persian/Arabic, Windows-1252 for Latin-script lists. Any
non-UTF-8 byte string decodes "successfully" as both code pages, so the choice is made from the
decoded text: real Arabic-script text comes in words of Arabic letters, while a Latin file read
as cp1256 shows Arabic letters glued inside Latin words (``Hillerّd``).

Cells are strings ("" for empty). Row numbers are record numbers, 1-based, as Excel numbers rows
when it opens the file: a quoted field spanning lines is one record, a blank line is one (empty)
record. Rows are as long as the record: a short record is not padded.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_CHARS = 64 * 1024

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A "word" is a run of anything but whitespace, ASCII digits and ASCII punctuation.
_WORD = re.compile(r"[^\s!-@\[-`{-~]+")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def detect_encoding(data: bytes) -> str:
    """The codec that reads ``data``: from its BOM, else UTF-8 if valid, else cp1256 or cp1252."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    nul_guess = _bomless_utf16(data[:4096])
    if nul_guess:
        return nul_guess
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return "cp1256" if _reads_as_arabic(data.decode("cp1256")) else "cp1252"


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = head[0:pairs * 2:2].count(0)
    odd = head[1:pairs * 2:2].count(0)
    if odd > 0.4 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.4 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _reads_as_arabic(text: str) -> bool:
    """True when Arabic letters form words of their own rather than sitting inside Latin words."""
    arabic_words = mixed_words = 0
    for word in _WORD.findall(text):
        if _ARABIC.search(word):
            if _LATIN.search(word):
                mixed_words += 1
            else:
                arabic_words += 1
    return arabic_words > 0 and arabic_words >= 2 * mixed_words


def decode(data: bytes, encoding: str) -> str:
    """``data`` as text; bytes a code page does not define become U+FFFD instead of failing."""
    return data.decode(encoding, errors="replace")


def looks_like_text(text: str) -> bool:
    """False for binary junk read as text: NULs or many control characters."""
    if "\x00" in text:
        return False
    sample = text[:SAMPLE_CHARS]
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 200)


def detect_delimiter(sample: str) -> str:
    """The delimiter among ``, ; TAB |`` that splits ``sample`` into the most even records.

    ``csv.Sniffer`` votes first; each candidate is then parsed with ``csv`` (so quoted fields
    are respected) and scored by how many records share its most common field count. A file with
    one column gets ",".
    """
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {delimiter: delimiter_consistency(sample, delimiter) for delimiter in DELIMITERS}
    best = max(scores.values())
    if best == 0:
        return ","
    if sniffed in scores and scores[sniffed] == best:
        return sniffed
    return next(d for d in DELIMITERS if scores[d] == best)


def delimiter_consistency(sample: str, delimiter: str) -> int:
    """How many records (of the first 100) share the most common field count; 0 if that is 1."""
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines.pop()  # the sample may have been cut inside its last record
    counts: Counter[int] = Counter()
    try:
        for i, record in enumerate(csv.reader(lines, delimiter=delimiter)):
            if i >= 100:
                break
            if record:
                counts[len(record)] += 1
    except csv.Error:
        return 0
    if not counts:
        return 0
    width, hits = counts.most_common(1)[0]
    return hits if width > 1 else 0


def iter_csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """``(record_number, cells)`` for every record of the file, record numbers from 1."""
    with open(path, encoding=encoding, errors="replace", newline="") as stream:
        yield from enumerate(csv.reader(stream, delimiter=delimiter), 1)


def measure(path: Path, encoding: str, delimiter: str) -> tuple[int, int]:
    """``(records, widest record)`` of the file; one pass with ``csv``."""
    records = columns = 0
    for records, row in iter_csv_rows(path, encoding, delimiter):  # noqa: B007 (the count is the point)
        if len(row) > columns:
            columns = len(row)
    return records, columns

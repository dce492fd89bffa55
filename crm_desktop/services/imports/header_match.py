"""Suggest which field each column is, from its header (Persian, Arabic or English, with typos)
and, where the header says nothing, from its values (a column of mobiles is a mobile column).

Header text is compared after the shared normaliser (Arabic ي/ك, ZWNJ, digits, case), with
punctuation, ``*`` marks, bracketed hints and trailing numbers ("Mobile 2") removed. A header
with two lines or ``label / technical_key`` is tried part by part. Scores: an exact synonym 100,
a synonym as whole words inside the header 60 + its length, a close spelling (difflib) up to 70.
Each field goes to its best column; fields that may repeat (phones, emails, tags) take every
column that names them.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence

from crm_desktop.services import labels
from crm_desktop.services.imports.fields import FIELDS, ImportField, fields_for
from crm_desktop.text import i18n
from crm_desktop.text.normalize import normalize_text

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOISE = re.compile(r"[^\w\s@]+")
_TRAILING_NUMBER = re.compile(r"\s*\d+$")
_PARTS = re.compile(r"[\n/|\\]+")
FUZZY_CUTOFF = 0.8
MIN_SCORE = 50
# words too general to name a field when they are only part of a header ("نوع اشتراک" is not a
# person-or-company column, "balance status" not a stage): they count only as the whole header
GENERIC = frozenset({"نوع", "النوع", "type", "kind", "status", "وضعیت", "الحالة", "id", "ref", "code", "کد", "title",
                     "name", "نام", "group", "گروه", "category", "دسته", "source", "منبع", "stage", "مرحله"})
# in a people import the company fields rank below the person's own (a "national id" is the person's)
SECONDARY = {"contacts": frozenset({"national_id", "industry", "economic_code"})}

# labels other screens and the export write, so an exported sheet maps back by itself
_LABEL_KEYS = {
    "first_name": [labels.FIELDS["first_name"]], "last_name": [labels.FIELDS["last_name"]],
    "name": [labels.FIELDS["name"]], "company": [labels.FIELDS["organization"]],
    "job_title": [labels.FIELDS["job_title"]], "gender": [labels.FIELDS["gender"]],
    "national_code": [labels.FIELDS["national_code"]], "birth_date": [labels.FIELDS["birth_date"]],
    "industry": [labels.FIELDS["industry"]], "national_id": [labels.FIELDS["national_id"]],
    "economic_code": [labels.FIELDS["economic_code"]], "city": [labels.FIELDS["city"]],
    "province": [labels.FIELDS["province"]], "source": [labels.FIELDS["source"]],
    "lifecycle_stage": [labels.FIELDS["lifecycle_stage"]], "owner": [labels.FIELDS["owner"]],
    "notes": [labels.FIELDS["notes"]], "website": [labels.FIELDS["website"]],
    "tags": [labels.FIELDS["tag"], labels.FIELDS["tags"]], "code": [labels.FIELDS["code"]],
    "full_name": [labels.FIELDS["display_name"], labels.FIELDS["full_name"]],
    "record_kind": [labels.FIELDS["kind"]],
    **{kind: [text] for kind, text in labels.POINT_KINDS.items() if kind != "other"},
}


def clean_header(text: str) -> str:
    text = normalize_text(_BRACKETS.sub(" ", text or ""))
    text = _NOISE.sub(" ", text.replace("_", " ").replace("-", " "))
    return " ".join(_TRAILING_NUMBER.sub("", text).split())


@functools.lru_cache(maxsize=8)
def _vocabulary(entity: str) -> dict[str, list[str]]:
    """Each field's cleaned header words, its own label and the app's labels in every language."""
    words: dict[str, list[str]] = {}
    for f in fields_for(entity):
        texts = [*f.synonyms, *(i18n.translate(f.label.context, str(f.label), lang=lang)
                                for lang in i18n.SUPPORTED_LANGUAGES)]
        for text in _LABEL_KEYS.get(f.key, []):
            texts += [i18n.translate(text.context, str(text), lang=lang) for lang in i18n.SUPPORTED_LANGUAGES]
        words[f.key] = sorted({clean_header(t) for t in texts} - {""}, key=len, reverse=True)
    return words


def _score(header: str, words: list[str]) -> float:
    best = 0.0
    padded = f" {header} "
    for word in words:
        if header == word:
            return 100.0
        if len(word) >= 3 and word not in GENERIC and f" {word} " in padded:
            best = max(best, 60.0 + min(len(word), 20))
        elif len(word) >= 4 and len(header) >= 4:
            ratio = difflib.SequenceMatcher(None, header, word).ratio()
            if ratio >= FUZZY_CUTOFF:
                best = max(best, 70.0 * ratio)
    return best


def score_header(text: str, entity: str) -> dict[str, float]:
    """Every field's score for one header (its best line or part)."""
    vocabulary = _vocabulary(entity)
    pieces = [p for p in _PARTS.split(text or "") if p.strip()]
    # the whole header and its first line (the human label) count fully; a technical key on a
    # later line ("رقم الجوال / phone_number") only breaks ties
    weighted = [(text, 1.0)] + [(p, 1.0 if i == 0 else 0.9) for i, p in enumerate(pieces)]
    scores: dict[str, float] = {}
    for piece, weight in weighted:
        part = clean_header(piece)
        if not part:
            continue
        secondary = SECONDARY.get(entity, frozenset())
        for key, words in vocabulary.items():
            s = _score(part, words) * weight * (0.8 if key in secondary else 1.0)
            if s > scores.get(key, 0.0):
                scores[key] = s
    return scores


@functools.lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    return frozenset(w for entity in ("contacts", "companies", "leads") for words in _vocabulary(entity).values()
                     for w in words)


@functools.lru_cache(maxsize=4096)
def known_header(text: str) -> bool:
    """True when the text names a field (exactly, or as whole words): a cheap test the header-row
    finder runs on every cell of a sheet's first rows, so no fuzzy matching here."""
    if not isinstance(text, str) or len(text) > 80:
        return False
    words = _all_words()
    for piece in [text, *_PARTS.split(text)]:
        cleaned = clean_header(piece)
        if cleaned in words:
            return True
        padded = f" {cleaned} "
        if any(len(w) >= 3 and w not in GENERIC and f" {w} " in padded for w in words):
            return True
    return False


def _sniff(values: Sequence[object]) -> str | None:
    """A field for a column whose header says nothing, from its values."""
    from crm_desktop.text.phone import parse_phone

    texts = [v for v in values if v not in (None, "")][:50]
    if len(texts) < 3:
        return None
    emails = sum(1 for v in texts if isinstance(v, str) and "@" in v and "." in v.split("@")[-1])
    if emails >= 0.8 * len(texts):
        return "email"
    mobiles = 0
    for v in texts:
        phone = parse_phone(v) if isinstance(v, (str, int, float)) and not isinstance(v, bool) else None
        mobiles += bool(phone and phone.valid and phone.kind == "mobile")
    return "mobile" if mobiles >= 0.8 * len(texts) else None


def suggest(headers: Sequence[str], entity: str, samples: Sequence[Sequence[object]] = ()) -> dict[int, str]:
    """``{column index: field key}`` for the columns we can name; the rest stay unmapped."""
    candidates: list[tuple[float, int, str]] = []
    for index, header in enumerate(headers):
        for key, s in score_header(header, entity).items():
            if s >= MIN_SCORE:
                candidates.append((s, -index, key))
    by_key = {f.key: f for f in FIELDS}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for s, neg_index, key in sorted(candidates, reverse=True):
        index = -neg_index
        if index in mapping or (key in taken and not by_key[key].repeatable):
            continue
        mapping[index] = key
        taken.add(key)
    for index in range(len(headers)):
        if index not in mapping:
            column = [row[index] if index < len(row) else None for row in samples]
            key = _sniff(column)
            if key and (key not in taken or by_key[key].repeatable):
                mapping[index] = key
                taken.add(key)
    _drop_unreadable_choices(mapping, samples)
    _money_in_toman(mapping, headers)
    return _fix_names(mapping, entity, samples)


def _money_in_toman(mapping: dict[int, str], headers: Sequence[str]) -> None:
    """"مبلغ (تومان)": the unit sits in brackets, which header matching leaves out; amounts are Rial
    unless the header says Toman."""
    for index, key in mapping.items():
        if key == "amount" and any(w in normalize_text(headers[index]) for w in ("تومان", "toman", "irt")):
            mapping[index] = "amount_toman"


def _drop_unreadable_choices(mapping: dict[int, str], samples: Sequence[Sequence[object]]) -> None:
    """A column named like a choice (stage, gender, person/company) whose values are mostly not
    such words is something else ("status: hot/cold"): leave it unmapped rather than fail rows."""
    if not samples:
        return
    from crm_desktop.services.imports.row_parser import choice_tables

    tables = choice_tables()
    for index, key in list(mapping.items()):
        table = tables.get(key)
        if table is None:
            continue
        values = [normalize_text(str(row[index])) for row in samples
                  if index < len(row) and row[index] not in (None, "")][:100]
        if values and sum(v in table for v in values) < 0.6 * len(values):
            del mapping[index]


def _fix_names(mapping: dict[int, str], entity: str, samples: Sequence[Sequence[object]]) -> dict[int, str]:
    """A lone "name" column of people holds whole names: split it rather than call it a first name."""
    if entity not in ("contacts", "leads"):
        return mapping
    keys = set(mapping.values())
    if "first_name" in keys and "last_name" not in keys and "full_name" not in keys:
        index = next(i for i, k in mapping.items() if k == "first_name")
        mapping[index] = "full_name"
    return mapping


def field_choices(entity: str) -> list[ImportField]:
    """The fields a column of this target may be mapped to, in the order a form lists them."""
    return fields_for(entity)

"""The rules behind duplicate finding: what counts as evidence, how names compare, how sure a pair is.

Shared by the finder (:mod:`crm_desktop.services.duplicates`) and the "possible duplicates" check of
the create form, so both score a pair the same way.

Evidence between two records and its confidence (0..100):

=====================  ====  ================================================================
national code / ID       95  same ``Contact.national_code`` / ``Organization.national_id``
email                    85  same normalised address (case-folded)
phone                    80  same Iranian mobile or foreign E.164 number
                         65  same Iranian landline (households and offices share them)
                         60  same incomplete number (8+ digits, no area code known)
name                     70  identical normalised name, same company
                         40  identical normalised name, same city (companies: 60)
similar_name             60  same company: words in another order, spaces differ, or one typo
                         30  same city: the same (companies: 50)
=====================  ====  ================================================================

A person's name alone in one city is weak evidence: in an Iranian city many people share a full name
(measured on benchmark data, identical names in one city made 94% of all false pairs), so those
pairs stay below :data:`REVIEW_MIN_CONFIDENCE` and the review screen shows them only on request.
Two companies of one city rarely share a name, so for companies the city scores stay higher.

A pair's confidence is its strongest evidence plus 10 for every further *kind* of evidence
(phone, email, national code, name), capped at 100: "same mobile" alone 80, "same mobile and the
same name in the same city" 90, "same email and same mobile" 95.

What is no evidence (kept out on purpose):

* a phone or email shared by more than :data:`MAX_SHARED` records (a switchboard, "info@...");
* a person's name of one word only; a name shared by more than :data:`MAX_NAME_BLOCK` records of
  one city or company (too common to say anything);
* a typo inside a short word or at the first letter of a word: Persian names one letter apart are
  often different names (محمد/احمد, حسن/حسین, احمدی/محمدی), so a "one typo" match needs the changed
  word to have at least :data:`MIN_TYPO_WORD` letters, the change not at its first letter, and the
  whole name :data:`MIN_FUZZY_LENGTH` letters or more.

Contradictions veto a pair: two different national codes (company IDs) mean two different people
(companies) -- the check digit makes a one-digit typo unlikely to pass -- whatever else they share;
two different birth dates veto a pair held together by names only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

NATIONAL_CODE = 95
EMAIL = 85
PHONE_MOBILE = 80
PHONE_LANDLINE = 65
PHONE_LOCAL = 60
NAME_COMPANY = 70
NAME_CITY = 40
SIMILAR_COMPANY = 60
SIMILAR_CITY = 30
COMPANY_NAME_CITY = 60
COMPANY_SIMILAR_CITY = 50
EXTRA_KIND = 10

#: a threshold for bulk merging: every link needs a mobile, an email or a national code, or a
#: landline together with the name; groups below it (names alone, a shared landline alone) are
#: for the review screen.
SUGGESTED_MIN_CONFIDENCE = 75
#: what the review screen lists by default: everything but names alone in one city
REVIEW_MIN_CONFIDENCE = 50

MAX_SHARED = 10
MAX_NAME_BLOCK = 10
MIN_FUZZY_LENGTH = 6
MIN_TYPO_WORD = 5

KINDS = ("phone", "email", "national_code", "name", "similar_name")
NAME_KINDS = frozenset({"name", "similar_name"})


@dataclass(frozen=True)
class Reason:
    """One piece of evidence that records ``a_id`` and ``b_id`` are the same: ``kind`` is one of
    :data:`KINDS`; ``value`` the shared value (the normalised phone, email, code or name; for
    ``similar_name`` both names as ``"name a ~ name b"``)."""

    kind: str
    value: str
    a_id: int
    b_id: int


def is_real_phone(value_norm: str) -> bool:
    """A stored phone key that identifies a line: E.164 ("+...") or at least 8 digits."""
    return value_norm.startswith("+") or (len(value_norm) >= 8 and value_norm.isdigit())


def phone_score(value_norm: str) -> int:
    if value_norm.startswith("+98"):
        return PHONE_MOBILE if value_norm.startswith("+989") else PHONE_LANDLINE
    return PHONE_MOBILE if value_norm.startswith("+") else PHONE_LOCAL


def name_scores(entity: str, same_company: bool) -> tuple[int, int]:
    """(identical name, similar name) confidence for names found in one company or one city."""
    if same_company:
        return NAME_COMPANY, SIMILAR_COMPANY
    if entity == "organization":
        return COMPANY_NAME_CITY, COMPANY_SIMILAR_CITY
    return NAME_CITY, SIMILAR_CITY


def reason_score(reason: Reason, same_company: bool = False, entity: str = "contact") -> int:
    """The confidence one reason gives on its own (names: by the scope they were found in)."""
    if reason.kind == "national_code":
        return NATIONAL_CODE
    if reason.kind == "email":
        return EMAIL
    if reason.kind == "phone":
        return phone_score(reason.value)
    exact, similar = name_scores(entity, same_company)
    return exact if reason.kind == "name" else similar


def combine(scores: dict[str, int]) -> int:
    """A pair's confidence from the best score of each kind of evidence (name kinds count as one)."""
    if not scores:
        return 0
    kinds = {"name" if kind in NAME_KINDS else kind for kind in scores}
    return min(100, max(scores.values()) + EXTRA_KIND * (len(kinds) - 1))


def names_only(kinds: Iterable[str]) -> bool:
    return all(kind in NAME_KINDS for kind in kinds)


def contradicts(code_a: str, code_b: str) -> bool:
    """Two identity values both known and different (national codes, company IDs, birth dates)."""
    return bool(code_a) and bool(code_b) and code_a != code_b


# --- names ---------------------------------------------------------------------------------------


def canonical(name_norm: str) -> str:
    """The words of a normalised name in sorted order ("کریمی علی" and "علی کریمی" agree)."""
    return " ".join(sorted(name_norm.split()))


def compact(name_norm: str) -> str:
    """The name without spaces ("عبد الله" and "عبدالله" agree)."""
    return name_norm.replace(" ", "")


def usable_name(name_norm: str, entity: str) -> bool:
    """A person's name needs two words to be evidence; a company's name two letters."""
    return len(name_norm.split()) >= 2 if entity == "contact" else len(name_norm) >= 2


def deletion_keys(text: str) -> set[str]:
    """``text`` and every string one letter shorter: two strings one edit apart share one of these
    (a substitution gives the same deletion at its position, an insertion the shorter string)."""
    if len(text) < MIN_FUZZY_LENGTH:
        return {text}
    return {text} | {text[:i] + text[i + 1:] for i in range(len(text))}


def one_typo(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` (canonical names) are one insertion, deletion, substitution or
    swap of two neighbouring letters apart (Levenshtein distance 1, with an early exit, plus
    transpositions), inside a word of :data:`MIN_TYPO_WORD`+ letters and not at its first letter."""
    if a == b or abs(len(a) - len(b)) > 1 or max(len(a), len(b)) < MIN_FUZZY_LENGTH:
        return False
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    i = 0
    limit = len(shorter)
    while i < limit and longer[i] == shorter[i]:
        i += 1
    if len(longer) == len(shorter):
        tail_ok = longer[i + 1:] == shorter[i + 1:] or (
            longer[i:i + 2] == shorter[i:i + 2][::-1] and longer[i + 2:] == shorter[i + 2:])
    else:
        tail_ok = longer[i + 1:] == shorter[i:]
    if not tail_ok:
        return False
    if longer[i] == " " or (i < len(shorter) and shorter[i] == " "):
        return False  # a space added or removed: compact() covers it
    start = longer.rfind(" ", 0, i) + 1
    end = longer.find(" ", i)
    word = longer[start:end if end >= 0 else len(longer)]
    return i > start and len(word) >= MIN_TYPO_WORD


def name_relation(a: str, b: str, entity: str) -> str | None:
    """"name" for identical normalised names, "similar_name" for the same words in another order,
    other spacing or one typo, None otherwise (or when either name is no evidence)."""
    if not (usable_name(a, entity) and usable_name(b, entity)):
        return None
    if a == b:
        return "name"
    ca, cb = canonical(a), canonical(b)
    if ca == cb or compact(a) == compact(b) or one_typo(ca, cb):
        return "similar_name"
    return None


def name_value(kind: str, a: str, b: str) -> str:
    return a if kind == "name" else f"{a} ~ {b}"

"""The knowledge bank: questions customers ask and the office's answers, searched by staff, suggested
on a case and counted each time they are used on one.

Each article's search document is the shared normaliser's text of its question, answer and tags
(:func:`article_document`), kept in the shared index (kind ``article``) in the same transaction as
the write, so "علي" finds "علی" and "۱۲۳" finds "123". Search takes every word typed (3+ letters
through the trigram index, shorter ones checked on the document) and ranks articles whose question
holds the words above those where only the answer or tags do, then the most used first.
:func:`suggest` ranks the articles of a case's category family by how many significant words of the
case's text they contain, then articles of other categories that contain some.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce

from peewee import JOIN, SQL

from crm_desktop.db import search_index
from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import CaseArticle, CaseCategory, KnowledgeArticle
from crm_desktop.services import audit, records, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.progress import CancelToken, ProgressFn, report
from crm_desktop.services.search_documents import SEPARATOR
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

KIND = "article"
SNIPPET = 160  # characters of the answer shown under a hit
CANDIDATES = 2000  # most-used first, from the index, before ranking
MAX_SUGGEST_WORDS = 40  # significant words of a case's text looked up
CHUNK = 1000

NO_QUESTION = QT_TRANSLATE_NOOP("Errors", "Write the question.")
NO_ANSWER = QT_TRANSLATE_NOOP("Errors", "Write the answer.")
GONE_CATEGORY = QT_TRANSLATE_NOOP("Errors", "The chosen category no longer exists; choose another one.")

_TAG_SPLIT = re.compile("[,\u060c;\u061b\n]")  # , ، ; ؛ and new lines
_WORD = re.compile(r"\w+")
_EDGE_PUNCTUATION = "\"'()[]{}<>«»!?.,:;\u060c\u061b\u061f\u2026-\u2013\u2014/\\|*"

#: Words too common to tell articles apart (compared after normalisation, so ي/ك and آ are folded).
STOP_WORDS = frozenset(normalize_text(w) for w in (
    # Persian
    "و", "در", "به", "از", "که", "این", "آن", "با", "را", "برای", "است", "هست", "نیست", "بود", "شد", "شده",
    "شود", "میشود", "می", "ها", "های", "یک", "تا", "هم", "اما", "ولی", "یا", "نه", "من", "ما", "شما", "او",
    "آنها", "ایشان", "خود", "چه", "چرا", "کجا", "چطور", "چگونه", "هر", "همه", "نیز", "بر", "پس", "اگر",
    "باید", "دارد", "دارم", "داریم", "دارید", "کرد", "کردم", "کرده", "کردیم", "کنم", "کنید", "کنند",
    "کنیم", "نمی", "هنوز", "روی", "بین", "وی", "همین", "همان", "سلام", "لطفا", "لطفاً", "ممنون", "متشکرم",
    "خیلی", "بسیار", "اینکه", "چون", "زیرا", "حتی", "فقط", "بعد", "قبل", "الان", "امروز", "دیروز", "چند",
    "باشد", "بوده", "آقای", "خانم", "جناب", "مورد", "بنده", "اینجا", "آنجا", "ایم", "اید", "اند",
    # English
    "the", "and", "for", "with", "that", "this", "you", "your", "have", "has", "had", "was", "are", "not",
    "but", "from", "our", "they", "them", "his", "her", "its", "can", "cannot", "will", "would", "please",
    "hello", "thanks", "thank", "any", "all", "been", "were", "what", "when", "where", "which", "who",
    "why", "how", "into", "about", "there", "their", "than", "then", "also", "just", "very", "still",
    "some", "out", "get", "got", "did", "does", "doesn", "don", "isn", "wasn", "one", "two", "mr", "mrs",
    "dear", "hi", "is", "it", "of", "to", "in", "on", "at", "an", "a", "or", "be", "me", "my", "we", "us",
))
_PERSIAN_SUFFIXES = tuple(normalize_text(s) for s in ("هایی", "های", "ها", "ترین", "تر"))
_ENGLISH_SUFFIXES = ("ing", "ed", "es", "s")


@dataclass
class ArticleInput:
    question: str = ""
    answer: str = ""
    category_id: int | None = None
    tags: list[str] | str = field(default_factory=list)  # a list, or comma separated text
    is_published: bool = True


@dataclass(frozen=True)
class ArticleHit:
    id: int
    question: str
    category_id: int | None
    category: str  # the category's name, "" when none
    use_count: int
    snippet: str  # the start of the answer, or the part around the first word found
    matches: int = 0  # suggest(): how many of the case's significant words the article contains
    is_published: bool = True


# --- documents ---------------------------------------------------------------------------------

def split_tags(tags: Iterable[str] | str) -> list[str]:
    """Tags as a clean list: split on commas (also ``،`` and ``;``), tidied, repeats dropped."""
    parts = _TAG_SPLIT.split(tags) if isinstance(tags, str) else [p for t in tags for p in _TAG_SPLIT.split(t)]
    result: list[str] = []
    seen: set[str] = set()
    for part in parts:
        tag = tidy_text(part)
        if tag and normalize_text(tag) not in seen:
            seen.add(normalize_text(tag))
            result.append(tag)
    return result


def article_document(question: str, answer: str, tags: str) -> str:
    """What the index holds for an article (normalised question | answer | tags)."""
    parts = (normalize_text(question), normalize_text(answer), normalize_text(", ".join(split_tags(tags))))
    return SEPARATOR.join(p for p in parts if p)


def _document_of(article: KnowledgeArticle) -> str:
    return article_document(article.question, article.answer, article.tags)


# --- writing -------------------------------------------------------------------------------------

def check(data: ArticleInput) -> list[FieldError]:
    errors: list[FieldError | None] = []
    if not tidy_text(data.question):
        errors.append(FieldError("question", NO_QUESTION))
    if not tidy_text(data.answer, multiline=True):
        errors.append(FieldError("answer", NO_ANSWER))
    if data.category_id is not None and not CaseCategory.alive().where(CaseCategory.id == data.category_id).exists():
        errors.append(FieldError("category_id", GONE_CATEGORY))
    errors.append(validation.check_length("question", tidy_text(data.question), KnowledgeArticle))
    errors.append(validation.check_length("tags", ", ".join(split_tags(data.tags)), KnowledgeArticle))
    return [e for e in errors if e is not None]


def _apply(article: KnowledgeArticle, data: ArticleInput) -> None:
    article.question = tidy_text(data.question)
    article.answer = tidy_text(data.answer, multiline=True)
    article.category = data.category_id
    article.tags = ", ".join(split_tags(data.tags))
    article.is_published = bool(data.is_published)


def create_article(data: ArticleInput) -> KnowledgeArticle:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        article = KnowledgeArticle(created_by=current_user_id())
        _apply(article, data)
        article.save(force_insert=True)
        audit.record_create(article)
        search_index.add(KIND, [(article.id, _document_of(article))])
    return article


def get_article(article_id: int) -> KnowledgeArticle:
    return records.fetch(KnowledgeArticle, article_id)


def article_input(article: KnowledgeArticle) -> ArticleInput:
    return ArticleInput(question=article.question, answer=article.answer,
                        category_id=article.__data__.get("category"), tags=split_tags(article.tags),
                        is_published=article.is_published)


def update_article(article_id: int, data: ArticleInput) -> KnowledgeArticle:
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        article = get_article(article_id)
        before = audit.snapshot(article)
        _apply(article, data)
        if audit.diff(before, audit.snapshot(article)):
            article.save()
            audit.record_update(article, before)
            search_index.replace(KIND, [(article.id, _document_of(article))])
    return article


def delete_article(article_id: int) -> KnowledgeArticle:
    """Soft delete (restorable); the article leaves the search index. Links to cases stay."""
    with database.atomic():
        article = records.soft_delete(KnowledgeArticle, article_id)
        search_index.remove(KIND, [article.id])
    return article


def restore_article(article_id: int) -> KnowledgeArticle:
    with database.atomic():
        article = records.restore(KnowledgeArticle, article_id)
        search_index.replace(KIND, [(article.id, _document_of(article))])
    return article


def rebuild_index(progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> int:
    """Index every live article again (one transaction); returns the documents written."""
    written = 0
    with database.atomic():
        search_index.clear(KIND)
        rows = list(KnowledgeArticle.alive(KnowledgeArticle.id, KnowledgeArticle.question, KnowledgeArticle.answer,
                                           KnowledgeArticle.tags).order_by(KnowledgeArticle.id).tuples())
        for start in range(0, len(rows), CHUNK):
            if cancel is not None:
                cancel.check()
            chunk = rows[start:start + CHUNK]
            search_index.add(KIND, [(aid, article_document(q, a, t)) for aid, q, a, t in chunk])
            written += len(chunk)
            report(progress, written, len(rows))
    return written


# --- finding -------------------------------------------------------------------------------------

def query_words(text: str) -> tuple[str, ...]:
    """The words of what was typed, normalised like the documents (punctuation at their ends dropped)."""
    words = (w.strip(_EDGE_PUNCTUATION) for w in normalize_text(text).split())
    return tuple(dict.fromkeys(w for w in words if w))


def snippet(answer: str, words: Sequence[str] = (), width: int = SNIPPET) -> str:
    """One line of the answer: from a little before the first word found (else its start), cut
    at a word boundary to about ``width`` characters, with "…" where text was left out."""
    tokens = answer.split()
    start = 0
    if words:
        for index, token in enumerate(tokens):
            norm = normalize_text(token)
            if any(word in norm for word in words):
                start = max(0, index - 3)
                break
    text = " ".join(tokens[start:])
    if len(text) > width:
        cut = text[:width]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"
    return ("… " if start else "") + text


def _rows(*conditions, limit: int | None = None) -> list[tuple]:
    """(id, question, question_norm, answer, tags, category_id, category name, use_count, is_published)
    of live articles meeting every condition, the most used first."""
    query = (KnowledgeArticle.select(KnowledgeArticle.id, KnowledgeArticle.question, KnowledgeArticle.question_norm,
                                     KnowledgeArticle.answer, KnowledgeArticle.tags, KnowledgeArticle.category,
                                     CaseCategory.name, KnowledgeArticle.use_count, KnowledgeArticle.is_published)
             .join(CaseCategory, on=(CaseCategory.id == KnowledgeArticle.category), join_type=JOIN.LEFT_OUTER)
             .where(reduce(operator.and_, conditions, KnowledgeArticle.deleted_at.is_null()))
             .order_by(KnowledgeArticle.use_count.desc(), KnowledgeArticle.id))
    if limit is not None:
        query = query.limit(limit)
    return list(query.tuples())


def _lean(*conditions, limit: int | None = None) -> list[tuple]:
    """(id, question_norm, category_id, use_count) of live articles meeting every condition, the
    most used first: enough to rank them."""
    query = (KnowledgeArticle.select(KnowledgeArticle.id, KnowledgeArticle.question_norm, KnowledgeArticle.category,
                                     KnowledgeArticle.use_count)
             .where(reduce(operator.and_, conditions, KnowledgeArticle.deleted_at.is_null()))
             .order_by(KnowledgeArticle.use_count.desc(), KnowledgeArticle.id))
    if limit is not None:
        query = query.limit(limit)
    return list(query.tuples())


def _hits(ids: Sequence[int], words: Sequence[str] = (), matches: dict[int, int] | None = None) -> list[ArticleHit]:
    """Hits for these article ids, in this order."""
    if not ids:
        return []
    rows = {row[0]: row for row in _rows(KnowledgeArticle.id.in_(list(ids)))}
    return [_hit(rows[aid], words, (matches or {}).get(aid, 0)) for aid in ids if aid in rows]


def _hit(row: tuple, words: Sequence[str] = (), matches: int = 0) -> ArticleHit:
    aid, question, _, answer, _, category_id, category, use_count, published = row
    return ArticleHit(aid, question, category_id, category or "", int(use_count or 0), snippet(answer, words),
                      matches, bool(published))


def _filter(category_id: int | None, published_only: bool) -> list:
    conditions = []
    if published_only:
        conditions.append(KnowledgeArticle.is_published == True)  # noqa: E712 (SQL)
    if category_id is not None:
        conditions.append(KnowledgeArticle.category.in_(category_family(category_id)))
    return conditions


def _indexed(words: Sequence[str]):
    """``id IN (ids whose documents contain every word)``: the words must be 3+ characters."""
    sub, params = search_index.matching_ids_sql(KIND, words)
    return KnowledgeArticle.id.in_(SQL(f"({sub})", params))


def category_family(category_id: int) -> list[int]:
    """The category, its parent and its subcategories (articles filed under any of them belong)."""
    ids = {category_id}
    parent = CaseCategory.select(CaseCategory.parent).where(CaseCategory.id == category_id).scalar()
    if parent is not None:
        ids.add(parent)
    ids.update(cid for (cid,) in CaseCategory.select(CaseCategory.id).where(
        CaseCategory.parent == category_id).tuples())
    return sorted(ids)


def search(text: str, category_id: int | None = None, limit: int = 50, *,
           published_only: bool = True) -> list[ArticleHit]:
    """Articles holding every word typed: question matches first (all words in the question, then
    some), then answer/tag-only matches; within each the most used first. Empty text lists the
    (published) articles, most used first. ``category_id`` keeps its family (see
    :func:`category_family`)."""
    words = query_words(text)
    conditions = _filter(category_id, published_only)
    if not words:
        return [_hit(row) for row in _rows(*conditions, limit=limit)]
    long_words = [w for w in words if len(w) >= search_index.MIN_WORD]
    short_words = [w for w in words if len(w) < search_index.MIN_WORD]
    if long_words:
        conditions.append(_indexed(long_words))
    # the index cannot check words under 3 characters: they are looked for in the stored documents
    documents = dict(search_index.documents(KIND)) if short_words else {}
    found: list[tuple[int, int, int]] = []
    for article_id, question_norm, _, use_count in _lean(*conditions, limit=None if short_words else CANDIDATES):
        in_question = sum(1 for word in words if word in question_norm)
        if short_words and in_question < len(words):
            document = documents.get(article_id, "")
            if not all(word in document for word in short_words):
                continue
        rank = 0 if in_question == len(words) else 1 if in_question else 2
        found.append((rank, -int(use_count or 0), article_id))
    found.sort()
    return _hits([article_id for *_, article_id in found[:limit]], words)


def _stem(word: str) -> str:
    """A light cut of plural/comparative endings, so "فاکتورها" finds "فاکتور" and "invoices"
    finds "invoice" (matching is by substring: a shorter stem only widens it)."""
    for suffix in _PERSIAN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    if word.isascii():
        for suffix in _ENGLISH_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def significant_words(text: str) -> list[str]:
    """Words of ``text`` worth matching: 3+ characters, not a stop word, lightly stemmed, once each."""
    words: dict[str, None] = {}
    for word in _WORD.findall(normalize_text(text)):
        word = word.strip("_")
        if len(word) < search_index.MIN_WORD or word in STOP_WORDS:
            continue
        words[_stem(word)] = None
    return list(words)[:MAX_SUGGEST_WORDS]


def suggest(category_id: int | None, text: str, limit: int = 5, exclude_ids: Iterable[int] = ()) -> list[ArticleHit]:
    """Published articles that may answer a case: those of its category family (the category, its
    parent, its subcategories) first, by how many of the text's significant words each contains
    (then the most used), then articles of other categories containing at least one of the words.
    ``exclude_ids``: articles already linked to the case."""
    words = significant_words(text)
    matches: dict[int, int] = {}
    for word in words:
        sub, params = search_index.matching_ids_sql(KIND, [word])
        for (article_id,) in database.obj.execute_sql(sub, params).fetchall():
            matches[article_id] = matches.get(article_id, 0) + 1
    excluded = set(exclude_ids)
    family = set(category_family(category_id)) if category_id is not None else set()
    published = KnowledgeArticle.is_published == True  # noqa: E712 (SQL)
    rows: dict[int, tuple] = {}
    if family:
        for row in _lean(published, KnowledgeArticle.category.in_(sorted(family))):
            rows[row[0]] = row
    wanted = [aid for aid in matches if aid not in rows]
    for start in range(0, len(wanted), 500):
        for row in _lean(published, KnowledgeArticle.id.in_(wanted[start:start + 500])):
            rows[row[0]] = row
    ranked = sorted(
        (row for aid, row in rows.items() if aid not in excluded),
        key=lambda row: (row[2] not in family, -matches.get(row[0], 0), -int(row[3] or 0), row[0]))
    return _hits([row[0] for row in ranked[:limit]], words, matches)


# --- use on cases --------------------------------------------------------------------------------

def record_use(article_id: int, case_id: int) -> bool:
    """Link the article to the case and count one use; False (nothing changed) when it is linked
    already: an article counts once per case."""
    with database.atomic():
        get_article(article_id)
        link = CaseArticle.get_or_none((CaseArticle.case == case_id) & (CaseArticle.article == article_id))
        if link is not None and link.deleted_at is None:
            return False
        if link is None:
            link = CaseArticle.create(case=case_id, article=article_id, created_by=current_user_id())
            audit.record_create(link)
        else:
            deleted_at, link.deleted_at = link.deleted_at, None
            link.save()
            audit.record_restore(link, deleted_at)
        KnowledgeArticle.update(use_count=KnowledgeArticle.use_count + 1, updated_at=utcnow()).where(
            KnowledgeArticle.id == article_id).execute()
    return True


def unlink(case_id: int, article_id: int) -> bool:
    """Take the article off the case (a link made by mistake): its use is no longer counted.
    False when it was not linked."""
    with database.atomic():
        link = CaseArticle.get_or_none((CaseArticle.case == case_id) & (CaseArticle.article == article_id)
                                       & CaseArticle.deleted_at.is_null())
        if link is None:
            return False
        link.deleted_at = utcnow()
        link.save()
        audit.record_delete(link)
        KnowledgeArticle.update(use_count=KnowledgeArticle.use_count - 1, updated_at=utcnow()).where(
            (KnowledgeArticle.id == article_id) & (KnowledgeArticle.use_count > 0)).execute()
    return True


def linked(case_id: int) -> list[ArticleHit]:
    """The live articles linked to a case, in the order they were linked."""
    order = [aid for (aid,) in CaseArticle.select(CaseArticle.article).where(
        (CaseArticle.case == case_id) & CaseArticle.deleted_at.is_null()).order_by(CaseArticle.id).tuples()]
    if not order:
        return []
    return _hits(order)


__all__ = ["ArticleHit", "ArticleInput", "article_document", "article_input", "category_family", "create_article",
           "delete_article", "get_article", "linked", "query_words", "rebuild_index", "record_use",
           "restore_article", "search", "significant_words", "snippet", "split_tags", "suggest", "unlink",
           "update_article"]

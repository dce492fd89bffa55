"""The knowledge bank: articles, their search documents, search, suggestions and use on cases
(services/cases/knowledge.py)."""

from __future__ import annotations

import pytest

from crm_desktop.db import search_index
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseArticle, CaseCategory, KnowledgeArticle
from crm_desktop.services.cases import knowledge
from crm_desktop.services.cases.knowledge import ArticleInput
from crm_desktop.services.errors import ValidationError
from tests.unit.services.conftest import audit_rows


def category(name: str, parent: CaseCategory | None = None) -> CaseCategory:
    return CaseCategory.create(name=name, parent=parent)


def article(question: str, answer: str, **kw) -> KnowledgeArticle:
    return knowledge.create_article(ArticleInput(question=question, answer=answer, **kw))


def case(sequence: int, subject: str = "مشکل") -> Case:
    return Case.create(number=f"1405-{sequence:05d}", year=1405, sequence=sequence, subject=subject,
                       opened_at=utcnow())


def documents() -> dict[int, str]:
    return dict(search_index.documents("article"))


def test_an_article_needs_a_question_and_an_answer_and_a_live_category(owner):
    with pytest.raises(ValidationError) as error:
        knowledge.create_article(ArticleInput(question="  ", answer="\n", category_id=999))
    assert [e.field for e in error.value.errors] == ["question", "answer", "category_id"]
    with pytest.raises(ValidationError) as error:
        knowledge.create_article(ArticleInput(question="x" * 301, answer="y"))
    assert error.value.errors[0].params == {"length": 301, "limit": 300}
    assert KnowledgeArticle.select().count() == 0 and documents() == {}


def test_create_update_delete_keep_the_index_in_step(owner):
    billing = category("مالی")
    item = article("  چطور فاكتور را دريافت كنم؟ ", "از منوی «حساب من» گزینهٔ فاکتورها را بزنید.\n\n\n\nتمام.",
                   category_id=billing.id, tags="فاکتور، مالی , فاکتور")
    # tidied for display (Arabic letters kept as typed), tags split on either comma, repeats dropped
    assert item.question == "چطور فاكتور را دريافت كنم؟"
    assert item.answer == "از منوی «حساب من» گزینهٔ فاکتورها را بزنید.\n\nتمام."
    assert item.tags == "فاکتور, مالی"
    assert item.question_norm == "چطور فاکتور را دریافت کنم؟"
    # the search key: ي/ك folded, the hamza mark of «گزینهٔ» dropped, one line
    assert documents() == {item.id: "چطور فاکتور را دریافت کنم؟ | از منوی «حساب من» گزینه فاکتورها را بزنید. "
                                    "تمام. | فاکتور, مالی"}
    assert [a.action for a in audit_rows("knowledge_article")] == ["create"]

    knowledge.update_article(item.id, ArticleInput(question="Invoice copy", answer="Open My account.",
                                                   tags=["billing", "Billing", " pdf "]))
    assert documents() == {item.id: "invoice copy | open my account. | billing, pdf"}
    assert knowledge.article_input(knowledge.get_article(item.id)) == ArticleInput(
        "Invoice copy", "Open My account.", None, ["billing", "pdf"], True)
    knowledge.update_article(item.id, knowledge.article_input(knowledge.get_article(item.id)))  # no change
    assert [a.action for a in audit_rows("knowledge_article")] == ["create", "update"]

    knowledge.delete_article(item.id)
    assert documents() == {} and knowledge.search("invoice") == []
    assert KnowledgeArticle.get_by_id(item.id).deleted_at is not None
    knowledge.restore_article(item.id)
    assert [h.id for h in knowledge.search("invoice")] == [item.id]
    assert [a.action for a in audit_rows("knowledge_article")] == ["create", "update", "delete", "restore"]


def test_search_folds_arabic_letters_and_persian_digits(owner):
    router = article("تنظیم مودم برای اینترنت", "نام کاربری و رمز را در صفحهٔ ۱۹۲.۱۶۸.۱.۱ وارد کنید.")
    article("بازگشت کالا", "تا ۷ روز پس از خرید، کالا را با فاکتور بیاورید.")
    # Arabic ي/ك typed on an Arabic keyboard, Latin digits, ZWNJ or not
    assert [h.id for h in knowledge.search("تنظيم مودم")] == [router.id]
    assert [h.id for h in knowledge.search("192.168")] == [router.id]
    assert [h.question for h in knowledge.search("روز پس")] == ["بازگشت کالا"]
    assert knowledge.search("یخچال") == []


def test_search_ranks_question_matches_first_then_the_most_used(owner):
    answer_only = article("تعویض رمز", "اگر گارانتی دارید، رایگان است.")
    in_question = article("گارانتی دستگاه", "یک سال گارانتی دارد.")
    popular = article("شرایط گارانتی", "کارت گارانتی را همراه داشته باشید.")
    mixed = article("گارانتی چیست", "ضمانت تعمیر دستگاه.")
    KnowledgeArticle.update(use_count=7).where(KnowledgeArticle.id.in_([popular.id, answer_only.id])).execute()
    hits = knowledge.search("گارانتي")
    assert [h.id for h in hits] == [popular.id, in_question.id, mixed.id, answer_only.id]
    assert (hits[0].use_count, hits[0].question) == (7, "شرایط گارانتی")
    # two words: both in the question beats one in the question and one in the answer
    assert [h.id for h in knowledge.search("گارانتی دستگاه")] == [in_question.id, mixed.id]


def test_short_words_are_checked_on_the_document(owner):
    first = article("Reset the PIN of a card", "Call us with the card number.")
    article("Lost card", "Block it in the app.")
    assert [h.id for h in knowledge.search("card pin")] == [first.id]  # "pin" is 3 letters: the index
    assert [h.id for h in knowledge.search("card us")] == [first.id]  # "us" is checked on the text
    assert [h.question for h in knowledge.search("lo")] == ["Lost card"]  # only short words: every document


def test_empty_search_lists_published_articles_by_use_and_filters_category(owner):
    billing = category("Billing")
    refunds = category("Refunds", parent=billing)
    shipping = category("Shipping")
    a = article("Invoice", "From the account page.", category_id=billing.id)
    b = article("Refund time", "Ten working days.", category_id=refunds.id)
    c = article("Delivery time", "Three days.", category_id=shipping.id)
    article("Draft", "Not ready.", is_published=False)
    KnowledgeArticle.update(use_count=3).where(KnowledgeArticle.id == b.id).execute()
    assert [h.id for h in knowledge.search("")] == [b.id, a.id, c.id]
    assert [h.id for h in knowledge.search("  ", limit=1)] == [b.id]
    assert len(knowledge.search("", published_only=False)) == 4
    # a category keeps its family: itself, its parent, its subcategories
    assert [h.id for h in knowledge.search("", category_id=billing.id)] == [b.id, a.id]
    assert [h.id for h in knowledge.search("time", category_id=refunds.id)] == [b.id]
    assert [h.id for h in knowledge.search("time", category_id=shipping.id)] == [c.id]
    hit = knowledge.search("refund")[0]
    assert (hit.category_id, hit.category, hit.snippet) == (refunds.id, "Refunds", "Ten working days.")
    assert knowledge.search("draft") == [] and [h.question for h in knowledge.search(
        "draft", published_only=False)] == ["Draft"]


def test_snippet_shows_the_part_of_the_answer_around_the_words():
    answer = " ".join(f"w{i}" for i in range(60)) + " نرم‌افزار حسابداری " + " ".join(f"x{i}" for i in range(60))
    text = knowledge.snippet(answer, ["نرمافزار"], width=40)
    assert text.startswith("… w57 w58 w59 نرم‌افزار حسابداری x0") and text.endswith(" …")
    assert len(text) <= 40 + 4
    assert knowledge.snippet("short\nanswer") == "short answer"


def test_suggest_ranks_the_category_family_by_shared_words_then_others(owner):
    network = category("شبکه")
    modem = category("مودم", parent=network)
    other = category("فروش")
    slow = article("اینترنت کند است", "مودم را خاموش و روشن کنید.", category_id=modem.id)
    lights = article("چراغ مودم قرمز است و اینترنت ندارم", "کابل تلفن را بررسی کنید.", category_id=network.id)
    unrelated = article("ساعت کاری", "شنبه تا چهارشنبه.", category_id=network.id)
    price = article("قیمت مودم", "در فروشگاه ببینید.", category_id=other.id)
    article("قیمت گوشی", "در فروشگاه ببینید.", category_id=other.id)
    article("مودم جدید", "پیش‌نویس", category_id=other.id, is_published=False)
    text = "سلام، اينترنت من خيلي كند است و چراغ‌های مودم قرمز شده"
    # stop words (سلام من خیلی است و شده) and short words dropped, "چراغ‌های" cut to "چراغ", ي/ك folded
    assert knowledge.significant_words(text) == ["اینترنت", "کند", "چراغ", "مودم", "قرمز"]
    hits = knowledge.suggest(modem.id, text, limit=10)
    # the family (modem and its parent network) first, even without a shared word; then the others
    assert [(h.id, h.matches) for h in hits] == [(lights.id, 4), (slow.id, 3), (unrelated.id, 0), (price.id, 1)]
    assert [h.id for h in knowledge.suggest(modem.id, text, limit=2)] == [lights.id, slow.id]
    assert [h.id for h in knowledge.suggest(modem.id, text, exclude_ids=[lights.id], limit=2)] == [slow.id,
                                                                                                   unrelated.id]
    # no category: only articles sharing words, most shared first
    assert [h.id for h in knowledge.suggest(None, text)] == [lights.id, slow.id, price.id]
    assert knowledge.suggest(None, "و از به") == []


def test_using_an_article_on_a_case_counts_once_per_case(owner):
    item = article("Invoice", "From the account page.")
    first, second = case(1), case(2)
    assert knowledge.record_use(item.id, first.id) is True
    assert knowledge.record_use(item.id, first.id) is False
    assert knowledge.record_use(item.id, second.id) is True
    assert knowledge.get_article(item.id).use_count == 2
    assert [h.id for h in knowledge.linked(first.id)] == [item.id]
    # a link made by mistake comes off and stops counting; linking again counts again, once
    assert knowledge.unlink(first.id, item.id) is True and knowledge.unlink(first.id, item.id) is False
    assert knowledge.get_article(item.id).use_count == 1 and knowledge.linked(first.id) == []
    assert knowledge.record_use(item.id, first.id) is True
    assert knowledge.get_article(item.id).use_count == 2
    assert CaseArticle.select().count() == 2
    assert [a.action for a in audit_rows("case_article")] == ["create", "create", "delete", "restore"]


def test_rebuild_index_writes_every_live_article(owner):
    a = article("Invoice", "From the account page.")
    b = article("Refund", "Ten days.")
    gone = article("Old", "Gone.")
    knowledge.delete_article(gone.id)
    search_index.clear("article")
    seen = []
    assert knowledge.rebuild_index(progress=lambda done, total: seen.append((done, total))) == 2
    assert documents() == {a.id: "invoice | from the account page.", b.id: "refund | ten days."}
    assert seen == [(2, 2)]

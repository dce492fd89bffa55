"""The knowledge bank page: Persian-aware search after a typing pause, the reading pane, and the
article form (create, edit, field errors, delete after asking)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.db.models import KnowledgeArticle
from crm_desktop.services.cases import categories, knowledge
from crm_desktop.services.settings import Preferences
from crm_desktop.text.i18n import render
from crm_desktop.ui.application import configure
from crm_desktop.ui.knowledge.article_dialog import ArticleDialog
from crm_desktop.ui.knowledge.page import KnowledgePage
from tests.ui.conftest import make_context

INVOICE_Q = "مبلغ فاکتور اشتباه است؛ چه کنیم؟"
INVOICE_A = "فاکتور را با سفارش مقایسه کنید و فاکتور اصلاحی صادر کنید.\nمابه‌التفاوت تا ۷۲ ساعت کاری برمی‌گردد."
REFUND_Q = "بازپرداخت وجه چقدر طول می‌کشد؟"
ROUTER_Q = "How do I reset the router?"
ROUTER_A = "Hold the reset button for 10 seconds."


@pytest.fixture(params=["fa", "en"])
def page(request, qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults(request.param))
    categories.ensure_default_categories(request.param)
    billing, delivery = categories.tree()[:2]
    articles = {
        "invoice": knowledge.create_article(knowledge.ArticleInput(
            INVOICE_Q, INVOICE_A, billing.id, "فاکتور, اصلاحیه")),
        "refund": knowledge.create_article(knowledge.ArticleInput(
            REFUND_Q, "بازپرداخت حداکثر تا سه روز کاری انجام می‌شود.", billing.children[1].id)),
        "router": knowledge.create_article(knowledge.ArticleInput(ROUTER_Q, ROUTER_A, delivery.id, is_published=False)),
    }
    KnowledgeArticle.update(use_count=5).where(KnowledgeArticle.id == articles["invoice"].id).execute()
    widget = KnowledgePage(make_context(request.param, owner))
    widget.articles = {key: article.id for key, article in articles.items()}
    widget.billing_id = billing.id
    qtbot.addWidget(widget)
    yield widget
    configure(qapp, Preferences.defaults("en"))


def listed(page) -> list[int]:
    return [hit.id for hit in page.model.rows]


def test_the_list_shows_every_article_most_used_first_with_the_first_open(page):
    assert listed(page)[0] == page.articles["invoice"] and sorted(listed(page)) == sorted(page.articles.values())
    assert page.selected_id() == page.articles["invoice"]
    assert page.reader.question.text() == INVOICE_Q
    assert page.reader.answer.toPlainText() == INVOICE_A
    row = page.model.row_of(page.articles["router"])
    assert page.model.data(page.model.index(row, 3)) == QCoreApplication.translate("Knowledge", "Draft")
    assert page.model.data(page.model.index(0, 2)) == page.ctx.fmt.number(5)


def test_an_arabic_keyboard_query_finds_the_persian_article_after_a_typing_pause(page, qtbot):
    page.search.setText("فاكتور")  # Arabic kaf, as an Arabic keyboard types it
    assert len(listed(page)) == 3  # nothing yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: listed(page) == [page.articles["invoice"]], timeout=2000)
    assert page.reader.question.text() == INVOICE_Q
    page.search_now("۷۲ ساعت")  # Persian digits find the answer's words too
    assert listed(page) == [page.articles["invoice"]]
    page.search_now("reset")
    assert listed(page) == [page.articles["router"]]
    page.published_only.setChecked(True)
    assert listed(page) == []
    assert page.selected_id() is None and page.reader.stack.currentIndex() == 0


def test_text_typed_through_an_input_method_searches_too(page, qtbot):
    page.search.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("بازپرداخت")
    QApplication.sendEvent(page.search, event)
    assert page.search.text() == "بازپرداخت"
    qtbot.waitUntil(lambda: listed(page) == [page.articles["refund"]], timeout=2000)


def test_the_category_filter_keeps_the_category_and_its_subcategories(page):
    combo = page.category
    assert combo.itemData(0) is None
    subcategory = categories.tree()[0].children[1]
    assert combo.itemText(combo.findData(subcategory.id)).strip() == subcategory.name
    assert combo.itemText(combo.findData(subcategory.id)).startswith("\u2003")  # indented under its category
    combo.setCurrentIndex(combo.findData(page.billing_id))
    assert sorted(listed(page)) == sorted([page.articles["invoice"], page.articles["refund"]])


def test_each_paragraph_of_the_answer_reads_in_its_own_direction(page):
    blocks = page.reader.answer.document()
    assert blocks.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    page.select_article(page.articles["router"])
    assert page.reader.answer.toPlainText() == ROUTER_A
    assert page.reader.answer.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_copy_answer_puts_the_answer_on_the_clipboard(page):
    page.reader.copy_button.click()
    assert QGuiApplication.clipboard().text() == INVOICE_A
    assert page.reader.copied.isVisibleTo(page.reader)


def test_creating_an_article_through_the_dialog_shows_it(page, monkeypatch):
    page.search_now("router")  # the new article does not match: the search is cleared to show it

    def fill_and_save(dialog: ArticleDialog) -> int:
        dialog.question.setText("گارانتی دستگاه چند ماه است؟")
        dialog.answer.setPlainText("همهٔ دستگاه‌ها ۱۸ ماه گارانتی دارند.")
        dialog.category.setCurrentIndex(dialog.category.findData(page.billing_id))
        dialog.tags.setText("گارانتی، ضمانت")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(ArticleDialog, "exec", fill_and_save)
    page.new_article()
    made = KnowledgeArticle.get(KnowledgeArticle.question == "گارانتی دستگاه چند ماه است؟")
    assert (made.__data__["category"], made.tags, made.is_published) == (page.billing_id, "گارانتی, ضمانت", True)
    assert page.search.text() == "" and made.id in listed(page)
    assert page.selected_id() == made.id
    assert page.reader.answer.toPlainText() == "همهٔ دستگاه‌ها ۱۸ ماه گارانتی دارند."
    assert [hit.id for hit in knowledge.search("گارانتي")] == [made.id]  # indexed: found with an Arabic yeh


def test_editing_an_article_changes_it_in_the_list_and_the_pane(page, qtbot):
    page.select_article(page.articles["router"])
    dialog = ArticleDialog(page, page.articles["router"])
    qtbot.addWidget(dialog)
    assert (dialog.question.text(), dialog.answer.toPlainText()) == (ROUTER_Q, ROUTER_A)
    assert not dialog.published.isChecked()
    dialog.published.setChecked(True)
    dialog.question.setText("How do I restart the router?")
    dialog.save()
    assert dialog.result_id == page.articles["router"]
    page.refresh()
    assert page.selected_id() == page.articles["router"]
    assert page.reader.question.text() == "How do I restart the router?"
    assert page.model.rows[page.model.row_of(page.articles["router"])].is_published


def test_a_missing_answer_shows_a_field_error(page, qtbot):
    dialog = ArticleDialog(page)
    qtbot.addWidget(dialog)
    dialog.question.setText("ساعت کاری فروشگاه؟")
    dialog.save()
    error = dialog.errors.labels["answer"]
    assert error.isVisibleTo(dialog) and error.text() == render(knowledge.NO_ANSWER)
    assert not dialog.errors.labels["question"].isVisibleTo(dialog)
    assert dialog.result_id is None and KnowledgeArticle.select().count() == 3


def test_deleting_asks_and_removes_it(page, monkeypatch):
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question
    gone = page.articles["invoice"]
    page.select_article(gone)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_article()
    assert gone in listed(page) and INVOICE_Q in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.delete_article()
    assert len(asked) == 2 and gone not in listed(page)
    assert KnowledgeArticle.get_by_id(gone).deleted_at is not None
    assert knowledge.search("فاکتور") == []
    assert page.selected_id() in (page.articles["refund"], page.articles["router"])  # the next one is open


def test_an_empty_bank_says_how_to_start(qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults("en"))
    widget = KnowledgePage(make_context("en", owner))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and not widget.buttons["edit"].isEnabled()
    assert "New article" in widget.reader.empty.text()


def test_screenshot_states_show_the_list_a_search_and_the_form(page, qtbot):
    states = page.screenshot_states()
    assert all(name == "list" or name == "search" or name.endswith("-form") for name in states)
    states["list"]()
    states["search"]()
    assert listed(page) and page.search.text()
    form = states["article-form"]()
    qtbot.addWidget(form)
    assert isinstance(form, ArticleDialog) and form.article_id == page.selected_id()


def test_the_article_model_is_a_well_behaved_qt_model(page, qtmodeltester):
    qtmodeltester.check(page.model)

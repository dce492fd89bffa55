"""The knowledge bank: the answers the office gives to the questions customers ask. Staff search
them (Persian-aware: an Arabic keyboard's ي/ك and Persian digits find the same articles), read
one beside the list and copy its answer; anyone can add, correct or delete articles.

The search runs on the GUI thread after a typing pause: it answered in 20-80 ms on 3,000
articles (services/cases/knowledge.py), under the ~100 ms a screen may wait.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import knowledge
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.knowledge.article_dialog import ArticleDialog, category_combo
from crm_desktop.ui.knowledge.article_model import QUESTION, WIDTHS, ArticleTableModel
from crm_desktop.ui.knowledge.reader import ArticleReader
from crm_desktop.ui.widgets.common import label, page_header, read_only_table, select_row

translate = QCoreApplication.translate
TYPING_PAUSE_MS = 250
LIMIT = 300  # articles listed at once; typing narrows the list


class KnowledgePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(translate("Knowledge", "Knowledge bank"), translate(
            "Knowledge", "The office's answers to the questions customers ask: find one, read it, copy it into "
                         "a reply.")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("knowledgeSearch")
        self.search.setPlaceholderText(translate("Knowledge", "Search questions, answers and tags"))
        self.search.setClearButtonEnabled(True)
        self.category = category_combo(None, first_text=translate("Knowledge", "All categories"),
                                       include_inactive=True)
        self.category.setMinimumWidth(200)
        self.published_only = QCheckBox(translate("Knowledge", "Published only"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.category)
        bar.addWidget(self.published_only)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", translate("Knowledge", "New article"), self.new_article),
                                ("edit", translate("Knowledge", "Edit\u2026"), self.edit_article),
                                ("delete", translate("Knowledge", "Delete"), self.delete_article)):
            button = QPushButton(text)
            button.setObjectName("primary" if key == "new" else f"article_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.count = label("", "pageSubtitle")
        actions.addWidget(self.count)
        layout.addLayout(actions)
        self.model = ArticleTableModel(ctx.fmt, self)
        self.table = read_only_table()
        self.table.setObjectName("articles")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_article())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_current())
        self.reader = ArticleReader(ctx.fmt)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(lambda: self.reload(keep=self.selected_id()))
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.category.currentIndexChanged.connect(lambda _i: self.reload(keep=self.selected_id()))
        self.published_only.toggled.connect(lambda _on: self.reload(keep=self.selected_id()))
        in_page, in_table = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut
        for keys, owner, slot, context in ((QKeySequence.StandardKey.Find, self, self.search.setFocus, in_page),
                                           (QKeySequence.StandardKey.New, self, self.new_article, in_page),
                                           (QKeySequence.StandardKey.Delete, self.table, self.delete_article, in_table)):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.reload()

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (the page was shown: articles may have been used or changed elsewhere)."""
        self._refill_categories()
        self.reload(keep=self.selected_id())

    def search_now(self, text: str | None = None) -> None:
        """Search at once instead of after the typing pause (``text`` replaces what is typed)."""
        if text is not None:
            self.search.blockSignals(True)
            self.search.setText(text)
            self.search.blockSignals(False)
        self.timer.stop()
        self.reload(keep=self.selected_id())

    def reload(self, *, keep: int | None = None) -> None:
        """Search with the current words and filters; choose ``keep`` again if still listed, else the first."""
        self.timer.stop()
        try:
            hits = knowledge.search(self.search.text(), self.category.currentData(), limit=LIMIT,
                                    published_only=self.published_only.isChecked())
        except Exception as error:  # noqa: BLE001 - shown in the user's language; the old list stays
            show_error(self, error)
            return
        self.model.set_rows(hits)
        filtered = bool(self.search.text().strip()) or self.category.currentData() is not None \
            or self.published_only.isChecked()
        if len(hits) >= LIMIT:
            text = translate("Knowledge", "The first {count} articles are shown: type to narrow the list")
        elif filtered:
            text = translate("Knowledge", "Articles found: {count}")
        else:
            text = translate("Knowledge", "Articles: {count}")
        self.count.setText(text.format(count=self.ctx.fmt.number(len(hits))))
        row = self.model.row_of(keep)
        if row is None and hits:
            row = 0
        if row is not None:
            self.select_row(row)
        self._show_current()

    def _refill_categories(self) -> None:
        current = self.category.currentData()
        fresh = category_combo(current, first_text=translate("Knowledge", "All categories"), include_inactive=True)
        self.category.blockSignals(True)
        self.category.clear()
        for index in range(fresh.count()):
            self.category.addItem(fresh.itemText(index), fresh.itemData(index))
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        fresh.deleteLater()

    def _show_current(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            filtered = bool(self.search.text().strip()) or self.category.currentData() is not None \
                or self.published_only.isChecked()
            empty = translate("Knowledge", "No article matches. Try fewer or other words.") if filtered else \
                translate("Knowledge", "The knowledge bank is empty. Add the answers your office gives most often "
                                       "with \u201cNew article\u201d.")
            self.reader.show_article(None, empty_text=empty if not self.model.rows else None)
        else:
            try:
                self.reader.show_article(article_id)
            except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile on another machine
                show_error(self, error)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def selected_id(self) -> int | None:
        current = self.table.selectionModel().currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            return None
        return self.model.article_id(current.row())

    def select_article(self, article_id: int | None) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self.select_row(row)
        self._show_current()
        return True

    # --- writing ---------------------------------------------------------------------------------

    def new_article(self) -> None:
        dialog = ArticleDialog(self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._show_saved(dialog.result_id)

    def edit_article(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            return
        dialog = ArticleDialog(self, article_id)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._show_saved(article_id)

    def _show_saved(self, article_id: int | None) -> None:
        """List again with the saved article chosen; when the search or filters hide it, they are cleared."""
        self.reload(keep=article_id)
        if article_id is None or self.model.row_of(article_id) is not None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for widget, reset in ((self.category, lambda: self.category.setCurrentIndex(0)),
                              (self.published_only, lambda: self.published_only.setChecked(False))):
            widget.blockSignals(True)
            reset()
            widget.blockSignals(False)
        self.reload(keep=article_id)
        if self.model.row_of(article_id) is None:  # beyond the first LIMIT: find it by its own question
            self.search_now(knowledge.get_article(article_id).question)

    def delete_article(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            return
        row = self.model.row_of(article_id) or 0
        question = self.model.rows[row].question
        answer = QMessageBox.question(self, translate("Knowledge", "Delete article"), translate(
            "Knowledge", "Delete the article \u201c{question}\u201d? It will no longer be found or suggested; the "
                         "cases it was used on keep their note of it.").format(question=question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            knowledge.delete_article(article_id)
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            show_error(self, error)
        self.reload()
        if self.model.rows:
            self.select_row(min(row, len(self.model.rows) - 1))
            self._show_current()

    # --- pictures --------------------------------------------------------------------------------

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        """For ``screenshots``: the list with the first article open, a search typed with an Arabic
        keyboard, and the article form on the first article."""
        def listing() -> None:
            self.search_now("")
            self.select_row(0)

        def searched() -> None:
            hits = self.model.rows
            if hits:  # the first word of the most used question, with Arabic ي/ك as such a keyboard types
                word = max(hits[0].question.split(), key=len)
                self.search_now(word.replace("\u06cc", "\u064a").replace("\u06a9", "\u0643"))

        def form() -> ArticleDialog:
            self.search_now("")
            self.select_row(0)
            return ArticleDialog(self, self.selected_id())
        return {"list": listing, "search": searched, "article-form": form}


__all__ = ["KnowledgePage"]

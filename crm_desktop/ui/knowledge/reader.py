"""The reading pane beside the article list: the question, where it is filed and how often it was
used, and the answer as selectable text each paragraph in its own direction, with "Copy answer"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.services.cases import categories, knowledge
from crm_desktop.services.formatting import Formatter
from crm_desktop.ui.widgets.common import Card, isolated, label
from crm_desktop.ui.widgets.text_direction import align_label, paragraphs_in_own_direction, plain_text_box

translate = QCoreApplication.translate
COPIED_NOTE_MS = 2500


class ArticleReader(Card):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.article = None  # the KnowledgeArticle shown
        self.stack = QStackedWidget()
        self.empty = label("", "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.question = label("", "sectionTitle", wrap=True, selectable=True)
        self.meta = label("", "timelineMeta", wrap=True)
        self.tags = label("", "timelineMeta", wrap=True)
        self.answer = plain_text_box(read_only=True)
        self.answer.setObjectName("articleAnswer")
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.setStyleSheet("QTextEdit#articleAnswer { background: transparent; font-size: 10.5pt; }")
        self.copy_button = QPushButton(translate("Knowledge", "Copy answer"))
        self.copy_button.setObjectName("copyAnswer")
        self.copy_button.setToolTip(translate("Knowledge", "Put the answer on the clipboard to paste it into a reply"))
        self.copy_button.clicked.connect(self.copy_answer)
        self.copied = label(translate("Knowledge", "The answer is on the clipboard."), "muted")
        self.copied.setVisible(False)
        self._hide_note = QTimer(self, singleShot=True, interval=COPIED_NOTE_MS)
        self._hide_note.timeout.connect(lambda: self.copied.setVisible(False))
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.copied)
        bottom.addStretch(1)
        column.addWidget(self.question)
        column.addWidget(self.meta)
        column.addWidget(self.tags)
        column.addSpacing(4)
        column.addWidget(self.answer, 1)
        column.addLayout(bottom)
        self.stack.addWidget(content)
        self.body.addWidget(self.stack)
        self.setMinimumWidth(300)
        self.show_article(None)

    def show_article(self, article_id: int | None, *, empty_text: str | None = None) -> None:
        """Show this article (None: the hint ``empty_text``, or "choose an article")."""
        self.article = knowledge.get_article(article_id) if article_id is not None else None
        self.copied.setVisible(False)
        if self.article is None:
            self.empty.setText(empty_text or translate("Knowledge", "Choose an article to read its answer."))
            self.stack.setCurrentIndex(0)
            return
        article = self.article
        align_label(self.question, article.question)
        parts = []
        category_id = article.__data__.get("category")
        category = categories.names().get(category_id, "") if category_id is not None else ""
        if category:
            parts.append(translate("Knowledge", "Category: {name}").format(name=isolated(category)))
        parts.append(translate("Knowledge", "Cases it was used on: {count}").format(
            count=self.fmt.number(article.use_count)))
        parts.append(translate("Knowledge", "Published") if article.is_published else translate("Knowledge", "Draft"))
        self.meta.setText(" \u00b7 ".join(parts))
        tags = knowledge.split_tags(article.tags)
        self.tags.setText(translate("Knowledge", "Tags: {tags}").format(
            tags=" \u00b7 ".join(isolated(t) for t in tags)) if tags else "")
        self.tags.setVisible(bool(tags))
        self.answer.setPlainText(article.answer)
        paragraphs_in_own_direction(self.answer)
        self.stack.setCurrentIndex(1)

    def answer_text(self) -> str:
        return self.article.answer if self.article is not None else ""

    def copy_answer(self) -> None:
        if self.article is None:
            return
        QGuiApplication.clipboard().setText(self.article.answer)
        self.copied.setVisible(True)
        self._hide_note.start()

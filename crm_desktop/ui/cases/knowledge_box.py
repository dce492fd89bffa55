"""Knowledge articles on a case: the ones that may answer it (its category first, then the words of
its subject and description), each with "Use" (links it to the case and puts its answer into the
reply box), and the ones already used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.cases import conversation, knowledge
from crm_desktop.ui.cases.detail_sections import clear_layout, text_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class ArticleCard(QFrame):
    def __init__(self, hit: knowledge.ArticleHit, button: QPushButton | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEvent")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(text_label(hit.question, "timelineTitle"))
        if hit.snippet:
            text.addWidget(text_label(hit.snippet, "muted"))
        if hit.category:
            text.addWidget(text_label(hit.category, "timelineMeta"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 6, 4, 6)
        row.addLayout(text, 1)
        if button is not None:
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)


class KnowledgeBox(QWidget):
    """``used(answer)`` when an article is chosen; ``changed`` after a link (the history shows it)."""

    used = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.suggested: list[knowledge.ArticleHit] = []
        self.linked: list[knowledge.ArticleHit] = []
        self.suggested_list = QVBoxLayout()
        self.linked_list = QVBoxLayout()
        for box in (self.suggested_list, self.linked_list):
            box.setSpacing(0)
        self.no_suggestions = label(translate("Cases", "No article in the knowledge bank matches this case."),
                                    "muted", wrap=True)
        self.linked_title = label(translate("Cases", "Used on this case"), "sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(label(translate("Cases", "Suggested answers"), "sectionTitle"))
        layout.addLayout(self.suggested_list)
        layout.addWidget(self.no_suggestions)
        layout.addSpacing(8)
        layout.addWidget(self.linked_title)
        layout.addLayout(self.linked_list)
        layout.addStretch(1)

    def show_case(self, case_id: int | None, category_id: int | None = None, text: str = "") -> int:
        """Fill both lists; returns how many articles are shown."""
        self.case_id = case_id
        clear_layout(self.suggested_list)
        clear_layout(self.linked_list)
        self.linked = knowledge.linked(case_id) if case_id is not None else []
        self.suggested = knowledge.suggest(category_id, text, exclude_ids=[a.id for a in self.linked]) \
            if case_id is not None else []
        for hit in self.suggested:
            use = QPushButton(translate("Cases", "Use"))
            use.setToolTip(translate("Cases", "Put this answer into the reply and note the article on the case"))
            use.clicked.connect(lambda _checked=False, article_id=hit.id: self.use(article_id))
            self.suggested_list.addWidget(ArticleCard(hit, use))
        for hit in self.linked:
            self.linked_list.addWidget(ArticleCard(hit))
        self.no_suggestions.setVisible(not self.suggested)
        self.linked_title.setVisible(bool(self.linked))
        return len(self.suggested) + len(self.linked)

    def use(self, article_id: int) -> None:
        if self.case_id is None:
            return
        try:
            answer = knowledge.get_article(article_id).answer
            conversation.link_article(self.case_id, article_id)
        except Exception as error:  # noqa: BLE001 - e.g. the article was deleted meanwhile
            show_error(self, error)
            return
        self.used.emit(answer)
        self.changed.emit()

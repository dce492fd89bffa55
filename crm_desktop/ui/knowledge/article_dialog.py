"""Write or correct a knowledge article: the question as customers ask it, the office's answer,
its category, tags to find it by, and whether it is published (suggested on cases). Errors appear
under their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.cases import categories, knowledge
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label
from crm_desktop.ui.widgets.text_direction import paragraphs_in_own_direction, plain_text_box

translate = QCoreApplication.translate
INDENT = "\u2003\u2003"  # two em spaces before a subcategory


def category_items(*, include_inactive: bool, keep_id: int | None = None) -> list[tuple[int, str]]:
    """(id, shown name) of the categories, each followed by its subcategories (indented); retired
    ones only with ``include_inactive`` (or when it is ``keep_id``, the article's current one),
    marked as retired."""
    items: list[tuple[int, str]] = []

    def shown(node: categories.CategoryNode, indent: str) -> str:
        name = node.name if node.is_active else translate("Knowledge", "{name} (retired)").format(name=node.name)
        return indent + name

    for node in categories.tree():
        if node.is_active or include_inactive or node.id == keep_id:
            items.append((node.id, shown(node, "")))
        for child in node.children:
            if (node.is_active and child.is_active) or include_inactive or child.id == keep_id:
                items.append((child.id, shown(child, INDENT)))
    return items


def category_combo(current_id: int | None, *, first_text: str, include_inactive: bool) -> QComboBox:
    """The categories as a flat list with the subcategories indented under theirs; the first
    entry (``first_text``: "All categories", "(none)") has no id."""
    combo = QComboBox()
    combo.addItem(first_text, None)
    for category_id, name in category_items(include_inactive=include_inactive, keep_id=current_id):
        combo.addItem(name, category_id)
    if current_id is not None:
        combo.setCurrentIndex(max(0, combo.findData(current_id)))
    return combo


class ArticleDialog(QDialog):
    """``result_id`` is the saved article's id after Save."""

    def __init__(self, parent: QWidget | None = None, article_id: int | None = None) -> None:
        super().__init__(parent)
        self.article_id = article_id
        self.result_id: int | None = None
        data = knowledge.article_input(knowledge.get_article(article_id)) if article_id else knowledge.ArticleInput()
        self.setWindowTitle(translate("Knowledge", "Edit article") if article_id
                            else translate("Knowledge", "New article"))
        self.errors = FieldErrors()
        self.question = QLineEdit(data.question)
        self.question.setObjectName("question")
        self.question.setPlaceholderText(translate("Knowledge", "The question as customers ask it"))
        self.answer = plain_text_box()
        self.answer.setObjectName("answer")
        self.answer.setPlainText(data.answer)
        self.answer.setPlaceholderText(translate("Knowledge", "The answer staff give (they can copy it into a reply)"))
        self.answer.setMinimumHeight(170)
        paragraphs_in_own_direction(self.answer)
        self.category = category_combo(data.category_id, first_text=translate("Knowledge", "(no category)"),
                                       include_inactive=False)
        self.tags = QLineEdit(", ".join(knowledge.split_tags(data.tags)))
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(translate("Knowledge", "Words to find it by, separated by commas"))
        self.published = QCheckBox(translate("Knowledge", "Published: suggested on cases"))
        self.published.setChecked(data.is_published)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(translate("Knowledge", "Question"), self.errors.boxed("question", self.question))
        form.addRow(translate("Knowledge", "Answer"), self.errors.boxed("answer", self.answer))
        form.addRow(translate("Knowledge", "Category"), self.errors.boxed("category_id", self.category))
        form.addRow(translate("Knowledge", "Tags"), self.errors.boxed("tags", self.tags))
        form.addRow("", self.published)
        self.general = label("", "fieldError", wrap=True)
        self.general.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(580, 480)

    def data(self) -> knowledge.ArticleInput:
        return knowledge.ArticleInput(question=self.question.text(), answer=self.answer.toPlainText(),
                                      category_id=self.category.currentData(), tags=self.tags.text(),
                                      is_published=self.published.isChecked())

    def save(self) -> None:
        try:
            if self.article_id:
                article = knowledge.update_article(self.article_id, self.data())
            else:
                article = knowledge.create_article(self.data())
        except ValidationError as failure:
            leftovers = self.errors.show(failure)
            self.general.setText("\n".join(leftovers))
            self.general.setVisible(bool(leftovers))
            return
        except Exception as error:  # noqa: BLE001 - shown, logged, the dialog stays open
            show_error(self, error)
            return
        self.result_id = article.id
        self.accept()

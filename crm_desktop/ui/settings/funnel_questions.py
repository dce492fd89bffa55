"""Settings › Sales funnel › Qualification questionnaire: the questions (with their weight) a lead
is asked and, for the selected question, its answers with their points (0..10). Questions are
added, edited, retired or restored and reordered; answers are added, edited, removed and
reordered. Every change recomputes the stored scores (the service does it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from crm_desktop.services.funnel import qualification
from crm_desktop.services.funnel.qualification import MAX_POINTS, MAX_WEIGHT, Option, Question
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.funnel_common import FormDialog, ListTable, button, error_label, report
from crm_desktop.ui.widgets.common import isolated, label

translate = QCoreApplication.translate


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class QuestionDialog(FormDialog):
    """A new question with its answers, or an existing question's text and weight."""

    def __init__(self, question: Question | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("FunnelSettings", "Edit question") if question else
                         translate("FunnelSettings", "New question"), parent)
        self.question = question
        self.text = self.add_field(translate("FunnelSettings", "Question"), "text",
                                   QLineEdit(question.text if question else ""))
        self.text.setMinimumWidth(340)
        self.weight = self.add_field(translate("FunnelSettings", "Weight"), "weight",
                                     _spin(1, MAX_WEIGHT, question.weight if question else 1))
        self.answer_rows: list[tuple[QLineEdit, QSpinBox]] = []
        if question is None:
            self.answers_box = QGridLayout()
            self.answers_box.addWidget(label(translate("FunnelSettings", "Answer"), "muted"), 0, 0)
            self.answers_box.addWidget(label(translate("FunnelSettings", "Points (0\u201310)"), "muted"), 0, 1)
            holder = QWidget()
            holder.setLayout(self.answers_box)
            self.form.addRow(translate("FunnelSettings", "Answers"), holder)
            self.form.addRow("", self.errors.make("options", holder))
            more = QHBoxLayout()
            more.addWidget(button(translate("FunnelSettings", "Another answer"), self.add_answer_row))
            more.addStretch(1)
            self.form.addRow("", more)
            for _ in range(3):
                self.add_answer_row()

    def add_answer_row(self, text: str = "", points: int = 0) -> tuple[QLineEdit, QSpinBox]:
        row = (QLineEdit(text), _spin(0, MAX_POINTS, points))
        index = len(self.answer_rows) + 1
        self.answers_box.addWidget(row[0], index, 0)
        self.answers_box.addWidget(row[1], index, 1)
        self.answer_rows.append(row)
        return row

    def answers(self) -> list[tuple[str, int]]:
        """The filled answer rows (empty ones are left out)."""
        return [(edit.text(), spin.value()) for edit, spin in self.answer_rows if edit.text().strip()]

    def submit(self) -> Question:
        if self.question is None:
            return qualification.add_question(self.text.text(), self.weight.value(), self.answers())
        return qualification.update_question(self.question.id, self.text.text(), self.weight.value(),
                                             self.question.is_active)


class OptionDialog(FormDialog):
    def __init__(self, question_id: int, option: Option | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("FunnelSettings", "Edit answer") if option else
                         translate("FunnelSettings", "New answer"), parent)
        self.question_id, self.option = question_id, option
        self.text = self.add_field(translate("FunnelSettings", "Answer"), "option.text",
                                   QLineEdit(option.text if option else ""))
        self.text.setMinimumWidth(300)
        self.points = self.add_field(translate("FunnelSettings", "Points (0\u201310)"), "option.points",
                                     _spin(0, MAX_POINTS, option.points if option else 0))

    def submit(self) -> Option:
        if self.option is None:
            return qualification.add_option(self.question_id, self.text.text(), self.points.value())
        return qualification.update_option(self.option.id, self.text.text(), self.points.value())


class QuestionsSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.questions: list[Question] = []
        self.table = ListTable([translate("FunnelSettings", "Question"), translate("FunnelSettings", "Weight"),
                                translate("FunnelSettings", "State")], (200, 70, 80))
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_question())
        self.add_button = button(translate("FunnelSettings", "Add question\u2026"), self.add_question)
        self.edit_button = button(translate("FunnelSettings", "Edit\u2026"), self.edit_question)
        self.retire_button = button(translate("FunnelSettings", "Retire"), self.toggle_active)
        self.up_button = button(translate("FunnelSettings", "Move up"), lambda: self.move_question(-1))
        self.down_button = button(translate("FunnelSettings", "Move down"), lambda: self.move_question(1))
        self.options = ListTable([translate("FunnelSettings", "Answer"), translate("FunnelSettings", "Points")],
                                 (200, 60))
        self.options.itemSelectionChanged.connect(self._option_selection)
        self.options.itemDoubleClicked.connect(lambda _item: self.edit_option())
        self.add_option_button = button(translate("FunnelSettings", "Add answer\u2026"), self.add_option)
        self.edit_option_button = button(translate("FunnelSettings", "Edit\u2026"), self.edit_option)
        self.remove_option_button = button(translate("FunnelSettings", "Remove"), self.retire_option)
        self.option_up = button(translate("FunnelSettings", "Move up"), lambda: self.move_option(-1))
        self.option_down = button(translate("FunnelSettings", "Move down"), lambda: self.move_option(1))
        self.options_title = label("", "sectionTitle", wrap=True)
        self.message = error_label()
        lists = QHBoxLayout()
        lists.addWidget(self.table, 3)
        lists.addLayout(self._buttons(self.add_button, self.edit_button, self.retire_button, self.up_button,
                                      self.down_button))
        lists.addSpacing(16)
        answers = QVBoxLayout()
        answers.addWidget(self.options_title)
        answers.addWidget(self.options, 1)
        lists.addLayout(answers, 2)
        lists.addLayout(self._buttons(self.add_option_button, self.edit_option_button, self.remove_option_button,
                                      self.option_up, self.option_down))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "FunnelSettings", "Each answer gives 0 to 10 points; each question's weight says how much it counts. "
                              "A lead's score = 100 \u00d7 \u03a3 (weight \u00d7 points \u00f7 10) \u00f7 \u03a3 "
                              "weight, over the questions in use; an unanswered question gives 0 points. Retired "
                              "questions are no longer asked and no longer count."), "note", wrap=True))
        layout.addLayout(lists, 1)
        layout.addWidget(self.message)
        self.reload()

    @staticmethod
    def _buttons(*widgets: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        return column

    # --- questions ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.questions = qualification.questions(include_inactive=True)
        fmt = self.ctx.fmt
        used, retired = translate("FunnelSettings", "Asked"), translate("FunnelSettings", "Retired")
        self.table.fill([(q.id, [q.text, fmt.number(q.weight), used if q.is_active else retired], q.is_active)
                         for q in self.questions], centred=(1,))
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.questions:
            self.table.select_row(0)
        self._selection()

    def selected(self) -> Question | None:
        chosen = self.table.selected_id()
        return next((q for q in self.questions if q.id == chosen), None)

    def _selection(self) -> None:
        question = self.selected()
        ids = [q.id for q in self.questions]
        self.edit_button.setEnabled(question is not None)
        self.retire_button.setEnabled(question is not None)
        self.retire_button.setText(translate("FunnelSettings", "Restore") if question and not question.is_active
                                   else translate("FunnelSettings", "Retire"))
        self.up_button.setEnabled(question is not None and ids.index(question.id) > 0)
        self.down_button.setEnabled(question is not None and ids.index(question.id) < len(ids) - 1)
        self.add_option_button.setEnabled(question is not None)
        self.options_title.setText(translate("FunnelSettings", "Answers to \u201c{question}\u201d").format(
            question=isolated(question.text)) if question else translate("FunnelSettings", "Answers"))
        self.options.fill([(o.id, [o.text, self.ctx.fmt.number(o.points)], True)
                           for o in (question.options if question else ())], centred=(1,))
        if question and self.options.selected_row() is None and question.options:
            self.options.select_row(0)
        self._option_selection()

    def _saved(self, question_id: int) -> None:
        self.message.setVisible(False)
        self.reload(question_id)

    def add_question(self) -> QuestionDialog:
        dialog = QuestionDialog(parent=self)
        dialog.saved.connect(lambda q: self._saved(q.id))
        dialog.open()
        return dialog

    def edit_question(self) -> QuestionDialog | None:
        question = self.selected()
        if question is None:
            return None
        dialog = QuestionDialog(question, self)
        dialog.saved.connect(lambda q: self._saved(q.id))
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        question = self.selected()
        if question is None:
            return
        change = qualification.restore_question if not question.is_active else qualification.retire_question
        self._run(lambda: change(question.id), question.id)

    def move_question(self, step: int) -> None:
        question = self.selected()
        ids = [q.id for q in self.questions]
        if question is None or not 0 <= ids.index(question.id) + step < len(ids):
            return
        index = ids.index(question.id)
        ids[index], ids[index + step] = ids[index + step], ids[index]
        self._run(lambda: qualification.reorder_questions(ids), question.id)

    def _run(self, action, select_id: int, option_id: int | None = None) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a refusal is shown beside the lists
            report(self.message, self, error)
            return False
        self._saved(select_id)
        if option_id is not None:
            self.options.select_id(option_id)
        return True

    # --- answers -----------------------------------------------------------------------------

    def selected_option(self) -> Option | None:
        question, chosen = self.selected(), self.options.selected_id()
        return next((o for o in question.options if o.id == chosen), None) if question else None

    def _option_selection(self) -> None:
        question, option = self.selected(), self.selected_option()
        ids = [o.id for o in question.options] if question else []
        self.edit_option_button.setEnabled(option is not None)
        self.remove_option_button.setEnabled(option is not None and len(ids) > 2)
        self.option_up.setEnabled(option is not None and ids.index(option.id) > 0)
        self.option_down.setEnabled(option is not None and ids.index(option.id) < len(ids) - 1)

    def add_option(self) -> OptionDialog | None:
        question = self.selected()
        if question is None:
            return None
        dialog = OptionDialog(question.id, parent=self)
        dialog.saved.connect(lambda o: self._after_option(o))
        dialog.open()
        return dialog

    def edit_option(self) -> OptionDialog | None:
        option = self.selected_option()
        if option is None:
            return None
        dialog = OptionDialog(option.question_id, option, self)
        dialog.saved.connect(lambda o: self._after_option(o))
        dialog.open()
        return dialog

    def _after_option(self, option: Option) -> None:
        self._saved(option.question_id)
        self.options.select_id(option.id)

    def retire_option(self) -> None:
        option = self.selected_option()
        if option is not None:
            self._run(lambda: qualification.retire_option(option.id), option.question_id)

    def move_option(self, step: int) -> None:
        question, option = self.selected(), self.selected_option()
        if option is None:
            return
        ids = [o.id for o in question.options]
        index = ids.index(option.id)
        if not 0 <= index + step < len(ids):
            return
        ids[index], ids[index + step] = ids[index + step], ids[index]
        self._run(lambda: qualification.reorder_options(question.id, ids), question.id, option.id)

"""Qualify a lead with the office's questionnaire: one choice per question, the score (0..100)
updating as answers are picked; saving stores the answers and the score, and a lead that reaches
the threshold can be marked qualified in the same step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import leads, qualification
from crm_desktop.text import i18n
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.i18n import render
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate


class QualifyDialog(QDialog):
    def __init__(self, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead_id = lead_id
        lead = leads.get_lead(lead_id)
        self.setWindowTitle(translate("Leads", "Qualify lead"))
        qualification.ensure_default()
        self.questions = qualification.questions()
        breakdown = qualification.score_breakdown(lead_id)
        chosen = {line.question_id: line.option_id for line in breakdown.lines}
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Leads", "Answers about “{name}”").format(name=lead.display_name),
                               "pageSubtitle", wrap=True))
        form = QFormLayout()
        self.combos: dict[int, QComboBox] = {}
        for question in self.questions:
            combo = QComboBox()
            combo.addItem(translate("Leads", "(not answered)"), None)
            for option in question.options:
                combo.addItem(option.text, option.id)
            if chosen.get(question.id) is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen[question.id])))
            combo.currentIndexChanged.connect(lambda _i: self._update_score())
            self.combos[question.id] = combo
            caption = label(question.text, wrap=True)
            form.addRow(caption, combo)
        layout.addLayout(form)
        self.score = QProgressBar()
        self.score.setRange(0, 100)
        layout.addWidget(self.score)
        self.mark = QCheckBox(translate("Leads", "Mark the lead qualified"))
        layout.addWidget(self.mark)
        self.error = label("", "fieldError", wrap=True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(540, self.sizeHint().height())
        self._update_score()

    def answers(self) -> dict[int, int | None]:
        return {question_id: combo.currentData() for question_id, combo in self.combos.items()}

    def _update_score(self) -> None:
        weights = {q.id: q.weight for q in self.questions}
        points = {o.id: o.points for q in self.questions for o in q.options}
        given = {qid: points[oid] for qid, oid in self.answers().items() if oid is not None}
        score = qualification.compute_score(given, weights) if given else None
        self.score.setValue(score or 0)
        shown = localize_digits(str(score if score is not None else 0), i18n.current_digits())
        self.score.setFormat(translate("Leads", "Score: {score} of 100").format(score=shown))
        qualified = qualification.is_qualified(score)
        self.mark.setChecked(qualified)

    def save(self) -> None:
        try:
            qualification.answer(self.lead_id, self.answers())
            if self.mark.isChecked():
                leads.set_status(self.lead_id, "qualified")
        except ValidationError as failure:
            self.error.setText("\n".join(render(e.text, e.params) for e in failure.errors))
            self.error.setVisible(True)
            return
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            show_error(self, error)
            return
        self.accept()

"""One case beside the queue: number, subject, status, priority and SLA clock; the customer (from the
360 profile, with a link to it); who has it and why the routing rules chose them; the status moves
the workflow allows (resolving asks how, resolved cases can be reopened and rated); a reply box that
either sends a message to the customer or adds an internal note; the case's calls, meetings and tasks
(log a call, schedule a follow-up, tick one done); and tabs with the history, the attached files and
the knowledge articles."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities import timeline_events as activity_lists
from crm_desktop.services.cases import case_service, conversation, queue, routing, sla, work_calendar, workflow
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.labels import label as code_label
from crm_desktop.text.i18n import render
from crm_desktop.ui.activities.linked_activities import LinkedActivities
from crm_desktop.ui.cases.detail_sections import (
    STYLE,
    AttachmentsBox,
    CustomerCard,
    HistoryList,
    clear_layout,
    editor_on_reading_side,
    text_label,
)
from crm_desktop.ui.widgets.flow_layout import FlowLayout
from crm_desktop.ui.cases.knowledge_box import KnowledgeBox
from crm_desktop.ui.cases.queue_model import assigned_text, clock_text
from crm_desktop.ui.cases.status_dialogs import AssignDialog, RateDialog, ResolveDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.widgets.common import in_reading_direction, label

translate = QCoreApplication.translate
CLOCK_TONES = {"ok": "blue", "at_risk": "amber", "overdue": "red", "breached": "red", "met": "green"}
PRIORITY_TONES = {"urgent": "red", "high": "amber"}


def chip(text: str, tone: str = "") -> QWidget:
    widget = label(text, "caseChip")
    widget.setProperty("tone", tone)
    return widget


def action_names() -> dict[str, str]:
    return {"in_progress": translate("Cases", "Start work"), "waiting": translate("Cases", "Wait for customer"),
            "resolved": translate("Cases", "Resolve\u2026"), "closed": translate("Cases", "Close"),
            "reopen": translate("Cases", "Reopen\u2026"), "rate": translate("Cases", "Rate satisfaction\u2026")}


class CaseDetail(QWidget):
    """``show_case(id)``; ``changed(id)`` after anything is written (the queue re-reads),
    ``open_customer(kind, id)`` for the profile link, ``edit_requested(id)`` for the edit form."""

    open_customer = Signal(str, int)
    changed = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.case = None
        self.setStyleSheet(STYLE)
        self.number = label("", "caseNumber", selectable=True)
        chips_box = QWidget()
        self.chips = FlowLayout(chips_box)
        self.subject = text_label("", "caseSubject", selectable=True)
        self.facts = text_label("", "muted")
        self.description = text_label("", selectable=True)
        self.customer = CustomerCard(ctx)
        self.customer.open_requested.connect(self.open_customer)
        self.assigned = text_label("")
        self.reason = text_label("", "note")
        self.outcome = text_label("", selectable=True)
        edit = QPushButton(translate("Cases", "Edit\u2026"))
        edit.clicked.connect(lambda: self.case_id and self.edit_requested.emit(self.case_id))
        assign = QPushButton(translate("Cases", "Assign\u2026"))
        assign.clicked.connect(lambda: self.assign())
        self.actions: dict[str, QPushButton] = {}
        actions_box = QWidget()
        actions = FlowLayout(actions_box)
        slots = {"resolved": self.resolve, "reopen": self.reopen, "rate": self.rate}
        for code, text in action_names().items():
            button = QPushButton(text)
            button.setObjectName(f"case_{code}")
            button.clicked.connect(lambda _c=False, code=code: slots.get(code, lambda: self.move_to(code))())
            self.actions[code] = button
            actions.addWidget(button)
        self.reply = editor_on_reading_side(QPlainTextEdit())
        self.reply.setObjectName("reply")
        self.reply.setPlaceholderText(translate("Cases", "Write to the customer, or a note for your colleagues\u2026"))
        self.reply.setFixedHeight(72)
        self.reply_error = label("", "fieldError", wrap=True)
        self.reply_error.setVisible(False)
        self.send_button = QPushButton(translate("Cases", "Send to customer"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.send_message())
        self.note_button = QPushButton(translate("Cases", "Add internal note"))
        self.note_button.clicked.connect(lambda: self.add_note())
        self.activities = LinkedActivities(ctx, schedule_text=translate("Cases", "Schedule follow-up\u2026"))
        self.activities.changed.connect(self._activities_written)
        self.history = HistoryList(ctx)
        self.files = AttachmentsBox(ctx)
        self.files.changed.connect(self._written)
        self.knowledge = KnowledgeBox(ctx)
        self.knowledge.used.connect(self._use_answer)
        self.knowledge.changed.connect(self._written)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget in (self.history, self.files, self.knowledge):
            self.tabs.addTab(widget, "")

        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addStretch(1)
        head.addWidget(edit)
        who = QHBoxLayout()
        who.addWidget(self.assigned, 1)
        who.addWidget(assign, 0, Qt.AlignmentFlag.AlignTop)
        reply_buttons = QHBoxLayout()
        reply_buttons.addStretch(1)
        reply_buttons.addWidget(self.note_button)
        reply_buttons.addWidget(self.send_button)
        body = QWidget()
        body.setObjectName("page")
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(chips_box)
        column.addWidget(self.subject)
        column.addWidget(self.facts)
        column.addWidget(self.description)
        column.addWidget(self.customer)
        column.addLayout(who)
        column.addWidget(self.reason)
        column.addWidget(self.outcome)
        column.addWidget(actions_box)
        column.addWidget(self.reply)
        column.addWidget(self.reply_error)
        column.addLayout(reply_buttons)
        column.addWidget(text_label(translate("Cases", "Calls, meetings and tasks"), "timelineTitle"))
        column.addWidget(self.activities)
        column.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.empty = label(translate("Cases", "Choose a case in the list to see its details, history and files "
                                              "here."), "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(360)

    # -- showing -----------------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.reply.clear()
            self.reply_error.setVisible(False)
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        found = queue.rows([self.case_id]) if self.case_id is not None else []
        if not found:
            self.case_id, self.case = None, None
            self.stack.setCurrentIndex(0)
            return
        row = found[0]
        case = self.case = case_service.get_case(row.id)
        fmt = self.ctx.fmt
        clock = sla.clock(row, dt.datetime.now(dt.timezone.utc), work_calendar.office_calendar())
        self.number.setText(fmt.digits(row.number))
        clear_layout(self.chips)
        self.chips.addWidget(chip(code_label(case_labels.STATUSES, row.status),
                                  "green" if row.status in ("resolved", "closed") else "blue"))
        self.chips.addWidget(chip(code_label(case_labels.PRIORITIES, row.priority),
                                  PRIORITY_TONES.get(row.priority, "")))
        if clock.state != "none":
            self.chips.addWidget(chip(clock_text(fmt, clock), CLOCK_TONES.get(clock.state, "")))
        self.subject.setText(row.subject)
        category = row.category
        if case.__data__.get("subcategory") is not None:
            category = translate("Cases", "{category} \u203a {subcategory}").format(
                category=category, subcategory=case.subcategory.name)
        facts = [code_label(case_labels.KINDS, row.kind), code_label(case_labels.CHANNELS, row.channel), category,
                 case.product, translate("Cases", "opened {when}").format(when=fmt.datetime(row.opened_at))]
        self.facts.setText(in_reading_direction(translate("Cases", " \u00b7 ").join(f"\u2068{f}\u2069" for f in facts
                                                                                     if f)))
        self.description.setText(case.description)
        self.description.setVisible(bool(case.description) and case.description != case.subject)
        self.customer.show_customer(row.contact_id, row.organization_id)
        self.assigned.setText(translate("Cases", "Assigned to: {who}").format(who=assigned_text(row.team,
                                                                                               row.assignee)))
        self.reason.setText(self._routing_reason(case.routing_note))
        self.reason.setVisible(bool(self.reason.text()))
        self.outcome.setText(self._outcome(case))
        self.outcome.setVisible(bool(self.outcome.text()))
        allowed = set(workflow.NEXT.get(row.status, ())) - {"assigned"}
        if row.status in ("resolved", "closed"):
            allowed |= {"reopen", "rate"}
        for code, button in self.actions.items():
            button.setVisible(code in allowed)
        self.activities.show_for(lambda case_id=row.id: activity_lists.for_case(case_id), {
            "case_id": row.id, "contact_id": row.contact_id, "organization_id": row.organization_id})
        self.history.show_case(row.id)
        files = self.files.show_case(row.id)
        articles = self.knowledge.show_case(row.id, case.__data__.get("category"),
                                            f"{case.subject}\n{case.description}")
        self.tabs.setTabText(0, translate("Cases", "History ({count})").format(
            count=fmt.number(len(self.history.entries))))
        self.tabs.setTabText(1, translate("Cases", "Files ({count})").format(count=fmt.number(files)))
        self.tabs.setTabText(2, translate("Cases", "Knowledge ({count})").format(count=fmt.number(articles)))
        self.stack.setCurrentIndex(1)

    @staticmethod
    def _routing_reason(note: str) -> str:
        if not note:
            return ""
        try:
            return translate("Cases", "Why: {reason}").format(reason=routing.reason_text(json.loads(note)))
        except (ValueError, TypeError, KeyError, AttributeError):
            return ""

    def _outcome(self, case) -> str:
        lines = []
        if case.resolution:
            lines.append(translate("Cases", "Resolution: {text}").format(text=case.resolution))
        if case.satisfaction:
            rated = translate("Cases", "Customer satisfaction: {score} of 5").format(
                score=self.ctx.fmt.digits(str(case.satisfaction)))
            if case.satisfaction_comment:
                rated = translate("Cases", "{rating} \u2014 \u201c{comment}\u201d").format(
                    rating=rated, comment=case.satisfaction_comment)
            lines.append(rated)
        return "\n".join(lines)

    # -- writing -----------------------------------------------------------------------------------

    def _do(self, action) -> bool:
        """Run a write on this case; errors about the reply show under it, others in a message."""
        if self.case_id is None:
            return False
        try:
            action(self.case_id)
        except ValidationError as failure:
            if failure.errors[0].field == "body":
                self.reply_error.setText(render(failure.errors[0].text, failure.errors[0].params))
                self.reply_error.setVisible(True)
            else:
                show_error(self, failure)
            return False
        except Exception as error:  # noqa: BLE001 - shown in the user's language, logged
            show_error(self, error)
            return False
        self.reply_error.setVisible(False)
        self._written()
        return True

    def _activities_written(self) -> None:
        """An activity was written from the case's list, which has read itself again: only the customer's
        figures (open activities, last contact) change besides it."""
        if self.case is not None:
            self.customer.show_customer(self.case.__data__.get("contact"), self.case.__data__.get("organization"))

    def _written(self) -> None:
        case_id = self.case_id
        self.reload()
        if case_id is not None:
            self.changed.emit(case_id)

    def _use_answer(self, answer: str) -> None:
        current = self.reply.toPlainText().strip()
        self.reply.setPlainText(f"{current}\n\n{answer}" if current else answer)
        self.reply.setFocus()

    def send_message(self) -> bool:
        text = self.reply.toPlainText()
        if self._do(lambda case_id: conversation.send_message(case_id, text)):
            self.reply.clear()
            return True
        return False

    def add_note(self) -> bool:
        text = self.reply.toPlainText()
        if self._do(lambda case_id: conversation.add_note(case_id, text)):
            self.reply.clear()
            return True
        return False

    def move_to(self, status: str) -> bool:
        return self._do(lambda case_id: workflow.set_status(case_id, status))

    def resolve(self) -> bool:
        dialog = ResolveDialog(self, text=self.case.resolution if self.case is not None else "")
        if not dialog.exec():
            return False
        text = dialog.resolution()
        return self._do(lambda case_id: workflow.set_status(case_id, "resolved", resolution=text))

    def reopen(self) -> bool:
        reason, ok = QInputDialog.getText(self, translate("Cases", "Reopen case"),
                                          translate("Cases", "Why is the case open again? (optional)"))
        return ok and self._do(lambda case_id: workflow.reopen(case_id, reason))

    def rate(self) -> bool:
        case = self.case
        dialog = RateDialog(self, score=case.satisfaction if case else None,
                            comment=case.satisfaction_comment if case else "", digits=self.ctx.fmt.digits)
        if not dialog.exec():
            return False
        return self._do(lambda case_id: workflow.rate(case_id, dialog.score(), dialog.comment.toPlainText()))

    def assign(self) -> bool:
        case = self.case
        if case is None:
            return False
        dialog = AssignDialog(self, user_id=case.__data__.get("assignee"), team_id=case.__data__.get("team"))
        if not dialog.exec():
            return False
        user_id, team_id = dialog.choice()
        return self._do(lambda case_id: workflow.assign(case_id, user_id, team_id, keep_team=False))

"""Log a call from anywhere, fast, keyboard only: find the customer by phone or name (Down, Enter),
the direction, how it went (Talked, No answer, Busy, Left a message, Wrong number), minutes, when
(now unless changed), notes, and maybe a follow-up. Ctrl+Enter logs it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.activities import activity_service, links
from crm_desktop.services.activities.checks import ActivityInput, default_subject
from crm_desktop.services.activities.labels import DIRECTIONS, OUTCOMES
from crm_desktop.services.local_time import local_now
from crm_desktop.ui.activities.choice_buttons import ChoiceButtons
from crm_desktop.ui.activities.customer_field import CustomerField
from crm_desktop.ui.activities.due_field import DueField, next_quarter
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.follow_up_box import FollowUpBox
from crm_desktop.ui.activities.form_parts import FormDialog, duration_of, duration_spin, notes_box
from crm_desktop.ui.context import AppContext

translate = QCoreApplication.translate
SHOWN_AT = {"organization_id": "contact_id", "done_at": "due_at"}


class LogCallDialog(FormDialog):
    """``exec()``, then ``saved_id`` (the call) and ``follow_up_id``."""

    def __init__(self, ctx: AppContext, *, contact_id: int | None = None, organization_id: int | None = None,
                 deal_id: int | None = None, case_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id, self.case_id = deal_id, case_id
        self.saved_id: int | None = None
        self.follow_up_id: int | None = None
        if contact_id is None and organization_id is None:
            contact_id, organization_id = links.customer_of(deal_id=deal_id, case_id=case_id)
        self.setWindowTitle(translate("Activities", "Log a call"))
        self.customer = CustomerField(ctx, contact_id, organization_id)
        self.direction = ChoiceButtons.of_codes(DIRECTIONS, None, "outbound")
        self.direction.setObjectName("direction")
        self.outcome = ChoiceButtons.of_codes(OUTCOMES, None, "answered")
        self.outcome.setObjectName("outcome")
        self.duration = duration_spin(None)
        self.when = DueField(ctx.fmt, allow_all_day=False)
        self.when.set_value(local_now())
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.notes = notes_box("", 72)
        self.notes.setPlaceholderText(translate("Activities", "What was said"))
        self.follow_up = FollowUpBox(ctx, checked=False, clock=next_quarter(local_now()).time())
        self.direction.changed.connect(self._direction_changed)
        self.customer.picked.connect(self._customer_picked)
        self._direction_changed()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, caption, widget in (
                ("contact_id", translate("Activities", "Customer"), self.customer),
                ("direction", translate("Activities", "Direction"), self.direction),
                ("outcome", translate("Activities", "Outcome"), self.outcome),
                ("duration_minutes", translate("Activities", "Duration"), self.duration),
                ("due_at", translate("Activities", "When"), self.when),
                ("subject", translate("Activities", "Subject"), self.subject),
                ("body", translate("Activities", "Notes"), self.notes)):
            form.addRow(caption, self.errors.boxed(field, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.button_box(translate("Activities", "Log call")))
        self.resize(620, self.sizeHint().height())
        self._customer_picked()
        (self.outcome if self.customer.chosen is not None else self.customer.input).setFocus()

    def _direction_changed(self, *_args) -> None:
        self.subject.setPlaceholderText(default_subject("call", self.direction.value()))

    def _customer_picked(self) -> None:
        name = self.customer.chosen_label.text() if self.customer.chosen is not None else ""
        self.follow_up.set_default_subject(name)
        if self.customer.chosen is not None and self.isVisible():
            self.outcome.setFocus()

    def data(self) -> ActivityInput:
        contact_id, organization_id = self.customer.value()
        when, _all_day = self.when.value()
        return ActivityInput(kind="call", subject=self.subject.text(), body=self.notes.toPlainText(),
                             contact_id=contact_id, organization_id=organization_id, deal_id=self.deal_id,
                             case_id=self.case_id, direction=self.direction.value(), outcome=self.outcome.value(),
                             duration_minutes=duration_of(self.duration), due_at=when, done=True)

    def save(self) -> None:
        self.customer.settle()
        self.when.settle()
        self.clear_errors()
        if self.when.error:
            self.show_field_error("due_at", self.when.error)
            self.when.setFocus()
            return
        if self.follow_up.wanted() and not self.follow_up.precheck():
            return
        data = self.data()

        def write():
            self.customer.add_if_new(data)
            return activity_service.create_activity(data)
        saved = self.attempt(write, SHOWN_AT)
        if saved is None:
            return
        self.saved_id = saved.id
        self.follow_up_id = self.follow_up.create_after(saved)
        activity_events.changed.emit()
        self.accept()

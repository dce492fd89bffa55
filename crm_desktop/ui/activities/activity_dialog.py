"""Schedule or log an activity, or edit one: the kind (call, meeting, task, SMS, email, note) as a
row of buttons, and only the fields that kind has — subject, customer (by phone or name; an
unknown phone is added on save), the customer's open deal and case, assignee, due date and time,
duration, direction, outcome, place and attendees, priority, reminder, repetition, done, notes.
The service's checks show beside their fields; Ctrl+Enter saves."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.activities import activity_service, links
from crm_desktop.services.activities.checks import ActivityInput
from crm_desktop.services.activities.labels import DIRECTIONS, KINDS, OUTCOMES, PRIORITIES
from crm_desktop.services.labels import label as code_label
from crm_desktop.services.local_time import local_now
from crm_desktop.ui.activities.choice_buttons import KIND_ORDER, ChoiceButtons
from crm_desktop.ui.activities.customer_field import CustomerField
from crm_desktop.ui.activities.due_field import DueField, next_quarter
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.form_parts import (FormDialog, assignee_combo, default_reminder, duration_of,
                                                  duration_spin, notes_box, reminder_combo, scrolling)
from crm_desktop.ui.activities.repeat_box import RepeatBox
from crm_desktop.ui.cases.case_dialog import code_combo
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.text_direction import in_own_direction

translate = QCoreApplication.translate
NOT_NOTE = ("call", "meeting", "task", "sms", "email")
#: which kinds have which field (the rest of the form is the same for every kind)
FIELDS_OF = {
    "duration_minutes": ("call", "meeting"),
    "direction": ("call", "sms", "email"),
    "outcome": ("call",),
    "location": ("meeting",),
    "attendees": ("meeting",),
    "priority": NOT_NOTE,
    "remind_before": NOT_NOTE,
    "recurrence": NOT_NOTE,
    "done": NOT_NOTE,
}
#: errors of the service shown at another field's place
SHOWN_AT = {"organization_id": "contact_id", "done_at": "due_at", "recurrence_until": "recurrence"}


def subject_hint(kind: str) -> str:
    return {
        "call": translate("Activities", "e.g. Call about the quote"),
        "meeting": translate("Activities", "e.g. Demo at their office"),
        "task": translate("Activities", "e.g. Prepare the offer"),
        "sms": translate("Activities", "e.g. Payment reminder"),
        "email": translate("Activities", "e.g. Send the price list"),
        "note": translate("Activities", "e.g. Talked at the fair"),
    }.get(kind, "")


class ActivityDialog(FormDialog):
    """``exec()`` (or ``open()``), then ``saved_id``: the saved activity."""

    def __init__(self, ctx: AppContext, activity_id: int | None = None, *, preset: ActivityInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.saved_id: int | None = None
        data = self._start(activity_id, preset)
        self._original = data
        self._done_choice = data.done
        self.setWindowTitle(translate("Activities", "Edit activity") if activity_id is not None
                            else translate("Activities", "New activity"))
        fmt = ctx.fmt
        self.kind = ChoiceButtons.of_codes(KINDS, KIND_ORDER, data.kind, icons=True)
        self.kind.setObjectName("kindChooser")
        self.subject = QLineEdit(data.subject)
        self.subject.setObjectName("subject")
        self.customer = CustomerField(ctx, data.contact_id, data.organization_id)
        self.deal = QComboBox()
        self.case = QComboBox()
        self.assignee = assignee_combo(data.assignee_id)
        self.due = DueField(fmt)
        self.due.set_value(data.due_at, data.all_day)
        self.duration = duration_spin(data.duration_minutes)
        self.direction = ChoiceButtons.of_codes(DIRECTIONS, None, data.direction or "outbound")
        self.outcome = QComboBox()
        self.outcome.addItem(translate("Activities", "\u2014"), "")
        for code in OUTCOMES:
            self.outcome.addItem(code_label(OUTCOMES, code), code)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(data.outcome)))
        self.location = QLineEdit(data.location)
        self.location.setPlaceholderText(translate("Activities", "Address, or \u201cOnline\u201d"))
        self.attendees = notes_box(data.attendees, 58)
        self.attendees.setPlaceholderText(translate("Activities", "One name a line"))
        self.priority = code_combo(PRIORITIES, data.priority)
        self.reminder = reminder_combo(fmt, data.remind_before)
        self.repeat = RepeatBox(fmt, data.recurrence)
        self.done_box = QCheckBox(translate("Activities", "Done"))
        self.done_box.setObjectName("done")
        self.done_box.setChecked(data.done)
        self.body = notes_box(data.body, 90)
        self._build_form()
        self._fill_links(data.deal_id, data.case_id)
        self.kind.changed.connect(self._kind_changed)
        self.customer.picked.connect(self._customer_changed)
        self.done_box.toggled.connect(self._done_toggled)
        self.due.changed.connect(self._refresh)
        self._kind_changed(data.kind)
        self.subject.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _start(self, activity_id: int | None, preset: ActivityInput | None) -> ActivityInput:
        if activity_id is not None:
            return activity_service.activity_input(activity_service.get_activity(activity_id))
        data = replace(preset) if preset is not None else ActivityInput()
        if data.contact_id is None and data.organization_id is None:
            data.contact_id, data.organization_id = links.customer_of(deal_id=data.deal_id, case_id=data.case_id)
        if data.due_at is None:
            now = local_now()
            data.due_at = now if data.done or data.kind == "note" else next_quarter(now + dt.timedelta(hours=1))
        if data.remind_before is None:
            data.remind_before = default_reminder()
        return data

    def _build_form(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.rows: dict[str, QWidget] = {}
        rows = [("subject", translate("Activities", "Subject"), self.subject),
                ("contact_id", translate("Activities", "Customer"), self.customer),
                ("deal_id", translate("Activities", "Deal"), self.deal),
                ("case_id", translate("Activities", "Case"), self.case),
                ("due_at", translate("Activities", "Due"), self.due),
                ("done", "", self.done_box),
                ("duration_minutes", translate("Activities", "Duration"), self.duration),
                ("direction", translate("Activities", "Direction"), self.direction),
                ("outcome", translate("Activities", "Outcome"), self.outcome),
                ("location", translate("Activities", "Place"), self.location),
                ("attendees", translate("Activities", "Attendees"), self.attendees),
                ("assignee_id", translate("Activities", "Assigned to"), self.assignee),
                ("priority", translate("Activities", "Priority"), self.priority),
                ("remind_before", translate("Activities", "Reminder"), self.reminder),
                ("recurrence", translate("Activities", "Repeat"), self.repeat),
                ("body", translate("Activities", "Notes"), self.body)]
        for field, caption, widget in rows:
            box = self.errors.boxed(field, widget)
            self.rows[field] = box
            form.addRow(caption, box)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(form)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.general)
        layout.addWidget(self.button_box(translate("Activities", "Save")))
        self.resize(660, 640)

    def _caption(self, field: str, text: str) -> None:
        caption = self.form.labelForField(self.rows[field])
        if caption is not None:
            caption.setText(text)

    def _customer_changed(self) -> None:
        """Another customer: their open deals and cases (the chosen ones stay only if theirs too)."""
        self._fill_links(self.deal.currentData(), self.case.currentData(), keep=False)

    def _fill_links(self, deal_id: int | None, case_id: int | None, *, keep: bool = True) -> None:
        """The customer's open deals and cases; ``keep``: the linked ones stay offered whatever their
        state (an activity of a won deal, being edited)."""
        contact_id, organization_id = self.customer.value()
        deals = links.open_deals(contact_id, organization_id, include=deal_id if keep else None)
        cases = links.open_cases(contact_id, organization_id, include=case_id if keep else None)
        for combo, found, current in ((self.deal, deals, deal_id), (self.case, cases, case_id)):
            combo.clear()
            combo.addItem(translate("Activities", "\u2014"), None)
            for link in found:
                combo.addItem(in_own_direction(link.title), link.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._refresh()

    # -- reacting --------------------------------------------------------------------------------

    def _kind_changed(self, kind: str) -> None:
        self.subject.setPlaceholderText(subject_hint(kind))
        if kind == "note":
            blocked = self.done_box.blockSignals(True)
            self.done_box.setChecked(True)
            self.done_box.blockSignals(blocked)
        else:
            blocked = self.done_box.blockSignals(True)
            self.done_box.setChecked(self._done_choice)
            self.done_box.blockSignals(blocked)
        self._caption("body", translate("Activities", "Minutes") if kind == "meeting"
                      else translate("Activities", "Notes"))
        self._not_done_later()
        self._refresh()

    def _done_toggled(self, checked: bool) -> None:
        self._done_choice = checked
        self._not_done_later()
        self._refresh()

    def _not_done_later(self) -> None:
        """A new activity logged as done took place by now, not at the future time it started with."""
        if self.activity_id is not None or not (self.done_box.isChecked() or self.kind.value() == "note"):
            return
        due, all_day = self.due.value()
        now = local_now().replace(second=0, microsecond=0)
        if due is not None and due > now and not all_day:
            self.due.set_value(now)

    def _outcome_applies(self, kind: str, due: dt.datetime | None) -> bool:
        """A call's outcome, once it is done or its time has come."""
        return kind == "call" and (self.done_box.isChecked() or (due is not None and due <= local_now()))

    def _refresh(self) -> None:
        kind = self.kind.value()
        done = self.done_box.isChecked()
        due, _all_day = self.due.value() if not self.due.error else (None, False)
        for field, kinds in FIELDS_OF.items():
            self.form.setRowVisible(self.rows[field], kind in kinds)
        self.form.setRowVisible(self.rows["outcome"], self._outcome_applies(kind, due))
        if done:
            self.form.setRowVisible(self.rows["remind_before"], False)
        self.form.setRowVisible(self.rows["deal_id"], self.deal.count() > 1)
        self.form.setRowVisible(self.rows["case_id"], self.case.count() > 1)
        self._caption("due_at", translate("Activities", "When") if done else translate("Activities", "Due"))
        self.repeat.set_start(due.date() if due is not None else None)

    # -- saving ----------------------------------------------------------------------------------

    def data(self) -> ActivityInput:
        kind = self.kind.value()
        contact_id, organization_id = self.customer.value()
        due_at, all_day = self.due.value()
        done = self.done_box.isChecked() or kind == "note"
        has = {field: kind in kinds for field, kinds in FIELDS_OF.items()}
        outcome = self.outcome.currentData() if self._outcome_applies(kind, due_at) else ""
        return ActivityInput(
            kind=kind, subject=self.subject.text(), body=self.body.toPlainText(), contact_id=contact_id,
            organization_id=organization_id, deal_id=self.deal.currentData(), case_id=self.case.currentData(),
            assignee_id=self.assignee.currentData(),
            priority=self.priority.currentData() if has["priority"] else "normal", due_at=due_at, all_day=all_day,
            duration_minutes=duration_of(self.duration) if has["duration_minutes"] else None,
            direction=self.direction.value() if has["direction"] else "", outcome=outcome,
            location=self.location.text() if has["location"] else "",
            attendees=self.attendees.toPlainText() if has["attendees"] else "",
            remind_before=self.reminder.currentData() if has["remind_before"] and due_at is not None else None,
            recurrence=self.repeat.value() if has["recurrence"] else None, done=done,
            done_at=self._original.done_at if done and self._original.done else None,
            follow_up_of=self._original.follow_up_of)

    def _typing_errors(self) -> bool:
        """Dates typed wrong: shown beside their fields (nothing is sent to be saved)."""
        self.clear_errors()
        wrong = [(field, text) for field, text in (("due_at", self.due.error), ("recurrence", self.repeat.error))
                 if text]
        for field, text in wrong:
            self.show_field_error(field, text)
        if wrong:
            self.errors.inputs[wrong[0][0]].setFocus()
        return bool(wrong)

    def save(self) -> None:
        self.customer.settle()
        self.due.settle()
        if self._typing_errors():
            return
        data = self.data()

        def write():
            self.customer.add_if_new(data, editing=self.activity_id is not None)  # a number typed after "Change"
            if self.activity_id is not None:
                return activity_service.update_activity(self.activity_id, data)
            return activity_service.create_activity(data)
        saved = self.attempt(write, SHOWN_AT)
        if saved is None:
            return
        self.saved_id = saved.id
        activity_events.changed.emit()
        self.accept()

""""Schedule a follow-up", shared by closing an activity and logging a call: what kind, about what
(default "Follow up: <subject>"), when (tomorrow, in 3 days, next week, in 2 weeks, or a date and
time of one's own) and for whom (default: the same person)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QWidget

from crm_desktop.services.activities import activity_service
from crm_desktop.services.activities.checks import ActivityInput, check
from crm_desktop.services.activities.labels import KINDS
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.labels import label as code_label
from crm_desktop.services.local_time import local_now
from crm_desktop.ui.activities.due_field import DueField, at
from crm_desktop.ui.activities.form_parts import assignee_combo, default_reminder
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.customers.form_parts import FieldErrors
from crm_desktop.ui.errors import show_error

translate = QCoreApplication.translate
FOLLOW_UP_KINDS = ("call", "meeting", "task", "sms", "email")
QUICK_DAYS = (1, 3, 7, 14)  # tomorrow, in 3 days, next week, in 2 weeks
OWN_FIELDS = ("kind", "subject", "due_at", "assignee_id", "remind_before")


def follow_up_subject(subject: str) -> str:
    return translate("Activities", "Follow up: {subject}").format(subject=subject) if subject \
        else translate("Activities", "Follow up")


class FollowUpBox(QGroupBox):
    """A checkable group; ``fill(data)`` puts the follow-up's kind, subject, time, assignee and the
    user's default reminder on an :class:`ActivityInput` (e.g. one from ``follow_up_input``)."""

    def __init__(self, ctx: AppContext, *, checked: bool, subject: str = "", clock: dt.time | None = None,
                 assignee_id: int | None = None, kind: str = "call", parent: QWidget | None = None) -> None:
        super().__init__(translate("Activities", "Schedule a follow-up"), parent)
        self.setObjectName("followUp")
        self.setCheckable(True)
        self.setChecked(checked)
        self.clock = clock or dt.time(10, 0)
        self.errors = FieldErrors()
        self.kind = QComboBox()
        for code in FOLLOW_UP_KINDS:
            self.kind.addItem(code_label(KINDS, code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.subject = QLineEdit()
        self.subject.setObjectName("followUpSubject")
        self.subject.setPlaceholderText(follow_up_subject(subject))
        self.when = QComboBox()
        self.when.setObjectName("followUpWhen")
        for days, text in zip(QUICK_DAYS, (translate("Activities", "Tomorrow"), translate("Activities", "In 3 days"),
                                           translate("Activities", "Next week"),
                                           translate("Activities", "In 2 weeks")), strict=True):
            self.when.addItem(text, days)
        self.when.addItem(translate("Activities", "On a date of my own"), None)
        self.due = DueField(ctx.fmt)
        self.due.setObjectName("followUpDue")
        self.assignee = assignee_combo(assignee_id)
        self._choosing = False
        self.when.currentIndexChanged.connect(self._quick_chosen)
        self.due.changed.connect(self._due_edited)
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when)
        when_row.addWidget(self.due, 1)
        when_box = QWidget()
        when_box.setLayout(when_row)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, caption, widget, focus in (
                ("kind", translate("Activities", "Kind"), self.kind, self.kind),
                ("subject", translate("Activities", "Subject"), self.subject, self.subject),
                ("due_at", translate("Activities", "When"), when_box, self.due),
                ("assignee_id", translate("Activities", "Assigned to"), self.assignee, self.assignee)):
            form.addRow(caption, self.errors.boxed(field, widget, focus))
        self._quick_chosen()

    def set_default_subject(self, subject: str) -> None:
        self.subject.setPlaceholderText(follow_up_subject(subject))

    def _quick_chosen(self, *_args) -> None:
        days = self.when.currentData()
        if days is None:
            self.due.setFocus()
            return
        self._choosing = True
        try:
            self.due.set_value(at(local_now().date() + dt.timedelta(days=days), self.clock))
        finally:
            self._choosing = False

    def _due_edited(self) -> None:
        if not self._choosing and self.when.currentData() is not None:
            blocked = self.when.blockSignals(True)
            self.when.setCurrentIndex(self.when.count() - 1)
            self.when.blockSignals(blocked)

    def wanted(self) -> bool:
        return self.isChecked()

    def fill(self, data: ActivityInput) -> ActivityInput:
        due_at, all_day = self.due.value()
        data.kind = self.kind.currentData()
        data.subject = self.subject.text().strip() or self.subject.placeholderText()
        data.due_at, data.all_day = due_at, all_day
        data.assignee_id = self.assignee.currentData()
        data.remind_before = default_reminder() if due_at is not None else None
        return data

    def precheck(self) -> bool:
        """Is the follow-up as typed one the service will take? Shows why not beside its fields
        (before anything else is written)."""
        self.errors.clear()
        self.due.settle()
        if self.due.error:
            self.errors.labels["due_at"].setText(self.due.error)
            self.errors.labels["due_at"].setVisible(True)
            self.due.setFocus()
            return False
        errors = [e for e in check(self.fill(ActivityInput())) if e.field in OWN_FIELDS]
        if errors:
            self.show_errors(ValidationError(errors))
        return not errors

    def show_errors(self, failure: ValidationError) -> list[str]:
        return self.errors.show(failure)

    def create_after(self, activity) -> int | None:
        """The follow-up of ``activity`` (just logged or done), when one is wanted: its id. It passed
        :meth:`precheck` before ``activity`` was written; a late refusal is still shown, and None."""
        if not self.wanted():
            return None
        try:
            return activity_service.create_activity(self.fill(activity_service.follow_up_input(activity))).id
        except Exception as error:  # noqa: BLE001 - shown, logged; what was written stays
            show_error(self, error)
            return None

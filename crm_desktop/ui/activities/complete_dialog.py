"""Closing an activity: what happened (a call's outcome, how long it took, notes or a meeting's
minutes), and the next step — a follow-up, ticked by default after calls and meetings. A repeating
activity says when its next occurrence will be."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.activities import activity_service
from crm_desktop.services.activities.labels import OUTCOMES
from crm_desktop.services.local_time import local_now
from crm_desktop.ui.activities.choice_buttons import ChoiceButtons
from crm_desktop.ui.activities.due_field import local, next_quarter
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.follow_up_box import FollowUpBox
from crm_desktop.ui.activities.form_parts import FormDialog, duration_of, duration_spin, notes_box
from crm_desktop.ui.cases.customer_picker import customer_name
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label
from crm_desktop.ui.widgets.icons import kind_icon

translate = QCoreApplication.translate
FOLLOWED_UP = ("call", "meeting")  # kinds whose closing offers a follow-up ticked


class CompleteDialog(FormDialog):
    """``exec()``, then ``follow_up_id`` and ``next_occurrence_id`` (None when none was made)."""

    def __init__(self, ctx: AppContext, activity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.activity = activity_service.get_activity(activity_id)
        self.follow_up_id: int | None = None
        self.next_occurrence_id: int | None = None
        kind = self.activity.kind
        self.setWindowTitle(translate("Activities", "Mark as done"))
        self.outcome = ChoiceButtons.of_codes(OUTCOMES, None, self.activity.outcome or "answered")
        self.outcome.setObjectName("outcome")
        self.duration = duration_spin(self.activity.duration_minutes)
        self.notes = notes_box("", 110 if kind == "meeting" else 72)
        self.notes.setPlaceholderText(translate("Activities", "What was decided, who does what next")
                                      if kind == "meeting" else translate("Activities", "What happened"))
        due = self.activity.due_at
        clock = local(due).time() if due is not None and not self.activity.all_day \
            else next_quarter(local_now()).time()
        self.follow_up = FollowUpBox(ctx, checked=kind in FOLLOWED_UP, subject=self.activity.subject, clock=clock,
                                     assignee_id=self.activity.__data__.get("assignee"),
                                     kind=kind if kind != "note" else "call")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if kind == "call":
            form.addRow(translate("Activities", "Outcome"), self.errors.boxed("outcome", self.outcome))
        if kind in ("call", "meeting"):
            form.addRow(translate("Activities", "Duration"), self.errors.boxed("duration_minutes", self.duration))
        form.addRow(translate("Activities", "Minutes") if kind == "meeting" else translate("Activities", "Notes"),
                    self.errors.boxed("body", self.notes))
        self.repeats = label(self._repeat_text(), "note", wrap=True)
        self.repeats.setObjectName("nextOccurrence")
        self.repeats.setVisible(bool(self.repeats.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addLayout(form)
        layout.addWidget(self.repeats)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.button_box(translate("Activities", "Mark as done")))
        self.resize(600, self.sizeHint().height())
        (self.outcome if kind == "call" else self.notes).setFocus()

    def _header(self) -> QWidget:
        activity, fmt = self.activity, self.ctx.fmt
        icon = QLabel()
        icon.setPixmap(kind_icon(activity.kind).pixmap(QSize(22, 22)))
        title = label(activity.subject, "timelineTitle", wrap=True)
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        title.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        parts = [customer_name(activity.__data__.get("contact"), activity.__data__.get("organization"))]
        if activity.due_at is not None:
            when = fmt.date(local(activity.due_at).date()) if activity.all_day else fmt.datetime(local(activity.due_at))
            parts.append(translate("Activities", "due {when}").format(when=isolated(when)))
        separator = translate("Timeline", " \u00b7 ")
        meta = label(in_reading_direction(separator.join(isolated(p) for p in parts if p)), "timelineMeta", wrap=True)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(title)
        text.addWidget(meta)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        box = QWidget()
        box.setLayout(row)
        return box

    def _repeat_text(self) -> str:
        """When the occurrence that doing it makes will be due (the service's own rule); nothing when
        none will be made because the next one exists already (done, then opened again)."""
        if not self.activity.recurrence_unit:
            return ""
        found = activity_service.next_slot(self.activity)
        if found is None:
            if activity_service.later_occurrence_exists(self.activity):
                return ""
            return translate("Activities", "This was the last time of a repeating activity.")
        when = found[1]
        shown = self.ctx.fmt.date(local(when).date()) if self.activity.all_day else self.ctx.fmt.datetime(local(when))
        return translate("Activities", "This activity repeats: the next one will be due {when}.").format(
            when=isolated(shown))

    def save(self) -> None:
        kind = self.activity.kind
        self.clear_errors()
        if self.follow_up.wanted() and not self.follow_up.precheck():
            return
        done = self.attempt(lambda: activity_service.complete_activity(
            self.activity_id, outcome=self.outcome.value() if kind == "call" else None,
            notes=self.notes.toPlainText(),
            duration_minutes=duration_of(self.duration) if kind in ("call", "meeting") else None))
        if done is None:
            return
        self.next_occurrence_id = done.next_occurrence.id if done.next_occurrence is not None else None
        self.follow_up_id = self.follow_up.create_after(done.activity)
        activity_events.changed.emit()
        self.accept()

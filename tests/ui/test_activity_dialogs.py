"""The activity forms and quick actions, in Persian and English: each kind saved through the form
and read back, errors beside their fields with nothing written, the fields each kind has, a monthly
repetition, closing a call with a follow-up, logging a call for a customer found by phone, the
reschedule menu, and the due field's Jalali date and hours-first time in a right-to-left window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from crm_desktop.db.models import Activity, Case, Contact, Deal
from crm_desktop.services import contacts
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities.checks import NO_DUE, NO_SUBJECT, ActivityInput
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.local_time import LocalZone, local_now
from crm_desktop.text.i18n import render
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.ui.activities import quick_actions
from crm_desktop.ui.activities.activity_dialog import ActivityDialog
from crm_desktop.ui.activities.complete_dialog import CompleteDialog
from crm_desktop.ui.activities.dialog_states import screenshot_states
from crm_desktop.ui.activities.due_field import DueField, TimeEdit
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.activities.log_call_dialog import LogCallDialog

LOCAL = LocalZone()


def press(widget, key: Qt.Key, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def type_text(widget, text: str) -> None:
    """Typed one key at a time (never qtbot.keyClicks: Persian text aborts the process)."""
    for char in text:
        press(widget, Qt.Key.Key_unknown, char)


def enter_date(field, text: str) -> None:
    field.edit.setText(text)
    field.edit.editingFinished.emit()


@pytest.fixture
def maryam(ctx):
    return contacts.create_contact(contacts.ContactInput(
        first_name="مریم", last_name="کاظمی", points=[PointInput("mobile", "09121112233", is_primary=True)]))


def dialog(qtbot, make):
    widget = make()
    qtbot.addWidget(widget)
    return widget


def tomorrow_at(clock: dt.time) -> dt.datetime:
    return dt.datetime.combine(local_now().date() + dt.timedelta(days=1), clock, tzinfo=LOCAL)


# -- the activity form ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["call", "meeting", "task", "sms", "email", "note"])
def test_each_kind_is_saved_through_the_form(qtbot, ctx, maryam, kind):
    fired = []
    activity_events.changed.connect(lambda: fired.append(True))
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(contact_id=maryam.id)))
    form.kind.buttons[kind].click()
    assert form.kind.value() == kind
    form.subject.setText("پیگیری پیش‌فاکتور")
    due = tomorrow_at(dt.time(10, 30)) if kind != "note" else local_now().replace(second=0, microsecond=0)
    form.due.set_value(due)
    if kind in ("call", "sms", "email"):
        form.direction.buttons["inbound"].click()
    if kind == "meeting":
        form.location.setText("Vanak sq.")
        form.attendees.setPlainText("Ali\nSara")
        form.duration.setValue(90)
    form.priority.setCurrentIndex(form.priority.findData("high") if kind != "note" else 0)
    form.body.setPlainText("یادداشت")
    form.save()
    assert form.result() and form.saved_id is not None and fired
    saved = svc.get_activity(form.saved_id)
    assert (saved.kind, saved.subject, saved.body) == (kind, "پیگیری پیش‌فاکتور", "یادداشت")
    assert saved.__data__["contact"] == maryam.id and saved.due_at == due.astimezone(dt.timezone.utc)
    assert saved.direction == ("inbound" if kind in ("call", "sms", "email") else "")
    assert (saved.location, saved.attendees, saved.duration_minutes) == \
        (("Vanak sq.", "Ali\nSara", 90) if kind == "meeting" else ("", "", None))
    assert (saved.done_at is not None) == (kind == "note")
    assert saved.remind_at is None if kind == "note" else saved.remind_before is not None
    assert saved.priority == ("high" if kind != "note" else "normal")
    edit = dialog(qtbot, lambda: ActivityDialog(ctx, form.saved_id))  # and back into the form
    assert edit.kind.value() == kind and edit.subject.text() == "پیگیری پیش‌فاکتور"
    assert edit.due.value() == (due, False)
    edit.subject.setText("Changed")
    edit.save()
    assert svc.get_activity(form.saved_id).subject == "Changed"


def test_errors_show_beside_their_fields_and_nothing_is_written(qtbot, ctx):
    before = Activity.select().count()
    form = dialog(qtbot, lambda: ActivityDialog(ctx))
    form.subject.setText("   ")
    enter_date(form.due.date, "1404/13/40")  # no such date
    form.save()
    assert not form.result() and form.errors.labels["due_at"].text() == form.due.error != ""
    assert not form.errors.labels["due_at"].isHidden()
    enter_date(form.due.date, "")  # no due date at all: the service says so
    form.save()
    assert form.errors.labels["subject"].text() == render(NO_SUBJECT)
    assert form.errors.labels["due_at"].text() == render(NO_DUE)
    assert not form.errors.labels["subject"].isHidden() and not form.errors.labels["due_at"].isHidden()
    assert not form.result() and form.saved_id is None and Activity.select().count() == before
    form.subject.setText("Prepare the offer")
    form.due.set_value(tomorrow_at(dt.time(9, 0)))
    form.save()
    assert form.result() and Activity.select().count() == before + 1


def test_the_kind_decides_which_fields_show(qtbot, ctx, maryam):
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(kind="task", contact_id=maryam.id)))
    form.show()

    def shown(field: str) -> bool:
        return form.rows[field].isVisible()

    assert not any(shown(f) for f in ("direction", "duration_minutes", "outcome", "location", "attendees"))
    assert all(shown(f) for f in ("subject", "due_at", "priority", "remind_before", "recurrence", "done"))
    form.kind.buttons["meeting"].click()
    assert shown("location") and shown("attendees") and shown("duration_minutes") and not shown("direction")
    assert form.form.labelForField(form.rows["body"]).text() != form.form.labelForField(form.rows["subject"]).text()
    form.kind.buttons["call"].click()
    assert shown("direction") and shown("duration_minutes") and not shown("location")
    assert not shown("outcome")  # a call due tomorrow has no outcome yet
    form.done_box.setChecked(True)
    assert shown("outcome") and not shown("remind_before")
    assert form.due.value()[0] <= local_now()  # logged as done: it happened by now, not tomorrow
    form.kind.buttons["note"].click()
    assert not any(shown(f) for f in ("done", "remind_before", "recurrence", "priority", "direction"))
    form.kind.buttons["task"].click()  # back: the done tick the user gave is still there
    assert form.done_box.isChecked() and shown("done")


def test_a_deal_brings_its_customer_and_the_customer_brings_open_deals_and_cases(qtbot, ctx):
    deal = Deal.select().where((Deal.status == "open") & Deal.contact.is_null(False)).first()
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(kind="task", deal_id=deal.id)))
    assert form.customer.value()[0] == deal.contact_id and form.deal.currentData() == deal.id
    offered = {form.deal.itemData(i) for i in range(1, form.deal.count())}
    company = form.customer.value()[1] or deal.contact.organization_id
    theirs = (Deal.contact == deal.contact_id) | ((Deal.organization == company) if company else False)
    assert offered == {d.id for d in Deal.select().where((Deal.status == "open") & Deal.deleted_at.is_null() & theirs)}
    assert deal.id in offered
    case = Case.select().where(Case.status.in_(["new", "assigned", "in_progress", "waiting"])
                               & Case.contact.is_null(False) & (Case.contact != deal.contact_id)).first()
    form.customer.choose(case.contact_id, None, "someone")  # another customer: their deals and cases
    assert case.id in {form.case.itemData(i) for i in range(1, form.case.count())}
    assert form.deal.currentData() != deal.id  # the other customer's deal is not kept
    form.case.setCurrentIndex(form.case.findData(case.id))
    form.subject.setText("Call about the complaint")
    form.save()
    saved = svc.get_activity(form.saved_id)
    assert (saved.__data__["case"], saved.__data__["contact"]) == (case.id, case.contact_id)
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(kind="task")))
    assert form.deal.count() == 1 and form.case.count() == 1  # nobody chosen: nothing to link


def test_enter_moves_to_the_next_field_and_ctrl_enter_saves(qtbot, ctx):
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(kind="task")))
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    form.subject.setFocus()
    qtbot.waitUntil(form.subject.hasFocus, timeout=2000)
    type_text(form.subject, "Send the catalogue")
    qtbot.keyClick(form.subject, Qt.Key.Key_Return)
    assert not form.result() and form.saved_id is None and not form.subject.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() and svc.get_activity(form.saved_id).subject == "Send the catalogue"


def test_a_monthly_repetition_is_saved_with_its_calendar(qtbot, ctx, maryam):
    form = dialog(qtbot, lambda: ActivityDialog(ctx, preset=ActivityInput(kind="call", contact_id=maryam.id)))
    form.subject.setText("Monthly check-in")
    start = dt.datetime(2026, 1, 20, 11, 0, tzinfo=LOCAL)  # 30 Dey 1404
    form.due.set_value(start)
    form.repeat.toggle.setChecked(True)
    form.repeat.unit.setCurrentIndex(form.repeat.unit.findData("month"))
    form.repeat.interval.setValue(2)
    enter_date(form.repeat.until, "1405/06/31" if ctx.prefs.calendar == "jalali" else "2026-09-22")
    jalali = ctx.prefs.calendar == "jalali"
    day = ctx.fmt.digits("30" if jalali else "20")
    summary = form.repeat.summary.text()
    assert day in summary and ctx.fmt.date(dt.date(2026, 9, 22)) in summary
    shorter = QCoreApplication.translate("Activities", "{rule} (the last day in shorter months)").format(rule="")
    assert shorter.strip() and (shorter.strip() in summary) == jalali  # day 30 of a Jalali month: Esfand may lack it
    form.save()
    saved = Activity.get_by_id(form.saved_id)
    assert svc.rule_of(saved) == Recurrence("month", 2, dt.date(2026, 9, 22), "jalali" if jalali else "gregorian")
    assert saved.series_start == start.astimezone(dt.timezone.utc)


# -- closing, logging, rescheduling -------------------------------------------------------------

def test_completing_a_call_records_the_outcome_and_schedules_the_follow_up(qtbot, ctx, maryam):
    due = (local_now() - dt.timedelta(hours=2)).replace(second=0, microsecond=0)
    call = svc.create_activity(ActivityInput(kind="call", subject="Quote", contact_id=maryam.id, due_at=due))
    done = dialog(qtbot, lambda: CompleteDialog(ctx, call.id))
    assert done.follow_up.isChecked()  # calls and meetings offer the next step ticked
    done.outcome.buttons["no_answer"].click()
    done.duration.setValue(2)
    done.notes.setPlainText("Rang twice")
    done.save()
    assert done.result()
    closed = svc.get_activity(call.id)
    assert closed.done_at is not None and closed.outcome == "no_answer" and closed.duration_minutes == 2
    assert closed.body == "Rang twice" and done.next_occurrence_id is None
    follow = svc.get_activity(done.follow_up_id)
    assert follow.__data__["follow_up_of"] == call.id and follow.__data__["contact"] == maryam.id
    assert follow.due_at.astimezone(LOCAL) == tomorrow_at(due.astimezone(LOCAL).time())
    assert follow.kind == "call" and follow.done_at is None and "Quote" in follow.subject


def test_completing_a_repeating_task_says_when_the_next_one_is(qtbot, ctx):
    due = (local_now() - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    task = svc.create_activity(ActivityInput(kind="task", subject="Weekly report", due_at=due,
                                             recurrence=Recurrence("week", 1, None, "gregorian")))
    done = dialog(qtbot, lambda: CompleteDialog(ctx, task.id))
    assert not done.follow_up.isChecked()  # a task has no follow-up by default
    assert ctx.fmt.datetime(due + dt.timedelta(weeks=1)) in done.repeats.text()
    done.save()
    following = svc.get_activity(done.next_occurrence_id)
    assert following.due_at == (due + dt.timedelta(weeks=1)).astimezone(dt.timezone.utc) and done.follow_up_id is None


def test_a_repeating_task_done_reopened_and_done_again_announces_no_next_one(qtbot, ctx, maryam):
    due = (local_now() - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    task = svc.create_activity(ActivityInput(kind="task", subject="Weekly report", contact_id=maryam.id, due_at=due,
                                             recurrence=Recurrence("week", 1, None, "gregorian")))
    following = svc.complete_activity(task.id).next_occurrence
    svc.reopen_activity(task.id)
    again = dialog(qtbot, lambda: CompleteDialog(ctx, task.id))
    assert again.repeats.text() == "" and again.repeats.isHidden()  # its next one exists already
    assert ctx.fmt.datetime(following.due_at) not in again.repeats.text()
    separator = QCoreApplication.translate("Timeline", " \u00b7 ")  # the timeline's, "، " in Persian
    [meta] = again.findChildren(QLabel, "timelineMeta")
    assert separator in meta.text()
    again.save()
    assert again.result() and again.next_occurrence_id is None
    assert Activity.select().where(Activity.series_uid == following.series_uid).count() == 2
    # the last one of a series that ends says so
    last = svc.create_activity(ActivityInput(kind="task", subject="Final check", due_at=due, recurrence=Recurrence(
        "week", 1, local_now().date() + dt.timedelta(days=1), "gregorian")))
    closing = dialog(qtbot, lambda: CompleteDialog(ctx, last.id))
    assert closing.repeats.text() == QCoreApplication.translate(
        "Activities", "This was the last time of a repeating activity.")


def test_logging_a_call_for_a_customer_found_by_phone(qtbot, ctx, maryam):
    log = dialog(qtbot, lambda: LogCallDialog(ctx))
    assert log.focusWidget() is log.customer.input  # no customer given: the search comes first
    type_text(log.customer.input, "0912 111 2233")
    log.customer.lookup()
    press(log.customer.input, Qt.Key.Key_Return)  # the only match is taken
    assert log.customer.value() == (maryam.id, None)
    log.outcome.buttons["answered"].click()
    log.direction.buttons["inbound"].click()
    log.duration.setValue(7)
    when = (local_now() - dt.timedelta(minutes=30)).replace(second=0, microsecond=0)
    log.when.set_value(when)
    log.notes.setPlainText("Asked for the price list")
    log.save()
    assert log.result() and log.follow_up_id is None
    call = svc.get_activity(log.saved_id)
    assert (call.kind, call.direction, call.outcome, call.duration_minutes) == ("call", "inbound", "answered", 7)
    assert call.done_at == when.astimezone(dt.timezone.utc) and call.__data__["contact"] == maryam.id
    assert call.subject == svc.default_subject("call", "inbound")  # nothing typed: "Incoming call"
    assert Contact.get_by_id(maryam.id).last_interaction_at == when.astimezone(dt.timezone.utc)


UNKNOWN_PHONE = "0935 771 2049"


def offer_new_customer(field, phone: str = UNKNOWN_PHONE) -> None:
    field.input.setText(phone)
    field.lookup()
    assert field.new_customer() == (phone, "")  # nobody has it: offered as a new customer, ticked


def test_a_call_from_an_unknown_number_with_no_subject_is_logged_like_a_known_customers(qtbot, ctx):
    log = dialog(qtbot, lambda: LogCallDialog(ctx))
    offer_new_customer(log.customer)
    log.when.set_value((local_now() - dt.timedelta(minutes=10)).replace(second=0, microsecond=0))
    assert log.subject.text() == ""
    log.save()
    assert log.result() and log.saved_id is not None  # not refused for the subject the service fills in
    call = svc.get_activity(log.saved_id)
    assert call.subject == svc.default_subject("call", log.direction.value())
    caller = Contact.get_by_id(call.__data__["contact"])
    assert caller.lifecycle_stage == "customer" and log.customer.value() == (caller.id, None)


def test_a_refused_call_from_an_unknown_number_adds_nobody(qtbot, ctx):
    people = Contact.select().count()
    log = dialog(qtbot, lambda: LogCallDialog(ctx))
    offer_new_customer(log.customer)
    log.when.set_value((local_now() + dt.timedelta(hours=3)).replace(second=0, microsecond=0))  # not yet happened
    log.save()
    assert not log.result() and not log.errors.labels["due_at"].isHidden()
    assert Contact.select().count() == people and log.customer.new_customer() is not None


def test_editing_adds_an_unknown_number_typed_after_change(qtbot, ctx, maryam):
    task = svc.create_activity(ActivityInput(kind="call", subject="Quote", contact_id=maryam.id,
                                             due_at=tomorrow_at(dt.time(10, 0))))
    people = Contact.select().count()
    edit = dialog(qtbot, lambda: ActivityDialog(ctx, task.id))
    assert edit.customer.value() == (maryam.id, None)
    edit.customer.change.click()  # "Change": another customer, typed by phone
    offer_new_customer(edit.customer)
    edit.subject.setText("")  # refused: nobody is added
    edit.save()
    assert not edit.result() and Contact.select().count() == people
    edit.subject.setText("Quote for the new branch")
    edit.save()
    assert edit.result() and Contact.select().count() == people + 1
    saved = svc.get_activity(task.id)
    assert saved.subject == "Quote for the new branch" and saved.__data__["contact"] not in (None, maryam.id)
    assert edit.customer.value() == (saved.__data__["contact"], None)


def test_logging_a_call_with_a_follow_up_and_ctrl_enter(qtbot, ctx, maryam):
    log = dialog(qtbot, lambda: LogCallDialog(ctx, contact_id=maryam.id))
    log.outcome.buttons["busy"].click()
    log.follow_up.setChecked(True)
    log.follow_up.when.setCurrentIndex(log.follow_up.when.findData(3))
    log.show()
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow, timeout=2000)
    log.notes.setFocus()
    qtbot.waitUntil(log.notes.hasFocus, timeout=2000)
    qtbot.keyClick(log.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert log.result() and log.saved_id is not None
    follow = svc.get_activity(log.follow_up_id)
    assert follow.__data__["contact"] == maryam.id and follow.__data__["follow_up_of"] == log.saved_id
    assert follow.due_at.astimezone(LOCAL).date() == local_now().date() + dt.timedelta(days=3)


def test_the_reschedule_menu_moves_to_tomorrow_at_the_same_time(qtbot, ctx):
    due = local_now().replace(hour=15, minute=45, second=0, microsecond=0)
    task = svc.create_activity(ActivityInput(kind="task", subject="Send the contract", due_at=due, remind_before=15))
    moved = []
    menu = quick_actions.reschedule_menu(None, ctx, task.id, lambda: moved.append(True))
    qtbot.addWidget(menu)
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 4
    menu.actions()[1].trigger()
    after = svc.get_activity(task.id)
    assert moved and after.due_at.astimezone(LOCAL) == due + dt.timedelta(days=1)
    assert after.remind_at == after.due_at - dt.timedelta(minutes=15)


def test_one_click_complete_and_delete(qtbot, ctx, monkeypatch):
    due = (local_now() - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    task = svc.create_activity(ActivityInput(kind="task", subject="Daily check", due_at=due,
                                             recurrence=Recurrence("day", 1, None, "gregorian")))
    info = quick_actions.complete(None, ctx, task.id)
    assert info.activity_id == task.id and info.kind == "task" and info.next_occurrence_id is not None
    assert info.next_due_at == (due + dt.timedelta(days=1)).astimezone(dt.timezone.utc)
    monkeypatch.setattr(quick_actions, "confirm", lambda parent, question: False)
    assert not quick_actions.delete(None, ctx, info.next_occurrence_id)
    monkeypatch.setattr(quick_actions, "confirm", lambda parent, question: "Daily check" in question)
    assert quick_actions.delete(None, ctx, info.next_occurrence_id)
    assert Activity.get_by_id(info.next_occurrence_id).deleted_at is not None


# -- the due field ----------------------------------------------------------------------------

def test_the_due_field_round_trips_a_jalali_date_and_a_time(qtbot, ctx):
    field = DueField(ctx.fmt)
    qtbot.addWidget(field)
    field.show()
    assert field.isRightToLeft() == (ctx.prefs.language == "fa")
    enter_date(field.date, "۱۴۰۴/۱۰/۰۱" if ctx.prefs.calendar == "jalali" else "2025-12-22")
    field.time.set_value(dt.time(14, 45))
    moment, all_day = field.value()
    assert moment == dt.datetime(2025, 12, 22, 14, 45, tzinfo=LOCAL) and moment.utcoffset() is not None
    assert not all_day and field.error == ""
    field.set_value(moment.astimezone(dt.timezone.utc))
    assert field.value() == (moment, False)
    shown = field.date.edit.text()
    assert shown == ("۱۴۰۴/۱۰/۰۱" if ctx.prefs.calendar == "jalali" else "2025-12-22")
    assert JalaliDate.from_gregorian(moment.date()) == JalaliDate(1404, 10, 1)
    field.all_day.setChecked(True)
    assert field.time.isHidden() and field.value() == (dt.datetime(2025, 12, 22, tzinfo=LOCAL), True)
    enter_date(field.date, "not a date")
    assert field.error and field.value() == (None, True)


def test_the_time_reads_hours_then_minutes_in_a_right_to_left_window(qtbot, ctx):
    edit = TimeEdit()
    qtbot.addWidget(edit)
    edit.set_value(dt.time(9, 30))
    edit.show()
    qtbot.waitExposed(edit)
    line = edit.findChild(QLineEdit)
    assert line.text() == ctx.fmt.digits("09:30")  # hours first in the text, the user's digits
    assert line.layoutDirection() == Qt.LayoutDirection.LeftToRight
    line.setCursorPosition(0)
    hours_x = line.cursorRect().center().x()
    line.setCursorPosition(len(line.text()))
    assert hours_x < line.cursorRect().center().x()  # and on screen: the hours on the left
    edit.setFocus()
    edit.setSelectedSection(TimeEdit.Section.HourSection)
    type_text(edit, ctx.fmt.digits("1405"))  # typed as read: hours, then minutes
    assert edit.value() == dt.time(14, 5)
    edit.setCurrentSection(TimeEdit.Section.MinuteSection)
    edit.stepBy(1)  # the arrows move a quarter of an hour
    assert edit.value() == dt.time(14, 15)
    edit.stepBy(-2)
    assert edit.value() == dt.time(13, 45)


def test_the_screenshot_states_build(qtbot, ctx, maryam):
    task = svc.create_activity(ActivityInput(kind="meeting", subject="Demo", contact_id=maryam.id,
                                             due_at=local_now() - dt.timedelta(hours=1)))
    states = screenshot_states(ctx, contact_id=maryam.id, open_activity_id=task.id)
    assert set(states) == {"activity_new_call", "activity_new_meeting", "activity_log_call", "activity_complete"}
    for make in states.values():
        shown = make()
        qtbot.addWidget(shown)
        assert shown.windowTitle()


def test_the_quick_actions_open_their_forms_and_return_what_was_saved(qtbot, ctx, maryam):
    def answer(fill):
        def run():
            form = QApplication.activeModalWidget()
            fill(form)
            form.save()
        QTimer.singleShot(0, run)

    answer(lambda form: form.subject.setText("Bring the samples"))
    new_id = quick_actions.new_activity(None, ctx, kind="meeting", contact_id=maryam.id,
                                        due_at=tomorrow_at(dt.time(11)))
    made = svc.get_activity(new_id)
    assert (made.kind, made.subject, made.__data__["contact"]) == ("meeting", "Bring the samples", maryam.id)
    assert made.due_at == tomorrow_at(dt.time(11)).astimezone(dt.timezone.utc)
    answer(lambda form: form.subject.setText("Bring the big samples"))
    assert quick_actions.edit_activity(None, ctx, new_id)
    assert svc.get_activity(new_id).subject == "Bring the big samples"
    answer(lambda form: form.notes.setPlainText("Agreed on a trial order"))
    info = quick_actions.complete(None, ctx, new_id, ask=True)
    assert info.activity_id == new_id and info.follow_up_id is not None  # a meeting: follow-up ticked
    assert svc.get_activity(new_id).done_at is not None
    answer(lambda form: form.outcome.buttons["wrong_number"].click())
    call_id = quick_actions.log_call(None, ctx, contact_id=maryam.id)
    assert svc.get_activity(call_id).outcome == "wrong_number"
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert quick_actions.new_activity(None, ctx) is None  # cancelled: nothing


def test_the_form_and_the_settings_word_reminder_times_alike(qtbot, lang_ctx):
    """One wording for reminder times (ui/reminders/choices.py), in the activity form and in Settings ›
    Reminders; a time set elsewhere that is not offered is kept, and worded the same way."""
    from crm_desktop.services.activities.preferences import REMIND_CHOICES
    from crm_desktop.ui.activities import form_parts
    from crm_desktop.ui.reminders.choices import remind_label
    from crm_desktop.ui.settings.reminders_tab import RemindersTab

    fmt = lang_ctx.fmt
    words = [remind_label(minutes, fmt) for minutes in REMIND_CHOICES]
    form = dialog(qtbot, lambda: ActivityDialog(lang_ctx, preset=ActivityInput(kind="call", remind_before=1)))
    tab = dialog(qtbot, lambda: RemindersTab(lang_ctx))
    assert [form.reminder.itemText(i) for i in range(len(REMIND_CHOICES))] == words
    assert [tab.remind_before.itemText(i) for i in range(tab.remind_before.count())] == words
    assert form.reminder.currentData() == 1 and form.reminder.currentText() == remind_label(1, fmt)
    if lang_ctx.prefs.language == "en":
        assert form.reminder.currentText() == "1 minute before"
    assert not hasattr(form_parts, "reminder_text")  # no second wording

"""Activities where customers, deals and cases are worked on: the profile logs a call and schedules
activities (its timeline and figures show them, a click opens one), the deal form lists the deal's
activities and turns a typed next step into an open task, the case detail lists and links the case's
activities. The quick activity forms (ui/activities/quick_actions.py) are stood in for by fakes that
save through the service, as the forms would."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from crm_desktop.services import contacts, organizations
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import preferences as reminder_prefs
from crm_desktop.services.activities import rows, timeline_events
from crm_desktop.services.cases import case_service
from crm_desktop.services.funnel import deals
from crm_desktop.services.local_time import local_date
from crm_desktop.text.i18n import render
from crm_desktop.ui.customers.profile_view import ProfileView

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def actions(monkeypatch):
    """The quick activity forms, faked: each call is recorded; saving goes through the service."""
    import crm_desktop.ui.activities as package

    try:
        from crm_desktop.ui.activities import quick_actions as module
    except ImportError:  # the forms are written alongside; the links do not wait for them
        module = types.ModuleType("crm_desktop.ui.activities.quick_actions")
        monkeypatch.setitem(sys.modules, module.__name__, module)
        monkeypatch.setattr(package, "quick_actions", module, raising=False)
    calls: list[tuple[str, dict]] = []

    def log_call(parent, lang_ctx, **links):
        calls.append(("log_call", links))
        return svc.create_activity(svc.ActivityInput(kind="call", direction="outbound", outcome="answered",
                                                     duration_minutes=7, done=True, due_at=NOW - H,
                                                     body="Asked for the price list.", **links)).id

    def new_activity(parent, lang_ctx, *, kind="task", **links):
        calls.append(("new_activity", {"kind": kind, **links}))
        links = {k: v for k, v in links.items() if v is not None and k not in ("due_at", "all_day")}
        return svc.create_activity(svc.ActivityInput(kind=kind, subject="Visit the new branch", due_at=NOW + DAY,
                                                     **links)).id

    def edit_activity(parent, lang_ctx, activity_id):
        calls.append(("edit_activity", {"id": activity_id}))
        data = svc.activity_input(svc.get_activity(activity_id))
        data.subject = "Edited subject"
        svc.update_activity(activity_id, data)
        return True

    def complete(parent, lang_ctx, activity_id, *, ask=False):
        calls.append(("complete", {"id": activity_id, "ask": ask}))
        svc.complete_activity(activity_id)

    for name, function in (("log_call", log_call), ("new_activity", new_activity),
                           ("edit_activity", edit_activity), ("complete", complete)):
        monkeypatch.setattr(module, name, function, raising=False)
    return calls


@pytest.fixture
def customer(db, owner):
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei",
                                                        organization_id=zagros.id))
    return {"contact": ali.id, "organization": zagros.id}


def _activity_refs(view: ProfileView) -> list[int]:
    return [card.event_ref[1] for card in view.timeline.cards() if card.event_ref and card.event_ref[0] == "activity"]


def _figure(view: ProfileView, caption: str) -> str:
    for value in view.findChildren(QLabel, "statValue"):
        card = value.parentWidget()
        if value.isVisibleTo(view) and any(w.text() == caption for w in card.findChildren(QLabel, "statLabel")):
            return value.text()
    raise AssertionError(f"no figure {caption!r}")


def _profile(qtbot, lang_ctx, kind: str, record_id: int) -> ProfileView:
    view = ProfileView(lang_ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show_record(kind, record_id)
    return view


def test_the_profile_logs_a_call_and_shows_it_in_its_timeline(qtbot, lang_ctx, customer, actions):
    view = _profile(qtbot, lang_ctx, "contact", customer["contact"])
    assert _activity_refs(view) == []
    view.note.setPlainText("half-written note")
    view.log_call_button.click()
    assert actions == [("log_call", {"contact_id": customer["contact"]})]
    [logged] = rows.by_ids(_activity_refs(view))
    assert logged.kind == "call" and logged.is_done and logged.contact_id == customer["contact"]
    card = next(c for c in view.timeline.cards() if c.event_ref == ("activity", logged.id))
    # the title, marked to read in the window's direction
    assert [w.text()[1:] for w in card.findChildren(QLabel, "timelineTitle")] == [timeline_events.done_title(logged)]
    assert any(w.text() == "Asked for the price list." for w in card.findChildren(QLabel))
    assert _figure(view, render(timeline_events.OPEN_ACTIVITIES)) in ("0", "\u06f0")
    assert view.note.toPlainText() == "half-written note"  # the refresh kept what was being written
    # the "Activities" filter shows it alone
    view.timeline.kind.setCurrentIndex(view.timeline.kind.findData("activity"))
    assert _activity_refs(view) == [logged.id] and view.timeline.event_count() == 1


def test_the_company_schedules_from_the_menu_and_a_click_opens_the_activity(qtbot, lang_ctx, customer, actions):
    view = _profile(qtbot, lang_ctx, "organization", customer["organization"])
    kinds = [action.data() for action in view.schedule_button.menu().actions()]
    assert kinds == ["call", "meeting", "task", "sms", "email"]
    view.schedule_button.menu().actions()[1].trigger()  # a meeting
    assert actions == [("new_activity", {"kind": "meeting", "organization_id": customer["organization"]})]
    [planned] = _activity_refs(view)
    assert svc.get_activity(planned).kind == "meeting"
    assert _figure(view, render(timeline_events.OPEN_ACTIVITIES)) in ("1", "\u06f1")  # one open
    card = next(c for c in view.timeline.cards() if c.event_ref == ("activity", planned))
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert actions[-1] == ("edit_activity", {"id": planned})
    assert svc.get_activity(planned).subject == "Edited subject"
    card = next(c for c in view.timeline.cards() if c.event_ref == ("activity", planned))
    assert any("Edited subject" in w.text() for w in card.findChildren(QLabel, "timelineTitle"))
    others = [c for c in view.timeline.cards() if c.event_ref is None]
    assert others and len(others) == view.timeline.event_count() - 1  # the company's history: not clickable


# -- the deal form -----------------------------------------------------------------------------------

def _deal_dialog(qtbot, lang_ctx, deal_id=None, **kw):
    from crm_desktop.ui.funnel.deal_dialog import DealDialog

    dialog = DealDialog(lang_ctx, deal_id, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_the_deal_form_lists_the_deals_activities_and_ticks_one_done(qtbot, lang_ctx, customer, actions):
    deal = deals.create_deal(deals.DealInput(title="AC units", amount=5_000_000, contact_id=customer["contact"])).id
    done = svc.create_activity(svc.ActivityInput(kind="call", direction="outbound", deal_id=deal, done=True,
                                                 due_at=NOW - DAY)).id
    planned = svc.create_activity(svc.ActivityInput(kind="task", subject="Send the pre-invoice", deal_id=deal,
                                                    due_at=NOW + 2 * DAY)).id
    elsewhere = svc.create_activity(svc.ActivityInput(kind="task", subject="Not this deal", due_at=NOW + DAY,
                                                      contact_id=customer["contact"])).id
    dialog = _deal_dialog(qtbot, lang_ctx, deal)
    lines = dialog.activities.lines()
    assert [line.activity_id for line in lines] == [planned, done]  # open first, then done
    assert elsewhere not in [line.activity_id for line in lines]
    assert not lines[0].check.isChecked() and lines[0].check.isEnabled()
    assert lines[1].check.isChecked() and not lines[1].check.isEnabled()
    assert dialog.next_activity.text() == "Send the pre-invoice"  # the deal's next step is its open activity
    assert dialog.activities.log_call_button.isEnabled() and not dialog.activities.hint.isVisibleTo(dialog)
    lines[0].check.setChecked(True)
    assert actions == [("complete", {"id": planned, "ask": False})]
    assert svc.get_activity(planned).done_at is not None
    assert all(line.check.isChecked() for line in dialog.activities.lines())
    assert dialog.next_activity.text() == ""  # no open activity left: no next step
    dialog.activities.schedule_button.menu().actions()[0].trigger()  # a call, linked to the deal
    assert actions[-1] == ("new_activity", {"kind": "call", "deal_id": deal, "contact_id": customer["contact"]})
    assert dialog.activities.lines()[0].activity_id != planned and dialog.next_activity.text() == "Visit the new branch"


def test_a_next_step_typed_on_the_deal_form_becomes_an_open_task(qtbot, lang_ctx, customer, owner, actions):
    reminder_prefs.save(reminder_prefs.ReminderPrefs(remind_before=60), owner.id)
    deal = deals.create_deal(deals.DealInput(title="Printer", amount=1, contact_id=customer["contact"])).id
    dialog = _deal_dialog(qtbot, lang_ctx, deal)
    assert [line.activity_id for line in dialog.activities.lines()] == []
    day = local_date(NOW) + dt.timedelta(days=3)
    dialog.next_activity.setText("ارسال کاتالوگ")
    dialog.next_activity_day.set_value(day)
    dialog.save()
    assert dialog.result_id == deal
    [task] = timeline_events.for_deal(deal)
    assert (task.kind, task.subject, task.all_day, task.is_done) == ("task", "ارسال کاتالوگ", True, False)
    assert local_date(task.due_at) == day
    assert svc.get_activity(task.id).remind_before == 60  # the user's default
    assert deals.get_deal(deal).next_activity == "ارسال کاتالوگ"
    # opened again and saved unchanged: nothing new; the day moved: the same task moves
    again = _deal_dialog(qtbot, lang_ctx, deal)
    assert again.next_activity.text() == "ارسال کاتالوگ" and again.next_activity_day.value() == day
    again.save()
    assert [r.id for r in timeline_events.for_deal(deal)] == [task.id]
    third = _deal_dialog(qtbot, lang_ctx, deal)
    third.next_activity_day.set_value(day + dt.timedelta(days=1))
    third.save()
    [moved] = timeline_events.for_deal(deal)
    assert moved.id == task.id and local_date(moved.due_at) == day + dt.timedelta(days=1)


def test_a_new_deal_waits_to_be_saved_then_its_next_step_is_a_task(qtbot, lang_ctx, customer, owner, actions):
    dialog = _deal_dialog(qtbot, lang_ctx, contact_id=customer["contact"])
    dialog.show()
    assert not dialog.activities.log_call_button.isEnabled() and not dialog.activities.schedule_button.isEnabled()
    assert dialog.activities.hint.isVisible() and dialog.activities.lines() == []
    dialog.title.setText("Laptops")
    dialog.next_activity.setText("Send the quote")
    dialog.save()
    assert dialog.result_id is not None
    [task] = timeline_events.for_deal(dialog.result_id)
    assert (task.subject, task.assignee_id, task.is_done) == ("Send the quote", owner.id, False)
    assert local_date(task.due_at) == local_date(dt.datetime.now(dt.timezone.utc))  # no day typed: today
    assert actions == []


def test_a_next_step_too_long_shows_under_its_field_and_saves_nothing(qtbot, lang_ctx, customer, actions):
    dialog = _deal_dialog(qtbot, lang_ctx, contact_id=customer["contact"])
    dialog.show()
    dialog.title.setText("Laptops")
    dialog.next_activity.setText("x" * 250)
    dialog.save()
    assert dialog.result_id is None and dialog.errors.labels["next_activity"].isVisible()
    assert deals.deals_of(contact_id=customer["contact"]) == []  # the deal was not saved without its step


# -- the case detail ---------------------------------------------------------------------------------

def test_the_case_detail_shows_and_links_the_cases_activities(qtbot, lang_ctx, customer, actions):
    from crm_desktop.ui.cases.detail import CaseDetail

    case = case_service.create_case(case_service.CaseInput(subject="Heater leaks", contact_id=customer["contact"])).id
    follow_up = svc.create_activity(svc.ActivityInput(kind="call", subject="Ask for a photo", case_id=case,
                                                      due_at=NOW - H)).id
    detail = CaseDetail(lang_ctx)
    qtbot.addWidget(detail)
    detail.show_case(case)
    [line] = detail.activities.lines()
    assert line.activity_id == follow_up and line.meta.objectName() == "activityOverdue"
    assert "Ask for a photo" in line.title.text()
    detail.activities.log_call_button.click()
    assert actions == [("log_call", {"case_id": case, "contact_id": customer["contact"],
                                     "organization_id": customer["organization"]})]
    lines = detail.activities.lines()
    assert len(lines) == 2 and lines[0].activity_id == follow_up  # open first, then the call just logged
    logged = svc.get_activity(lines[1].activity_id)
    assert logged.__data__["case"] == case and logged.__data__["contact"] == customer["contact"]
    # and the customer's timeline has both
    from crm_desktop.services import timeline

    refs = {e.ref for e in timeline.timeline(timeline.person_scope(customer["contact"]), kinds=["activity"])}
    assert {("activity", follow_up), ("activity", logged.id)} <= refs


def _card_figures(detail) -> list[str]:
    lines = detail.customer.lines
    return [lines.itemAt(i).widget().text() for i in range(lines.count())
            if lines.itemAt(i).widget() is not None and lines.itemAt(i).widget().objectName() == "note"]


def test_a_write_from_the_case_detail_reads_its_activities_once_and_the_customers_figures_again(
        qtbot, lang_ctx, customer, actions, monkeypatch):
    from crm_desktop.ui.cases.detail import CaseDetail

    case = case_service.create_case(case_service.CaseInput(subject="Heater leaks", contact_id=customer["contact"])).id
    svc.create_activity(svc.ActivityInput(kind="call", subject="Ask for a photo", case_id=case, due_at=NOW - H))
    detail = CaseDetail(lang_ctx)
    qtbot.addWidget(detail)
    detail.show_case(case)
    before = _card_figures(detail)
    reads = []
    real = timeline_events.for_case
    monkeypatch.setattr(timeline_events, "for_case", lambda case_id: reads.append(case_id) or real(case_id))
    detail.activities.schedule_button.menu().actions()[2].trigger()  # a task for the case
    assert reads == [case]  # the list read itself once; the detail did not read it again
    assert len(detail.activities.lines()) == 2
    after = _card_figures(detail)
    assert after != before  # one more open activity on the customer's card
    assert any(lang_ctx.fmt.digits("2") in text for text in after)


def test_the_profile_follows_an_activity_done_elsewhere_and_keeps_the_note_being_written(qtbot, lang_ctx, customer):
    from crm_desktop.ui.activities.events import activity_events

    planned = svc.create_activity(svc.ActivityInput(kind="call", subject="Ask about the invoice",
                                                    contact_id=customer["contact"], due_at=NOW - H))
    view = _profile(qtbot, lang_ctx, "contact", customer["contact"])
    view.show()
    qtbot.waitExposed(view)
    open_figure = render(timeline_events.OPEN_ACTIVITIES)
    assert _figure(view, open_figure).startswith(("1", "\u06f1"))
    view.note.setPlainText("half-written note")
    cursor = view.note.textCursor()
    cursor.setPosition(4)
    view.note.setTextCursor(cursor)
    svc.complete_activity(planned.id)  # from the reminder popup, My day, Ctrl+L...
    activity_events.changed.emit()
    QApplication.processEvents()  # the new figure cards show on the next turn of the event loop
    assert _figure(view, open_figure) in ("0", "\u06f0")
    card = next(c for c in view.timeline.cards() if c.event_ref == ("activity", planned.id))
    [title] = card.findChildren(QLabel, "timelineTitle")
    assert title.text()[1:] == timeline_events.done_title(rows.by_ids([planned.id])[0])
    assert view.note.toPlainText() == "half-written note" and view.note.textCursor().position() == 4
    # hidden (another page in front): read when shown again, not before
    view.hide()
    later = svc.create_activity(svc.ActivityInput(kind="meeting", subject="Visit", contact_id=customer["contact"],
                                                  due_at=NOW + DAY))
    activity_events.changed.emit()
    assert later.id not in _activity_refs(view) and view.stale
    view.show()
    assert later.id in _activity_refs(view) and not view.stale
    assert view.note.toPlainText() == "half-written note"


def test_a_form_opened_from_the_profile_shows_its_write_once(qtbot, lang_ctx, customer, actions, monkeypatch):
    from crm_desktop.ui.activities import quick_actions as module
    from crm_desktop.ui.activities.events import activity_events

    view = _profile(qtbot, lang_ctx, "contact", customer["contact"])
    view.show()
    faked = module.log_call

    def log_call(parent, lang_ctx, **links):  # as the real form does: it announces its write
        saved = faked(parent, lang_ctx, **links)
        activity_events.changed.emit()
        return saved

    monkeypatch.setattr(module, "log_call", log_call)
    shown = []
    real = view.show_record
    monkeypatch.setattr(view, "show_record", lambda *a, **kw: shown.append(a) or real(*a, **kw))
    saved = view.log_call()
    assert shown == [("contact", customer["contact"])] and saved in _activity_refs(view)

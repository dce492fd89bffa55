"""Reminders while the app runs (ui/reminders/center.py, popup.py) and Settings ›
Reminders, with a fake clock: when the timer is armed and what fires it, snooze / dismiss / done,
several at once, the start-up notice of what is overdue, the tray message, a popup that never takes
the keyboard, and database reads that never run on the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading
import zoneinfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon, QVBoxLayout, QWidget

from crm_desktop.services import contacts
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import preferences, reminder_clock, reminders
from crm_desktop.services.activities.preferences import ReminderPrefs
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.reminders.center import RECHECK_MS, ReminderCenter
from crm_desktop.ui.reminders.choices import due_text
from crm_desktop.ui.settings import reminders_tab
from crm_desktop.ui.settings.reminders_tab import RemindersTab

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
MIN = dt.timedelta(minutes=1)


def at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    """Wednesday 12 Azar 1404 (3 December 2025), Tehran time, as UTC."""
    return dt.datetime(2025, 12, 3, hour, minute, second, tzinfo=TEHRAN).astimezone(UTC)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))


@pytest.fixture
def clock():
    return FakeClock(at(9, 0))


@pytest.fixture
def center(qtbot, lang_ctx, owner, clock):
    made = ReminderCenter(lang_ctx, owner.id, clock=clock, tz=TEHRAN)
    yield made
    made.stop()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def plan(subject: str, due: dt.datetime, remind_before: int | None = 15, **kw):
    kw.setdefault("kind", "call")
    return svc.create_activity(svc.ActivityInput(subject=subject, due_at=due, remind_before=remind_before, **kw),
                               now=at(8, 0), tz=TEHRAN)


def start(qtbot, center, *, startup: bool = True):
    with qtbot.waitSignal(center.refreshed, timeout=10_000) as blocker:
        center.start(startup=startup)
    return blocker.args[0]


def fire(qtbot, center, when: dt.datetime | None = None):
    """Move the fake clock (to the time the timer was armed for, by default) and let the timer fire."""
    assert center.timer.isActive() and center.timer.isSingleShot()
    if when is None:
        assert center.armed_for is not None
        when = center.armed_for
    center.clock.now = when
    center.timer.stop()
    with qtbot.waitSignal(center.refreshed, timeout=10_000) as blocker:
        center.timer.timeout.emit()
    return blocker.args[0]


def settle(qtbot, center):
    """Wait for the read a write asked for."""
    with qtbot.waitSignal(center.refreshed, timeout=10_000) as blocker:
        pass
    return blocker.args[0]


def popup_ids(center) -> list[int]:
    return [widget.row.id for widget in center.popup._row_widgets] if center._popup is not None else []


def popup_shown(center) -> bool:
    return center._popup is not None and center._popup.isVisible()


# -- timing --------------------------------------------------------------------------------------


def test_a_reminder_fires_at_its_time_and_snooze_brings_it_back(qtbot, center, ali, owner):
    call = plan("Call about the quote", at(10, 0), contact_id=ali.id)
    center.clock.now = at(9, 30)
    start(qtbot, center, startup=False)
    assert center.armed_for is None and center.timer.interval() == RECHECK_MS  # 15 min away: read again in a minute
    fired = []
    center.due.connect(fired.append)

    state = fire(qtbot, center, at(9, 44, 30))
    assert state.due == [] and not popup_shown(center) and fired == []
    assert center.armed_for == at(9, 45) and center.timer.interval() == 30_000  # armed for the reminder itself

    state = fire(qtbot, center)  # 09:45
    assert [row.id for row in state.due] == [call.id]
    assert [[row.id for row in rows] for rows in fired] == [[call.id]]
    assert popup_shown(center) and popup_ids(center) == [call.id]
    row = center.popup._row_widgets[0]
    assert row.subject.text() == "Call about the quote"
    assert row.customer is not None and "علی" in row.customer.text()
    assert center.ctx.fmt.number(15) in row.due.text()  # "in 15 min" in the user's digits

    fire(qtbot, center, at(9, 46))  # still due: not announced again
    assert len(fired) == 1 and popup_ids(center) == [call.id]

    row.snooze_button.click()  # the default snooze: 10 minutes
    assert not popup_shown(center)
    state = settle(qtbot, center)
    assert state.due == [] and state.next_at == at(9, 56)
    assert svc.get_activity(call.id).remind_at == at(9, 56)
    assert fire(qtbot, center, at(9, 55, 59)).due == [] and not popup_shown(center)
    assert center.armed_for == at(9, 56) and center.timer.interval() == 1000

    state = fire(qtbot, center)  # 09:56: back
    assert [row.id for row in state.due] == [call.id] and popup_shown(center) and len(fired) == 2

    center.popup._row_widgets[0].dismiss_button.click()
    settle(qtbot, center)
    assert not popup_shown(center)
    assert svc.get_activity(call.id).remind_at is None and svc.get_activity(call.id).done_at is None
    assert reminders.due(owner.id, now=at(11, 0)) == []
    assert fire(qtbot, center, at(10, 30)).due == [] and len(fired) == 2


def test_snooze_from_the_menu_uses_the_chosen_time(qtbot, center, ali):
    call = plan("Call about the quote", at(10, 0), contact_id=ali.id)
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    menu = center.popup._row_widgets[0].snooze_button.menu()
    actions = {action.data(): action for action in menu.actions()}
    assert sorted(actions) == sorted(preferences.SNOOZE_CHOICES)
    actions[60].trigger()
    settle(qtbot, center)
    assert svc.get_activity(call.id).remind_at == at(10, 45)


def test_done_completes_the_activity(qtbot, center, ali):
    call = plan("Call about the quote", at(10, 0), contact_id=ali.id)
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    center.popup._row_widgets[0].done_button.click()
    settle(qtbot, center)
    done = svc.get_activity(call.id)
    assert done.done_at is not None and done.remind_at is None
    assert not popup_shown(center)


def test_open_asks_for_the_activity(qtbot, center, ali, monkeypatch):
    call = plan("Call about the quote", at(10, 0), contact_id=ali.id)
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    center.edit_on_open = False
    with qtbot.waitSignal(center.open_activity) as opened:
        center.popup._row_widgets[0].open_button.click()
    assert opened.args == [call.id]
    with qtbot.waitSignal(center.open_customer) as customer:
        center.popup._row_widgets[0].customer.click()
    assert customer.args == ["contact", ali.id]


def test_two_due_at_once_show_in_one_popup_and_snooze_all(qtbot, center, ali):
    first = plan("Call about the quote", at(10, 0), contact_id=ali.id)
    second = plan("Send the price list", at(10, 15), remind_before=30, kind="email", direction="outbound")
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    popup = center.popup
    assert popup.isVisible() and popup_ids(center) == [first.id, second.id]
    area, frame = popup.screen().availableGeometry(), popup.geometry()
    assert area.contains(frame) and area.bottom() - frame.bottom() < 40
    if center.ctx.prefs.language == "fa":  # the end of a right-to-left line is on the left
        assert frame.left() - area.left() < 40
    else:
        assert area.right() - frame.right() < 40
    assert popup.footer.isVisibleTo(popup) and popup.more.isHidden()
    assert center.ctx.fmt.number(2) in popup.title.text()
    popup.snooze_all.menu().actions()[0].trigger()  # 5 minutes
    settle(qtbot, center)
    assert {svc.get_activity(a.id).remind_at for a in (first, second)} == {at(9, 50)}
    assert not popup.isVisible()


def test_past_five_the_popup_says_how_many_more(qtbot, center):
    made = [plan(f"Call {n}", at(10, n)) for n in range(7)]
    center.clock.now = at(10, 0)
    start(qtbot, center, startup=False)
    popup = center.popup
    assert popup_ids(center) == [a.id for a in made[:5]]
    assert popup.more.isVisibleTo(popup) and center.ctx.fmt.number(2) in popup.more_text.text()
    popup.dismiss_all.click()
    settle(qtbot, center)
    assert all(svc.get_activity(a.id).remind_at is None for a in made)


def sixty_due(qtbot, center) -> list[int]:
    """60 reminders due at 10:00 (the clock reads and lists at most 50 of them)."""
    made = [plan(f"Call {n}", at(10, 15), remind_before=15 + n % 30).id for n in range(60)]
    center.clock.now = at(10, 0)
    state = start(qtbot, center, startup=False)
    assert len(state.due) == reminders.MAX_SHOWN < state.total == 60
    return made


def test_dismiss_all_dismisses_every_due_reminder_not_only_the_listed(qtbot, center, owner, monkeypatch):
    made = sixty_due(qtbot, center)
    threads = []
    real = reminders.due_ids
    monkeypatch.setattr(reminders, "due_ids", lambda *a, **kw: threads.append(threading.get_ident()) or real(*a, **kw))
    popup = center.popup
    popup.dismiss_all.click()
    assert not popup.isVisible()  # the rows leave at once
    state = settle(qtbot, center)
    assert state.due == [] and state.total == 0
    assert reminders.due_count(owner.id, at(10, 0)) == 0
    assert all(svc.get_activity(i).remind_at is None for i in made)
    assert threads and threading.get_ident() not in threads  # found (and written) off the GUI thread


def test_snooze_all_snoozes_every_due_reminder_not_only_the_listed(qtbot, center, owner):
    made = sixty_due(qtbot, center)
    center.popup.snooze_all.menu().actions()[0].trigger()  # 5 minutes
    assert settle(qtbot, center).due == []
    assert reminders.due_count(owner.id, at(10, 4)) == 0
    assert {svc.get_activity(i).remind_at for i in made} == {at(10, 5)}


def test_an_activity_added_elsewhere_is_caught_within_a_minute(qtbot, center, owner):
    center.clock.now = at(9, 0)
    assert start(qtbot, center, startup=False).next_at is None
    assert center.armed_for is None and center.timer.interval() == RECHECK_MS
    added = plan("Added on the other computer", at(9, 20), remind_before=15)  # straight into the database
    state = fire(qtbot, center, at(9, 1))  # the minute's read
    assert state.next_at == at(9, 5) and center.armed_for is None  # four minutes away: next read in a minute
    state = fire(qtbot, center, at(9, 6))  # the computer slept past it: shown at once on waking
    assert [row.id for row in state.due] == [added.id] and popup_shown(center)


def test_a_write_elsewhere_in_the_app_reads_again(qtbot, center):
    center.clock.now = at(9, 0)
    start(qtbot, center, startup=False)
    planned = plan("Planned from My day", at(9, 10), remind_before=5)
    center.clock.now = at(9, 4, 20)
    with qtbot.waitSignal(center.refreshed, timeout=10_000) as blocker:
        activity_events.changed.emit()
    assert blocker.args[0].next_at == at(9, 5)
    assert center.armed_for == at(9, 5) and center.timer.interval() == 40_000
    assert planned.id not in popup_ids(center)


# -- start-up ------------------------------------------------------------------------------------


def test_startup_says_what_is_overdue(qtbot, center, ali):
    plan("Call back", at(8, 0), remind_before=None, contact_id=ali.id)
    plan("Send the contract", at(8, 30), remind_before=None, kind="task")
    center.clock.now = at(9, 0)
    state = start(qtbot, center)
    assert state.summary.overdue == 2 and state.due == []
    popup = center.popup
    assert popup.isVisible() and popup.notice.isVisibleTo(popup)
    assert center.ctx.fmt.number(2) in popup.notice_text.text()
    with qtbot.waitSignal(center.open_my_day):
        popup.notice_link.click()
    assert not popup.isVisible()
    fire(qtbot, center, at(9, 1))  # the notice is said once
    assert not popup.isVisible()


def test_no_startup_notice_when_turned_off(qtbot, center, owner):
    plan("Call back", at(8, 0), remind_before=None)
    preferences.save(ReminderPrefs(overdue_at_start=False), owner.id)
    center.clock.now = at(9, 0)
    assert start(qtbot, center).summary.overdue == 1
    assert not popup_shown(center)


def test_the_tray_gets_a_message_and_the_popup_can_be_off(qtbot, center, owner, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    preferences.save(ReminderPrefs(popup=False, tray=True), owner.id)
    plan("Call about the quote", at(10, 0))
    center.clock.now = at(9, 30)
    start(qtbot, center, startup=False)
    assert center.tray is not None and center.tray.isVisible()
    if center.ctx.prefs.language == "en":
        assert [a.text() for a in center.tray.contextMenu().actions() if a.text()] == [
            "Show reminders", "My day", "Quit"]
    messages = []
    center.tray.showMessage = lambda title, text, *rest: messages.append((title, text))
    fire(qtbot, center, at(9, 45))
    assert len(messages) == 1 and "Call about the quote" in messages[0][1]
    assert not popup_shown(center)
    center.tray.contextMenu().actions()[0].trigger()  # Show reminders
    assert popup_shown(center) and len(popup_ids(center)) == 1


def test_without_a_tray_the_popup_shows_even_if_only_notifications_were_asked_for(qtbot, center, owner,
                                                                                  monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    preferences.save(ReminderPrefs(popup=False, tray=True), owner.id)
    plan("Call about the quote", at(10, 0))
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    assert center.tray is None and popup_shown(center)


def test_nothing_shows_when_both_are_turned_off(qtbot, center, owner):
    preferences.save(ReminderPrefs(popup=False, tray=False), owner.id)
    plan("Call about the quote", at(10, 0))
    center.clock.now = at(9, 45)
    with qtbot.waitSignal(center.due):
        start(qtbot, center, startup=False)
    assert center.tray is None and not popup_shown(center)


# -- threads and focus ---------------------------------------------------------------------------


def test_the_database_is_read_off_the_gui_thread(qtbot, center, monkeypatch):
    plan("Call about the quote", at(10, 0))
    calls = []
    real_due = reminders.due

    def watched_due(*args, **kw):
        calls.append(threading.get_ident())
        return real_due(*args, **kw)

    monkeypatch.setattr(reminders, "due", watched_due)
    handled = []
    center.refreshed.connect(lambda state: handled.append(threading.get_ident()))
    center.clock.now = at(9, 45)
    state = start(qtbot, center)
    assert len(state.due) == 1
    gui = threading.get_ident()
    assert calls and all(thread != gui for thread in calls)  # read in a worker
    assert handled == [gui]  # and shown on the GUI thread


def test_many_changes_at_once_make_one_read(qtbot, center, monkeypatch):
    start(qtbot, center, startup=False)
    reads = []
    real = reminder_clock.read_state
    monkeypatch.setattr(reminder_clock, "read_state", lambda *a, **kw: (reads.append(a), real(*a, **kw))[1])
    with qtbot.waitSignal(center.refreshed, timeout=10_000):
        for _ in range(5):
            activity_events.changed.emit()
    assert len(reads) == 1


def type_text(window, text: str) -> None:
    """Type as a keyboard does: key events to the window that has the keyboard."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(QGuiApplication.focusWindow() or window,
                                       QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_reminder_never_takes_the_keyboard(qtbot, center, ali):
    plan("Call about the quote", at(10, 0), contact_id=ali.id)
    window = QWidget()
    editor = QLineEdit()
    QVBoxLayout(window).addWidget(editor)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.setFocus()
    assert QGuiApplication.focusWindow() is window.windowHandle() and QApplication.focusWidget() is editor
    type_text(window, "سلا")
    center.clock.now = at(9, 30)
    start(qtbot, center, startup=False)
    fire(qtbot, center, at(9, 45))
    popup = center.popup
    assert popup.isVisible()
    flags = popup.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus and flags & Qt.WindowType.WindowStaysOnTopHint
    assert popup.windowType() == Qt.WindowType.Tool and popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus  # what the window system is told
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QApplication.processEvents()
    assert not popup.isActiveWindow() and QApplication.activeWindow() is window
    assert QApplication.focusWidget() is editor
    type_text(window, "م")
    assert editor.text() == "سلام"
    row = popup._row_widgets[0]
    assert all(button.focusPolicy() == Qt.FocusPolicy.NoFocus for button in (
        row.open_button, row.done_button, row.snooze_button, row.dismiss_button, popup.close_button))
    center.edit_on_open = False
    with qtbot.waitSignal(center.open_activity):
        qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)  # a click on the popup
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is editor
    type_text(window, "!")
    assert editor.text() == "سلام!"


def test_closing_the_popup_keeps_the_reminders(qtbot, center):
    call = plan("Call about the quote", at(10, 0))
    later = plan("Meeting", at(10, 30), kind="meeting")
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    center.popup.close_button.click()
    assert not popup_shown(center) and svc.get_activity(call.id).remind_at == at(9, 45)
    fire(qtbot, center, at(9, 50))  # nothing new: stays closed
    assert not popup_shown(center)
    fire(qtbot, center, at(10, 15))  # the next reminder fires: both are listed
    assert popup_shown(center) and popup_ids(center) == [call.id, later.id]


# -- words ---------------------------------------------------------------------------------------


def test_due_times_read_naturally(lang_ctx):
    call = plan("Call", at(10, 0))
    [row] = reminders.due(None, now=at(10, 0))
    fmt = lang_ctx.fmt
    words = {"fa": ("۱۵ دقیقهٔ دیگر", "۵ دقیقه پیش", "عقب‌افتاده از ۱۰:۰۰", "ساعت ۱۰:۰۰"),
             "en": ("in 15 min", "5 min ago", "overdue since 10:00", "at 10:00")}[lang_ctx.prefs.language]
    assert [due_text(row, when, fmt, TEHRAN) for when in (at(9, 45), at(10, 5), at(12, 0), at(8, 0))] == list(words)
    next_day = due_text(row, at(9, 0) + dt.timedelta(days=1), fmt, TEHRAN)
    assert fmt.date(dt.date(2025, 12, 3)) in next_day and fmt.digits("10:00") in next_day
    assert next_day != due_text(row, at(12, 0), fmt, TEHRAN)
    assert call.id == row.id


# -- settings ------------------------------------------------------------------------------------


def test_the_settings_tab_saves_and_reloads(qtbot, lang_ctx, owner):
    tab = RemindersTab(lang_ctx)
    qtbot.addWidget(tab)
    assert tab.chosen() == ReminderPrefs()  # nothing saved yet: the defaults
    tab.remind_before.setCurrentIndex(tab.remind_before.findData(60))
    tab.snooze.setCurrentIndex(tab.snooze.findData(240))
    tab.popup.setChecked(False)
    tab.overdue.setChecked(False)
    with qtbot.waitSignal(tab.saved) as saved:
        assert tab.save()
    expected = ReminderPrefs(remind_before=60, snooze_minutes=240, popup=False, tray=True, overdue_at_start=False)
    assert saved.args == [expected] and preferences.load(owner.id) == expected
    again = RemindersTab(lang_ctx)
    qtbot.addWidget(again)
    assert again.chosen() == expected
    again.remind_before.setCurrentIndex(again.remind_before.findData(None))
    assert again.save() and preferences.load(owner.id).remind_before is None


def test_the_settings_tab_shows_errors(qtbot, lang_ctx, owner, monkeypatch):
    tab = RemindersTab(lang_ctx)
    qtbot.addWidget(tab)
    shown = []
    monkeypatch.setattr(reminders_tab, "show_error", lambda parent, error: shown.append(error))

    def refuse(prefs, user_id=None):
        raise ValidationError([FieldError("snooze_minutes", preferences.BAD_CHOICE)])

    monkeypatch.setattr(preferences, "save", refuse)
    with qtbot.assertNotEmitted(tab.saved):
        assert not tab.save()
    assert len(shown) == 1 and isinstance(shown[0], ValidationError)


def test_settings_page_has_the_reminders_tab(qtbot, lang_ctx):
    from crm_desktop.ui.settings.page import SettingsPage

    page = SettingsPage(lang_ctx)
    qtbot.addWidget(page)
    assert page.tabs.indexOf(page.reminders) >= 0
    page.screenshot_states()["reminders"]()
    assert page.tabs.currentWidget() is page.reminders
    with qtbot.waitSignal(page.reminder_prefs_saved):
        page.reminders.save()


def test_new_preferences_reach_the_running_clock(qtbot, center, owner):
    plan("Call about the quote", at(10, 0))
    center.clock.now = at(9, 45)
    start(qtbot, center, startup=False)
    center.apply_prefs(ReminderPrefs(snooze_minutes=30))
    center.popup._row_widgets[0].snooze_button.click()
    settle(qtbot, center)
    assert reminders.due(owner.id, now=at(10, 14)) == [] and len(reminders.due(owner.id, now=at(10, 15))) == 1


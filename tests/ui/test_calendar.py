"""The calendar page (ui/calendar/page.py) in Persian and English: Jalali months with
Saturday in the first (rightmost) column, Gregorian months from Monday, activities on their days,
drag to another day (the time kept) or, in the week view, to another slot (snapped to 15 minutes),
projected occurrences that cannot be dragged, "+N more", keys, double-clicks and menus."""

from __future__ import annotations

import datetime as dt
import sys
import types
import zoneinfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crm_desktop.services import weeks
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import calendar as cal
from crm_desktop.services.activities.recurrence import Recurrence
from crm_desktop.services.funnel.targets import month_of
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.ui.calendar import timeline as calendar_timeline
from crm_desktop.ui.calendar.page import CalendarPage

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
TODAY = dt.date(2025, 12, 3)  # Wednesday 12 Azar 1404
NOW = dt.datetime(2025, 12, 3, 10, 20, tzinfo=TEHRAN).astimezone(UTC)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TEHRAN).astimezone(UTC)


def _plan(subject: str, due: dt.datetime, **kw):
    kw.setdefault("kind", "call")
    return svc.create_activity(svc.ActivityInput(subject=subject, due_at=due, **kw), now=NOW - dt.timedelta(days=40),
                               tz=TEHRAN)


@pytest.fixture
def lang(lang_ctx) -> str:
    return lang_ctx.prefs.language


@pytest.fixture
def page(lang_ctx, qtbot):
    page = CalendarPage(lang_ctx, clock=lambda: NOW, tz=TEHRAN)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.show()
    qtbot.waitExposed(page)
    page.reload(wait=True)
    return page


def _drag(widget, start: QPointF, end: QPointF) -> None:
    a, b = start.toPoint(), end.toPoint()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    middle = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    for point in (a + QPoint(6, 6), middle, b):
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


# -- the month ----------------------------------------------------------------------------------------

def test_the_month_view_in_each_language(page, lang):
    month = page.month
    days = month.days()
    first = month.weeks[0][0]
    first_rect, last_rect = month.day_rect(first), month.day_rect(month.weeks[0][6])
    if lang == "fa":
        assert page.toolbar.title.text() == "آذر ۱۴۰۴"
        assert first.weekday() == weeks.SATURDAY
        assert first_rect.right() == pytest.approx(month.width(), abs=1)  # Saturday is the rightmost column
        assert last_rect.left() == pytest.approx(0, abs=1) and month.weeks[0][6].weekday() == weeks.FRIDAY
        inside = [d for d in days if month_of(d, "jalali") == (1404, 9)]
        assert [JalaliDate.from_gregorian(d).day for d in inside] == list(range(1, 31))  # Azar has 30 days
    else:
        assert page.toolbar.title.text() == "December 2025"
        assert first.weekday() == weeks.MONDAY
        assert first_rect.left() == pytest.approx(0, abs=1)
        assert [d.day for d in days if d.month == 12] == list(range(1, 32))
    assert month.selected == TODAY and month.span[0] <= TODAY <= month.span[1]


def test_an_activity_shows_on_its_day_and_a_drag_moves_it_keeping_its_time(page, qtbot):
    call = _plan("Call Ali about the quote", _at(TODAY, 14, 30), remind_before=10)
    page.reload(wait=True)
    month = page.month
    rect = month.entry_rect(call.id)
    assert not rect.isEmpty() and month.day_at(rect.center()) == TODAY
    target = TODAY + dt.timedelta(days=8)  # next week, one row down
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _drag(month, rect.center(), month.day_rect(target).center())
    moved = svc.get_activity(call.id)
    assert moved.due_at == _at(target, 14, 30)
    assert moved.remind_at == moved.due_at - dt.timedelta(minutes=10)
    assert month.day_at(month.entry_rect(call.id).center()) == target  # read again after the move


def test_a_press_without_moving_chooses_the_day_and_moves_nothing(page):
    call = _plan("Visit", _at(TODAY + dt.timedelta(days=1), 9))
    page.reload(wait=True)
    rect = page.month.entry_rect(call.id)
    QTest.mouseClick(page.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center().toPoint())
    assert page.selected == TODAY + dt.timedelta(days=1)
    assert svc.get_activity(call.id).due_at == _at(TODAY + dt.timedelta(days=1), 9)


def test_projected_occurrences_show_dimmed_and_cannot_be_dragged(page, qtbot, lang):
    weekly = _plan("Weekly report", _at(TODAY, 16), kind="task", recurrence=Recurrence("week", 1))
    page.reload(wait=True)
    projected = [e for e in page.month.shown_entries() if e.projected]
    assert projected and {e.activity_id for e in projected} == {weekly.id}
    assert min(e.start for e in projected) == _at(TODAY + dt.timedelta(days=7), 16)
    rect = page.month.entry_rect(weekly.id, projected=True)
    _drag(page.month, rect.center(), page.month.day_rect(TODAY + dt.timedelta(days=9)).center())
    qtbot.wait(50)
    assert svc.get_activity(weekly.id).due_at == _at(TODAY, 16)  # neither the open one nor the series moved
    menu = page.entry_menu(projected[0])
    texts = [a.text() for a in menu.actions()]
    assert not any("Delete" in t or "Mark done" in t for t in texts)
    menu.deleteLater()


def test_more_than_fits_opens_the_day(page):
    busy = TODAY + dt.timedelta(days=2)
    for k in range(9):
        _plan(f"Call {k}", _at(busy, 9 + k // 2, (k % 2) * 30))
    page.reload(wait=True)
    rect = page.month.more_rect(busy)
    assert not rect.isEmpty()
    shown = [e for e in page.month.shown_entries() if e.start.astimezone(TEHRAN).date() == busy]
    assert 0 < len(shown) < 9
    QTest.mouseClick(page.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center().toPoint())
    assert page.mode == "day" and page.selected == busy
    page.reload(wait=True)
    assert len([e for e in page.timeline.shown_entries()]) == 9


# -- the week and the day ---------------------------------------------------------------------------

def test_a_drag_in_the_week_view_snaps_to_a_quarter_hour_on_another_day(page, qtbot, lang):
    meeting = _plan("Demo", _at(TODAY, 10), kind="meeting", duration_minutes=60)
    page.set_mode("week")
    page.reload(wait=True)
    timeline = page.timeline
    assert timeline.days == cal.week_of(TODAY, weeks.SATURDAY if lang == "fa" else weeks.MONDAY)
    top = timeline.scroll.verticalScrollBar().value() * 60 / calendar_timeline.HOUR
    assert 6.5 * 60 <= top <= 7 * 60  # opened at about 07:00
    rect = timeline.block_rect(meeting.id)
    assert not rect.isEmpty()
    assert rect.height() == pytest.approx(calendar_timeline.HOUR - 2, abs=1)  # an hour long
    start = QPointF(rect.center().x(), rect.top() + 10)
    tomorrow = TODAY + dt.timedelta(days=1)
    # 97 minutes later on screen, in the next day's column: snapped to 11:30
    end_x = timeline.slot_point(tomorrow, dt.time(12)).x()
    end = QPointF(end_x, start.y() + 97 * calendar_timeline.HOUR / 60)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _drag(timeline.grid, start, end)
    assert svc.get_activity(meeting.id).due_at == _at(tomorrow, 11, 30)
    moved = timeline.block_rect(meeting.id)
    assert timeline.grid.slot_at(moved.center())[0] == timeline.days.index(tomorrow)
    if lang == "fa":  # the day after is further left in Persian
        assert moved.center().x() < rect.center().x()


def test_overlapping_blocks_sit_side_by_side_and_the_day_view_has_a_now_line(page):
    a = _plan("Meeting A", _at(TODAY, 11), kind="meeting", duration_minutes=90)
    b = _plan("Meeting B", _at(TODAY, 11, 30), kind="meeting", duration_minutes=60)
    c = _plan("Later call", _at(TODAY, 14))
    page.go_to(TODAY, "day")
    page.reload(wait=True)
    ra, rb, rc = (page.timeline.block_rect(x.id) for x in (a, b, c))
    assert ra.intersected(rb).isEmpty() and ra.width() == pytest.approx(rb.width(), abs=1)
    assert rc.width() > 1.8 * ra.width()  # alone at 14:00: the whole column
    assert page.timeline.now == NOW and page.timeline.today == TODAY
    assert page.toolbar.title.text() in ("چهارشنبه ۱۲ آذر ۱۴۰۴", "Wednesday 3 December 2025")


def test_all_day_activities_sit_in_the_strip_and_drag_to_another_day(page, qtbot):
    task = _plan("Send the contract", _at(TODAY, 0), kind="task", all_day=True)
    page.set_mode("week")
    page.reload(wait=True)
    header = page.timeline.header
    rect = header.entry_rect(task.id)
    assert not rect.isEmpty() and page.timeline.block_rect(task.id).isEmpty()
    left, right = header.span(page.timeline.days.index(TODAY + dt.timedelta(days=2)))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _drag(header, rect.center(), QPointF((left + right) / 2, rect.center().y()))
    moved = svc.get_activity(task.id)
    assert moved.all_day and moved.due_at == cal.local_day_start(TODAY + dt.timedelta(days=2), TEHRAN)


@pytest.mark.parametrize("mode", ["month", "week"])
def test_escape_during_a_drag_leaves_the_activity_where_it_was(page, qtbot, mode):
    call = _plan("Call Sara", _at(TODAY, 9, 30))
    task = _plan("Send the contract", _at(TODAY, 0), kind="task", all_day=True)
    page.set_mode(mode)
    page.reload(wait=True)
    timeline = page.timeline
    views = [(page.month, page.month.entry_rect(call.id))] if mode == "month" else \
        [(timeline.grid, timeline.block_rect(call.id)), (timeline.header, timeline.header.entry_rect(task.id))]
    for widget, rect in views:
        start = rect.center().toPoint()
        away = start + QPoint(30, 30)
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(widget, start + QPoint(6, 6))
        QTest.mouseMove(widget, away)
        assert widget.drag.dragging
        QTest.keyClick(widget, Qt.Key.Key_Escape)
        assert not widget.drag.dragging and widget.drag.item is None
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, away)
    assert svc.get_activity(call.id).due_at == _at(TODAY, 9, 30)
    assert svc.get_activity(task.id).due_at == cal.local_day_start(TODAY, TEHRAN)


def test_a_block_dropped_on_the_all_day_strip_becomes_all_day_and_back(page, qtbot):
    call = _plan("Call Sara", _at(TODAY, 9, 30))
    page.set_mode("week")
    page.reload(wait=True)
    timeline, grid = page.timeline, page.timeline.grid
    header = timeline.header
    target = TODAY + dt.timedelta(days=1)
    left, right = header.span(timeline.days.index(target))
    strip = QPoint(int((left + right) / 2), header.height() - 8)
    over_strip = grid.mapFromGlobal(header.mapToGlobal(strip))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _drag(grid, timeline.block_rect(call.id).center(), QPointF(over_strip))
    moved = svc.get_activity(call.id)
    assert moved.all_day and moved.due_at == cal.local_day_start(target, TEHRAN)
    rect = header.entry_rect(call.id)
    assert not rect.isEmpty()
    below = header.mapFromGlobal(grid.mapToGlobal(timeline.slot_point(TODAY, dt.time(11, 40)).toPoint()))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _drag(header, rect.center(), QPointF(below))
    moved = svc.get_activity(call.id)
    assert not moved.all_day and moved.due_at == _at(TODAY, 11, 30)  # the quarter it was dropped in


def test_place_gives_overlapping_entries_lanes():
    row = types.SimpleNamespace(duration_minutes=None, all_day=False, id=1)

    def entry(hour, minute, minutes):
        r = types.SimpleNamespace(**{**vars(row), "duration_minutes": minutes})
        return cal.CalendarEntry(r, _at(TODAY, hour, minute))

    # a quarter hour is drawn 25 minutes tall (the smallest readable box), so 9:00-9:15 reaches 9:25
    blocks = calendar_timeline.place([entry(9, 0, 60), entry(9, 0, 15), entry(9, 10, 10), entry(9, 40, 20),
                                      entry(11, 0, 30)], 0, TEHRAN)
    lanes = {(b.start, b.end): (b.lane, b.lanes, b.span) for b in blocks}
    assert lanes[(540, 600)] == (0, 3, 1) and lanes[(540, 555)] == (1, 3, 1) and lanes[(550, 565)] == (2, 3, 1)
    assert lanes[(580, 600)] == (1, 3, 2)  # lane 2 is free beside it by then: it spreads over it
    assert lanes[(660, 690)] == (0, 1, 1)  # alone: the whole column


# -- keys, double-clicks, loading -------------------------------------------------------------------

def test_keys_move_the_chosen_day_and_the_period(page, lang):
    QTest.keyClick(page.month, Qt.Key.Key_Left)
    assert page.selected == TODAY + dt.timedelta(days=1 if lang == "fa" else -1)  # as the arrow points
    QTest.keyClick(page.month, Qt.Key.Key_Down)
    assert page.selected == TODAY + dt.timedelta(days=8 if lang == "fa" else 6)
    QTest.keyClick(page.month, Qt.Key.Key_PageDown)
    assert page.toolbar.title.text() == ("دی ۱۴۰۴" if lang == "fa" else "January 2026")
    page.reload(wait=True)
    QTest.keyClick(page.month, Qt.Key.Key_T)
    assert page.selected == TODAY and page.mode == "month"
    QTest.keyClick(page.month, Qt.Key.Key_W)
    assert page.mode == "week" and page.toolbar.mode_buttons["week"].isChecked()
    QTest.keyClick(page.timeline.grid, Qt.Key.Key_PageUp)
    assert page.selected == TODAY - dt.timedelta(days=7)
    page.reload(wait=True)
    # the same keys with the Persian keyboard layout: پ (M), ف (T)
    for letter in ("\u067e", "\u0641"):
        QApplication.sendEvent(page.timeline.grid, QKeyEvent(QEvent.Type.KeyPress, ord(letter),
                                                             Qt.KeyboardModifier.NoModifier, letter))
    assert page.mode == "month" and page.selected == TODAY


@pytest.fixture
def quick(monkeypatch):
    """A stand-in for the activity dialogs: records what the page asked for."""
    calls: list[tuple] = []
    fake = types.ModuleType("crm_desktop.ui.activities.quick_actions")
    fake.new_activity = lambda parent, ctx, **kw: calls.append(("new", kw)) or None
    fake.edit_activity = lambda parent, ctx, activity_id: calls.append(("edit", activity_id)) or False
    monkeypatch.setitem(sys.modules, "crm_desktop.ui.activities.quick_actions", fake)
    import crm_desktop.ui.activities as package
    monkeypatch.setattr(package, "quick_actions", fake, raising=False)
    return calls


def test_double_clicks_ask_for_a_new_activity_or_open_one(page, quick):
    call = _plan("Call", _at(TODAY, 9))
    page.reload(wait=True)
    month = page.month
    empty_day = TODAY + dt.timedelta(days=3)
    QTest.mouseDClick(month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      month.day_rect(empty_day).center().toPoint())
    QTest.mouseDClick(month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      month.entry_rect(call.id).center().toPoint())
    grey = month.weeks[-1][-1]  # a day of the next month, shown in grey
    assert grey > month.span[1]
    QTest.mouseClick(month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     month.day_rect(grey).center().toPoint())
    QTest.mouseDClick(month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      month.day_rect(grey).center().toPoint())
    assert page.selected == grey and month.weeks[-1][-1] == grey  # chosen where it is: the month stays
    page.set_mode("week")
    page.reload(wait=True)
    QTest.mouseDClick(page.timeline.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      (page.timeline.slot_point(grey, dt.time(15, 50))).toPoint())
    assert quick == [
        ("new", {"due_at": dt.datetime.combine(empty_day, dt.time(), tzinfo=TEHRAN), "all_day": True}),
        ("edit", call.id),
        ("new", {"due_at": dt.datetime.combine(grey, dt.time(), tzinfo=TEHRAN), "all_day": True}),
        ("new", {"due_at": dt.datetime.combine(grey, dt.time(15, 45), tzinfo=TEHRAN), "all_day": False}),
    ]


def test_the_period_loads_in_a_worker_and_says_so(page, qtbot):
    _plan("Call", _at(TODAY, 9))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert [e.subject for e in page.month.shown_entries()] == ["Call"]
    page.toolbar.kind.setCurrentIndex(page.toolbar.kind.findData("meeting"))  # reloads in a worker
    qtbot.waitUntil(lambda: page.month.shown_entries() == [], timeout=5000)
    assert set(page.screenshot_states()) == {"month", "week", "day"}


def test_an_activitys_menu_completes_reschedules_deletes_and_opens_the_customer(page, qtbot):
    from crm_desktop.services import contacts

    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei"))
    call = _plan("Call Ali", _at(TODAY, 16), contact_id=ali.id)
    page.reload(wait=True)
    entry = next(e for e in page.month.shown_entries() if e.activity_id == call.id)
    menu = page.entry_menu(entry)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert submenus and submenus[0].objectName() == "rescheduleMenu"
    words = {text: QCoreApplication.translate("Calendar", text) for text in ("Open the customer", "Mark done")}
    with qtbot.waitSignal(page.open_customer) as opened:
        actions[words["Open the customer"]].trigger()
    assert opened.args == ["contact", ali.id]
    with qtbot.waitSignal(page.loaded, timeout=5000):  # the write is announced and the period read again
        actions[words["Mark done"]].trigger()
    assert svc.get_activity(call.id).done_at is not None
    assert next(e for e in page.month.shown_entries() if e.activity_id == call.id).is_done
    menu.deleteLater()


# -- hidden, the day changing, the people (fix1) -----------------------------------------------------

def _count_reads(page) -> list:
    reads = []
    real = page._reads.start
    page._reads.start = lambda fn, wait=False: (reads.append(fn), real(fn, wait=wait))
    return reads


def test_a_hidden_calendar_reads_again_only_once_shown(page, qtbot):
    from crm_desktop.ui.activities.events import activity_events

    reads = _count_reads(page)
    page.hide()
    call = _plan("Added while the calendar was hidden", _at(TODAY, 15))
    activity_events.changed.emit()
    activity_events.changed.emit()
    assert reads == []  # nobody looks: nothing read
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert len(reads) == 1
    assert call.id in [e.activity_id for e in page.month.shown_entries()]
    with qtbot.waitSignal(page.loaded, timeout=5000):  # shown: a write is read at once
        activity_events.changed.emit()
    assert len(reads) == 2


def test_at_midnight_the_calendar_moves_today_and_what_is_overdue(lang_ctx, qtbot):
    from crm_desktop.ui.calendar import style

    clock = {"now": NOW}
    page = CalendarPage(lang_ctx, clock=lambda: clock["now"], tz=TEHRAN)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.show()
    qtbot.waitExposed(page)
    late = _plan("Call in the afternoon", _at(TODAY, 16))
    page.reload(wait=True)
    timer = page.day_timer
    tomorrow = TODAY + dt.timedelta(days=1)
    assert timer.isActive() and timer.isSingleShot() and timer.armed_for == _at(tomorrow, 0)
    assert timer.interval() == (13 * 60 + 40) * 60 * 1000  # 10:20 -> midnight
    entry = next(e for e in page.month.shown_entries() if e.activity_id == late.id)
    assert page.month.today == TODAY and not style.is_overdue(entry, page.month.now, page.month.today, TEHRAN)

    clock["now"] = _at(tomorrow, 0, 1)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        timer.start(0)  # the timer fires
    entry = next(e for e in page.month.shown_entries() if e.activity_id == late.id)
    assert page.month.today == tomorrow and page.month.now == clock["now"]
    assert style.is_overdue(entry, page.month.now, page.month.today, TEHRAN)
    assert timer.isActive() and timer.armed_for == _at(tomorrow + dt.timedelta(days=1), 0)

    reads = _count_reads(page)  # hidden at midnight: read when shown again
    page.hide()
    clock["now"] = _at(tomorrow + dt.timedelta(days=1), 0, 1)
    timer.start(0)
    qtbot.waitUntil(lambda: timer.armed_for == _at(tomorrow + dt.timedelta(days=2), 0))
    assert reads == [] and page.month.today == tomorrow
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert len(reads) == 1 and page.month.today == tomorrow + dt.timedelta(days=1)


def test_a_new_colleague_appears_in_the_person_chooser_on_refresh(page, qtbot):
    from crm_desktop.db.models import User

    person = page.toolbar.person
    before = [person.itemData(i) for i in range(person.count())]
    page.toolbar.choose_person(None)  # everyone
    reza = User.create(username="reza", full_name="Reza Nouri")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert [person.itemData(i) for i in range(person.count())] == [*before[:-1], reza.id, before[-1]]
    assert page.toolbar.filters().person is None  # the choice (everyone) is kept
    page.toolbar.choose_person(reza.id)
    assert page.toolbar.filters().person == reza.id

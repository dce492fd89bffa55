"""My day with pytest-qt, in Persian and English, on the day of tests/ui/my_day_world.py (now: Wednesday
2025-12-03 10:00 Tehran, the page's injected clock): the sections hold the agenda's rows, the one-click
check box completes and moves a row (and Undo reopens it), the keys, the reschedule menu and a write
elsewhere reload the page, "Everyone" shows the assignees, the customer / deal / case links, the
empty sentences, and the team workload's figures against the service."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from crm_desktop.db.models import Activity
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import agenda, workload
from crm_desktop.ui.activities import quick_actions
from crm_desktop.ui.my_day.agenda_model import ASSIGNEE_ROLE, LATE_ROLE, LINKS_ROLE, TIME_ROLE
from crm_desktop.ui.activities.events import activity_events
from crm_desktop.ui.my_day.page import MyDayPage
from crm_desktop.ui.my_day.workload_chart import period_tick
from crm_desktop.ui.my_day.workload_model import FIELDS, RED
from tests.ui.my_day_world import NOW, TEHRAN, WORDS, at, build_world

translate = QCoreApplication.translate


@pytest.fixture
def world(lang_ctx, owner):
    return build_world(owner, lang_ctx.prefs.language, history=False)


def make_page(qtbot, lang_ctx) -> MyDayPage:
    page = MyDayPage(lang_ctx, now=lambda: NOW, tz=TEHRAN)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page


@pytest.fixture
def page(qtbot, lang_ctx, world):
    return make_page(qtbot, lang_ctx)


def after(qtbot, page, action):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        result = action()
    return result


def click(qtbot, page, section: str, activity_id: int, part: str) -> None:
    view = page.sections[section].list
    row = page.sections[section].model.row_of(activity_id)
    rect = view.part_rect(row, part) if part in ("check", "reschedule") else view.link_rect(row, part)
    assert rect.isValid() and not rect.isEmpty()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sections_hold_the_agendas_rows_with_their_times(page, world, qtmodeltester):
    ids = world.ids
    assert page.rows_of("overdue") == [ids["o_call"], ids["o_task"], ids["o_past"]]
    assert page.rows_of("today") == [ids["t_report"], ids["t_meeting"], ids["t_sms"]]  # all-day first
    assert page.rows_of("upcoming") == [ids["u_call"], ids["u_email"], ids["u_task"]]  # not the 20th's
    assert page.rows_of("done_today") == [ids["d_call"]]
    mine = agenda.agenda(world.owner.id, now=NOW, tz=TEHRAN)
    for name in page.sections:
        assert page.rows_of(name) == [r.id for r in mine.section(name)]
    fmt = page.ctx.fmt
    assert [page.cards[n].value.text() for n in ("overdue", "today", "upcoming", "done_today")] == \
        [fmt.number(3), fmt.number(3), fmt.number(3), fmt.number(1)]
    assert "#d93025" in page.cards["overdue"].value.styleSheet()  # red: something is overdue
    overdue = page.sections["overdue"].model
    assert overdue.index(0, 0).data(TIME_ROLE) == (fmt.digits("11:00"), translate("MyDay", "{weekday} {date}").format(
        weekday=fmt.weekday(dt.date(2025, 12, 1)), date=fmt.date(dt.date(2025, 12, 1))))
    assert overdue.index(1, 0).data(TIME_ROLE) == (translate("MyDay", "All day"), translate("MyDay", "Yesterday"))
    assert all(overdue.index(r, 0).data(LATE_ROLE) for r in range(3))
    today = page.sections["today"].model
    assert today.index(0, 0).data(TIME_ROLE) == (translate("MyDay", "All day"), "")
    assert today.index(1, 0).data(TIME_ROLE) == (fmt.digits("14:00"), "")
    assert not today.index(1, 0).data(LATE_ROLE)
    upcoming = page.sections["upcoming"].model
    assert upcoming.index(0, 0).data(TIME_ROLE) == (fmt.digits("10:00"), translate("MyDay", "Tomorrow"))
    assert fmt.date(dt.date(2025, 12, 6)) in upcoming.index(1, 0).data(TIME_ROLE)[1]  # Saturday, in the calendar
    words = WORDS[page.ctx.prefs.language]
    links = overdue.index(0, 0).data(LINKS_ROLE)
    assert [(link.kind, link.id, link.text) for link in links] == [
        ("contact", world.ali, " ".join(words["ali"])), ("organization", world.zagros, words["zagros"]),
        ("deal", world.deal, words["deal"])]
    assert overdue.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == words["subjects"]["o_call"]
    assert overdue.index(0, 0).data(ASSIGNEE_ROLE) == ""  # my own day: no assignee column
    assert page.subtitle.text().endswith(fmt.date(dt.date(2025, 12, 3), "long"))
    for section in page.sections.values():
        qtmodeltester.check(section.model, force_py=True)
        qtmodeltester.check(section.model)
    assert not page.loading.isVisible()


def test_the_check_box_completes_at_once_and_undo_reopens(page, world, qtbot):
    call = world.ids["o_past"]
    after(qtbot, page, lambda: click(qtbot, page, "overdue", call, "check"))
    assert svc.get_activity(call).done_at == NOW  # done, at the page's "now"
    assert call not in page.rows_of("overdue")
    assert page.rows_of("done_today")[0] == call
    assert page.cards["overdue"].value.text() == page.ctx.fmt.number(2)
    assert page.cards["done_today"].value.text() == page.ctx.fmt.number(2)
    assert page.bar.isVisible()
    name = " ".join(WORDS[page.ctx.prefs.language]["nima"])
    assert page.bar.text.text() == translate("MyDay", "Call with {name} done").format(name=f"\u2068{name}\u2069")
    assert page.bar.outcome_button.isVisible() and page.bar.follow_up_button.isVisible()
    after(qtbot, page, lambda: qtbot.mouseClick(page.bar.undo_button, Qt.MouseButton.LeftButton))
    assert svc.get_activity(call).done_at is None
    assert call in page.rows_of("overdue") and call not in page.rows_of("done_today")
    assert not page.bar.isVisible()


def test_completing_a_repeating_task_makes_the_next_one_and_undo_takes_it_back(page, world, qtbot):
    report = world.ids["t_report"]
    series = svc.get_activity(report).series_uid

    def alive() -> list[int]:
        return [a.id for a in Activity.alive().where(Activity.series_uid == series).order_by(Activity.id)]
    after(qtbot, page, lambda: page.complete(report))
    assert len(alive()) == 2  # the next month's occurrence
    assert page.bar.isVisible() and not page.bar.outcome_button.isVisible()  # a task: only Undo
    after(qtbot, page, lambda: page.bar.undo_button.click())
    assert alive() == [report] and svc.get_activity(report).done_at is None
    assert page.rows_of("today")[0] == report


def test_the_row_moves_before_the_page_reads_again(page, world, qtbot):
    meeting = world.ids["t_meeting"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.complete(meeting)
        # no event processed yet: the reload has not run, the row moved by itself
        assert meeting not in page.rows_of("today") and page.rows_of("done_today")[0] == meeting
        assert page.cards["today"].value.text() == page.ctx.fmt.number(2)
        assert page.current_id() == meeting  # still the chosen row, in its new place
    assert page.rows_of("done_today") == [meeting, world.ids["d_call"]]


def test_unticking_in_done_today_opens_it_again(page, world, qtbot):
    done = world.ids["d_call"]
    after(qtbot, page, lambda: click(qtbot, page, "done_today", done, "check"))
    assert svc.get_activity(done).done_at is None
    assert done in page.rows_of("overdue")  # 09:10 has passed


def test_keys_space_delete_enter_and_ctrl_n(page, world, qtbot, monkeypatch):
    opened, created = [], []
    monkeypatch.setattr(quick_actions, "edit_activity", lambda parent, ctx, activity_id: opened.append(activity_id))
    monkeypatch.setattr(quick_actions, "confirm", lambda parent, question: True)
    monkeypatch.setattr(quick_actions, "new_activity", lambda parent, ctx, **kw: created.append(kw) or None)
    sms = world.ids["t_sms"]
    view = page.sections["today"].list
    assert page.select(sms)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [sms]
    time = view.part_rect(page.sections["today"].model.row_of(world.ids["t_report"]), "time")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=time.center())
    assert opened == [sms, world.ids["t_report"]]
    after(qtbot, page, lambda: qtbot.keyClick(view, Qt.Key.Key_Space))
    assert svc.get_activity(sms).done_at == NOW and page.rows_of("done_today")[0] == sms
    meeting = world.ids["t_meeting"]
    page.select(meeting)
    after(qtbot, page, lambda: qtbot.keyClick(view, Qt.Key.Key_Delete))
    assert Activity.get_by_id(meeting).deleted_at is not None
    assert meeting not in page.rows_of("today")
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert created == [{"kind": "task"}]


def test_up_and_down_cross_from_one_section_to_the_next(page, world, qtbot):
    view = page.sections["overdue"].list
    page.select(world.ids["o_past"])  # the last overdue row
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.current_id() == world.ids["t_report"]
    qtbot.keyClick(page.sections["today"].list, Qt.Key.Key_Up)
    assert page.current_id() == world.ids["o_past"]


def test_a_reschedule_elsewhere_reloads_the_page(page, world, qtbot):
    call = world.ids["u_call"]  # tomorrow 10:00 -> today 18:00
    svc.reschedule(call, at(12, 3, 18), tz=TEHRAN)
    after(qtbot, page, activity_events.changed.emit)  # what the forms and quick actions announce
    assert page.rows_of("today")[-1] == call and call not in page.rows_of("upcoming")


def test_the_reschedule_button_opens_the_quick_actions_menu(page, world, qtbot):
    email = world.ids["u_email"]
    click(qtbot, page, "upcoming", email, "reschedule")
    menu = page._menu
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == [translate("Activities", "In 1 hour"), translate("Activities", "Tomorrow, same time"),
                         translate("Activities", "Next week, same time")]
    before = svc.get_activity(email).due_at
    after(qtbot, page, lambda: menu.actions()[2].trigger())  # next week, from the real today
    assert svc.get_activity(email).due_at > before
    assert email not in page.rows_of("upcoming")  # beyond the page's 7 days now
    menu.close()


def test_everyone_shows_the_assignee_and_a_colleague_only_theirs(page, world, qtbot):
    after(qtbot, page, lambda: page.choose_person("everyone"))
    ids = world.ids
    assert page.rows_of("overdue") == [ids["o_call"], ids["o_task"], ids["s_over"], ids["o_past"]]
    overdue = page.sections["overdue"].model
    sara = WORDS[page.ctx.prefs.language]["sara"]
    owner = WORDS[page.ctx.prefs.language]["owner"]
    assert overdue.index(2, 0).data(ASSIGNEE_ROLE) == sara
    assert overdue.index(0, 0).data(ASSIGNEE_ROLE) == owner
    assert page.cards["done_today"].value.text() == page.ctx.fmt.number(2)
    assert "assignee" in page.sections["overdue"].list.delegate._parts(
        page.sections["overdue"].list.visualRect(overdue.index(2, 0)), overdue.index(2, 0))
    after(qtbot, page, lambda: page.choose_person(world.sara.id))
    assert page.rows_of("overdue") == [ids["s_over"]] and page.rows_of("today") == [ids["s_today"]]
    assert page.sections["overdue"].model.index(0, 0).data(ASSIGNEE_ROLE) == ""


def test_the_links_open_the_customer_the_deal_and_the_case(page, world, qtbot):
    call = world.ids["o_call"]
    with qtbot.waitSignal(page.open_customer, timeout=2000) as person:
        click(qtbot, page, "overdue", call, "contact")
    assert person.args == ["contact", world.ali]
    with qtbot.waitSignal(page.open_customer, timeout=2000) as company:
        click(qtbot, page, "overdue", call, "organization")
    assert company.args == ["organization", world.zagros]
    with qtbot.waitSignal(page.open_deal, timeout=2000) as deal:
        click(qtbot, page, "overdue", call, "deal")
    assert deal.args == [world.deal]
    with qtbot.waitSignal(page.open_case, timeout=2000) as case:
        click(qtbot, page, "overdue", world.ids["o_past"], "case")
    assert case.args == [world.case]
    assert svc.get_activity(call).done_at is None  # a link is not a completion


def test_empty_sections_say_something_useful(qtbot, lang_ctx, owner):
    page = make_page(qtbot, lang_ctx)
    for section in page.sections.values():
        assert section.model.rowCount() == 0
        assert not section.card.isVisible() and section.empty.isVisible()
    assert page.sections["overdue"].empty.text() == translate("MyDay", "Nothing overdue. Well done.")
    assert page.cards["overdue"].value.text() == page.ctx.fmt.number(0)
    assert page.cards["overdue"].value.styleSheet() == ""  # not red
    page.sections["done_today"].toggle.click()
    assert not page.sections["done_today"].empty.isVisible()


def test_nothing_is_said_about_the_sections_before_the_first_answer(qtbot, lang_ctx, world):
    page = MyDayPage(lang_ctx, now=lambda: NOW, tz=TEHRAN)
    qtbot.addWidget(page)
    page.show()
    assert page.loading.isVisible()
    assert not any(section.isVisible() for section in page.sections.values())
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert all(section.isVisible() for section in page.sections.values()) and not page.loading.isVisible()


def test_a_new_colleague_appears_in_the_chooser_on_refresh(page, qtbot):
    from crm_desktop.db.models import User

    reza = User.create(username="reza", full_name="Reza Nouri")
    after(qtbot, page, lambda: page.choose_person("everyone"))
    after(qtbot, page, page.refresh)
    assert page.person.findData(reza.id) >= 0
    assert page.person.currentData() == "everyone"  # the choice is kept


def test_the_lists_are_read_in_a_worker_behind_a_loading_note(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
        assert page.loading.isVisible()
    assert not page.loading.isVisible()


def test_the_workload_tab_shows_the_services_figures(qtbot, lang_ctx, owner, qtmodeltester):
    world = build_world(owner, lang_ctx.prefs.language)
    page = make_page(qtbot, lang_ctx)
    view = page.workload
    with qtbot.waitSignal(view.loaded, timeout=10000):
        page.show_tab("workload")
    calendar = lang_ctx.prefs.calendar
    expected = workload.workload(workload.month_of(dt.date(2025, 12, 3), calendar), now=NOW, tz=TEHRAN,
                                 calendar=calendar)

    def on_screen() -> list[list[str]]:
        model = view.model
        return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]

    def shown(result) -> list[list[str]]:
        fmt = lang_ctx.fmt
        return [[p.name, *(fmt.number(getattr(p, f)) for f in FIELDS)] for p in [*result.people, result.total]]
    assert on_screen() == shown(expected)
    owner_row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == world.owner.full_name)
    # mine: 10 open, 3 overdue, 3 due today
    assert [view.model.index(owner_row, c).data() for c in (1, 2, 3)] == [lang_ctx.fmt.number(n) for n in (10, 3, 3)]
    assert view.model.index(owner_row, 2).data(Qt.ItemDataRole.ForegroundRole) == QColor(RED)
    qtmodeltester.check(view.model, force_py=True)
    qtmodeltester.check(view.model)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_period("last_month")
    last = workload.workload(workload.chosen_period("last_month", dt.date(2025, 12, 3), calendar), now=NOW, tz=TEHRAN,
                             calendar=calendar)
    assert on_screen() == shown(last)
    series = workload.completed_series("month", ending=last.period.end, now=NOW, tz=TEHRAN, calendar=calendar)
    texts = view.chart.texts()
    assert all(period_tick(view.chart, p, calendar) in texts for p in series.periods)
    assert series.people[0].name in texts  # the legend
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_period("week")
    assert view.series.unit == "week" and len(view.series.periods) == 8
    assert on_screen() == shown(workload.workload(workload.week_of(dt.date(2025, 12, 3), calendar), now=NOW,
                                                  tz=TEHRAN, calendar=calendar))


def test_screenshot_states(page, qtbot):
    states = page.screenshot_states()
    assert set(states) == {"today", "everyone", "workload"}
    states["everyone"]()
    assert page.everyone() and page.sections["overdue"].model.show_assignee
    states["workload"]()
    assert page.stack.currentWidget() is page.workload and page.workload.model.rowCount() > 0
    states["today"]()
    assert page.stack.currentIndex() == 0 and not page.everyone()


def test_the_chart_draws_the_busiest_people_and_the_others_together():
    from crm_desktop.services.activities.workload import PersonSeries
    from crm_desktop.ui.my_day.workload_chart import MOST_PEOPLE, shown_people

    people = [PersonSeries(i, f"P{i}", [i, 1]) for i in range(1, MOST_PEOPLE + 3)]  # 10 people
    shown = shown_people(people)
    assert len(shown) == MOST_PEOPLE
    assert [p.name for p in shown[:-1]] == [f"P{i}" for i in range(4, 11)]  # the 7 busiest, in their order
    assert shown[-1].counts == [1 + 2 + 3, 3] and shown[-1].user_id is None
    assert shown_people(people[:3]) == people[:3]


# -- clicks that must act once, follow-ups, undo, the day changing, menus ---------------------------

def test_a_double_click_on_a_tick_box_completes_only_that_activity(page, world, qtbot):
    """The first click completes row 0 and the row below slides up under the mouse: the double
    click's second release must not complete that one too."""
    first, second, third = page.rows_of("overdue")
    after(qtbot, page, lambda: page.complete(third))  # the completion bar is up: nothing moves down
    view = page.sections["overdue"].list
    window = page.window()
    point = view.viewport().mapTo(window, view.part_rect(0, "check").center())
    after(qtbot, page, lambda: QTest.mouseDClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                                                 Qt.KeyboardModifier.NoModifier, point))
    assert svc.get_activity(first).done_at == NOW
    assert svc.get_activity(second).done_at is None
    assert page.rows_of("overdue") == [second]


def test_a_press_and_a_release_on_different_activities_do_nothing(page, world, qtbot):
    view = page.sections["overdue"].list
    ids = page.rows_of("overdue")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.part_rect(0, "check").center())
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       view.part_rect(1, "check").center())
    assert all(svc.get_activity(i).done_at is None for i in ids)
    assert page.rows_of("overdue") == ids and not page.bar.isVisible()


def test_a_follow_up_of_a_colleagues_call_is_theirs_and_follows_it(page, world, qtbot, monkeypatch):
    from crm_desktop.ui.activities.activity_dialog import ActivityDialog

    def save_it(dialog) -> int:
        dialog.subject.setText("Follow up")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(ActivityDialog, "exec", save_it)
    after(qtbot, page, lambda: page.choose_person(world.sara.id))
    call = world.ids["s_over"]
    after(qtbot, page, lambda: click(qtbot, page, "overdue", call, "check"))
    assert page.bar.follow_up_button.isVisible()
    after(qtbot, page, lambda: qtbot.mouseClick(page.bar.follow_up_button, Qt.MouseButton.LeftButton))
    made = Activity.select().where(Activity.subject == "Follow up").get()
    assert made.__data__["follow_up_of"] == call
    assert made.__data__["assignee"] == world.sara.id  # not the person who clicked
    assert made.__data__["contact"] == world.ali and made.done_at is None


def test_undo_keeps_a_next_occurrence_someone_has_changed_meanwhile(page, world, qtbot, monkeypatch):
    report = world.ids["t_report"]
    undone = []
    real = svc.undo_completion
    monkeypatch.setattr(svc, "undo_completion", lambda *a, **kw: undone.append((a, kw)) or real(*a, **kw))
    after(qtbot, page, lambda: page.complete(report))
    following = page.last_completed[report]
    changed = svc.activity_input(svc.get_activity(following))
    changed.subject = "Prepare the monthly report (with the figures)"
    svc.update_activity(following, changed, tz=TEHRAN)
    after(qtbot, page, lambda: page.bar.undo_button.click())
    assert svc.get_activity(report).done_at is None
    assert svc.get_activity(following).subject == changed.subject  # still there: not deleted by the undo
    assert undone == [((report, following), {"now": NOW, "tz": TEHRAN})]  # one call: one transaction


def test_at_midnight_the_page_reads_the_new_day(qtbot, lang_ctx, world):
    clock = {"now": NOW}
    page = MyDayPage(lang_ctx, now=lambda: clock["now"], tz=TEHRAN)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    after(qtbot, page, page.refresh)
    timer = page.day_timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.armed_for == at(12, 4) and timer.interval() == 14 * 3600 * 1000  # 10:00 -> midnight, Tehran
    assert world.ids["u_call"] in page.rows_of("upcoming")
    clock["now"] = at(12, 4, 0, 1)
    after(qtbot, page, lambda: timer.start(0))  # the timer fires
    fmt = lang_ctx.fmt
    assert page.subtitle.text().endswith(fmt.date(dt.date(2025, 12, 4), "long"))
    assert world.ids["u_call"] in page.rows_of("today") and page.rows_of("done_today") == []
    assert timer.isActive() and timer.armed_for == at(12, 5)  # armed again for the next midnight

    page.hide()  # hidden: nothing is read at midnight, the page reads when shown again
    clock["now"] = at(12, 5, 0, 1)
    reads = []
    real = page._reads.start
    page._reads.start = lambda fn, wait=False: (reads.append(fn), real(fn, wait=wait))
    timer.start(0)
    qtbot.waitUntil(lambda: timer.armed_for == at(12, 6))
    assert reads == [] and page.subtitle.text().endswith(fmt.date(dt.date(2025, 12, 4), "long"))
    after(qtbot, page, page.show)
    assert len(reads) == 1 and page.subtitle.text().endswith(fmt.date(dt.date(2025, 12, 5), "long"))


def test_a_write_while_hidden_is_read_once_shown(page, world, qtbot):
    page.hide()
    call = world.ids["u_call"]
    svc.reschedule(call, at(12, 3, 18), tz=TEHRAN)
    activity_events.changed.emit()
    assert call in page.rows_of("upcoming")  # hidden: not read yet
    after(qtbot, page, page.show)
    assert page.rows_of("today")[-1] == call


def test_a_reschedule_menu_goes_away_once_closed(page, world, qtbot):
    email = world.ids["u_email"]
    for _ in range(3):
        click(qtbot, page, "upcoming", email, "reschedule")
        assert page._menu.isVisible()
        page._menu.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.findChildren(QMenu, "rescheduleMenu") == []


def test_my_day_and_the_calendar_share_one_person_chooser(page, lang_ctx, qtbot):
    from crm_desktop.ui.activities.person_chooser import PersonChooser
    from crm_desktop.ui.calendar.page import CalendarPage

    calendar = CalendarPage(lang_ctx, clock=lambda: NOW, tz=TEHRAN)
    qtbot.addWidget(calendar)
    assert isinstance(page.person, PersonChooser) and isinstance(calendar.toolbar.person, PersonChooser)
    people = [page.person.itemData(i) for i in range(page.person.count())]
    assert people == [calendar.toolbar.person.itemData(i) for i in range(calendar.toolbar.person.count())]
    assert people[0] == "me" and people[-1] == "everyone" and len(people) == 3  # me, Sara, everyone

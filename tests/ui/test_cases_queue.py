"""The complaint queue with pytest-qt: cases in the order they need action with the overdue ones
red, the views and filters, bulk and keyboard triage, and the case detail (messages to the customer
versus internal notes, resolving, rating, reopening, files, knowledge answers)."""

from __future__ import annotations

import datetime as dt
from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from crm_desktop.db.models import Case, OutboxMessage
from crm_desktop.services.cases import categories, knowledge, queue, routing, work_calendar
from crm_desktop.services.cases.labels import CLOCK_STATES
from crm_desktop.services.labels import label
from crm_desktop.ui.cases import bulk
from crm_desktop.ui.cases.case_dialog import CaseDialog
from crm_desktop.ui.cases.page import CasesPage
from crm_desktop.ui.cases.queue_model import CLOCK_COLOURS, CLOCK_ROLE, NUMBER, SLA, CaseQueueModel
from crm_desktop.ui.cases.status_dialogs import RateDialog, ResolveDialog
from tests.ui.case_world import WORDS, build_world

RED = QColor(CLOCK_COLOURS["overdue"][0])


@pytest.fixture
def world(lang_ctx, owner):
    return build_world(owner, lang_ctx.prefs.language)


@pytest.fixture
def page(qtbot, lang_ctx, world):
    widget = CasesPage(lang_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def shown(page) -> list[int]:
    return [page.model.case_id(row) for row in range(page.model.rowCount())]


def reload_after(qtbot, page, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        action()


def test_the_queue_lists_open_cases_in_action_order_with_the_overdue_ones_red(page, world, qtmodeltester):
    # overdue first (the one due longest ago first), then the nearest deadline (normal before low),
    # then the case whose clock is paused; the resolved case stays out of the open queue
    assert shown(page) == [*world.overdue, *world.fresh, world.waiting]
    assert shown(page) == list(queue.ordered_ids(queue.QueueFilter()))
    model = page.model
    for row in (0, 1):
        assert model.index(row, SLA).data(CLOCK_ROLE) == "overdue"
        assert model.index(row, SLA).data(Qt.ItemDataRole.ForegroundRole) == RED
        assert model.index(row, NUMBER).data(Qt.ItemDataRole.ForegroundRole) == RED
        assert model.index(row, SLA).data().startswith(label(CLOCK_STATES, "overdue"))
    assert model.index(2, SLA).data(CLOCK_ROLE) == "ok"
    assert model.index(2, SLA).data(Qt.ItemDataRole.ForegroundRole) != RED
    assert model.index(4, SLA).data() == label(CLOCK_STATES, "paused")
    number = Case.get_by_id(world.overdue[0]).number
    assert model.index(0, NUMBER).data() == page.ctx.fmt.digits(number)
    assert page.views.count_of("overdue").endswith(f"({page.ctx.fmt.number(2)})")
    assert page.detail.case_id == world.overdue[0]  # the first case is open beside the list
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_views_and_filters_narrow_the_list(page, world, qtbot):
    reload_after(qtbot, page, lambda: page.views.set_view("mine"))
    assert shown(page) == [world.overdue[0], world.fresh[1]]
    reload_after(qtbot, page, lambda: page.views.set_view("unassigned"))
    assert shown(page) == [world.fresh[0], world.waiting]
    reload_after(qtbot, page, lambda: page.views.set_view("overdue"))
    assert shown(page) == world.overdue
    reload_after(qtbot, page, lambda: page.views.set_view("all"))
    word = "فاکتور" if page.ctx.prefs.language == "fa" else "invoice"
    reload_after(qtbot, page, lambda: page.filters.search.setText(word))  # after the typing pause
    assert shown(page) == [world.overdue[0], world.fresh[1]]
    reload_after(qtbot, page, lambda: page.filters.search.setText("0912 222 3344"))  # the customer's phone
    assert shown(page) == [world.overdue[1], world.waiting]
    reload_after(qtbot, page, lambda: page.filters.search.clear())
    reload_after(qtbot, page, lambda: page.filters.choose_status("done"))
    assert shown(page) == [world.resolved]
    reload_after(qtbot, page, lambda: page.filters.choose_status("open"))
    reload_after(qtbot, page, lambda: page.filters.priority.setCurrentIndex(page.filters.priority.findData("low")))
    assert shown(page) == [world.fresh[1], world.waiting]


def test_bulk_assign_from_the_menu(page, world, qtbot):
    page.select_ids([world.fresh[0], world.waiting])
    assert page.selected_ids() == [world.fresh[0], world.waiting]
    menu = page.assign_button.menu()
    menu.aboutToShow.emit()
    sara = next(a for a in menu.actions() if a.text() == world.sara.display_name)
    reload_after(qtbot, page, sara.trigger)
    for case_id in (world.fresh[0], world.waiting):
        case = Case.get_by_id(case_id)
        assert case.assignee_id == world.sara.id
    assert Case.get_by_id(world.fresh[0]).status == "assigned"  # a new case becomes assigned
    assert Case.get_by_id(world.waiting).team_id == world.team_id  # the team stays
    assert set(page.selected_ids()) == {world.fresh[0], world.waiting}  # still chosen after the reload


def test_bulk_status_lists_the_cases_the_workflow_refuses(page, world, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()) or 0)
    page.select_ids([world.overdue[0], world.fresh[0]])
    reload_after(qtbot, page, lambda: bulk.set_status_selected(page, "in_progress"))
    assert Case.get_by_id(world.overdue[0]).status == "in_progress"
    assert Case.get_by_id(world.fresh[0]).status == "in_progress"
    page.select_ids([world.overdue[0], world.fresh[0]])
    reload_after(qtbot, page, lambda: bulk.set_status_selected(page, "closed"))  # only a resolved case closes
    assert len(told) == 1 and told[0].count("\n") == 1
    assert page.ctx.fmt.digits(Case.get_by_id(world.fresh[0]).number) in told[0]
    assert Case.get_by_id(world.fresh[0]).status == "in_progress"


def test_keyboard_triage(page, world, owner, qtbot, monkeypatch):
    page.select_ids([world.fresh[0]])
    reload_after(qtbot, page, lambda: qtbot.keyClick(page.table, Qt.Key.Key_A))  # A: assign to me
    case = Case.get_by_id(world.fresh[0])
    assert (case.assignee_id, case.status) == (owner.id, "assigned")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.select_ids([world.waiting])
    reload_after(qtbot, page, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Delete))
    assert Case.get_by_id(world.waiting).deleted_at is not None
    assert world.waiting not in shown(page)
    page.select_ids([world.fresh[1]])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter: the detail of the chosen case, ready to reply
    assert page.detail.case_id == world.fresh[1]


def test_the_model_reads_only_the_pages_on_screen(qtbot, lang_ctx, world, qtmodeltester):
    model = CaseQueueModel(lang_ctx.fmt)
    ids = array("q", [*world.overdue, *range(10_000_000, 10_050_000)])  # 50,002 rows, most of them gone
    model.set_ids(ids, dt.datetime.now(dt.timezone.utc), work_calendar.office_calendar())
    assert model.rowCount() == 50_002 and model.pages_read == 0
    assert model.index(1, SLA).data(CLOCK_ROLE) == "overdue"
    assert model.index(49_999, 1).data() and model.pages_read == 2
    assert model.row_of(world.overdue[1]) == 1 and model.case_id(50_001) == 10_049_999


def test_detail_sends_a_message_and_adds_a_note(page, world):
    detail = page.detail
    case_id = world.fresh[0]
    page.select_ids([case_id])
    assert detail.case_id == case_id
    queued = OutboxMessage.select().where(OutboxMessage.case == case_id).count()
    detail.reply.setPlainText("سلام، پیگیری می‌کنیم.")
    assert detail.send_message() and detail.reply.toPlainText() == ""
    assert OutboxMessage.select().where(OutboxMessage.case == case_id).count() == queued + 1
    newest = detail.history.entries[0]
    assert newest.to_customer and newest.body == "سلام، پیگیری می‌کنیم."
    assert detail.history.list.itemAt(0).widget().objectName() == "toCustomer"
    detail.reply.setPlainText("مشتری عصبانی بود")
    assert detail.add_note()
    newest = detail.history.entries[0]
    assert (newest.kind, newest.to_customer, newest.body) == ("note", False, "مشتری عصبانی بود")
    assert detail.history.list.itemAt(0).widget().objectName() == "internalNote"
    assert OutboxMessage.select().where(OutboxMessage.case == case_id).count() == queued + 1
    assert not detail.add_note()  # nothing written: said under the box
    assert not detail.reply_error.isHidden()


def test_resolving_asks_how_and_the_case_leaves_the_open_queue(page, world, qtbot, monkeypatch):
    page.select_ids([world.fresh[0]])
    monkeypatch.setattr(ResolveDialog, "exec", lambda dialog: 0)  # cancelled: nothing changes
    assert not page.detail.resolve()
    assert Case.get_by_id(world.fresh[0]).status == "new"

    def answer(dialog):
        dialog.text.setPlainText("گارانتی تعویض شد")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(ResolveDialog, "exec", answer)
    reload_after(qtbot, page, lambda: page.detail.resolve())
    case = Case.get_by_id(world.fresh[0])
    assert (case.status, case.resolution) == ("resolved", "گارانتی تعویض شد")
    assert world.fresh[0] not in shown(page)
    assert page.views.count_of("all").endswith(f"({page.ctx.fmt.number(4)})")


def test_a_resolved_case_is_rated_and_reopened(page, world, qtbot, monkeypatch):
    reload_after(qtbot, page, lambda: page.filters.choose_status("done"))
    page.select_ids([world.resolved])
    detail = page.detail
    assert not detail.actions["rate"].isHidden() and detail.actions["in_progress"].isHidden()

    def rate(dialog):
        dialog.group.button(4).setChecked(True)
        dialog.comment.setPlainText("سریع بود")
        return 1
    monkeypatch.setattr(RateDialog, "exec", rate)
    reload_after(qtbot, page, detail.rate)
    case = Case.get_by_id(world.resolved)
    assert (case.satisfaction, case.satisfaction_comment) == (4, "سریع بود")
    assert page.ctx.fmt.digits("4") in detail.outcome.text()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("دوباره خراب شد", True)))
    reload_after(qtbot, page, detail.reopen)
    assert Case.get_by_id(world.resolved).status == "in_progress"
    assert world.resolved not in shown(page)  # the "resolved/closed" list no longer holds it


def test_knowledge_answer_files_and_the_profile_link(page, world, qtbot, tmp_path):
    detail = page.detail
    page.select_ids([world.overdue[0]])  # a billing case: the billing articles are suggested
    question, answer = WORDS[page.ctx.prefs.language]["articles"][0]
    hit = next(h for h in detail.knowledge.suggested if h.question == question)
    detail.knowledge.use(hit.id)
    assert answer in detail.reply.toPlainText()
    assert [a.id for a in knowledge.linked(world.overdue[0])] == [hit.id]
    assert hit.id in [a.id for a in detail.knowledge.linked]
    source = tmp_path / "فاکتور.txt"
    source.write_bytes(b"invoice 42")
    assert detail.files.add_file(str(source))
    assert detail.files.list.count() == 1
    saved = detail.files.save_selected(str(tmp_path / "copy.txt"))
    assert saved.read_bytes() == b"invoice 42"
    with qtbot.waitSignal(page.open_customer) as opened:
        detail.customer.link.click()
    assert opened.args == ["contact", world.people[0]]


def test_a_routed_case_says_why_and_new_cases_come_from_the_page(page, world, qtbot):
    rule = routing.create_rule(routing.RuleInput(name="Staff", category_id=categories.tree()[4].id,
                                                 team_id=world.team_id, method="round_robin"))
    dialog = page.new_case()
    dialog.subject.setText("Rude answer")
    dialog.customer.choose(world.people[1], None, "x")
    dialog.category.setCurrentIndex(dialog.category.findData(categories.tree()[4].id))
    reload_after(qtbot, page, dialog.save)  # saved: the queue reads again and opens the new case
    case = Case.get_by_id(dialog.result_id)
    assert (case.team_id, case.routing_rule_id) == (world.team_id, rule.id)
    assert page.detail.case_id == case.id and page.selected_ids() == [case.id]
    assert "Staff" in page.detail.reason.text() and not page.detail.reason.isHidden()


def test_f5_and_ctrl_n(page, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    reload_after(qtbot, page, lambda: qtbot.keyClick(page.table, Qt.Key.Key_F5))
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(CaseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

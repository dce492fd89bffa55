"""The Funnel area with pytest-qt: the board's columns, counts and totals; drag and drop between
columns (through the models' mime data) and onto the Lost zone (a real drop event), the lost reason
question and its cancel; keyboard moves; the list and its Excel export; the deal form."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.db.models import Deal
from crm_desktop.services import contacts, organizations
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.funnel import choices, deals, pipelines
from crm_desktop.services.organizations import OrganizationInput
from crm_desktop.ui.funnel.card_delegate import STUCK_FILL
from crm_desktop.ui.funnel.deal_dialog import DealDialog
from crm_desktop.ui.funnel.lost_dialog import LostDialog
from crm_desktop.ui.funnel.page import FunnelPage
from crm_desktop.ui.funnel.stage_model import StageModel, deal_mime
from crm_desktop.ui.main_window import MainWindow

NOW = dt.datetime.now(dt.timezone.utc)


@pytest.fixture
def world(lang_ctx):
    ali = contacts.create_contact(ContactInput(first_name="علی", last_name="رضایی"))
    pars = organizations.create_organization(OrganizationInput(name="پارس کالا"))
    stages = [s for s in pipelines.stages(pipelines.default_pipeline_id()) if s.is_open]

    def new(title, amount, stage, days, **kw):
        return deals.create_deal(deals.DealInput(title=title, amount=amount, stage_id=stages[stage].id,
                                                 contact_id=ali.id, **kw), at=NOW - dt.timedelta(days=days))

    return {
        "stages": stages, "ali": ali,
        "cooler": new("۱۰ دستگاه کولر", 1_000_000, 0, 10),  # 10 days > 7: stuck
        "printer": new("Printer", 2_000_000, 0, 1, probability=40, organization_id=pars.id),
        "desk": new("میز اداری", 4_000_000, 2, 2, next_activity="تماس",
                    next_activity_at=NOW - dt.timedelta(hours=3)),  # overdue
    }


def funnel_page(qtbot, ctx) -> FunnelPage:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window.show_area("funnel")


def stage_of(deal) -> int:
    return Deal.get_by_id(deal.id).__data__["stage"]


def test_board_shows_columns_with_counts_and_totals(qtbot, qtmodeltester, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    board, fmt = page.board, lang_ctx.fmt
    assert [c.stage.id for c in board.columns] == [s.id for s in world["stages"]]
    assert [c.model.rowCount() for c in board.columns] == [2, 0, 1, 0]
    first = board.columns[0]
    assert first.count.text() == fmt.number(2)
    assert fmt.money(3_000_000) in first.totals.text()
    assert fmt.money(900_000) in first.weighted.text()  # 1,000,000 x 10 % + 2,000,000 x 40 %
    assert fmt.money(2_000_000) in board.columns[2].weighted.text()
    assert [first.model.index(r).data() for r in range(2)] == ["۱۰ دستگاه کولر", "Printer"]
    qtmodeltester.check(first.model, force_py=True)
    qtmodeltester.check(first.model)
    # columns follow the reading direction: the first stage at the start side
    def in_order() -> bool:
        x_first, x_last = (board.columns[i].mapTo(page, board.columns[i].rect().center()).x() for i in (0, 3))
        return (x_first > x_last) if lang_ctx.prefs.rtl else (x_first < x_last)

    qtbot.waitUntil(in_order, timeout=3000)


def test_stuck_and_overdue_cards_are_marked(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    cooler, printer = page.board.columns[0].model.cards
    assert (cooler.stuck, printer.stuck) == (True, False)
    assert page.board.columns[2].model.cards[0].overdue
    image = page.board.columns[0].view.viewport().grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, 110, 3)}
    assert QColor(STUCK_FILL).name() in colours  # the stuck card (first) is tinted


def test_drag_a_card_to_another_column_moves_it_and_logs_the_change(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    source, target = page.board.columns[0], page.board.columns[2]
    mime = source.model.mimeData([source.model.index(1)])  # the printer
    assert target.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not source.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: stage_of(world["printer"]) == target.stage.id, timeout=3000)
    history = deals.stage_history(world["printer"].id)
    assert [(h.from_stage, h.to_stage) for h in history][-1] == (source.stage.name, target.stage.name)
    assert [c.model.rowCount() for c in page.board.columns] == [1, 0, 2, 0]
    assert page.board.current_card().id == world["printer"].id  # still selected, in its new column


def _drop_on(widget, mime: QMimeData) -> None:
    """Enter, then drop (Qt sends a drop only to the widget that accepted the enter)."""
    point = widget.rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_dropping_on_lost_asks_why_and_cancel_keeps_the_deal(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    board, cooler = page.board, world["cooler"]
    card = board.card(cooler.id)
    _drop_on(board.lost_zone, deal_mime([card]))
    qtbot.waitUntil(lambda: board.lost_dialog is not None, timeout=3000)
    dialog: LostDialog = board.lost_dialog
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == \
        [c.id for c in choices.choices("lost_reason")]
    dialog.reject()
    qtbot.waitUntil(lambda: board.lost_dialog is None, timeout=3000)
    assert Deal.get_by_id(cooler.id).status == "open" and stage_of(cooler) == world["stages"][0].id
    assert board.card(cooler.id) is not None
    # again, with a reason this time
    _drop_on(board.lost_zone, deal_mime([board.card(cooler.id)]))
    qtbot.waitUntil(lambda: board.lost_dialog is not None, timeout=3000)
    dialog = board.lost_dialog
    dialog.reason.setCurrentIndex(2)
    dialog.note.setText("بودجه ندارند")
    dialog.accept()
    qtbot.waitUntil(lambda: Deal.get_by_id(cooler.id).status == "lost", timeout=3000)
    lost = Deal.get_by_id(cooler.id)
    assert (lost.__data__["lost_reason"], lost.lost_note) == (choices.choices("lost_reason")[2].id, "بودجه ندارند")
    assert board.card(cooler.id) is None and board.columns[0].model.rowCount() == 1


def test_dropping_on_won_closes_the_deal(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    _drop_on(page.board.won_zone, deal_mime([page.board.card(world["desk"].id)]))
    qtbot.waitUntil(lambda: Deal.get_by_id(world["desk"].id).status == "won", timeout=3000)
    assert page.board.columns[2].model.rowCount() == 0


def test_keyboard_moves_follow_the_screen_direction(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    board, stages, printer = page.board, world["stages"], world["printer"]
    page.window().activateWindow()
    assert board.select_deal(printer.id)
    column = board.columns[0].view
    column.setFocus()
    qtbot.waitUntil(column.hasFocus, timeout=3000)
    towards_end = Qt.Key.Key_Left if lang_ctx.prefs.rtl else Qt.Key.Key_Right
    backwards = Qt.Key.Key_Right if lang_ctx.prefs.rtl else Qt.Key.Key_Left
    qtbot.keyClick(QApplication.focusWidget(), towards_end, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stage_of(printer) == stages[1].id, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), towards_end, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stage_of(printer) == stages[2].id, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), backwards, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stage_of(printer) == stages[1].id, timeout=3000)
    assert [(h.from_stage, h.to_stage) for h in deals.stage_history(printer.id)][1:] == [
        (stages[0].name, stages[1].name), (stages[1].name, stages[2].name), (stages[2].name, stages[1].name)]
    assert not board.move_selected(-5)  # past the first stage: nothing happens
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Deal.get_by_id(printer.id).status == "won", timeout=3000)


def test_the_menu_offers_every_move(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    menu = page.board.card_menu(page.board.card(world["cooler"].id))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert len(actions) == 4  # open, move to, won, lost
    moves = actions[1].menu().actions()
    assert [a.isEnabled() for a in moves] == [False, True, True, True]
    moves[3].trigger()
    assert stage_of(world["cooler"]) == world["stages"][3].id


def test_filters_narrow_the_board(qtbot, lang_ctx, world):
    page = funnel_page(qtbot, lang_ctx)
    page.search.setText("پارس")  # the printer's company
    qtbot.waitUntil(lambda: [c.model.rowCount() for c in page.board.columns] == [1, 0, 0, 0], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: [c.model.rowCount() for c in page.board.columns] == [2, 0, 1, 0], timeout=3000)


def test_the_list_view_exports_its_rows_to_excel(qtbot, lang_ctx, world, tmp_path):
    deals.win_deal(world["desk"].id)
    page = funnel_page(qtbot, lang_ctx)
    page.list_button.click()
    view = page.list
    assert view.model.rowCount() == 2
    view.include_closed.setChecked(True)
    assert view.model.rowCount() == 3
    target = tmp_path / "deals.xlsx"
    assert view.export_excel(target) == 3
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4
    titles = [row[0] for row in rows[1:]]
    assert titles == ["۱۰ دستگاه کولر", "Printer", "میز اداری"]
    amount_column = next(i for i, header in enumerate(rows[0]) if header.startswith(("Amount", "مبلغ")))
    assert rows[1][amount_column] == 100_000  # 1,000,000 Rial in Toman


def test_deal_form_shows_errors_by_field_then_saves(qtbot, lang_ctx, world):
    dialog = DealDialog(lang_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.errors.labels["title"].isVisible() and dialog.errors.labels["contact_id"].isVisible()
    assert Deal.select().count() == 3
    dialog.title.setText("قرارداد سالانه")
    dialog.person.choose(world["ali"].id, "علی رضایی")
    dialog.amount.setText("۲٬۵۰۰٬۰۰۰")  # Toman
    dialog.probability.setText("۳۰")
    dialog.save()
    assert dialog.result_id is not None
    saved = Deal.get_by_id(dialog.result_id)
    assert (saved.title, saved.amount, saved.probability, saved.__data__["contact"]) == (
        "قرارداد سالانه", 25_000_000, 30, world["ali"].id)
    edit = DealDialog(lang_ctx, world["cooler"].id)
    qtbot.addWidget(edit)
    assert edit.history is not None and edit.history.rowCount() == 1
    edit.stage.setCurrentIndex(edit.stage.findData(world["stages"][1].id))
    edit.save()
    assert stage_of(world["cooler"]) == world["stages"][1].id
    assert len(deals.stage_history(world["cooler"].id)) == 2


def test_stage_model_refuses_to_drop_rows():
    model = StageModel(pipelines.Stage(1, 1, "x", 0, "open", 10, None), None)
    assert not model.removeRows(0, 1)

"""Import from Excel in the app (pytest-qt, offscreen): the wizard end to end on a Persian sheet —
columns matched from Persian headers, the check's figures, a red cell corrected in the preview,
the import written, the rows not imported saved as a workbook, the mapping remembered — then
undo from the import history; Qt's model tester on the preview and history models."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from crm_desktop.services import contacts, customer_list
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.services.imports import batches, header_match, mapping, source
from crm_desktop.services.imports.importer import run_import
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.progress import Cancelled
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.application import configure
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.imports.history import ImportHistory, import_history_model
from crm_desktop.ui.imports.preview_model import PreviewModel
from crm_desktop.ui.imports.task_panel import TaskPanel
from crm_desktop.ui.imports.wizard import ImportWizard
from crm_desktop.ui.settings.page import SettingsPage
from tests.ui.conftest import make_context

HEADERS = ["ردیف", "نام و نام خانوادگی", "تلفن همراه", "تاریخ تولد", "شهر", "ایمیل"]
ROWS = [  # the data starts in row 4 (a title, a blank row, the header)
    [1, "علی رضایی", 9121234567, "1365/04/12", "تهران", "ali.rezaei@example.com"],  # 4: new
    [2, "مریم کاظمی", 9357654321, "۱۳۷۰/۱۱/۰۲", "شیراز", None],  # 5: new
    [3, "رضا محمدی", 9123334444, "1370/13/05", "اصفهان", None],  # 6: no 13th month
    [4, None, 9125556666, None, "مشهد", None],  # 7: no name
    [5, "سارا احمدی", 9121234567, None, "تهران", None],  # 8: row 4's mobile again
    [6, "زهرا کریمی", 9198887777, None, None, None],  # 9: already in the database
]
translate = QCoreApplication.translate
WANTED = {1: "full_name", 2: "mobile", 3: "birth_date", 4: "city", 5: "email"}


def write_sheet(path, rows=ROWS, headers=HEADERS, title="فهرست مشتریان نمایشگاه"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "مشتریان"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    hidden = book.create_sheet("یادداشت")
    hidden.sheet_state = "hidden"
    hidden.append(["برای محاسبات"])
    book.save(path)
    return path


@pytest.fixture
def fa_ctx(qapp, db, owner):
    context = make_context("fa", owner)
    configure(qapp, context.prefs)
    yield context
    configure(qapp, Preferences.defaults("en"))


@pytest.fixture
def en_ctx(qapp, db, owner):
    context = make_context("en", owner)
    configure(qapp, context.prefs)
    return context


@pytest.fixture
def sheet(tmp_path, db):
    contacts.create_contact(ContactInput(first_name="زهرا", last_name="کریمی",
                                         points=[PointInput("mobile", "0919 888 7777")]))
    return write_sheet(tmp_path / "مشتریان.xlsx")


def type_into(widget, text: str) -> None:
    """Type like an input method (qtbot.keyClicks with Persian text aborts PySide6 6.12)."""
    widget.setFocus()
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_wizard(qtbot, ctx, path) -> ImportWizard:
    wizard = ImportWizard(ctx, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)


def people_named(name: str) -> list[tuple[str, int]]:
    return list(customer_list.matching_keys(ListFilter(kind="contact", text=name)))


def preview_row(model: PreviewModel, number: int) -> int:
    return next(r for r in range(model.rowCount()) if model.outcome(r).number == number)


def test_wizard_end_to_end_then_undo_from_history(qtbot, fa_ctx, sheet, tmp_path):
    wizard = open_wizard(qtbot, fa_ctx, sheet)
    state = wizard.state
    assert (state.view.header_row, state.view.sheet.name) == (3, "مشتریان")
    assert wizard.file_page.header_row.value() == 3
    assert wizard.file_page.sheet.count() == 2  # the hidden sheet is listed too (marked as hidden)
    assert wizard.file_page.grid.item(2, 1).text() == "نام و نام خانوادگی"  # the header row in the grid

    next_page(qtbot, wizard)  # columns matched from the Persian headers
    page = wizard.mapping_page
    assert state.mapping.columns == WANTED and not state.recalled
    assert [row.key for row in page.rows] == ["", "full_name", "mobile", "birth_date", "city", "email"]
    assert page.rows[3].order.isVisibleTo(page) and not page.rows[2].order.isVisibleTo(page)
    page.rows[1].field.setCurrentIndex(0)  # no name column: a warning, and no way on
    assert not page.isComplete() and page.warning.isVisibleTo(page)
    page.rows[1].field.setCurrentIndex(page.rows[1].field.findData("full_name"))
    assert page.isComplete() and not page.warning.isVisibleTo(page)

    next_page(qtbot, wizard)  # the check runs by itself
    preview = wizard.preview_page
    check = state.check
    assert (check.rows, check.created, check.updated, check.duplicates, check.invalid) == (6, 2, 0, 2, 2)
    assert [preview.figures[k].value.text() for k in ("new", "update", "duplicate", "invalid")] == \
        ["۲", "۰", "۲", "۲"]
    model = preview.model
    assert model.rowCount() == 6 and model.columnCount() == 1 + len(WANTED)
    first = preview_row(model, 4)
    assert model.index(first, 0).data() == translate("ImportWizard", "New")
    assert model.index(first, model.model_column(1)).data() == "علی رضایی"
    assert model.index(first, model.model_column(3)).data() == "۱۲ تیر ۱۳۶۵"  # the month spelled out
    assert "۰۹۱۲" in model.index(first, model.model_column(2)).data()  # the lost leading zero is back

    bad = model.index(preview_row(model, 6), model.model_column(3))
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1370/13/05" in bad.data(Qt.ItemDataRole.ToolTipRole)
    nameless = model.index(preview_row(model, 7), model.model_column(1))
    assert nameless.data(Qt.ItemDataRole.BackgroundRole) is not None  # "no name" points at the name column
    assert model.index(preview_row(model, 8), 0).data() == translate("ImportWizard", "Duplicate")
    assert "زهرا کریمی" in model.index(preview_row(model, 9), 0).data(Qt.ItemDataRole.ToolTipRole)  # why

    # correct the bad date in place, in Persian digits, through the table's own editor
    preview.table.setCurrentIndex(bad)
    preview.table.edit(bad)
    editor = preview.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "1370/13/05"
    editor.selectAll()
    type_into(editor, "۱۳۷۰/۱۲/۰۵")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: bool(state.edits), timeout=3000)
    assert state.edits == {(6, 3): "۱۳۷۰/۱۲/۰۵"}
    qtbot.waitUntil(lambda: state.check is not None and not wizard.busy, timeout=20_000)
    assert (state.check.created, state.check.invalid) == (3, 1)
    fixed = model.index(preview_row(model, 6), model.model_column(3))
    assert fixed.data() == "۵ اسفند ۱۳۷۰" and fixed.data(Qt.ItemDataRole.BackgroundRole) is None
    assert preview.isComplete()

    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        next_page(qtbot, wizard)  # "Import": written in a worker
    result = state.result
    assert (result.created, result.updated, result.duplicates, result.invalid) == (3, 0, 2, 1)
    assert imported.args == [result.batch_id]
    assert wizard.result_page.isComplete()
    assert people_named("مریم کاظمی") and people_named("رضا محمدی")  # the corrected row too
    assert mapping.recall(state.headers, "contacts").columns == WANTED

    errors = tmp_path / "not imported.xlsx"
    assert wizard.result_page.save_failed_rows(errors) == 3
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0][:len(HEADERS)] == tuple(HEADERS)
    assert [row[len(HEADERS)] for row in rows[1:]] == [7, 8, 9]  # row numbers in the original file
    assert all(row[-1] for row in rows[1:])  # each with its reason

    history = ImportHistory(fa_ctx)
    qtbot.addWidget(history)
    assert history.selected().id == result.batch_id and history.undo_button.isEnabled()
    with qtbot.waitSignal(history.changed):
        undone = history.undo_selected(ask=False)
    assert undone.removed == 3
    assert not people_named("مریم کاظمی") and people_named("زهرا کریمی")  # the older record stays
    assert batches.list_batches()[0].state == "undone" and not history.undo_button.isEnabled()


def test_the_same_layout_maps_itself_next_time(qtbot, en_ctx, sheet):
    view = source.inspect_file(sheet)
    remembered = ImportMapping(entity="contacts", header_row=3, columns={1: "full_name", 2: "phone"},
                               on_duplicate="update", tag="Fair")
    mapping.remember(remembered, view.headers)
    wizard = open_wizard(qtbot, en_ctx, sheet)
    next_page(qtbot, wizard)
    assert wizard.state.recalled and wizard.state.mapping.columns == {1: "full_name", 2: "phone"}
    next_page(qtbot, wizard)
    options = wizard.preview_page.options
    assert options.modes.checkedButton().property("mode") == "update" and options.tag.text() == "Fair"
    assert wizard.state.check.updated == 1  # Zahra, matched on her phone


def test_header_row_and_day_month_order(qtbot, en_ctx, tmp_path):
    path = write_sheet(tmp_path / "dates.xlsx", headers=["Name", "Birthday"], title="",
                       rows=[["Ann Lee", "25/12/1990"], ["Bob Stone", "03/04/1985"], ["Cy Young", "14/02/1979"]])
    wizard = open_wizard(qtbot, en_ctx, path)
    assert wizard.state.view.header_row == 1
    next_page(qtbot, wizard)
    date_row = wizard.mapping_page.rows[1]
    assert (date_row.key, date_row.order.currentData()) == ("birth_date", "DMY")  # 25/12 settles it
    assert wizard.state.mapping.date_orders == {1: "DMY"}
    next_page(qtbot, wizard)
    model = wizard.preview_page.model
    assert model.index(preview_row(model, 3), 2).data() == "3 April 1985"
    wizard.back()
    wizard.back()
    wizard.file_page.header_row.setValue(0)  # no header: the first row is data too
    qtbot.waitUntil(lambda: wizard.state.view.header_row == 0 and not wizard.busy, timeout=10_000)
    assert wizard.state.view.headers == ["", ""] and len(wizard.state.view.sample) == 4


def test_preview_model_passes_qt_model_tester(qtmodeltester, fa_ctx, sheet):
    view = source.inspect_file(sheet)
    columns = header_match.suggest(view.headers, "contacts", [cells for _, cells in view.sample])
    report = run_import(sheet, ImportMapping(header_row=view.header_row, columns=columns), dry_run=True,
                        preview_rows=200)
    model = PreviewModel(fa_ctx.fmt)
    model.show_rows(report.preview, columns, view.headers)
    assert model.rowCount() == 6
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), "x") and model.index(0, 1).data() == "x"
    assert not model.setData(model.index(0, 0), "x")  # the outcome is not editable


def test_history_model_passes_qt_model_tester(qtmodeltester, fa_ctx, sheet):
    view = source.inspect_file(sheet)
    for _ in range(2):
        run_import(sheet, ImportMapping(header_row=view.header_row, columns=dict(WANTED)))
    batches.undo_batch(batches.list_batches()[0].id)
    model = import_history_model(fa_ctx)
    assert model.rowCount() == 2
    assert model.index(0, model.columnCount() - 1).data().startswith(translate("ImportHistory", "Undone"))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_customers_page_imports_and_reloads(qtbot, en_ctx, sheet):
    page = CustomersPage(en_ctx)
    qtbot.addWidget(page)
    before = page.list.model.rowCount()
    wizard = page.import_excel(sheet)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.state.result.created == 2
    assert page.list.model.rowCount() == before + 2
    settings = SettingsPage(en_ctx)
    qtbot.addWidget(settings)
    assert settings.tabs.tabText(settings.tabs.indexOf(settings.imports)) == translate("SettingsPage", "Imports")
    assert settings.imports.model.rowCount() == 1


def test_a_cancelled_task_reports_cancelled_and_the_wizard_waits_for_it(qtbot, en_ctx, sheet):
    panel = TaskPanel()
    qtbot.addWidget(panel)
    started = threading.Event()

    def slow(progress, cancel):
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    with qtbot.waitSignal(panel.failed, timeout=5000) as failed:
        panel.start("working", slow)
        assert started.wait(5)
        panel.cancel()
    assert isinstance(failed.args[0], Cancelled) and not panel.running

    wizard = open_wizard(qtbot, en_ctx, sheet)
    wizard.file_page.panel.start("slow", slow)
    wizard.reject()  # Cancel while a worker runs: it is stopped first, then the wizard closes
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)


def test_the_change_history_shows_an_undone_import(tmp_path, db, owner):
    """An undo writes figures, not (old, new) pairs: the history must still describe it."""
    from crm_desktop.services import audit
    from crm_desktop.services.imports import batches, header_match
    from crm_desktop.services.imports.importer import run_import
    from crm_desktop.services.imports.mapping import ImportMapping
    from crm_desktop.services.imports.source import inspect_file
    from crm_desktop.ui.history_model import describe_changes
    from tests.unit.services.import_sheets import customers_sheet

    view = inspect_file(customers_sheet(tmp_path / "c.xlsx"))
    result = run_import(view.path, ImportMapping(header_row=view.header_row,
                                                 columns=header_match.suggest(view.headers, "contacts")))
    batches.undo_batch(result.batch_id)
    entries = audit.recent(10)
    assert {e.action for e in entries} >= {"import", "undo"}
    assert all(isinstance(describe_changes(e), str) for e in entries)

"""The Customers area with pytest-qt: the lazy list (Qt's model tester), search as you type with
Persian text, filters and sorting, the profile and its timeline, the forms with inline errors and
the duplicate question, delete with undo, and Ctrl+K from anywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.db.models import Contact
from crm_desktop.services import contacts
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.customers.company_form import CompanyDialog
from crm_desktop.ui.customers.form_parts import DuplicatesQuestion
from crm_desktop.ui.customers.list_model import KIND_ROLE, CustomerListModel
from crm_desktop.ui.customers.person_form import PersonDialog
from crm_desktop.ui.main_window import MainWindow


def type_text(widget, text: str) -> None:
    """Type like an input method would (qtbot.keyClicks with Persian text aborts PySide6 6.12)."""
    widget.setFocus()
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def window_on(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def names_in(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_list_model_passes_qt_model_tester(qtmodeltester, ctx):
    model = CustomerListModel(ctx)
    assert model.rowCount() > 100
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_search_as_you_type_with_arabic_letters(qtbot, ctx):
    contacts.create_contact(ContactInput(first_name="زهرا", last_name="کریمی‌نژاد"))
    page = window_on(qtbot, ctx).show_area("customers")
    view = page.list
    type_text(view.search, "كريمي نژاد")  # Arabic kaf/yeh, a space where the name has a ZWNJ-less join
    qtbot.waitUntil(lambda: names_in(view.model) == ["زهرا کریمی‌نژاد"], timeout=3000)
    assert view.count_label.text() in {"۱ مورد در فهرست", "1 in the list"}


def test_phone_search_and_kind_filter(qtbot, ctx):
    person = contacts.create_contact(ContactInput(first_name="Kian", points=[PointInput("mobile", "0912 777 8899")]))
    view = window_on(qtbot, ctx).show_area("customers").list
    view.search.setText("۰۹۱۲ ۷۷۷ ۸۸")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.index(0, 0).data(KIND_ROLE) == ("contact", person.id)
    view.search.clear()
    view.kind.setCurrentIndex(view.kind.findData("organization"))
    qtbot.waitUntil(lambda: view.model.filter.kind == "organization", timeout=3000)
    kinds = {view.model.index(row, 0).data(KIND_ROLE)[0] for row in range(view.model.rowCount())}
    assert kinds == {"organization"}


def test_header_click_sorts_by_last_contact(qtbot, ctx):
    view = window_on(qtbot, ctx).show_area("customers").list
    view.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    assert (view.model.filter.sort, view.model.filter.descending) == ("recent", True)
    first = view.model.row_object(0)
    assert first.last_interaction_at is not None
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # email: not a sort the list offers
    assert view.model.filter.sort == "recent"


def test_filter_bar_stage_leaves_companies_out(qtbot, ctx):
    view = window_on(qtbot, ctx).show_area("customers").list
    view.filters_button.click()
    view.filters.stage.setCurrentIndex(view.filters.stage.findData("customer"))
    assert view.model.filter.stage == "customer"
    rows = [view.model.row_object(r) for r in range(min(view.model.rowCount(), 50))]
    assert rows and {row.kind for row in rows} == {"contact"} and {row.stage for row in rows} == {"customer"}
    assert "(" in view.filters_button.text()
    view.filters.clear()
    assert view.model.filter.stage == ""


def test_open_profile_and_add_a_note(qtbot, ctx):
    person = contacts.create_contact(ContactInput(first_name="Omid", last_name="Nouri",
                                                  points=[PointInput("mobile", "0912 345 6789")]))
    window = window_on(qtbot, ctx)
    page = window.show_area("customers")
    page.open_record("contact", person.id)
    assert page.stack.currentWidget() is page.profile
    assert page.profile.name.text() == "Omid Nouri"
    before = page.profile.timeline.event_count()
    page.profile.note.setPlainText("Called about the annual contract")
    page.profile.add_note()
    assert page.profile.timeline.event_count() == before + 1
    assert contacts.get_contact(person.id).last_interaction_at is not None
    page.profile.copy("0912 345 6789")
    assert QApplication.clipboard().text() == "0912 345 6789"


def test_person_form_shows_errors_under_fields_and_saves_nothing(qtbot, ctx):
    before = Contact.select().count()
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.national_code.setText("1234567890")
    dialog.points.rows[0].value.setText("0912 12")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.labels["last_name"].isVisibleTo(dialog)
    assert dialog.errors.labels["national_code"].isVisibleTo(dialog)
    assert dialog.points.rows[0].error.isVisibleTo(dialog)
    assert Contact.select().count() == before


def test_person_form_creates_and_asks_about_duplicates(qtbot, ctx, monkeypatch):
    existing = contacts.create_contact(ContactInput(first_name="Reza", last_name="Karimi",
                                                    points=[PointInput("mobile", "0935 123 4567")]))
    asked = []

    def answer_open_existing(question: DuplicatesQuestion) -> int:
        asked.append(question.list.count())
        question.chosen = question.list.item(0).data(Qt.ItemDataRole.UserRole)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DuplicatesQuestion, "exec", answer_open_existing)
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("رضا")
    dialog.last_name.setText("کریمی")
    dialog.points.rows[0].value.setText("+98 935 123 4567")
    before = Contact.select().count()
    dialog.save()
    assert asked and dialog.opened_existing and dialog.result_id == existing.id
    assert Contact.select().count() == before

    monkeypatch.setattr(DuplicatesQuestion, "exec", lambda question: 2)  # "create anyway"
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Reza")
    dialog.points.rows[0].value.setText("0935 123 4567")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_id != existing.id
    assert Contact.select().count() == before + 1


def test_company_form_round_trip(qtbot, ctx):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zagros Trading")
    dialog.points.rows[0].kind.setCurrentIndex(dialog.points.rows[0].kind.findData("phone"))
    dialog.points.rows[0].value.setText("021 4444 5555")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = CompanyDialog(ctx, dialog.result_id)
    qtbot.addWidget(edit)
    assert edit.name.text() == "Zagros Trading" and edit.points.rows[0].value.text() == "021 4444 5555"


def test_delete_from_the_profile_and_undo(qtbot, ctx, monkeypatch):
    person = contacts.create_contact(ContactInput(first_name="Sina"))
    page = window_on(qtbot, ctx).show_area("customers")
    monkeypatch.setattr("crm_desktop.ui.customers.page.confirm_delete", lambda parent, name: True)
    page.open_record("contact", person.id)
    page.delete_record("contact", person.id)
    assert contacts.get_contact(person.id, include_deleted=True).deleted_at is not None
    assert page.undo_bar.isVisibleTo(page) and page.stack.currentWidget() is page.list
    page.undo_button.click()
    assert contacts.get_contact(person.id).deleted_at is None
    assert page.stack.currentWidget() is page.profile


def test_ctrl_k_finds_and_opens_a_customer(qtbot, ctx):
    person = contacts.create_contact(ContactInput(first_name="علی", last_name="یزدان‌پناه"))
    window = window_on(qtbot, ctx)
    find = next(a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+K"))
    assert find.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut  # from any page or dialog
    find.trigger()  # (offscreen windows never become active, so Qt would not route the key itself)
    dialog = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "results") and w.isVisible())
    type_text(dialog.input, "يزدانپناه")  # Arabic yeh, no ZWNJ
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    QApplication.sendEvent(dialog.input, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    page = window.pages["customers"]
    assert window.stack.currentWidget() is page and page.stack.currentWidget() is page.profile
    assert page.profile.key == ("contact", person.id)


def test_selected_rows_give_their_keys(qtbot, ctx):
    view = window_on(qtbot, ctx).show_area("customers").list
    seen = []
    view.context_actions.append(("Probe", lambda keys: seen.append(keys)))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().select(view.model.index(0, 0), flags)
    assert view.selected_keys() and view.selected_keys()[0][0] in {"contact", "organization"}



def test_export_the_list_as_vcard(qtbot, ctx, tmp_path, monkeypatch):
    target = tmp_path / "phone.vcf"
    monkeypatch.setattr("crm_desktop.ui.customers.export_actions.ask_target", lambda parent: target)
    page = window_on(qtbot, ctx).show_area("customers")
    page.list.kind.setCurrentIndex(page.list.kind.findData("contact"))
    people = page.list.model.rowCount()
    page.export_vcard()
    data = target.read_bytes()
    assert data.count(b"BEGIN:VCARD") == people and b"\r\n" in data

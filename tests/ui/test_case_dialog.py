"""The new/edit case form: a caller whose phone is unknown becomes a new customer on save, a known
phone finds its customer, the subcategory follows the category, the profile's "New complaint"
starts with the customer, and the service's checks show under their fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop.db.models import Case, Contact, ContactPoint
from crm_desktop.services import contacts
from crm_desktop.services.cases import case_service, categories, sla
from crm_desktop.services.cases.case_service import NO_CUSTOMER, NO_SUBJECT
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.settings import Preferences
from crm_desktop.text.i18n import render
from crm_desktop.ui.application import configure
from crm_desktop.ui.cases.case_dialog import CaseDialog
from tests.ui.conftest import make_context


@pytest.fixture(params=["fa", "en"])
def dctx(request, qapp, db, owner):
    context = make_context(request.param, owner)
    configure(qapp, context.prefs)
    categories.ensure_default_categories(request.param)
    sla.ensure_default_policies(request.param)
    yield context
    configure(qapp, Preferences.defaults("en"))


@pytest.fixture
def maryam(dctx):
    return contacts.create_contact(contacts.ContactInput(
        first_name="مریم", last_name="کاظمی", points=[PointInput("mobile", "09121112233", is_primary=True)]))


def dialog_for(qtbot, ctx, **kwargs) -> CaseDialog:
    dialog = CaseDialog(ctx, None, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_an_unknown_phone_becomes_a_new_customer(qtbot, dctx, maryam):
    dialog = dialog_for(qtbot, dctx)
    assert dialog.assignee.currentData() is None  # the routing rules decide by default
    dialog.subject.setText("کولر کار نمی‌کند")
    dialog.customer.input.setText("۰۹۱۲ ۷۶۵ ۴۳۲۱")  # Persian digits, as typed on a Persian keyboard
    dialog.customer.lookup()
    assert dialog.customer.new_box.isVisibleTo(dialog) and dialog.customer.add_new.isChecked()
    dialog.customer.new_name.setText("نیما راد")
    dialog.save()
    assert dialog.result() and dialog.result_id is not None
    case = Case.get_by_id(dialog.result_id)
    person = Contact.get_by_id(case.contact_id)
    assert person.display_name == "نیما راد" and person.id != maryam.id
    assert ContactPoint.get(ContactPoint.contact == person.id).value_norm == "+989127654321"
    assert case.subject == "کولر کار نمی‌کند" and case.status == "new"


def test_a_known_phone_finds_the_customer(qtbot, dctx, maryam):
    dialog = dialog_for(qtbot, dctx)
    dialog.subject.setText("Invoice")
    dialog.customer.input.setText("+98 912 111 2233")
    dialog.customer.lookup()
    assert dialog.customer.new_box.isHidden() and dialog.customer.matches.count() == 1
    dialog.customer.matches.itemClicked.emit(dialog.customer.matches.item(0))
    assert dialog.customer.value() == (maryam.id, None)
    assert dialog.customer.input.isHidden()
    dialog.save()
    assert Case.get_by_id(dialog.result_id).contact_id == maryam.id
    assert Contact.select().count() == 1


def test_errors_show_under_their_fields_and_nobody_is_added(qtbot, dctx):
    dialog = dialog_for(qtbot, dctx)
    dialog.save()  # neither subject nor customer
    assert dialog.errors.labels["subject"].text() == render(NO_SUBJECT)
    assert dialog.errors.labels["contact_id"].text() == render(NO_CUSTOMER)
    assert not dialog.errors.labels["subject"].isHidden() and not dialog.result()
    dialog.customer.input.setText("09127654321")
    dialog.customer.lookup()
    dialog.save()  # still no subject: the caller is not added either
    assert not dialog.errors.labels["subject"].isHidden() and dialog.errors.labels["contact_id"].isHidden()
    assert Contact.select().count() == 0 and Case.select().count() == 0


def test_the_subcategory_follows_the_category_and_the_profile_starts_with_its_customer(qtbot, dctx, maryam):
    dialog = dialog_for(qtbot, dctx, contact_id=maryam.id)
    assert dialog.customer.value() == (maryam.id, None) and not dialog.customer.chosen_box.isHidden()
    assert not dialog.subcategory.isEnabled()
    delivery = categories.tree()[1]
    dialog.category.setCurrentIndex(dialog.category.findData(delivery.id))
    assert [dialog.subcategory.itemData(i) for i in range(1, dialog.subcategory.count())] == \
        [child.id for child in delivery.children]
    dialog.subcategory.setCurrentIndex(2)
    dialog.subject.setText("Late")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.save()
    case = Case.get_by_id(dialog.result_id)
    assert (case.category_id, case.subcategory_id, case.priority) == (delivery.id, delivery.children[1].id, "high")
    edit = dialog_for(qtbot, dctx, case_id=case.id)  # the edit form: details, not the assignment
    assert edit.subject.text() == "Late" and edit.subcategory.currentData() == delivery.children[1].id
    assert edit.errors.labels.get("assignee_id") is None
    edit.priority.setCurrentIndex(edit.priority.findData("urgent"))
    edit.save()
    assert case_service.get_case(case.id).priority == "urgent"


def test_clicking_save_on_the_form(qtbot, dctx, maryam):
    dialog = dialog_for(qtbot, dctx, contact_id=maryam.id)
    dialog.subject.setText("Click")
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() and Case.get_by_id(dialog.result_id).subject == "Click"

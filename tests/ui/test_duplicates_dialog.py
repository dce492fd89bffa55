"""Reviewing duplicates in the app: find, merge a group with chosen values, undo it from the
history, mark a group as different, and bulk-merge with one undo."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Contact, Note
from crm_desktop.services import contacts, notes
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.contacts import ContactInput
from crm_desktop.ui.customers.duplicates_dialog import DuplicatesDialog
from tests.ui.conftest import make_context


@pytest.fixture
def twins(db, owner):
    a = contacts.create_contact(ContactInput(first_name="علی", last_name="کریمی", city="تهران", source="Instagram",
                                             points=[PointInput("mobile", "0912 345 6789")]))
    b = contacts.create_contact(ContactInput(first_name="علي", last_name="كريمي", city="تهران", job_title="مدیر فروش",
                                             source="Exhibition",
                                             points=[PointInput("mobile", "+98 912 345 6789")]))
    notes.add_note("first call", contact_id=b.id)
    c = contacts.create_contact(ContactInput(first_name="Sara", last_name="Ahmadi", national_code="0499370899"))
    d = contacts.create_contact(ContactInput(first_name="Sarah", last_name="Ahmadi", national_code="0499370899"))
    return a.id, b.id, c.id, d.id


def dialog_for(qtbot, qapp, owner) -> DuplicatesDialog:
    dialog = DuplicatesDialog(make_context("en", owner))
    qtbot.addWidget(dialog)
    dialog.review.find()
    return dialog


def test_find_and_merge_a_group_with_a_chosen_value(qtbot, qapp, owner, twins):
    a, b, _, _ = twins
    dialog = dialog_for(qtbot, qapp, owner)
    review = dialog.review
    assert review.list.count() == 2
    row = next(i for i, g in enumerate(review.groups) if set(g.ids) == {a, b})
    review.list.setCurrentRow(row)
    review._survivor.button(a).setChecked(True)
    assert "job_title" not in review._choices  # only one record has one: it is simply kept
    review._choices["source"].button(b).setChecked(True)
    review.merge_current()
    survivor = contacts.get_contact(a)
    assert (survivor.job_title, survivor.source) == ("مدیر فروش", "Exhibition")
    assert Contact.get_by_id(b).merged_into_id == a
    assert Note.get(Note.body == "first call").contact_id == a
    assert review.list.count() == 1 and dialog.changed
    history = dialog.history
    assert history.table.rowCount() == 1 and history.undo.isEnabled()
    history.undo_one()
    assert Contact.get_by_id(b).deleted_at is None and Note.get(Note.body == "first call").contact_id == b
    assert history.table.item(0, 6).text() != ""  # shown as undone


def test_marking_a_group_as_different_keeps_it_out(qtbot, qapp, owner, twins):
    dialog = dialog_for(qtbot, qapp, owner)
    before = dialog.review.list.count()
    dialog.review.list.setCurrentRow(0)
    dialog.review.mark_different()
    assert dialog.review.list.count() == before - 1
    dialog.review.find()
    assert dialog.review.list.count() == before - 1


def test_bulk_merge_and_undo_the_batch(qtbot, qapp, owner, twins):
    dialog = dialog_for(qtbot, qapp, owner)
    dialog.review.threshold.setValue(1)
    dialog.review.merge_all()
    assert Contact.alive().count() == 2 and dialog.review.list.count() == 0
    dialog.history.table.selectRow(0)
    assert dialog.history.undo_batch.isEnabled()
    dialog.history.undo_all()
    assert Contact.alive().count() == 4

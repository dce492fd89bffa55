"""The outbox page: messages to customers newest first, a page at a time, filtered by status with
counts; editing a waiting message, cancelling it after asking, and queueing a failed one again."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, OutboxMessage
from crm_desktop.services.cases import outbox
from crm_desktop.services.settings import Preferences
from crm_desktop.text.i18n import render
from crm_desktop.ui.application import configure
from crm_desktop.ui.cases import outbox_view
from crm_desktop.ui.cases.outbox_view import MessageEditDialog, OutboxPage
from tests.ui.conftest import make_context

T0 = dt.datetime(2026, 5, 2, 8, 0, tzinfo=dt.timezone.utc)
RECEIVED = "سلام مریم کاظمی، درخواست شما با شماره ۱۴۰۵-۰۰۰۱۲ ثبت شد.\nبا سپاس، فروشگاه البرز"


@pytest.fixture(params=["fa", "en"])
def page(request, qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults(request.param))
    case = Case.create(number="1405-00012", year=1405, sequence=12, subject="قطعی اینترنت", opened_at=utcnow())
    messages = {
        "received": outbox.queue("sms", "+989121112233", "مریم کاظمی", RECEIVED, case_id=case.id, at=T0),
        "email": outbox.queue("email", "reza@example.com", "Reza Nouri", "Dear Reza,\nyour request is resolved.",
                              subject="Resolved", at=T0 + dt.timedelta(hours=1)),
        "failed": outbox.queue("sms", "+989122223344", "رضا نوری", "درخواست شما حل شد.", at=T0 + dt.timedelta(hours=2)),
        "sent": outbox.queue("sms", "+989123334455", "", "Your order ships tomorrow.", at=T0 + dt.timedelta(hours=3)),
    }
    outbox.mark_failed(messages["failed"].id, "شماره در دسترس نیست")
    outbox.mark_sent(messages["sent"].id)
    widget = OutboxPage(make_context(request.param, owner))
    widget.messages = {key: message.id for key, message in messages.items()}
    qtbot.addWidget(widget)
    yield widget
    configure(qapp, Preferences.defaults("en"))


def listed(page) -> list[int]:
    return [page.model.message_id(row) for row in range(page.model.rowCount())]


def status_of(message_id: int) -> str:
    return OutboxMessage.get_by_id(message_id).status


def say(reply):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return reply
    question.asked = asked
    return question


def test_every_message_newest_first_with_counts_on_the_tabs(page):
    m = page.messages
    assert listed(page) == [m["sent"], m["failed"], m["email"], m["received"]]
    fmt = page.ctx.fmt
    assert page.tabs.tabText(0).endswith(f"({fmt.number(4)})")
    assert page.tabs.tabText(1) == QCoreApplication.translate("Outbox", "{label} ({count})").format(
        label=outbox_view.status_text("queued"), count=fmt.number(2))
    received = listed(page).index(m["received"])
    cells = [page.model.data(page.model.index(received, column)) for column in range(6)]
    assert cells[0] == fmt.datetime(T0)
    assert cells[1] == outbox_view.channel_text("sms")
    assert "مریم کاظمی" in cells[2] and fmt.phone("+989121112233") in cells[2]
    assert cells[3] == fmt.digits("1405-00012")
    assert cells[4] == outbox_view.status_text("queued")
    assert "سلام مریم کاظمی" in cells[5] and "\n" not in cells[5]  # the first line only


def test_the_queued_tab_lists_the_waiting_messages_and_the_detail_shows_the_full_text(page):
    page.set_status_filter("queued")
    assert listed(page) == [page.messages["email"], page.messages["received"]]
    page.select_message(page.messages["received"])
    assert page.detail.text.toPlainText() == RECEIVED
    assert page.detail.buttons["edit"].isEnabled() and page.detail.buttons["cancel"].isEnabled()
    assert not page.detail.buttons["retry"].isEnabled()
    assert not page.detail.values["sent"][1].isVisibleTo(page.detail)


def test_editing_changes_the_text(page, monkeypatch):
    page.select_message(page.messages["received"])

    def fill_and_save(dialog: MessageEditDialog) -> int:
        dialog.body.setPlainText("سلام، درخواست شما ثبت شد و امروز پیگیری می‌شود.")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(MessageEditDialog, "exec", fill_and_save)
    page.edit_message()
    assert OutboxMessage.get_by_id(page.messages["received"]).body == "سلام، درخواست شما ثبت شد و امروز پیگیری می‌شود."
    assert page.selected_id() == page.messages["received"]
    assert page.detail.text.toPlainText() == "سلام، درخواست شما ثبت شد و امروز پیگیری می‌شود."
    row = listed(page).index(page.messages["received"])
    assert page.model.data(page.model.index(row, 5)).strip("\u200e\u200f").startswith("سلام، درخواست شما ثبت شد")


def test_the_edit_form_changes_an_emails_subject_and_refuses_an_empty_text(page, qtbot):
    dialog = MessageEditDialog(page.ctx.fmt, page.messages["email"], page)
    qtbot.addWidget(dialog)
    assert dialog.subject.text() == "Resolved" and dialog.subject.isVisibleTo(dialog)
    dialog.body.setPlainText("   ")
    dialog.save()
    assert dialog.errors.labels["body"].isVisibleTo(dialog)
    assert dialog.errors.labels["body"].text() == render(outbox.NO_BODY)
    dialog.body.setPlainText("Dear Reza, it is fixed.")
    dialog.subject.setText("Fixed")
    dialog.save()
    message = OutboxMessage.get_by_id(page.messages["email"])
    assert (message.subject, message.body, dialog.result()) == ("Fixed", "Dear Reza, it is fixed.", 1)


def test_cancel_asks_and_moves_the_message_to_cancelled(page, monkeypatch):
    page.set_status_filter("queued")
    page.select_message(page.messages["received"])
    no = say(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", no)
    page.cancel_message()
    assert no.asked and status_of(page.messages["received"]) == "queued"
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    page.cancel_message()
    assert status_of(page.messages["received"]) == "cancelled"
    assert listed(page) == [page.messages["email"]] and page.selected_id() == page.messages["email"]
    assert page.tabs.tabText(1).endswith(f"({page.ctx.fmt.number(1)})")
    page.set_status_filter("cancelled")
    assert listed(page) == [page.messages["received"]]
    assert not page.detail.buttons["cancel"].isEnabled() and not page.detail.buttons["edit"].isEnabled()


def test_retry_returns_a_failed_message_to_the_queue(page):
    page.set_status_filter("failed")
    assert listed(page) == [page.messages["failed"]]
    assert page.detail.values["error"][1].text().strip("\u200e\u200f") == "شماره در دسترس نیست"
    assert page.detail.buttons["retry"].isEnabled() and not page.detail.buttons["edit"].isEnabled()
    page.retry_message()
    message = OutboxMessage.get_by_id(page.messages["failed"])
    assert (message.status, message.error) == ("queued", "")
    assert listed(page) == [] and page.detail.stack.currentIndex() == 0
    page.set_status_filter("queued")
    assert page.messages["failed"] in listed(page)


def test_rows_come_a_page_at_a_time_from_the_service(qtbot, qapp, db, owner, monkeypatch):
    configure(qapp, Preferences.defaults("en"))
    for number in range(250):
        outbox.queue("sms", "+989121112233", "Maryam", f"Message {number}", at=T0 + dt.timedelta(minutes=number))
    asked: list[tuple[int, int]] = []
    real = outbox.list_messages

    def spy(status=None, limit=100, offset=0, case_id=None):
        asked.append((limit, offset))
        return real(status, limit=limit, offset=offset, case_id=case_id)
    monkeypatch.setattr(outbox, "list_messages", spy)
    widget = OutboxPage(make_context("en", owner))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 250
    assert widget.model.data(widget.model.index(0, 5)).strip("\u200e") == "Message 249"
    assert all(limit == outbox_view.PAGE_SIZE for limit, _ in asked)
    assert widget.model.data(widget.model.index(249, 5)).strip("\u200e") == "Message 0"
    assert {offset for _, offset in asked} <= {0, 100, 200}


def test_an_empty_outbox_says_where_messages_come_from(qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults("en"))
    widget = OutboxPage(make_context("en", owner))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and widget.detail.stack.currentIndex() == 0
    assert "received or resolved" in widget.detail.empty.text()
    assert "messaging feature" in widget.note.text()


def test_screenshot_states_show_the_list_and_the_edit_form(page, qtbot):
    states = page.screenshot_states()
    assert all(name in ("list", "failed") or name.endswith("-form") for name in states)
    states["list"]()
    assert page.selected_id() == page.messages["sent"]
    form = states["message-form"]()
    qtbot.addWidget(form)
    assert isinstance(form, MessageEditDialog) and form.message_id == page.messages["email"]


def test_the_outbox_model_is_a_well_behaved_qt_model(page, qtmodeltester):
    qtmodeltester.check(page.model)

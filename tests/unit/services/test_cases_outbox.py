"""The outbox: queueing, editing and cancelling, sending results, and the messages a case event
queues for its customer (services/cases/outbox.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, OutboxMessage, User
from crm_desktop.services import contacts, organizations, settings
from crm_desktop.services.cases import labels, outbox, templates
from crm_desktop.services.cases.templates import TemplateInput
from crm_desktop.services.contact_points import PointInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.text.i18n import render
from tests.unit.services.conftest import audit_rows

T0 = dt.datetime(2026, 5, 2, 8, 0, tzinfo=dt.timezone.utc)


def office(language: str = "fa", name: str | None = "فروشگاه البرز") -> None:
    settings.set_setting(settings.PREFERENCE_KEY, {"language": language})
    if name is not None:
        settings.set_setting(outbox.OFFICE_NAME_KEY, name)


def person(*points: PointInput, first: str = "مریم", last: str = "کاظمی"):
    return contacts.create_contact(contacts.ContactInput(first_name=first, last_name=last, points=list(points)))


def case(sequence: int = 12, **kw) -> Case:
    data = dict(number=f"1405-{sequence:05d}", year=1405, sequence=sequence, subject="قطعی اینترنت",
                opened_at=utcnow())
    data.update(kw)
    return Case.create(**data)


def test_queue_checks_and_lists_newest_first(owner):
    with pytest.raises(ValidationError) as error:
        outbox.queue("fax", " ", "", "  ")
    assert [e.field for e in error.value.errors] == ["channel", "to_address", "body"]
    first = outbox.queue("sms", "+989121112233", "مریم کاظمی", " سلام ", subject="dropped for SMS", at=T0)
    second = outbox.queue("email", "a@example.com", "Ali", "Hello", subject="Hi", at=T0 + dt.timedelta(minutes=1))
    assert (first.status, first.body, first.subject, first.queued_at) == ("queued", "سلام", "", T0)
    assert [m.id for m in outbox.list_messages()] == [second.id, first.id]
    assert [m.id for m in outbox.list_messages(limit=1, offset=1)] == [first.id]
    row = outbox.list_messages(status="queued", limit=1)[0]
    assert (row.channel, row.to_address, row.to_name, row.subject, row.case_id, row.case_number) == (
        "email", "a@example.com", "Ali", "Hi", None, "")
    assert (outbox.count_messages(), outbox.count("queued"), outbox.count("sent")) == (2, 2, 0)
    assert [a.action for a in audit_rows("outbox_message")] == ["create", "create"]


def test_only_queued_messages_can_be_edited_or_cancelled(owner):
    message = outbox.queue("email", "a@example.com", "Ali", "Hello", subject="Hi")
    edited = outbox.edit(message.id, " Hello again ", subject=" Re: Hi ")
    assert (edited.body, edited.subject) == ("Hello again", "Re: Hi")
    with pytest.raises(ValidationError):
        outbox.edit(message.id, "  ")
    outbox.mark_sent(message.id, at=T0)
    sent = outbox.get_message(message.id)
    assert (sent.status, sent.sent_at) == ("sent", T0)
    for change in (lambda: outbox.edit(message.id, "Too late"), lambda: outbox.cancel(message.id),
                   lambda: outbox.mark_failed(message.id, "x")):
        with pytest.raises(ValidationError) as error:
            change()
        assert error.value.errors[0].params == {"status": outbox.STATUS_LABELS["sent"]}
        assert "\u201cSent\u201d" in render(error.value.errors[0].text, error.value.errors[0].params)
    assert outbox.get_message(message.id).body == "Hello again"

    other = outbox.queue("sms", "+989121112233", "", "x")
    assert outbox.cancel(other.id).status == "cancelled"
    with pytest.raises(ValidationError):
        outbox.cancel(other.id)
    third = outbox.queue("sms", "+989121112233", "", "y")
    failed = outbox.mark_failed(third.id, " gateway said no ")
    assert (failed.status, failed.error) == ("failed", "gateway said no")
    assert outbox.count("failed") == 1
    again = outbox.retry(third.id)
    assert (again.status, again.error) == ("queued", "")
    with pytest.raises(ValidationError):
        outbox.retry(third.id)
    assert outbox.count("queued") == 1 and outbox.count("cancelled") == 1


def test_a_case_event_queues_the_office_language_template_to_the_primary_mobile(owner):
    office("fa")
    templates.ensure_default_templates()
    customer = person(PointInput("mobile", "0912 000 1111"), PointInput("mobile", "۰۹۱۲۱۱۱۲۲۳۳", is_primary=True),
                      PointInput("email", "Maryam@Example.com"))
    sara = User.create(username="sara", full_name="سارا احمدی")
    item = case(contact=customer.id, assignee=sara.id, status="resolved")
    message = outbox.queue_for_case(item.id, "resolved", at=T0)
    assert (message.channel, message.to_address, message.to_name) == ("sms", "+989121112233", "مریم کاظمی")
    assert message.body == ("مریم کاظمی عزیز، درخواست 1405-00012 رسیدگی شد. اگر مشکلی باقی است، به ما خبر دهید. "
                            "از شکیبایی شما سپاسگزاریم.\nفروشگاه البرز")
    assert (message.__data__["case"], message.__data__["contact"], message.queued_at) == (item.id, customer.id, T0)
    assert message.__data__["template"] == templates.find_template("resolved", "fa", "sms").id
    assigned = outbox.queue_for_case(item.id, "assigned")
    assert "به سارا احمدی سپرده شد" in assigned.body
    # a case that came by email is answered by email, with the subject filled in
    by_email = case(13, contact=customer.id, channel="email", subject="Router")
    mail = outbox.queue_for_case(by_email.id, "received")
    assert (mail.channel, mail.to_address, mail.subject) == ("email", "Maryam@Example.com",
                                                             "درخواست 1405-00013 ثبت شد: Router")
    assert "درخواست شما با موضوع «Router» با شماره 1405-00013 ثبت شد" in mail.body


def test_values_follow_the_template_language_and_missing_ones_are_empty(owner):
    office("en", name=None)
    templates.create_template(TemplateInput("resolved", "en", "sms", "{customer}: {number} is {status}. {assignee}"
                                                                     "\n{office}"))
    customer = person(PointInput("mobile", "09121112233"), first="Ali", last="Rad")
    item = case(contact=customer.id, status="resolved")
    message = outbox.queue_for_case(item.id, "resolved")
    assert message.body == "Ali Rad: 1405-00012 is Resolved."
    values = outbox.case_values(item, "Ali Rad", "fa")
    assert values == {"customer": "Ali Rad", "number": "1405-00012", "subject": "قطعی اینترنت",
                      "status": render(labels.STATUSES["resolved"], lang="fa"), "assignee": "", "office": ""}
    custom = outbox.case_values(item, "Ali", "en", status_label=lambda code, lang: f"<{code}/{lang}>")
    assert custom["status"] == "<resolved/en>"


def test_the_other_language_fills_in_and_nothing_is_queued_without_template_or_address(owner):
    office("fa")
    customer = person(PointInput("mobile", "09121112233"))
    item = case(contact=customer.id)
    assert outbox.queue_for_case(item.id, "received") is None  # no templates at all
    templates.ensure_default_templates(("en",))
    message = outbox.queue_for_case(item.id, "received")
    assert message.body.startswith("Dear مریم کاظمی, your request 1405-00012 has been received.")
    fa = templates.create_template(TemplateInput("received", "fa", "sms", "{customer} عزیز، {number} ثبت شد."))
    assert outbox.queue_for_case(item.id, "received").body == "مریم کاظمی عزیز، 1405-00012 ثبت شد."
    templates.update_template(fa.id, TemplateInput("received", "fa", "sms", fa.body, is_active=False))
    assert outbox.queue_for_case(item.id, "received").body.startswith("Dear ")
    # email only when the case came by email and the customer has no email: the SMS goes instead
    assert outbox.queue_for_case(case(14, contact=customer.id, channel="email").id, "received").channel == "sms"
    nobody = person(PointInput("phone", "021 8888 1234"), first="رضا")  # a landline: no SMS, no email
    assert outbox.queue_for_case(case(15, contact=nobody.id).id, "received") is None
    assert outbox.queue_for_case(case(16).id, "received") is None  # no customer at all
    with pytest.raises(ValueError):
        outbox.queue_for_case(item.id, "opened")
    assert OutboxMessage.select().count() == 4


def test_a_case_with_only_a_company_uses_the_company_points(owner):
    office("en", name="Acme")
    templates.ensure_default_templates(("en",))
    company = organizations.create_organization(organizations.OrganizationInput(
        name="Alborz Trading", points=[PointInput("email", "info@alborz.example"),
                                       PointInput("mobile", "09351234567")]))
    item = case(organization=company.id)
    message = outbox.queue_for_case(item.id, "received")
    assert (message.to_address, message.to_name, message.__data__["contact"]) == ("+989351234567",
                                                                                  "Alborz Trading", None)
    assert message.body.endswith("We will get back to you soon.\nAcme")
    assert outbox.case_address(item, "email") == ("info@alborz.example", "Alborz Trading")
    # a person on the case wins over the company; a deleted person leaves the company
    someone = person(PointInput("mobile", "09121112233"))
    both = case(17, organization=company.id, contact=someone.id)
    assert outbox.case_address(both, "sms") == ("+989121112233", "مریم کاظمی")
    contacts.delete_contact(someone.id)
    assert outbox.case_address(both, "sms") == ("+989351234567", "Alborz Trading")


def test_automatic_messages_per_event_are_an_office_choice(owner):
    assert outbox.auto_events() == {"received": True, "assigned": False, "waiting": False, "resolved": True,
                                    "closed": False}
    assert outbox.set_auto_events({"waiting": True, "received": False}) == {
        "received": False, "assigned": False, "waiting": True, "resolved": True, "closed": False}
    assert outbox.auto_events()["waiting"] is True and outbox.auto_events()["received"] is False
    with pytest.raises(ValidationError) as error:
        outbox.set_auto_events({"opened": True})
    assert error.value.errors[0].params == {"value": "opened"}
    settings.set_setting(outbox.AUTO_EVENTS_KEY, {"closed": "yes", "assigned": True})  # damaged by hand
    assert outbox.auto_events() == {"received": True, "assigned": True, "waiting": False, "resolved": True,
                                    "closed": False}

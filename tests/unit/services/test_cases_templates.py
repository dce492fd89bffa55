"""Message templates: defaults, placeholders checked on save, filling them in
(services/cases/templates.py)."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import MessageTemplate
from crm_desktop.db.models.outbox import TEMPLATE_EVENTS
from crm_desktop.services.cases import templates
from crm_desktop.services.cases.templates import TemplateInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.text.i18n import render as render_message
from tests.unit.services.conftest import audit_rows


SAMPLE = {"fa": {"customer": "مریم کاظمی", "number": "1405-00012", "assignee": "سارا احمدی",
                 "office": "فروشگاه البرز"},
          "en": {"customer": "Maryam Kazemi", "number": "1405-00012", "assignee": "Sara Ahmadi",
                 "office": "Alborz Store"}}


def test_defaults_cover_every_event_language_and_channel_once(owner):
    assert templates.ensure_default_templates() == 20  # 5 events x 2 languages x 2 channels
    assert templates.ensure_default_templates() == 0
    fa = templates.list_templates("fa")
    assert [(t.event, t.channel) for t in fa[:4]] == [("received", "sms"), ("received", "email"),
                                                       ("assigned", "sms"), ("assigned", "email")]
    assert len(fa) == 10 and len(templates.list_templates()) == 20
    for t in templates.list_templates():
        assert templates.check_text("body", t.body) is None and templates.check_text("subject", t.subject) is None
        assert (t.subject != "") == (t.channel == "email")
        assert "{number}" in t.body and "{customer}" in t.body
        if t.channel == "sms":  # short: two SMS parts at most (134 Persian or 306 Latin characters)
            values = SAMPLE[t.language]
            assert templates.sms_parts(templates.render(t.body, values)) <= 2, t.body
    received = templates.find_template("received", "fa", "sms")
    assert received.body.startswith("{customer} عزیز، درخواست شما با شماره {number} ثبت شد")


def test_a_deleted_default_is_not_brought_back(owner):
    templates.ensure_default_templates(("en",))
    closed = templates.find_template("closed", "en", "sms")
    templates.delete_template(closed.id)
    assert templates.ensure_default_templates(("en",)) == 0
    assert templates.find_template("closed", "en", "sms") is None


def test_render_fills_placeholders_and_leaves_missing_ones_empty():
    body = "{customer} عزیز، درخواست {number} ({status}) — {{کد}}\n{office}"
    assert templates.render(body, {"customer": "علی", "number": "1405-00007", "status": "رسیدگی شد"}) == (
        "علی عزیز، درخواست 1405-00007 (رسیدگی شد) — {کد}")  # no office: the empty last line goes
    assert templates.render("Dear {customer},  \n\nBye {office}", {"customer": "Ali", "office": "Acme"}) == (
        "Dear Ali,\n\nBye Acme")
    assert templates.render("a } b {", {}) == "a } b {"  # damaged outside the app: kept as it is
    assert templates.placeholders("{a}{{b}}{c}{a}") == ["a", "c", "a"]


def test_unknown_placeholders_and_stray_braces_are_refused_on_save(owner):
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("received", "fa", "sms", "{customer} عزیز، {name} ثبت شد"))
    (problem,) = error.value.errors
    assert (problem.field, problem.params["name"]) == ("body", "name")
    assert render_message(problem.text, problem.params) == (
        "\u201c{name}\u201d is not a placeholder; use {customer} {number} {subject} {status} {assignee} {office}.")
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("received", "en", "sms", "Dear {customer, your request"))
    (problem,) = error.value.errors
    assert problem.field == "body" and problem.params == {"near": "Dear {customer, yo"}
    assert "{customer}" in render_message(problem.text, problem.params)
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("received", "en", "sms", "closed } here"))
    assert error.value.errors[0].params == {"near": "closed } here"}
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("received", "en", "email", "Hi {customer}", subject="{ticket}"))
    assert [(e.field, e.params.get("name")) for e in error.value.errors] == [("subject", "ticket")]
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("opened", "de", "fax", " "))
    assert [e.field for e in error.value.errors] == ["event", "language", "channel", "body"]
    with pytest.raises(ValidationError) as error:
        templates.create_template(TemplateInput("received", "en", "email", "Hi", subject=""))
    assert [e.field for e in error.value.errors] == ["subject"]
    assert MessageTemplate.select().count() == 0


def test_crud_with_audit_and_one_template_per_key(owner):
    row = templates.create_template(TemplateInput("waiting", "en", "sms", "  Hi {customer}, reply please.  ",
                                                  subject="ignored for SMS"))
    assert (row.body, row.subject, row.is_active) == ("Hi {customer}, reply please.", "", True)
    with pytest.raises(ValidationError):
        templates.create_template(TemplateInput("waiting", "en", "sms", "Again"))
    other = templates.create_template(TemplateInput("waiting", "fa", "sms", "{customer} عزیز، منتظر پاسخ شماییم."))
    with pytest.raises(ValidationError):  # would take the English one's place
        templates.update_template(other.id, TemplateInput("waiting", "en", "sms", "x"))
    changed = templates.update_template(row.id, TemplateInput("waiting", "en", "sms", "Hi {customer}.",
                                                              is_active=False))
    assert (changed.body, changed.is_active) == ("Hi {customer}.", False)
    assert templates.find_template("waiting", "en", "sms") is None  # inactive
    assert templates.template_input(changed) == TemplateInput("waiting", "en", "sms", "Hi {customer}.", "", False)
    templates.delete_template(row.id)
    assert [t.id for t in templates.list_templates()] == [other.id]
    # the same key again brings the deleted row back with the new text
    again = templates.create_template(TemplateInput("waiting", "en", "sms", "Hello {customer}."))
    assert (again.id, again.body, again.is_active, again.deleted_at) == (row.id, "Hello {customer}.", True, None)
    assert [a.action for a in audit_rows("message_template")] == [
        "create", "create", "update", "delete", "restore", "update"]


def test_default_text_falls_back_to_english_and_sms_parts_count():
    assert templates.default_text("resolved", "ar", "email") == templates.DEFAULTS[("en", "resolved")]["email"]
    assert set(TEMPLATE_EVENTS) == {event for _, event in templates.DEFAULTS}
    assert (templates.sms_parts(""), templates.sms_parts("a" * 160), templates.sms_parts("a" * 161)) == (0, 1, 2)
    assert (templates.sms_parts("س" * 70), templates.sms_parts("س" * 71), templates.sms_parts("س" * 135)) == (1, 2, 3)

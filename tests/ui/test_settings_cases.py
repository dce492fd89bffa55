"""Settings › Complaint queue: categories, SLA policies, the working calendar, routing rules and the
customer messages, edited through the tab and checked on the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTime
from PySide6.QtWidgets import QApplication

from crm_desktop.db.models import User
from crm_desktop.services.cases import categories, outbox, routing, sla, templates, work_calendar
from crm_desktop.services.cases import setup as case_setup
from crm_desktop.services.cases.work_calendar import WorkWeek
from crm_desktop.services.funnel import targets
from crm_desktop.services.settings import Preferences
from crm_desktop.text.i18n import render
from crm_desktop.ui.application import configure
from crm_desktop.ui.settings.cases_week import week_order
from crm_desktop.ui.settings.cases_tab import CasesSettings
from crm_desktop.ui.settings.cases_message_editor import sample_values
from crm_desktop.ui.settings.page import SettingsPage
from tests.ui.conftest import make_context

translate = QCoreApplication.translate


@pytest.fixture(params=["fa", "en"])
def tab(request, qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults(request.param))
    case_setup.ensure_defaults(request.param)
    widget = CasesSettings(make_context(request.param, owner))
    qtbot.addWidget(widget)
    yield widget
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    configure(qapp, Preferences.defaults("en"))


def support_team(owner) -> int:
    sara = User.create(username="sara.support", full_name="سارا احمدی")
    team = targets.create_team("پشتیبانی")
    for user in (owner, sara):
        targets.add_member(team.id, user.id)
    return team.id


def test_every_item_model_passes_the_model_tester(tab, qtmodeltester, owner):
    routing.create_rule(routing.RuleInput(name="Billing", user_id=owner.id))
    work_calendar.add_holiday(dt.date(2025, 3, 21), "نوروز")
    tab.calendar.reload()
    tab.routing.reload()
    dialog = tab.messages.edit()
    # the placeholder list first: each check replaces the previous tester, and a tester still watching a
    # QListWidget's model when the dialog is deleted crashes (QListModel empties itself while being destroyed)
    for model in (dialog.places.model(), tab.categories.model, tab.sla.table.model(), tab.calendar.table.model(),
                  tab.routing.table.model(), tab.messages.table.model()):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_category_and_a_subcategory_are_added(tab):
    section = tab.categories
    dialog = section.add_category()
    dialog.name.setText("گارانتی و تعمیر")
    assert dialog.save()
    added = categories.find_category("گارانتی و تعمیر")
    assert section.selected().id == added.id and added.__data__["parent"] is None
    dialog = section.add_subcategory()
    dialog.name.setText("تعویض قطعه")
    assert dialog.save()
    node = next(n for n in categories.tree() if n.id == added.id)
    assert [c.name for c in node.children] == ["تعویض قطعه"]
    assert section.selected().id == node.children[0].id
    index = section.tree.currentIndex()
    assert index.parent().data() == "گارانتی و تعمیر" and index.data() == "تعویض قطعه"
    dialog = section.add_category()
    dialog.name.setText(" گارانتي  و تعمير ")  # Arabic yeh and extra spaces make no new name
    assert not dialog.save()
    assert dialog.errors.labels["name"].text() == render(categories.SAME_NAME, {"name": "گارانتي و تعمير"})


def test_categories_move_retire_and_a_used_one_is_not_deleted(tab, owner):
    section = tab.categories
    first, second = categories.tree()[:2]
    section.select_id(second.id)
    assert section.up_button.isEnabled()
    section.move("up")
    assert [n.id for n in categories.tree()[:2]] == [second.id, first.id]
    assert section.selected().id == second.id and not section.up_button.isEnabled()
    section.toggle_active()
    assert categories.get_category(second.id).is_active is False
    assert section.retire_button.text() != section.rename_button.text()
    section.toggle_active()
    assert categories.get_category(second.id).is_active is True
    routing.create_rule(routing.RuleInput(name="Billing", category_id=first.id, user_id=owner.id))
    section.select_id(first.id)
    assert not section.delete(ask=False)
    assert not section.message.isHidden()
    assert section.message.text() == render(categories.USED_BY_RULES, {"count": 1})
    assert first.id in [n.id for n in categories.tree()]
    section.select_id(second.id)
    assert section.delete(ask=False)
    assert second.id not in [n.id for n in categories.tree()] and section.message.isHidden()


def test_an_sla_policy_is_added_in_hours_and_minutes(tab):
    section = tab.sla
    category = categories.tree()[0]
    dialog = section.add()
    dialog.name.setText("شکایت فوری صورتحساب")
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    dialog.category.setCurrentIndex(dialog.category.findData(category.id))
    dialog.response.hours.setValue(0)
    dialog.response.minutes.setValue(30)
    dialog.resolve.hours.setValue(6)
    dialog.resolve.minutes.setValue(15)
    assert dialog.save()
    policy = next(p for p in sla.list_policies() if p.name == "شکایت فوری صورتحساب")
    assert (policy.priority, policy.__data__["category"], policy.response_minutes, policy.resolve_minutes) == (
        "urgent", category.id, 30, 375)
    assert section.selected().id == policy.id
    row = section.table.selected_row()
    fmt = section.ctx.fmt
    assert [section.table.item(row, c).text() for c in (0, 2, 3, 4)] == [
        "شکایت فوری صورتحساب", category.name, fmt.digits("0:30"), fmt.digits("6:15")]
    general = [section.table.item(r, 2).text() for r in range(section.table.rowCount())]
    assert general.count(section.table.item(0, 2).text()) == 4  # the four defaults are for all categories


def test_an_sla_policy_needs_a_time_and_a_free_priority(tab):
    dialog = tab.sla.add()
    dialog.name.setText("Normal again")
    dialog.priority.setCurrentIndex(dialog.priority.findData("normal"))
    dialog.response.hours.setValue(0)
    dialog.response.minutes.setValue(0)
    assert not dialog.save()
    assert dialog.errors.labels["response_minutes"].text() == render(sla.BAD_MINUTES)
    dialog.response.hours.setValue(2)
    assert not dialog.save()  # the default "normal" policy already covers all categories
    assert not dialog.errors.labels["priority"].isHidden()
    assert len(sla.list_policies()) == 4


def test_a_weekday_is_edited_and_saved(tab):
    section = tab.calendar
    order = week_order(section.ctx.prefs.language)
    assert order[0] == (5 if section.ctx.prefs.language == "fa" else 0)  # Saturday or Monday first
    tuesday = section.days[1]
    tuesday.off.setChecked(True)
    assert tuesday.spans == []
    tuesday.off.setChecked(False)
    assert len(tuesday.spans) == 1
    tuesday.spans[0].start.setTime(QTime(8, 0))
    tuesday.spans[0].end.setTime(QTime(12, 0))
    second = tuesday.add_span(13 * 60, 17 * 60)
    second.end.setTime(QTime(0, 0))  # midnight
    assert second.start.text() == section.ctx.fmt.digits("13:00")  # hours first, in either direction
    section.days[4].off.setChecked(True)  # Friday off
    assert section.save_week()
    week = work_calendar.load_week()
    assert week.hours[1] == ((480, 720), (780, 1440))
    assert week.hours[4] == ()
    assert section.saved_note.text() != ""


def test_overlapping_hours_are_refused_under_their_day(tab):
    section = tab.calendar
    before = work_calendar.load_week()
    wednesday = section.days[2]
    wednesday.off.setChecked(False)
    wednesday.spans[0].start.setTime(QTime(8, 0))
    wednesday.spans[0].end.setTime(QTime(12, 0))
    wednesday.add_span(11 * 60, 14 * 60)
    assert not section.save_week()
    assert not wednesday.error.isHidden()
    assert wednesday.error.text() == render(work_calendar.OVERLAP)
    assert work_calendar.load_week() == before
    for weekday in range(7):
        section.days[weekday].off.setChecked(True)
    assert not section.save_week()
    assert section.week_message.text() == render(work_calendar.NO_WORK)
    section.reload_week()
    assert section.week() == WorkWeek(tuple(tuple(day) for day in before.hours))


def test_a_holiday_is_added_edited_and_removed(tab):
    section = tab.calendar
    assert section.holidays_box.currentIndex() == 1  # "no holidays yet" in place of an empty table
    dialog = section.add_holiday()
    dialog.day.set_value(dt.date(2026, 3, 21))
    dialog.name.setText("نوروز")
    assert dialog.save()
    [holiday] = work_calendar.list_holidays()
    assert section.holidays_box.currentWidget() is section.table
    assert (holiday.day, holiday.name) == (dt.date(2026, 3, 21), "نوروز")
    fmt = section.ctx.fmt
    assert [section.table.item(0, c).text() for c in range(3)] == [fmt.date(holiday.day), fmt.weekday(holiday.day),
                                                                   "نوروز"]
    dialog = section.add_holiday()
    dialog.day.set_value(dt.date(2026, 3, 21))
    assert not dialog.save()
    assert dialog.errors.labels["day"].text() == render(work_calendar.SAME_DAY)
    dialog.reject()
    dialog = section.edit_holiday()
    dialog.day.edit.setText("not a day")
    assert not dialog.save()
    assert not dialog.errors.labels["day"].isHidden()
    dialog.day.set_value(dt.date(2026, 3, 22))
    assert dialog.save()
    assert [h.day for h in work_calendar.list_holidays()] == [dt.date(2026, 3, 22)]
    assert section.remove_holiday(ask=False)
    assert work_calendar.list_holidays() == [] and section.table.rowCount() == 0
    assert section.holidays_box.currentIndex() == 1


def test_a_routing_rule_to_a_team_is_added_and_moved_up(tab, owner):
    team_id = support_team(owner)
    earlier = routing.create_rule(routing.RuleInput(name="همه", user_id=owner.id))
    tab.routing.reload()
    section = tab.routing
    billing = categories.tree()[0]
    sub = billing.children[1]
    dialog = section.add()
    dialog.name.setText("بازپرداخت")
    dialog.category.setCurrentIndex(dialog.category.findData(sub.id))
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.city.setText("تهران")
    dialog.min_value.setText("۵٬۰۰۰٬۰۰۰")
    dialog.to_team.setChecked(True)
    assert not dialog.user.isEnabled() and dialog.method.isEnabled()
    dialog.team.setCurrentIndex(dialog.team.findData(team_id))
    dialog.method.setCurrentIndex(dialog.method.findData("least_busy"))
    assert dialog.save()
    rules = routing.list_rules()
    assert [r.id for r in rules][0] == earlier.id
    rule = rules[1]
    unit = 10 if section.ctx.prefs.money_unit == "toman" else 1
    data = routing.rule_input(rule)
    assert (data.name, data.category_id, data.channel, data.city, data.min_value, data.team_id, data.user_id,
            data.method) == ("بازپرداخت", sub.id, "phone", "تهران", 5_000_000 * unit, team_id, None, "least_busy")
    assert section.selected().id == rule.id
    assert section.table.item(1, 2).text() == routing.conditions_text(rule)
    assert "پشتیبانی" in section.table.item(1, 3).text()
    section.move("up")
    assert [r.id for r in routing.list_rules()] == [rule.id, earlier.id]
    assert section.selected().id == rule.id and not section.up_button.isEnabled()
    dialog = section.edit()
    assert dialog.min_value.text() == section.ctx.fmt.number(5_000_000)  # in the user's unit and digits
    dialog.min_value.setText("a lot")
    assert not dialog.save()
    assert not dialog.errors.labels["min_value"].isHidden()


def test_a_rule_needs_a_name(tab, owner):
    assert tab.routing.box.currentIndex() == 1  # no rules: a note says what that means
    dialog = tab.routing.add()
    dialog.to_person.setChecked(True)
    assert not dialog.save()
    assert dialog.errors.labels["name"].text() == render(routing.NO_NAME)
    assert routing.list_rules() == []


def test_a_template_with_an_unknown_placeholder_is_refused(tab):
    section = tab.messages
    section.table.select_row(0)
    template = section.selected()
    dialog = section.edit()
    assert not dialog.event.isEnabled()
    text = "سلام {مشتری}، درخواست {number} ثبت شد."
    dialog.body.setPlainText(text)
    assert not dialog.save()
    expected = templates.check_text("body", text)
    assert dialog.errors.labels["body"].text() == render(expected.text, expected.params)
    assert templates.get_template(template.id).body != text
    dialog.body.setPlainText("")
    dialog.insert("customer")
    dialog.body.insertPlainText(" عزیز، درخواست ")
    dialog.insert("number")
    assert dialog.body.toPlainText() == "{customer} عزیز، درخواست {number}"
    sample = sample_values(template.event, template.language)
    assert dialog.preview.toPlainText() == f"{sample['customer']} عزیز، درخواست {sample['number']}"
    assert dialog.save()
    assert templates.get_template(template.id).body == "{customer} عزیز، درخواست {number}"


def test_the_preview_counts_sms_parts(tab):
    dialog = tab.messages.add()
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    dialog.body.setPlainText("س" * 71)  # Persian goes as UCS-2: 70 characters to one SMS, 67 to a part
    fmt = tab.messages.ctx.fmt
    assert dialog.length.text() == translate("CasesSettings", "{count} characters \u00b7 {parts} SMS").format(
        count=fmt.number(71), parts=fmt.number(2))
    assert not dialog.subject.isVisibleTo(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert dialog.subject.isVisibleTo(dialog)
    dialog.subject.setText("درخواست {number}")
    assert dialog.preview.toPlainText().startswith("درخواست " + sample_values("received", "fa")["number"])
    assert not dialog.save()  # there is already a Persian email for "received"
    assert dialog.errors.labels["event"].text() == render(templates.TAKEN)


def test_automatic_messages_are_switched_on_and_off(tab):
    section = tab.messages
    assert outbox.auto_events()["assigned"] is False and section.auto["received"].isChecked()
    section.auto["assigned"].click()
    assert outbox.auto_events()["assigned"] is True
    section.auto["received"].click()
    assert outbox.auto_events() == {"received": False, "assigned": True, "waiting": False, "resolved": True,
                                    "closed": False}


def test_the_settings_page_has_the_complaint_queue_tab(qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults("en"))
    case_setup.ensure_defaults("en")
    page = SettingsPage(make_context("en", owner))
    qtbot.addWidget(page)
    assert "Complaint queue" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert page.cases._parts is None  # nothing read before the tab is shown
    page.show()
    page.tabs.setCurrentWidget(page.cases)
    assert page.cases.sections.count() == 5
    assert page.cases.categories.model.rowCount() == len(categories.tree())
    assert set(page.cases.screenshot_states()) == {"categories", "sla", "calendar", "routing", "messages"}
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

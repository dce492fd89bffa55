"""Settings › Sales funnel: stages, lead sources and their costs, lost reasons and the qualification
questionnaire, edited through the tab and checked on the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.services import contacts
from crm_desktop.services.funnel import choices, deals, pipelines, qualification
from crm_desktop.services.settings import Preferences
from crm_desktop.text.i18n import render
from crm_desktop.ui.application import configure
from crm_desktop.ui.settings.funnel_tab import FunnelSettings
from crm_desktop.ui.settings.page import SettingsPage
from tests.ui.conftest import make_context


@pytest.fixture(params=["fa", "en"])
def tab(request, qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults(request.param))
    widget = FunnelSettings(make_context(request.param, owner))
    qtbot.addWidget(widget)
    yield widget
    widget.close()
    widget.deleteLater()  # some hundred widgets: the next test's style sheet need not polish them again
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    configure(qapp, Preferences.defaults("en"))


def open_names(pipeline_id: int) -> list[str]:
    return [s.name for s in pipelines.stages(pipeline_id) if s.is_open]


def test_a_stage_is_added_after_the_selected_one(tab):
    section = tab.stages
    pipeline_id = section.pipeline_id()
    before = open_names(pipeline_id)
    section.table.select_row(1)
    dialog = section.add_stage()
    dialog.name.setText("ارسال نمونه")
    dialog.probability.setText("۴۰")  # Persian digits are fine
    dialog.stuck_days.setText("10")
    assert dialog.save()
    assert open_names(pipeline_id) == [*before[:2], "ارسال نمونه", *before[2:]]
    added = next(s for s in pipelines.stages(pipeline_id) if s.name == "ارسال نمونه")
    assert (added.probability, added.stuck_days) == (40, 10)
    assert section.selected_stage().id == added.id  # the new stage is selected
    assert section.table.rowCount() == len(before) + 3  # with won and lost


def test_a_wrong_probability_is_explained_and_nothing_is_saved(tab):
    section = tab.stages
    count = len(pipelines.stages(section.pipeline_id()))
    dialog = section.add_stage()
    dialog.name.setText("Demo")
    for typed in ("150", "half"):
        dialog.probability.setText(typed)
        assert not dialog.save()
        shown = dialog.errors.labels["probability"]
        assert not shown.isHidden() and shown.text() == render(pipelines.BAD_PROBABILITY)
    assert len(pipelines.stages(section.pipeline_id())) == count
    dialog.probability.setText("30")
    assert dialog.save()
    assert len(pipelines.stages(section.pipeline_id())) == count + 1


def test_editing_a_stage_and_moving_it(tab):
    section = tab.stages
    pipeline_id = section.pipeline_id()
    first, second = open_names(pipeline_id)[:2]
    section.table.select_row(0)
    dialog = section.edit_stage()
    dialog.name.setText("تماس نخست")
    dialog.stuck_days.setText("")
    assert dialog.save()
    stage = pipelines.stages(pipeline_id)[0]
    assert (stage.name, stage.stuck_days) == ("تماس نخست", None)
    section.move(1)
    assert open_names(pipeline_id)[:2] == [second, "تماس نخست"]
    assert section.selected_stage().name == "تماس نخست"


def test_a_stage_with_open_deals_is_refused_and_kept(tab, owner):
    section = tab.stages
    pipeline_id = section.pipeline_id()
    customer = contacts.create_contact(contacts.ContactInput(first_name="رضا", last_name="کاظمی"))
    first = pipelines.stages(pipeline_id)[0]
    deals.create_deal(deals.DealInput(title="Laptop", contact_id=customer.id, amount=5_000_000,
                                      pipeline_id=pipeline_id, stage_id=first.id))
    section.table.select_id(first.id)
    assert not section.delete_stage(ask=False)
    assert first.id in [s.id for s in pipelines.stages(pipeline_id)]
    assert not section.message.isHidden()
    assert section.message.text() == render(pipelines.STAGE_HAS_DEALS, {"count": 1})
    empty = pipelines.stages(pipeline_id)[1]
    section.table.select_id(empty.id)
    assert section.delete_stage(ask=False)
    assert empty.id not in [s.id for s in pipelines.stages(pipeline_id)]
    assert section.message.isHidden()


def test_the_won_and_lost_ends_cannot_be_edited(tab):
    section = tab.stages
    won = pipelines.end_stage(section.pipeline_id(), "won")
    section.table.select_id(won.id)
    assert not section.edit_button.isEnabled() and not section.delete_button.isEnabled()
    assert section.edit_stage() is None and not section.delete_stage(ask=False)


def test_a_new_pipeline_is_made_and_renamed(tab):
    section = tab.stages
    dialog = section.add_pipeline()
    dialog.name.setText("Projects")
    assert dialog.save()
    assert section.pipeline.currentText() == "Projects"
    dialog = section.rename_pipeline()
    dialog.name.setText("پروژه‌ها")
    assert dialog.save()
    assert [p.name for p in pipelines.pipelines()][-1] == "پروژه‌ها"
    assert len(open_names(section.pipeline_id())) == 4  # with the default stages


def test_a_source_is_added_and_its_cost_recorded(tab):
    section = tab.sources
    dialog = section.add()
    dialog.name.setText("نمایشگاه کتاب")
    assert dialog.save()
    source = choices.find_choice("source", "نمایشگاه کتاب")
    assert section.selected().id == source
    section.day.set_value(dt.date(2025, 3, 5))
    section.amount.setText("2,500,000")  # in the user's unit
    section.note.setText("غرفه")
    assert section.add_cost()
    rial = 2_500_000 * (10 if tab.stages.ctx.prefs.money_unit == "toman" else 1)
    assert choices.costs(dt.date(2025, 3, 1), dt.date(2025, 3, 31)) == {source: rial}
    fmt = tab.stages.ctx.fmt
    assert [section.cost_table.item(0, c).text() for c in range(3)] == [fmt.date(dt.date(2025, 3, 5)),
                                                                       fmt.money(rial), "غرفه"]
    assert section.amount.text() == ""


def test_a_cost_needs_an_amount(tab):
    section = tab.sources
    section.table.select_row(0)
    section.amount.setText("a lot")
    assert not section.add_cost()
    assert not section.errors.labels["amount"].isHidden()
    section.amount.setText("0")
    assert not section.add_cost()
    assert section.errors.labels["amount"].text() == render(choices.BAD_AMOUNT)
    assert choices.cost_entries(section.selected().id) == []


def test_a_twin_source_is_refused_in_the_dialog(tab):
    existing = choices.choices("source")[0]
    dialog = tab.sources.add()
    dialog.name.setText(existing.name)
    assert not dialog.save()
    assert dialog.errors.labels["name"].text() == render(choices.SAME_NAME, {"name": existing.name})


def test_a_lost_reason_is_retired_and_restored(tab):
    section = tab.lost_reasons
    reason = choices.choices("lost_reason")[2]
    section.table.select_id(reason.id)
    section.toggle_active()
    assert reason.id not in [c.id for c in choices.choices("lost_reason")]
    assert section.selected().id == reason.id and not section.selected().is_active
    assert section.retire_button.text() != section.add_button.text()
    dialog = section.rename()
    dialog.name.setText("قیمت رقیب")
    assert dialog.save()
    section.toggle_active()
    restored = next(c for c in choices.choices("lost_reason") if c.id == reason.id)
    assert (restored.name, restored.is_active) == ("قیمت رقیب", True)


def test_a_question_with_answers_is_added_and_reordered(tab):
    section = tab.questions
    before = [q.id for q in qualification.questions()]
    dialog = section.add_question()
    dialog.text.setText("آیا نمونه خواسته است؟")
    dialog.weight.setValue(2)
    for (edit, points), (text, value) in zip(dialog.answer_rows, (("بله", 10), ("هنوز نه", 3))):
        edit.setText(text)
        points.setValue(value)
    assert dialog.save()  # the third, empty row is left out
    added = qualification.questions()[-1]
    assert [q.id for q in qualification.questions()][:-1] == before
    assert (added.text, added.weight, [(o.text, o.points) for o in added.options]) == (
        "آیا نمونه خواسته است؟", 2, [("بله", 10), ("هنوز نه", 3)])
    assert section.selected().id == added.id and section.options.rowCount() == 2
    section.move_question(-1)
    assert [q.id for q in qualification.questions()][-2] == added.id
    option_dialog = section.add_option()
    option_dialog.text.setText("شاید")
    option_dialog.points.setValue(5)
    assert option_dialog.save()
    assert [o.text for o in qualification.question(added.id).options] == ["بله", "هنوز نه", "شاید"]
    section.move_option(-1)
    assert [o.text for o in qualification.question(added.id).options] == ["بله", "شاید", "هنوز نه"]


def test_a_question_needs_two_answers_and_can_be_retired(tab):
    section = tab.questions
    count = len(qualification.questions(include_inactive=True))
    dialog = section.add_question()
    dialog.text.setText("Only one answer?")
    dialog.answer_rows[0][0].setText("Yes")
    assert not dialog.save()
    assert not dialog.errors.labels["options"].isHidden()
    assert len(qualification.questions(include_inactive=True)) == count
    first = qualification.questions()[0]
    section.table.select_id(first.id)
    section.toggle_active()
    assert first.id not in [q.id for q in qualification.questions()]
    assert section.selected().id == first.id and not section.selected().is_active


def test_the_settings_page_has_the_sales_funnel_tab(qtbot, qapp, db, owner):
    configure(qapp, Preferences.defaults("en"))
    page = SettingsPage(make_context("en", owner))
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Sales funnel" in titles
    assert "funnel" in page.screenshot_states()
    assert page.funnel._parts is None  # nothing read (nor default lists made) before the tab is shown
    page.show()
    page.tabs.setCurrentWidget(page.funnel)
    assert page.funnel.sections.count() == 4 and page.funnel.stages.table.rowCount() == 6
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

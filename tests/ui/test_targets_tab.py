"""Settings › Targets and teams with pytest-qt, on hand-made deals in Mehr 1403 (2024-09-22..2024-10-21):
the owner won 30,000,000 Rial, Sara 10,000,000, and a deal won in Shahrivar does not count. The
targets shown, typing and clearing a target (through the table's editor), a refused amount, copying
last period's targets, another period, and the teams with their members."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from crm_desktop.db.models import User
from crm_desktop.services import contacts, settings
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.funnel import deals, targets
from crm_desktop.services.funnel.targets import TargetKey
from crm_desktop.ui.funnel_report.tables import PROGRESS_ROLE
from crm_desktop.ui.settings.page import SettingsPage
from crm_desktop.ui.settings.targets_tab import TargetsTab
from crm_desktop.ui.settings.targets_table import ACHIEVED, TARGET, WON

TODAY = dt.date(2024, 10, 10)  # 1403/07/19
MEHR = ("month", 1403, 7)
MEHR_FIRST = dt.date(2024, 9, 22)
SHAHRIVAR_FIRST = dt.date(2024, 8, 23)


def at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.timezone.utc)


def build_world(owner) -> dict:
    """Two sellers, three won deals (two in Mehr 1403), the owner's and the office's Mehr targets."""
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "jalali"})  # the office's calendar
    sara = User.create(username="sara", full_name="سارا احمدی")
    ali = contacts.create_contact(ContactInput(first_name="علی", last_name="رضایی"))

    def won(title, amount, seller, day):
        deal = deals.create_deal(deals.DealInput(title=title, amount=amount, contact_id=ali.id, owner_id=seller),
                                 at=at(day) - dt.timedelta(days=3))
        deals.win_deal(deal.id, at=at(day))
        return deal

    won("کولر", 30_000_000, owner.id, dt.date(2024, 10, 1))
    won("Printer", 10_000_000, sara.id, dt.date(2024, 10, 5))
    won("میز", 99_000_000, owner.id, dt.date(2024, 9, 1))  # Shahrivar: another month
    targets.set_target(60_000_000, *MEHR, user_id=owner.id, calendar="jalali")
    targets.set_target(200_000_000, *MEHR, calendar="jalali")
    return {"owner": owner, "sara": sara, "ali": ali}


@pytest.fixture
def world(lang_ctx, owner):
    return build_world(owner)


@pytest.fixture
def tab(qtbot, lang_ctx, world):
    tab = TargetsTab(lang_ctx)
    qtbot.addWidget(tab)
    tab.today = lambda: TODAY
    tab.set_period(*MEHR)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cell(tab: TargetsTab, scope: str, record_id: int | None, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = tab.model.row_of(scope, record_id)
    assert row >= 0, (scope, record_id)
    return tab.model.index(row, column).data(role)


def mehr_targets() -> dict[TargetKey, int]:
    return {key: amount for (key, _), amount in targets.targets_of("month", [MEHR_FIRST]).items()}


def type_target(qtbot, tab: TargetsTab, scope: str, record_id: int | None, text: str) -> None:
    """Open the Target cell's editor, put the text in and press Enter, as a person would."""
    index = tab.model.index(tab.model.row_of(scope, record_id), TARGET)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = next((e for e in tab.table.findChildren(QLineEdit) if e.isVisible()), None)  # closed ones linger
    assert editor is not None
    editor.selectAll()
    editor.setText(text)  # setText, not keyClicks: Persian digits in keyClicks abort the process
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)  # committed (queued)


def test_table_shows_targets_won_and_percent(tab, lang_ctx, world):
    fmt, owner, sara = lang_ctx.fmt, world["owner"], world["sara"]
    assert tab.period.currentText() == targets.period_label("month", 1403, 7, "jalali", lang=lang_ctx.prefs.language,
                                                             digits=lang_ctx.prefs.digits)
    assert tab.model.rows[0].scope == "office"
    assert sorted((r.scope, r.id) for r in tab.model.rows[1:]) == [("user", owner.id), ("user", sara.id)]
    assert cell(tab, "office", None, TARGET) == fmt.money(200_000_000)
    assert cell(tab, "office", None, WON) == fmt.money(40_000_000)  # the Shahrivar deal is not counted
    assert cell(tab, "office", None, ACHIEVED, PROGRESS_ROLE) == pytest.approx(20.0)
    assert cell(tab, "user", owner.id, TARGET) == fmt.money(60_000_000)
    assert cell(tab, "user", owner.id, WON) == fmt.money(30_000_000)
    assert cell(tab, "user", owner.id, ACHIEVED, PROGRESS_ROLE) == pytest.approx(50.0)
    assert cell(tab, "user", sara.id, TARGET) == "\u2014"
    assert cell(tab, "user", sara.id, ACHIEVED, PROGRESS_ROLE) is None
    # the editor starts from the amount in the user's unit (Toman), without the unit word
    assert cell(tab, "user", owner.id, TARGET, Qt.ItemDataRole.EditRole) == fmt.money(60_000_000).split()[0]


def test_typing_an_amount_saves_the_target(qtbot, tab, lang_ctx, world):
    sara = world["sara"]
    typed = "۲۵۰۰۰۰۰" if lang_ctx.prefs.language == "fa" else "2,500,000"  # Toman
    type_target(qtbot, tab, "user", sara.id, typed)
    assert mehr_targets()[TargetKey(sara.id, None)] == 25_000_000
    assert cell(tab, "user", sara.id, TARGET) == lang_ctx.fmt.money(25_000_000)
    assert cell(tab, "user", sara.id, ACHIEVED, PROGRESS_ROLE) == pytest.approx(40.0)
    shown = next(r for r in targets.progress(*MEHR, calendar="jalali") if r.scope == "user" and r.id == sara.id)
    assert (shown.target, shown.won) == (25_000_000, 10_000_000)
    assert tab.message.isHidden()


def test_changing_and_clearing_a_target(qtbot, tab, lang_ctx, world):
    owner = world["owner"]
    type_target(qtbot, tab, "user", owner.id, "3,000,000 ریال")  # a unit word of its own wins
    assert mehr_targets()[TargetKey(owner.id, None)] == 3_000_000
    assert cell(tab, "user", owner.id, ACHIEVED, PROGRESS_ROLE) == pytest.approx(1000.0)
    type_target(qtbot, tab, "user", owner.id, "")
    assert TargetKey(owner.id, None) not in mehr_targets()
    assert mehr_targets() == {TargetKey(None, None): 200_000_000}  # the office's is untouched
    assert cell(tab, "user", owner.id, TARGET) == "\u2014"
    assert cell(tab, "user", owner.id, ACHIEVED, PROGRESS_ROLE) is None
    tab.reload()  # read again from the database: still gone
    assert cell(tab, "user", owner.id, TARGET) == "\u2014"


def test_a_wrong_amount_is_refused_with_a_message(qtbot, tab, lang_ctx, world):
    owner = world["owner"]
    type_target(qtbot, tab, "user", owner.id, "sixty")
    assert not tab.message.isHidden() and tab.message.text()
    type_target(qtbot, tab, "office", None, "0")
    assert mehr_targets() == {TargetKey(owner.id, None): 60_000_000, TargetKey(None, None): 200_000_000}
    assert cell(tab, "user", owner.id, TARGET) == lang_ctx.fmt.money(60_000_000)


def test_copy_last_period_fills_only_the_missing_targets(tab, world):
    owner, sara = world["owner"], world["sara"]
    targets.set_target(5_000_000, "month", 1403, 6, user_id=sara.id, calendar="jalali")
    targets.set_target(7_000_000, "month", 1403, 6, user_id=owner.id, calendar="jalali")
    assert tab.copy_previous() == 1
    assert mehr_targets() == {TargetKey(sara.id, None): 5_000_000, TargetKey(owner.id, None): 60_000_000,
                              TargetKey(None, None): 200_000_000}
    assert cell(tab, "user", sara.id, ACHIEVED, PROGRESS_ROLE) == pytest.approx(200.0)
    assert tab.copied.text()
    assert tab.copy_previous() == 0  # nothing left to copy


def test_another_period(tab, lang_ctx, world):
    tab.set_period("quarter", 1403, 3)  # Mehr..Azar 1403
    assert tab.period.currentText() == targets.period_label("quarter", 1403, 3, "jalali", lang=lang_ctx.prefs.language,
                                                             digits=lang_ctx.prefs.digits)
    assert cell(tab, "office", None, WON) == lang_ctx.fmt.money(40_000_000)
    assert cell(tab, "office", None, TARGET) == "\u2014"
    tab.kind.setCurrentIndex(tab.kind.findData("year"))  # the current year, from the "today" of the tab
    assert tab.chosen_period().year == 1403 and tab.chosen_period().kind == "year"
    assert cell(tab, "office", None, WON) == lang_ctx.fmt.money(139_000_000)


def test_teams_added_renamed_filled_and_deleted(tab, lang_ctx, world):
    editor, owner, sara = tab.teams, world["owner"], world["sara"]
    assert not editor.empty.isHidden() and editor.members_box.isHidden()  # no team yet: says how to add one
    editor.name.setText("فروش تهران")
    team_id = editor.add_team()
    assert editor.empty.isHidden() and not editor.members_box.isHidden()
    assert [t.name for t in targets.teams()] == ["فروش تهران"]
    assert editor.selected_team() == team_id
    assert cell(tab, "team", team_id, WON) == lang_ctx.fmt.money(0)
    editor.member_item(sara.id).setCheckState(Qt.CheckState.Checked)
    editor.member_item(owner.id).setCheckState(Qt.CheckState.Checked)
    assert sorted(targets.members(team_id)) == sorted([sara.id, owner.id])
    assert cell(tab, "team", team_id, WON) == lang_ctx.fmt.money(40_000_000)
    editor.member_item(owner.id).setCheckState(Qt.CheckState.Unchecked)
    assert targets.members(team_id) == [sara.id]
    assert cell(tab, "team", team_id, WON) == lang_ctx.fmt.money(10_000_000)

    editor.name.setText("Team North")
    assert editor.rename_team()
    assert [t.name for t in targets.teams()] == ["Team North"]
    assert tab.model.rows[tab.model.row_of("team", team_id)].name == "Team North"
    editor.name.setText("")  # an empty name is refused, with the reason shown
    assert not editor.rename_team()
    assert not tab.message.isHidden()
    assert editor.delete_team(ask=False)
    assert targets.teams() == [] and tab.model.row_of("team", team_id) == -1
    assert editor.teams.count() == 0 and not editor.members.isEnabled() and not editor.empty.isHidden()


def test_the_tab_is_in_settings(qtbot, lang_ctx, world):
    page = SettingsPage(lang_ctx)
    qtbot.addWidget(page)
    assert page.tabs.indexOf(page.targets) >= 0
    assert "targets" in page.screenshot_states()
    page.screenshot_states()["targets"]()
    assert page.tabs.currentWidget() is page.targets

"""The main window in Persian and English: direction, font, translated navigation, live figures,
and applying new preferences from Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.config import app_paths
from crm_desktop.services import settings as settings_service
from crm_desktop.services.settings import Preferences
from crm_desktop.text.digits import PERSIAN_DIGITS
from crm_desktop.ui.application import AppController
from crm_desktop.ui.main_window import MainWindow


def test_window_follows_the_language(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    rtl = ctx.prefs.language == "fa"
    assert QApplication.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    assert window.isRightToLeft() == rtl
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == (["خانه", "کارهای امروز", "تقویم", "مشتریان", "سرنخ‌ها", "قیف فروش", "گزارش قیف فروش",
                       "شکایات و درخواست‌ها", "گزارش شکایات", "بانک دانش", "صندوق ارسال", "تنظیمات"] if rtl
                      else ["Home", "My day", "Calendar", "Customers", "Leads", "Funnel", "Funnel report", "Complaints",
                            "Complaints report", "Knowledge bank", "Outbox", "Settings"])
    assert "Vazirmatn" in QApplication.font().family()


def test_home_shows_the_database_figures_in_the_chosen_digits(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home = window.show_area("home")
    people = home.stats["people"].value.text()
    assert people == ("۱۲۰" if ctx.prefs.language == "fa" else "120")
    assert home.history.model().rowCount() > 0
    if ctx.prefs.language == "fa":
        assert any(ch in PERSIAN_DIGITS for ch in home.details.text())


def test_settings_apply_rebuilds_the_window_in_the_new_language(qtbot, qapp, demo_db, owner):
    controller = AppController(qapp, app_paths().ensure(), "test.sqlite3", owner.display_name,
                               Preferences.defaults("fa"))
    first = controller.show()
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.reminders is not None)  # the reminder clock starts once the window shows
    settings = first.show_area("settings")
    tab = settings.preferences
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert tab.calendar.currentData() == "gregorian" and tab.digits.currentData() == "latin"
    tab.money.setCurrentIndex(tab.money.findData("rial"))
    assert "Rial" in tab.preview.text()
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first
    assert first.reminders is None  # stopped: the new window's clock speaks the new language
    qtbot.waitUntil(lambda: second.reminders is not None)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert second.navigation.item(0).text() == "Home"
    assert second.stack.currentWidget() is second.pages["settings"]
    assert settings_service.load_preferences() == Preferences("en", "gregorian", "latin", "rial")


def test_preview_follows_the_choices_before_applying(qtbot, ctx, owner):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.show_area("settings").preferences
    tab.language.setCurrentIndex(tab.language.findData("fa"))
    tab.money.setCurrentIndex(tab.money.findData("toman"))
    assert "۱٬۲۵۰٬۰۰۰ تومان" in tab.preview.text()
    tab.calendar.setCurrentIndex(tab.calendar.findData("gregorian"))
    tab.digits.setCurrentIndex(tab.digits.findData("latin"))
    assert "1,250,000" in tab.preview.text()
    assert settings_service.get_setting(settings_service.PREFERENCE_KEY, user_id=owner.id) is None  # not before Apply


def test_history_tab_lists_changes_newest_first(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    model = window.show_area("settings").history.table.model()
    assert model.rowCount() > 10
    newest = model.index(0, 3).data()
    assert newest == ("داده نمایشی" if ctx.prefs.language == "fa" else "Demo data")

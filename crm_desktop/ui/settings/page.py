"""Settings: the user's preferences, where the data lives, and the change history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.services import settings as settings_service
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.overview import overview
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.history_model import history_model
from crm_desktop.ui.imports.history import ImportHistory
from crm_desktop.ui.labels import calendar_labels, digit_labels, language_names, money_unit_labels
from crm_desktop.ui.settings.cases_tab import CasesSettings
from crm_desktop.ui.settings.form_tab import lay_out_form_tab, settings_form
from crm_desktop.ui.settings.funnel_tab import FunnelSettings
from crm_desktop.ui.settings.reminders_tab import RemindersTab
from crm_desktop.ui.settings.targets_tab import TargetsTab
from crm_desktop.ui.widgets.common import label, page_header, read_only_table

translate = QCoreApplication.translate
SAMPLE_AMOUNT = 12_500_000  # Rial


def _combo(options: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for key, text in options.items():
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setMinimumWidth(280)
    return combo


class PreferencesTab(QWidget):
    applied = Signal(object)  # Preferences

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prefs = ctx.prefs
        self.language = _combo(language_names(), prefs.language)
        self.calendar = _combo(calendar_labels(), prefs.calendar)
        self.digits = _combo(digit_labels(), prefs.digits)
        self.money = _combo(money_unit_labels(), prefs.money_unit)
        form = settings_form()
        form.addRow(translate("SettingsPage", "Language"), self.language)
        form.addRow(translate("SettingsPage", "Calendar"), self.calendar)
        form.addRow(translate("SettingsPage", "Digits"), self.digits)
        form.addRow(translate("SettingsPage", "Show amounts in"), self.money)
        self.preview = label("", "muted")
        form.addRow(translate("SettingsPage", "Preview"), self.preview)
        self.apply_button = QPushButton(translate("SettingsPage", "Apply"))
        self.apply_button.clicked.connect(self.apply)
        lay_out_form_tab(self, form, translate(
            "SettingsPage", "Amounts are always stored in Rial; this only changes how they are shown. "
                            "Applying redraws the window in the chosen language."), self.apply_button)
        self.language.currentIndexChanged.connect(self._language_changed)
        for combo in (self.calendar, self.digits, self.money):
            combo.currentIndexChanged.connect(self._update_preview)
        self._update_preview()

    def chosen(self) -> Preferences:
        return Preferences(self.language.currentData(), self.calendar.currentData(), self.digits.currentData(),
                           self.money.currentData())

    def _language_changed(self) -> None:
        """A new language brings its usual calendar and digits; both can still be changed."""
        defaults = Preferences.defaults(self.language.currentData())
        for combo, value in ((self.calendar, defaults.calendar), (self.digits, defaults.digits)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self._update_preview()

    def _update_preview(self) -> None:
        fmt = Formatter(self.chosen())
        today = dt.date.today()
        self.preview.setText(translate("SettingsPage", "Today: {date} ({long_date}) \u00b7 Amount: {amount}").format(
            date=fmt.date(today), long_date=fmt.date(today, "long"), amount=fmt.money(SAMPLE_AMOUNT)))

    def apply(self) -> None:
        prefs = self.chosen()
        try:
            settings_service.save_preferences(prefs)
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return
        self.applied.emit(prefs)


class DatabaseTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        figures = overview()
        fmt = ctx.fmt
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.addRow(translate("SettingsPage", "Database"), label(figures.location, selectable=True, wrap=True))
        form.addRow(translate("SettingsPage", "Size"), label(fmt.file_size(figures.size_bytes) or "\u2014"))
        form.addRow(translate("SettingsPage", "Schema version"), label(fmt.number(figures.schema_version)))
        form.addRow(translate("SettingsPage", "App version"), label(fmt.digits(__version__)))
        form.addRow(translate("SettingsPage", "Data folder"), label(str(ctx.paths.data_dir), selectable=True, wrap=True))
        form.addRow(translate("SettingsPage", "Automatic backups"),
                    label(str(ctx.paths.backup_dir), selectable=True, wrap=True))
        form.addRow(translate("SettingsPage", "Log file"), label(str(ctx.paths.log_file), selectable=True, wrap=True))
        open_button = QPushButton(translate("SettingsPage", "Open data folder"))
        open_button.clicked.connect(self.open_data_folder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addLayout(form)
        layout.addWidget(label(translate(
            "SettingsPage", "Before the database is upgraded to a new version, a copy is saved in the backups "
                            "folder."), "note", wrap=True))
        layout.addStretch(1)
        layout.addLayout(buttons)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label(translate(
            "SettingsPage", "Every change made in CRM Desktop, newest first: who made it, when, and the values "
                            "before and after."), "note", wrap=True))
        self.table = read_only_table()
        self.table.setModel(history_model(ctx, self.table))
        for column, width in enumerate((150, 130, 90, 110, 200)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)


class SettingsPage(QWidget):
    preferences_applied = Signal(object)  # Preferences
    reminder_prefs_saved = Signal(object)  # ReminderPrefs (the reminder clock applies them)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(page_header(translate("SettingsPage", "Settings")))
        self.tabs = QTabWidget()
        self.preferences = PreferencesTab(ctx)
        self.preferences.applied.connect(self.preferences_applied)
        self.database = DatabaseTab(ctx)
        self.history = HistoryTab(ctx)
        self.imports = ImportHistory(ctx)
        self.funnel = FunnelSettings(ctx)
        self.tabs.addTab(self.preferences, translate("SettingsPage", "Preferences"))
        self.tabs.addTab(self.database, translate("SettingsPage", "Database"))
        self.tabs.addTab(self.history, translate("SettingsPage", "Change history"))
        self.tabs.addTab(self.imports, translate("SettingsPage", "Imports"))
        self.tabs.addTab(self.funnel, translate("SettingsPage", "Sales funnel"))
        self.targets = TargetsTab(ctx)
        self.tabs.addTab(self.targets, translate("TargetsSettings", "Targets and teams"))
        self.cases = CasesSettings(ctx)
        self.tabs.addTab(self.cases, translate("CasesSettings", "Complaint queue"))
        self.reminders = RemindersTab(ctx)
        self.reminders.saved.connect(self.reminder_prefs_saved)
        self.tabs.addTab(self.reminders, translate("RemindersSettings", "Reminders"))
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.history.table.model().reload()
        self.imports.reload()
        self.funnel.reload()
        self.cases.reload()
        self.reminders.reload()

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        states = {name: (lambda i=index: self.tabs.setCurrentIndex(i))
                  for index, name in enumerate(("preferences", "database", "history", "imports", "funnel", "targets"))}
        cases_tab = self.tabs.indexOf(self.cases)
        for name, show in self.cases.screenshot_states().items():  # each section of the queue's settings
            states[f"cases-{name}"] = lambda show=show: (self.tabs.setCurrentIndex(cases_tab), show())[0]
        states["reminders"] = lambda: self.tabs.setCurrentWidget(self.reminders)
        return states

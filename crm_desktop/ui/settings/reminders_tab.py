"""Settings › Reminders: each person's own choices - how long before its due time a new activity
reminds, the snooze offered first, whether reminders pop up and/or appear as system notifications,
and whether the app says at start-up what is overdue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QSystemTrayIcon, QWidget

from crm_desktop.services.activities import preferences
from crm_desktop.services.activities.preferences import ReminderPrefs
from crm_desktop.services.context import current_user_id
from crm_desktop.ui.reminders.choices import reminder_combo, snooze_combo
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.settings.form_tab import lay_out_form_tab, settings_form

translate = QCoreApplication.translate


class RemindersTab(QWidget):
    saved = Signal(object)  # ReminderPrefs, after a successful save (the reminder clock applies them)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = ReminderPrefs()
        self.remind_before = reminder_combo(ctx.fmt, defaults.remind_before)
        self.snooze = snooze_combo(ctx.fmt, defaults.snooze_minutes)
        for combo in (self.remind_before, self.snooze):
            combo.setMinimumWidth(240)
        self.popup = QCheckBox(translate("RemindersSettings", "Show a reminder window in the corner of the screen"))
        self.tray = QCheckBox(translate("RemindersSettings", "Show a system notification"))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.setToolTip(translate("RemindersSettings", "This computer shows no system notifications; "
                                                                "the reminder window is shown instead."))
        self.overdue = QCheckBox(translate("RemindersSettings", "Say how many activities are overdue"))
        form = settings_form()
        form.addRow(translate("RemindersSettings", "Default reminder for new activities"), self.remind_before)
        form.addRow(translate("RemindersSettings", "Default snooze"), self.snooze)
        form.addRow(translate("RemindersSettings", "When a reminder is due"), self.popup)
        form.addRow("", self.tray)
        form.addRow(translate("RemindersSettings", "When the app starts"), self.overdue)
        self.save_button = QPushButton(translate("RemindersSettings", "Save"))
        self.save_button.clicked.connect(self.save)
        lay_out_form_tab(self, form, translate(
            "RemindersSettings", "These are your own choices; everyone who signs in has theirs. The reminder time is "
                                 "the one a new activity starts with; each activity can still have its own. A "
                                 "reminder never takes the keyboard from what you are typing."), self.save_button)
        self.reload()

    def reload(self) -> None:
        self.show_prefs(preferences.load(current_user_id()))

    def show_prefs(self, prefs: ReminderPrefs) -> None:
        self.remind_before.choose(prefs.remind_before)
        self.snooze.choose(prefs.snooze_minutes)
        self.popup.setChecked(prefs.popup)
        self.tray.setChecked(prefs.tray)
        self.overdue.setChecked(prefs.overdue_at_start)

    def chosen(self) -> ReminderPrefs:
        return ReminderPrefs(remind_before=self.remind_before.currentData(), snooze_minutes=self.snooze.currentData(),
                             popup=self.popup.isChecked(), tray=self.tray.isChecked(),
                             overdue_at_start=self.overdue.isChecked())

    def save(self) -> bool:
        prefs = self.chosen()
        try:
            preferences.save(prefs, current_user_id())
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            show_error(self, error)
            return False
        self.saved.emit(prefs)
        return True

"""Settings › Complaint queue › Working calendar: the working hours of each weekday (one or more
periods, or a day off) and the holidays. SLA deadlines and the reports count only this time.

The week starts on Saturday in Persian and on Monday otherwise. An end of 00:00 means midnight
(the end of the day), since a time field cannot show 24:00."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QMessageBox, QScrollArea, QWidget

from crm_desktop.services.cases import work_calendar
from crm_desktop.services.cases.work_calendar import WorkWeek
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.i18n import render
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.cases_common import EmptyOr
from crm_desktop.ui.settings.cases_sla import hours_text
from crm_desktop.ui.settings.cases_week import DayRow, week_order
from crm_desktop.ui.settings.funnel_common import FormDialog, ListTable, button, error_label, report
from crm_desktop.ui.widgets.common import Card, isolated, label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate
A_MONDAY = dt.date(2024, 1, 1)


class HolidayDialog(FormDialog):
    def __init__(self, ctx: AppContext, holiday=None, parent: QWidget | None = None) -> None:
        super().__init__(translate("CasesSettings", "Edit holiday") if holiday else
                         translate("CasesSettings", "New holiday"), parent)
        self.holiday = holiday
        self.day = DateField(ctx.fmt)
        self.day.set_value(holiday.day if holiday else None)
        self.add_field(translate("CasesSettings", "Day"), "day", self.day)
        self.name = self.add_field(translate("CasesSettings", "Name"), "name",
                                   QLineEdit(holiday.name if holiday else ""))
        self.name.setPlaceholderText(translate("CasesSettings", "e.g. Nowruz"))
        self.name.setMinimumWidth(280)

    def submit(self):
        self.day._parse_typed()  # what was typed counts even without leaving the field
        day = self.day.value()
        if day is None and self.day.error:
            raise ValidationError([FieldError("day", self.day.error)])
        if self.holiday is None:
            return work_calendar.add_holiday(day, self.name.text())
        return work_calendar.update_holiday(self.holiday.id, day, self.name.text())


class CalendarSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language = ctx.prefs.language
        fallback = work_calendar.default_week(language)
        usual = next(day[0] for day in fallback.hours if day)
        week_card = Card()
        week_card.body.addWidget(label(translate("CasesSettings", "Working hours"), "sectionTitle"))
        week_card.body.addWidget(label(translate(
            "CasesSettings", "SLA deadlines count only these hours. A day may have several periods (e.g. a lunch "
                             "break between them); an end of 00:00 means midnight."), "note", wrap=True))
        days = QWidget()  # in a scroll area: many periods in a low window scroll rather than overlap
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self.days: dict[int, DayRow] = {}
        for index, weekday in enumerate(week_order(language)):
            name = ctx.fmt.weekday(A_MONDAY + dt.timedelta(days=weekday))
            self.days[weekday] = DayRow(weekday, name, grid, index * 2, usual)
        grid.setRowStretch(len(self.days) * 2, 1)
        scroll = QScrollArea()
        scroll.setWidget(days)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        week_card.body.addWidget(scroll, 1)
        self.week_message = error_label()
        week_card.body.addWidget(self.week_message)
        self.saved_note = label("", "muted")
        self.save_button = button(translate("CasesSettings", "Save working hours"), self.save_week)
        self.save_button.setObjectName("primary")
        self.undo_button = button(translate("CasesSettings", "Undo changes"), self.reload_week)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        week_card.body.addLayout(buttons)

        self.holidays = []
        self.table = ListTable([translate("CasesSettings", "Day"), translate("CasesSettings", "Weekday"),
                                translate("CasesSettings", "Name")], (96, 80, 140), stretch=2)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_holiday())
        self.add_button = button(translate("CasesSettings", "Add\u2026"), self.add_holiday)
        self.edit_button = button(translate("CasesSettings", "Edit\u2026"), self.edit_holiday)
        self.remove_button = button(translate("CasesSettings", "Remove"), lambda: self.remove_holiday())
        holiday_buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            holiday_buttons.addWidget(widget)
        holiday_buttons.addStretch(1)
        self.holiday_message = error_label()
        holiday_card = Card()
        holiday_card.body.addWidget(label(translate("CasesSettings", "Holidays"), "sectionTitle"))
        holiday_card.body.addWidget(label(translate(
            "CasesSettings", "No working time at all on these days."), "note", wrap=True))
        self.holidays_box = EmptyOr(self.table, translate(
            "CasesSettings", "No holidays yet. Add the official holidays of the year, so that SLA deadlines skip "
                             "them."))
        holiday_card.body.addWidget(self.holidays_box, 1)
        holiday_card.body.addLayout(holiday_buttons)
        holiday_card.body.addWidget(self.holiday_message)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(14)
        holiday_card.setMinimumWidth(330)
        layout.addWidget(week_card, 2)
        layout.addWidget(holiday_card, 1)
        self.reload()

    def reload(self) -> None:
        self.reload_week()
        self.reload_holidays()

    # --- the week ----------------------------------------------------------------------------

    def reload_week(self) -> None:
        week = work_calendar.load_week()
        for weekday, row in self.days.items():
            row.set_spans(week.hours[weekday])
        self.week_message.setVisible(False)
        self.saved_note.setText("")

    def week(self) -> WorkWeek:
        return WorkWeek(tuple(self.days[weekday].value() for weekday in range(7)))

    def save_week(self) -> bool:
        for row in self.days.values():
            row.error.setVisible(False)
        self.week_message.setVisible(False)
        self.saved_note.setText("")
        try:
            work_calendar.save_week(self.week())
        except ValidationError as failure:
            general = []
            for item in failure.errors:
                text = render(item.text, item.params)
                day = item.field.split(".")[1] if item.field.startswith("hours.") else None
                if day is not None and int(day) in self.days:
                    self.days[int(day)].show_error(text)
                else:
                    general.append(text)
            self.week_message.setText("\n".join(general))
            self.week_message.setVisible(bool(general))
            return False
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if unexpected
            report(self.week_message, self, error)
            return False
        self.reload_week()
        self.saved_note.setText(translate("CasesSettings", "Saved: {hours} working hours a week.").format(
            hours=hours_text(self.ctx.fmt, work_calendar.load_week().weekly_minutes)))
        return True

    # --- holidays ----------------------------------------------------------------------------

    def reload_holidays(self, select_id: int | None = None) -> None:
        self.holidays = work_calendar.list_holidays()
        fmt = self.ctx.fmt
        today = dt.date.today()
        self.table.fill([(h.id, [fmt.date(h.day), fmt.weekday(h.day), h.name], h.day >= today)
                         for h in self.holidays])
        if select_id is not None:
            self.table.select_id(select_id)
        elif self.table.selected_row() is None and self.holidays:
            self.table.select_row(next((i for i, h in enumerate(self.holidays) if h.day >= today),
                                       len(self.holidays) - 1))
        self.holidays_box.show_empty(not self.holidays)
        self._selection()

    def selected(self):
        chosen = self.table.selected_id()
        return next((h for h in self.holidays if h.id == chosen), None)

    def _selection(self) -> None:
        holiday = self.selected()
        self.edit_button.setEnabled(holiday is not None)
        self.remove_button.setEnabled(holiday is not None)

    def _saved(self, holiday) -> None:
        self.holiday_message.setVisible(False)
        self.reload_holidays(holiday.id)

    def add_holiday(self) -> HolidayDialog:
        dialog = HolidayDialog(self.ctx, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_holiday(self) -> HolidayDialog | None:
        holiday = self.selected()
        if holiday is None:
            return None
        dialog = HolidayDialog(self.ctx, holiday, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def remove_holiday(self, *, ask: bool = True) -> bool:
        holiday = self.selected()
        if holiday is None:
            return False
        if ask and QMessageBox.question(
                self, translate("CasesSettings", "Remove holiday"),
                translate("CasesSettings", "Remove the holiday of {day}?").format(
                    day=isolated(self.ctx.fmt.date(holiday.day)))) != QMessageBox.StandardButton.Yes:
            return False
        try:
            work_calendar.remove_holiday(holiday.id)
        except Exception as error:  # noqa: BLE001 - shown beside the list
            report(self.holiday_message, self, error)
            return False
        self.holiday_message.setVisible(False)
        self.reload_holidays()
        return True


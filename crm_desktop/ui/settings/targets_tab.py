"""Settings › Targets and teams: sales targets of the office, each team and each person for a month,
quarter or year of the office's calendar, with what was won so far; copying last period's targets;
and the teams (the table in ``targets_table``, the teams in ``teams_editor``)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.funnel import targets
from crm_desktop.text.money import UNIT_WORDS
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import message_for
from crm_desktop.ui.settings.targets_table import ACHIEVED, NAME, Period, TargetsModel, scope_of, targets_table
from crm_desktop.ui.settings.teams_editor import TeamsEditor
from crm_desktop.ui.widgets.common import label

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
SHOWN = {"month": (12, 12), "quarter": (8, 4), "year": (4, 2)}  # periods offered before / after the current


def shifted(kind: str, year: int, number: int, step: int) -> tuple[int, int]:
    """The period ``step`` periods after (year, number) of the kind (before, when negative)."""
    per_year = 12 // targets.MONTHS_IN[kind]
    year, index = divmod(year * per_year + number - 1 + step, per_year)
    return year, index + 1


class TargetsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today  # replaceable in tests
        self.calendar = targets.office_calendar()
        self.kind = QComboBox()
        for key, text in (("month", translate("TargetsSettings", "Month")),
                          ("quarter", translate("TargetsSettings", "Quarter")),
                          ("year", translate("TargetsSettings", "Year"))):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setMinimumWidth(170)
        self.copy_button = QPushButton(translate("TargetsSettings", "Copy last period\u2019s targets"))
        self.copy_button.clicked.connect(self.copy_previous)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(translate("TargetsSettings", "Period")))
        bar.addWidget(self.kind)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.copied = label("", "muted")
        bar.addWidget(self.copied)
        bar.addWidget(self.copy_button)

        self.model = TargetsModel(ctx, self)
        self.table = targets_table(self.model)
        self.model.problem.connect(self.show_message)
        self.model.saved.connect(lambda: self.message.setVisible(False))
        self.model.modelReset.connect(self._fit_columns)
        self.teams = TeamsEditor()
        self.teams.setMinimumWidth(300)
        self.teams.problem.connect(self.show_message)
        self.teams.changed.connect(self._teams_changed)
        unit = UNIT_WORDS.get(ctx.prefs.language, UNIT_WORDS["en"])[ctx.prefs.money_unit]
        self.hint = label(translate(
            "TargetsSettings", "A target is the amount of deals to win in the period, counted on the day a deal is "
                               "won. Type it in {unit} in the Target column; empty it to remove the target.")
            .format(unit=unit), "note", wrap=True)
        self.message = label("", "fieldError", wrap=True)
        self.message.setVisible(False)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(bar)
        left.addWidget(self.hint)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(left, 3)
        layout.addWidget(self.teams, 2)
        self.kind.currentIndexChanged.connect(lambda _: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        self._fill_periods()

    # -- the period -----------------------------------------------------------------------------

    def _fill_periods(self, chosen: tuple[int, int] | None = None) -> None:
        kind, prefs = self.kind.currentData(), self.ctx.prefs
        year, number = chosen or targets.current_period(kind, self.today(), self.calendar)
        before, after = SHOWN[kind]
        self.period.blockSignals(True)
        self.period.clear()
        for step in range(-before, after + 1):
            y, n = shifted(kind, year, number, step)
            self.period.addItem(targets.period_label(kind, y, n, self.calendar, lang=prefs.language,
                                                     digits=prefs.digits), (y, n))
        self.period.setCurrentIndex(before)
        self.period.blockSignals(False)
        self.reload()

    def set_period(self, kind: str, year: int, number: int = 1) -> None:
        """Show the targets of a period (as a person would with the two pickers)."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.blockSignals(False)
        self._fill_periods((year, number))

    def chosen_period(self) -> Period:
        year, number = self.period.currentData()
        return Period(self.kind.currentData(), year, number, self.calendar)

    def reload(self) -> None:
        self.copied.clear()
        self.model.load(self.chosen_period())

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NAME, max(self.table.columnWidth(NAME), 160))
        self.table.horizontalHeader().setSectionResizeMode(ACHIEVED, QHeaderView.ResizeMode.Stretch)

    # -- actions --------------------------------------------------------------------------------

    def _teams_changed(self) -> None:
        self.message.setVisible(False)
        self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def copy_previous(self) -> int:
        """Give every row without a target this period the target it had last period; targets already
        set are kept. Returns how many were copied."""
        period, prefs = self.chosen_period(), self.ctx.prefs
        year, number = shifted(period.kind, period.year, period.number, -1)
        first = targets.period_bounds(period.kind, year, number, period.calendar)[0]
        before = {(key.user_id, key.team_id): amount
                  for (key, _), amount in targets.targets_of(period.kind, [first]).items()}
        copied = 0
        try:
            for row in self.model.rows:
                scope = scope_of(row)
                amount = before.get((scope.get("user_id"), scope.get("team_id")))
                if row.target is None and amount:
                    targets.set_target(amount, period.kind, period.year, period.number, calendar=period.calendar,
                                       **scope)
                    copied += 1
        except Exception as error:  # noqa: BLE001 - e.g. a team deleted on another computer meanwhile
            log.error("could not copy targets", exc_info=error)
            self.show_message(message_for(error))
        self.reload()
        name = targets.period_label(period.kind, year, number, period.calendar, lang=prefs.language,
                                    digits=prefs.digits)
        self.copied.setText(translate("TargetsSettings", "Copied {count} targets from {period}.").format(
            count=self.ctx.fmt.number(copied), period=name) if copied else
            translate("TargetsSettings", "Nothing to copy from {period}.")
            .format(period=name))
        return copied

"""The Complaints report's choices: the period (the Funnel report's picker) and the team, person,
category and channel the figures are narrowed to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from crm_desktop.services import users
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.funnel import targets
from crm_desktop.services.labels import label as code_label
from crm_desktop.ui.cases.filters import category_choices
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel_report.period_picker import PeriodPicker

translate = QCoreApplication.translate


class ReportFilters(QWidget):
    """"Period [..]" and four choices, each starting with "all"; ``changed`` when any changes. The
    teams, people and categories are read by :meth:`load` (when the page is first shown)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodPicker(ctx, today)
        self.period.changed.connect(self.changed)
        self.team, self.person, self.category, self.channel = (QComboBox() for _ in range(4))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        bar.addWidget(self.period)
        bar.addSpacing(12)
        for combo, name, everything, tip in (
                (self.team, "team", translate("CasesReport", "All teams"), translate("CasesReport", "Team")),
                (self.person, "person", translate("CasesReport", "Everyone"), translate("CasesReport", "Person")),
                (self.category, "category", translate("CasesReport", "All categories"),
                 translate("CasesReport", "Category")),
                (self.channel, "channel", translate("CasesReport", "All channels"),
                 translate("CasesReport", "Channel"))):
            combo.setObjectName(name)
            combo.setToolTip(tip)
            combo.addItem(everything, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            bar.addWidget(combo)
        bar.addStretch(1)
        self.loaded = False

    def load(self) -> None:
        """Teams, people, categories (each followed by its subcategories) and channels, read once."""
        if self.loaded:
            return
        self.loaded = True
        combos = (self.team, self.person, self.category, self.channel)
        for combo in combos:
            combo.blockSignals(True)
        for team in targets.teams():
            self.team.addItem(team.name, team.id)
        for user in users.active_users():
            self.person.addItem(user.display_name, user.id)
        for category_id, name, is_sub in category_choices():
            self.category.addItem(translate("CasesReport", "\u2014 {name}").format(name=name) if is_sub else name,
                                  category_id)
        for code in case_labels.CHANNELS:
            self.channel.addItem(code_label(case_labels.CHANNELS, code), code)
        for combo in combos:
            combo.blockSignals(False)

"""A slim bar at the top of the funnel board: this month's won amount (office calendar) against the
target, the user's own when they have one, else the office's; hidden when neither is set.

``targets.progress`` is a handful of small queries (one SUM over the month's won deals grouped by
owner, the period's targets, the teams and the users), so the bar is read on the GUI thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from crm_desktop.services.context import current_user_id
from crm_desktop.services.funnel import targets
from crm_desktop.services.funnel.targets import Progress
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel_report.charts import percent_text
from crm_desktop.ui.widgets.common import in_reading_direction, isolated, label

translate = QCoreApplication.translate
BAR_STYLE = ("QProgressBar {{ border: none; border-radius: 4px; background: #e8edf5; }}"
             " QProgressBar::chunk {{ border-radius: 4px; background: {colour}; }}")


class TargetBar(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today  # replaceable in tests
        self.shown: Progress | None = None  # the row the bar shows
        self.caption = label("", "muted")
        self.text = label("")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setMinimumWidth(160)
        self.bar.setMaximumWidth(320)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.caption)
        row.addWidget(self.text)
        row.addWidget(self.bar, 1)
        row.addStretch(1)
        self.setVisible(False)

    def refresh(self) -> None:
        """Read this month's figures again; hide the bar when there is no target to show."""
        calendar = targets.office_calendar()
        year, number = targets.current_period("month", self.today(), calendar)
        rows = targets.progress("month", year, number, calendar=calendar)
        me = current_user_id()
        mine = next((r for r in rows if r.scope == "user" and r.id == me and r.target), None)
        row = mine or next((r for r in rows if r.scope == "office" and r.target), None)
        self.shown = row
        if row is None:
            self.setVisible(False)
            return
        fmt, prefs = self.ctx.fmt, self.ctx.prefs
        period = targets.period_label("month", year, number, calendar, lang=prefs.language, digits=prefs.digits)
        self.caption.setText(translate("FunnelBoard", "My target") if mine else
                             translate("FunnelBoard", "Office target"))
        text = translate("FunnelBoard", "Won {won} of {target} ({percent}) \u2014 {period}").format(
            won=fmt.money(row.won), target=fmt.money(row.target), percent=percent_text(fmt, row.percent / 100),
            period=isolated(period))
        self.text.setText(in_reading_direction(text))
        self.bar.setValue(min(100, int(row.percent)))
        self.bar.setStyleSheet(BAR_STYLE.format(colour="#1a9e5a" if row.percent >= 100 else "#1f6feb"))
        self.setVisible(True)

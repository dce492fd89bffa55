"""The home page: today's date, what the database holds, and the latest changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from crm_desktop.services.overview import overview
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.history_model import history_model
from crm_desktop.ui.widgets.common import Card, StatCard, label, page_header, read_only_table

translate = QCoreApplication.translate


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return translate("HomePage", "Good morning, {name}")
    if 12 <= hour < 18:
        return translate("HomePage", "Good afternoon, {name}")
    return translate("HomePage", "Good evening, {name}")


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        now = dt.datetime.now()
        fmt = ctx.fmt
        today = translate("HomePage", "Today is {weekday}, {date}").format(
            weekday=fmt.weekday(now.date()), date=fmt.date(now.date(), "long"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(page_header(greeting(now.hour).format(name=ctx.user_name), today))

        self.stats = {
            "people": StatCard(translate("HomePage", "People")),
            "companies": StatCard(translate("HomePage", "Companies")),
            "new_people": StatCard(translate("HomePage", "New people in the last 30 days")),
            "notes": StatCard(translate("HomePage", "Notes")),
            "tags": StatCard(translate("HomePage", "Tags")),
        }
        row = QHBoxLayout()
        row.setSpacing(12)
        for card in self.stats.values():
            row.addWidget(card, 1)
        layout.addLayout(row)

        recent = Card()
        recent.body.addWidget(label(translate("HomePage", "Latest changes"), "sectionTitle"))
        self.history = read_only_table()
        self.history.setModel(history_model(ctx, self.history))
        recent.body.addWidget(self.history, 1)
        layout.addWidget(recent, 1)

        self.database = Card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.location = label("", selectable=True, wrap=True)
        self.details = label("", "muted")
        grid.addWidget(label(translate("HomePage", "Database"), "sectionTitle"), 0, 0)
        grid.addWidget(self.location, 0, 1)
        grid.addWidget(self.details, 1, 1)
        grid.setColumnStretch(1, 1)
        self.database.body.addLayout(grid)
        layout.addWidget(self.database)
        self.refresh()

    def refresh(self) -> None:
        fmt = self.ctx.fmt
        figures = overview()
        self.stats["people"].set_value(fmt.number(figures.people))
        self.stats["companies"].set_value(fmt.number(figures.companies))
        self.stats["new_people"].set_value(fmt.number(figures.people_added_last_30_days))
        self.stats["notes"].set_value(fmt.number(figures.notes))
        self.stats["tags"].set_value(fmt.number(figures.tags))
        self.location.setText(figures.location)
        self.details.setText(translate("HomePage", "Size {size} \u00b7 schema version {version}").format(
            size=fmt.file_size(figures.size_bytes) or "\u2014", version=fmt.number(figures.schema_version)))
        model = self.history.model()
        model.reload()
        for column, width in enumerate((150, 130, 90, 110, 200)):
            self.history.setColumnWidth(column, width)

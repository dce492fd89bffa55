"""The filters above the customers list: owner, tag, city, stage, added and last-contact dates."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from crm_desktop.services import customer_list, labels, tags, users
from crm_desktop.services.customer_list import ListFilter
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import stage_label
from crm_desktop.ui.widgets.date_field import DateField

translate = QCoreApplication.translate


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        anyone = translate("CustomerFilters", "Any")
        self.owner = QComboBox()
        self.tag = QComboBox()
        self.city = QComboBox()
        self.stage = QComboBox()
        for combo in (self.owner, self.tag, self.city, self.stage):
            combo.addItem(anyone, None)
            combo.setMinimumWidth(140)
        for user in users.active_users():
            self.owner.addItem(user.display_name, user.id)
        for tag in tags.all_tags():
            self.tag.addItem(tag.name, tag.id)
        self._cities_loaded = False  # a DISTINCT over every row: only when the filters are first shown
        for stage in labels.codes(labels.STAGES):
            self.stage.addItem(stage_label(stage), stage)
        self.created_from, self.created_to = DateField(ctx.fmt), DateField(ctx.fmt)
        self.contacted_from, self.contacted_to = DateField(ctx.fmt), DateField(ctx.fmt)
        clear = QPushButton(translate("CustomerFilters", "Clear filters"))
        clear.clicked.connect(self.clear)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        cells = [
            (translate("CustomerFilters", "Owner"), self.owner), (translate("CustomerFilters", "Tag"), self.tag),
            (translate("CustomerFilters", "City"), self.city), (translate("CustomerFilters", "Stage"), self.stage),
        ]
        for column, (caption, widget) in enumerate(cells):
            grid.addWidget(QLabel(caption), 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        dates = [
            (translate("CustomerFilters", "Added from"), self.created_from),
            (translate("CustomerFilters", "to"), self.created_to),
            (translate("CustomerFilters", "Last contact from"), self.contacted_from),
            (translate("CustomerFilters", "to"), self.contacted_to),
        ]
        for column, (caption, widget) in enumerate(dates):
            grid.addWidget(QLabel(caption), 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        grid.addWidget(clear, 0, 8, 2, 1)
        grid.setColumnStretch(9, 1)
        for combo in (self.owner, self.tag, self.city, self.stage):
            combo.currentIndexChanged.connect(self.changed)
        for field in (self.created_from, self.created_to, self.contacted_from, self.contacted_to):
            field.changed.connect(self.changed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._cities_loaded:
            self._cities_loaded = True
            self.city.blockSignals(True)
            for city in customer_list.cities():
                self.city.addItem(city, city)
            self.city.blockSignals(False)
        super().showEvent(event)

    def apply_to(self, f: ListFilter) -> ListFilter:
        return replace(f, owner_id=self.owner.currentData(), tag_id=self.tag.currentData(),
                       city=self.city.currentData() or "", stage=self.stage.currentData() or "",
                       created_from=self.created_from.value(), created_to=self.created_to.value(),
                       contacted_from=self.contacted_from.value(), contacted_to=self.contacted_to.value())

    def active_count(self) -> int:
        combos = sum(1 for c in (self.owner, self.tag, self.city, self.stage) if c.currentData() is not None)
        dates = sum(1 for d in (self.created_from, self.created_to, self.contacted_from, self.contacted_to)
                    if d.value() is not None)
        return combos + dates

    def clear(self) -> None:
        for combo in (self.owner, self.tag, self.city, self.stage):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for field in (self.created_from, self.created_to, self.contacted_from, self.contacted_to):
            field.set_value(None)
        self.changed.emit()

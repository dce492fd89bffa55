"""Settings › Complaint queue: how the office runs its complaint queue — case categories, SLA
policies, the working calendar the SLA clock counts in, routing rules, and the messages customers
get when their case moves on.

The sections are built the first time the tab is shown, so opening Settings reads nothing it
does not show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.cases import setup
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.cases_calendar import CalendarSection
from crm_desktop.ui.settings.cases_categories import CategoriesSection
from crm_desktop.ui.settings.cases_routing import RoutingSection
from crm_desktop.ui.settings.cases_sla import SlaSection
from crm_desktop.ui.settings.cases_templates import TemplatesSection

translate = QCoreApplication.translate
SECTIONS = ("categories", "sla", "calendar", "routing", "messages")


class CasesSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self._parts: tuple[CategoriesSection, SlaSection, CalendarSection, RoutingSection,
                           TemplatesSection] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.sections)

    def ensure_built(self) -> None:
        if self._parts is not None:
            return
        setup.ensure_defaults()
        ctx = self.ctx
        self._parts = (CategoriesSection(ctx), SlaSection(ctx), CalendarSection(ctx), RoutingSection(ctx),
                       TemplatesSection(ctx))
        titles = (translate("CasesSettings", "Categories"), translate("CasesSettings", "SLA policies"),
                  translate("CasesSettings", "Working calendar"), translate("CasesSettings", "Routing rules"),
                  translate("CasesSettings", "Customer messages"))
        for part, title in zip(self._parts, titles):
            self.sections.addTab(part, title)
        # the lists other sections offer (categories in SLA policies and rules) are read when shown
        self.sections.currentChanged.connect(self._section_shown)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _section_shown(self, index: int) -> None:
        part = self._parts[index]
        if isinstance(part, (SlaSection, RoutingSection)):
            part.reload()  # a category renamed in the first section shows here at once

    def _part(self, index: int):
        self.ensure_built()
        return self._parts[index]

    @property
    def categories(self) -> CategoriesSection:
        return self._part(0)

    @property
    def sla(self) -> SlaSection:
        return self._part(1)

    @property
    def calendar(self) -> CalendarSection:
        return self._part(2)

    @property
    def routing(self) -> RoutingSection:
        return self._part(3)

    @property
    def messages(self) -> TemplatesSection:
        return self._part(4)

    def reload(self) -> None:
        """Read everything again (another computer may have changed it); nothing before first shown."""
        if self._parts is None:
            return
        for part in self._parts:
            part.reload()

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        def show(index: int) -> None:
            self.ensure_built()
            self.sections.setCurrentIndex(index)
        return {name: (lambda i=index: show(i)) for index, name in enumerate(SECTIONS)}

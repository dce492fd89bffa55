"""Settings › Complaint queue: how the office runs its complaint queue — case categories, SLA
policies, the working calendar the SLA clock counts in, routing rules, and the messages customers
get when their case moves on.

The sections are built the first time the tab is shown, so opening Settings reads nothing it
does not show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.services.cases import setup
from crm_desktop.ui.settings.cases_calendar import CalendarSection
from crm_desktop.ui.settings.cases_categories import CategoriesSection
from crm_desktop.ui.settings.cases_routing import RoutingSection
from crm_desktop.ui.settings.cases_sla import SlaSection
from crm_desktop.ui.settings.cases_templates import TemplatesSection
from crm_desktop.ui.settings.lazy_sections import LazySections

translate = QCoreApplication.translate
SECTIONS = ("categories", "sla", "calendar", "routing", "messages")


class CasesSettings(LazySections):
    SECTIONS = SECTIONS

    def build(self) -> list[tuple[QWidget, str]]:
        setup.ensure_defaults()
        ctx = self.ctx
        built = [(CategoriesSection(ctx), translate("CasesSettings", "Categories")),
                 (SlaSection(ctx), translate("CasesSettings", "SLA policies")),
                 (CalendarSection(ctx), translate("CasesSettings", "Working calendar")),
                 (RoutingSection(ctx), translate("CasesSettings", "Routing rules")),
                 (TemplatesSection(ctx), translate("CasesSettings", "Customer messages"))]
        # the lists other sections offer (categories in SLA policies and rules) are read when shown
        self.sections.currentChanged.connect(self._section_shown)
        return built

    def _section_shown(self, index: int) -> None:
        if self._parts is None:  # the tabs are being added
            return
        part = self._parts[index]
        if isinstance(part, (SlaSection, RoutingSection)):
            part.reload()  # a category renamed in the first section shows here at once

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

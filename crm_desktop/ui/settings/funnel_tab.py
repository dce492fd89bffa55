"""Settings › Sales funnel: where an office configures its funnel — pipelines and their stages,
lead sources and what they cost, lost reasons, and the lead qualification questionnaire.

The sections are built the first time the tab is shown: reading the lists makes the default
pipeline, lists and questionnaire when the database has none, and merely opening Settings must
not write anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.settings.funnel_lists import ChoicesSection, SourcesSection, lost_reasons_section
from crm_desktop.ui.settings.funnel_questions import QuestionsSection
from crm_desktop.ui.settings.funnel_stages import StagesSection
from crm_desktop.ui.settings.lazy_sections import LazySections

translate = QCoreApplication.translate
SECTIONS = ("stages", "sources", "lost-reasons", "questions")


class FunnelSettings(LazySections):
    SECTIONS = SECTIONS

    def build(self) -> list[tuple[QWidget, str]]:
        ctx = self.ctx
        return [(StagesSection(ctx), translate("FunnelSettings", "Pipelines and stages")),
                (SourcesSection(ctx), translate("FunnelSettings", "Lead sources and costs")),
                (lost_reasons_section(ctx), translate("FunnelSettings", "Lost reasons")),
                (QuestionsSection(ctx), translate("FunnelSettings", "Qualification questionnaire"))]

    @property
    def stages(self) -> StagesSection:
        return self._part(0)

    @property
    def sources(self) -> SourcesSection:
        return self._part(1)

    @property
    def lost_reasons(self) -> ChoicesSection:
        return self._part(2)

    @property
    def questions(self) -> QuestionsSection:
        return self._part(3)

    def reload(self) -> None:
        """Read everything again (another computer may have changed it); nothing before first shown."""
        if self._parts is None:
            return
        self.stages.reload_pipelines()
        self.sources.reload()
        self.lost_reasons.reload()
        self.questions.reload()

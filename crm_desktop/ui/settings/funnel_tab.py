"""Settings › Sales funnel: where an office configures its funnel — pipelines and their stages,
lead sources and what they cost, lost reasons, and the lead qualification questionnaire.

The sections are built the first time the tab is shown: reading the lists makes the default
pipeline, lists and questionnaire when the database has none, and merely opening Settings must
not write anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings.funnel_lists import ChoicesSection, SourcesSection, lost_reasons_section
from crm_desktop.ui.settings.funnel_questions import QuestionsSection
from crm_desktop.ui.settings.funnel_stages import StagesSection

translate = QCoreApplication.translate
SECTIONS = ("stages", "sources", "lost-reasons", "questions")


class FunnelSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self._parts: tuple[StagesSection, SourcesSection, ChoicesSection, QuestionsSection] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.sections)

    def ensure_built(self) -> None:
        if self._parts is not None:
            return
        ctx = self.ctx
        self._parts = (StagesSection(ctx), SourcesSection(ctx), lost_reasons_section(ctx), QuestionsSection(ctx))
        titles = (translate("FunnelSettings", "Pipelines and stages"),
                  translate("FunnelSettings", "Lead sources and costs"),
                  translate("FunnelSettings", "Lost reasons"),
                  translate("FunnelSettings", "Qualification questionnaire"))
        for part, title in zip(self._parts, titles):
            self.sections.addTab(part, title)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _part(self, index: int):
        self.ensure_built()
        return self._parts[index]

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

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        def show(index: int) -> None:
            self.ensure_built()
            self.sections.setCurrentIndex(index)
        return {name: (lambda i=index: show(i)) for index, name in enumerate(SECTIONS)}

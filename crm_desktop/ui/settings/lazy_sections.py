"""A settings tab made of sections (sub-tabs) built the first time the tab is shown: reading some
lists makes their defaults when a database has none, and merely opening Settings must not write
anything (nor pay for screens nobody looks at)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import AppContext


class LazySections(QWidget):
    """Subclasses name their sections in ``SECTIONS`` (screenshot states, in tab order) and build
    them in :meth:`build` as (widget, title) pairs."""

    SECTIONS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self._parts: tuple[QWidget, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.sections)

    def build(self) -> list[tuple[QWidget, str]]:  # pragma: no cover - every tab has its own
        raise NotImplementedError

    def ensure_built(self) -> None:
        if self._parts is not None:
            return
        built = self.build()
        self._parts = tuple(part for part, _ in built)
        for part, title in built:
            self.sections.addTab(part, title)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.ensure_built()
        super().showEvent(event)

    def _part(self, index: int):
        self.ensure_built()
        return self._parts[index]

    def screenshot_states(self) -> dict[str, Callable[[], object]]:
        def show(index: int) -> None:
            self.ensure_built()
            self.sections.setCurrentIndex(index)
        return {name: (lambda i=index: show(i)) for index, name in enumerate(self.SECTIONS)}

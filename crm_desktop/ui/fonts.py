"""The bundled Vazirmatn font (SIL OFL), so Persian looks the same on every Windows machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from crm_desktop.ui.resources import resource_path

log = logging.getLogger(__name__)
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Medium.ttf", "Vazirmatn-Bold.ttf")
_families: list[str] = []


def load_fonts() -> str | None:
    """Register the bundled fonts once; return the family name (None if they failed to load)."""
    if not _families:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id < 0:
                log.warning("could not load font %s", name)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _families:
                    _families.append(family)
    return _families[0] if _families else None


def app_font(point_size: float = 10.0) -> QFont:
    family = load_fonts()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(point_size)
    return font

"""Paths of files shipped in ``crm_desktop.resources`` (fonts, translations, styles, icons)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    root = importlib.resources.files("crm_desktop.resources")
    return Path(str(root.joinpath(*parts)))

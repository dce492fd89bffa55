"""What every view needs to know about the running app, handed down from the main window."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.config import AppPaths
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.settings import Preferences


@dataclass
class AppContext:
    prefs: Preferences
    paths: AppPaths
    database_label: str
    user_name: str

    @property
    def fmt(self) -> Formatter:
        return Formatter(self.prefs)

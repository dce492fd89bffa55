"""Where CRM Desktop keeps its files.

Everything lives in one data folder per Windows/Linux user (platformdirs), or in the folder
named by the ``CRM_DESKTOP_HOME`` environment variable (portable installs, tests):

    <data>/crm.sqlite3      the office database (default)
    <data>/demo.sqlite3     the demo database (``crm-desktop --demo``)
    <data>/backups/         automatic copies taken before a schema upgrade
    <data>/logs/            rotating log files (tracebacks go here, never to the user)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "CRM Desktop"
HOME_ENV = "CRM_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / "crm.sqlite3"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "crm-desktop.log"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.backup_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """The data folder for this user, honouring ``CRM_DESKTOP_HOME``."""
    override = os.environ.get(HOME_ENV)
    if override:
        return AppPaths(Path(override).expanduser().resolve())
    return AppPaths(Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False)))

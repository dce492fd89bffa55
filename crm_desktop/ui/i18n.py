"""Language set-up for the whole app: translators, layout direction, locale, calendar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from crm_desktop.services.settings import Preferences
from crm_desktop.text import i18n as text_i18n
from crm_desktop.ui.resources import resource_path

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


def qt_locale(prefs: Preferences) -> QLocale:
    if prefs.language == "fa":
        if prefs.digits == "persian":
            return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
        return QLocale(QLocale.Language.English, QLocale.Country.Iran)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(app: QCoreApplication, prefs: Preferences) -> None:
    """Install our and Qt's translations for ``prefs.language`` and set direction and locale."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    text_i18n.set_language(prefs.language, prefs.digits)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"crm_desktop_{prefs.language}.qm"))):
        _translators.append(ours)
    else:
        log.warning("no compiled translation for %s", prefs.language)
    if prefs.language != text_i18n.SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{prefs.language}", qt_dir):
            _translators.append(qtbase)
    for translator in _translators:
        app.installTranslator(translator)
    QLocale.setDefault(qt_locale(prefs))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if prefs.rtl else Qt.LayoutDirection.LeftToRight)

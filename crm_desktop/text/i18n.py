"""Translations without Qt: the same Qt Linguist ``.ts`` catalogues the UI compiles to ``.qm``.

The UI installs a ``QTranslator`` for its widgets; the CLI and messages raised below ``ui/``
(:class:`~crm_desktop.text.messages.UserError`) are translated here, from the ``.ts`` source, so
there is a single catalogue per language and nothing to keep in step by hand.
"""

from __future__ import annotations

import importlib.resources
import locale
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.text.digits import localize_digits
from crm_desktop.text.messages import TranslatableText, UserError

SUPPORTED_LANGUAGES = ("fa", "en")
RTL_LANGUAGES = frozenset({"fa", "ar"})
SOURCE_LANGUAGE = "en"


def ts_resource(lang: str):
    """The ``.ts`` catalogue of ``lang`` inside the shipped resources."""
    return importlib.resources.files("crm_desktop.resources") / "translations" / f"crm_desktop_{lang}.ts"


@dataclass
class Catalog:
    """Finished translations of one language: (context, source) -> forms."""

    lang: str
    entries: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str) -> Catalog:
        catalog = cls(lang)
        resource = ts_resource(lang)
        if not resource.is_file():
            return catalog
        root = ET.fromstring(resource.read_bytes())
        for context in root.iter("context"):
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                source = message.findtext("source", default="")
                translation = message.find("translation")
                if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if not forms:
                    forms = (translation.text or "",)
                if any(forms):
                    catalog.entries[(name, source)] = forms
        return catalog

    def translate(self, context: str, source: str, n: int | None = None) -> str:
        forms = self.entries.get((context, source))
        if not forms:
            text = source
        elif n is None or len(forms) == 1:
            text = forms[0]
        else:
            text = forms[min(plural_index(self.lang, n), len(forms) - 1)]
        if n is not None:
            text = text.replace("%n", str(n))
        return text


def plural_index(lang: str, n: int) -> int:
    """Qt Linguist's numerus rule: Persian has one form, English two."""
    if lang in {"fa"}:
        return 0
    return 0 if n == 1 else 1


_lock = threading.Lock()
_catalogs: dict[str, Catalog] = {}
_state = {"lang": SOURCE_LANGUAGE, "digits": "latin"}


def catalog(lang: str) -> Catalog:
    with _lock:
        if lang not in _catalogs:
            _catalogs[lang] = Catalog.load(lang)
        return _catalogs[lang]


def set_language(lang: str, digits: str | None = None) -> None:
    """Choose the language (and digit style) for CLI output and rendered errors."""
    if lang not in SUPPORTED_LANGUAGES:
        lang = SOURCE_LANGUAGE
    _state["lang"] = lang
    _state["digits"] = digits or ("persian" if lang == "fa" else "latin")


def current_language() -> str:
    return _state["lang"]


def current_digits() -> str:
    return _state["digits"]


def system_language() -> str:
    """fa when the system speaks Persian or sits in Iran, else en."""
    try:
        code = (locale.getlocale()[0] or locale.getdefaultlocale()[0] or "").lower()
    except (ValueError, TypeError):  # broken LANG values
        code = ""
    if code.startswith(("fa", "per")) or code.endswith("_ir"):
        return "fa"
    return "en"


def translate(context: str, source: str, n: int | None = None, lang: str | None = None) -> str:
    return catalog(lang or current_language()).translate(context, source, n)


def render(text: TranslatableText | str, params: Mapping[str, Any] | None = None, *,
           lang: str | None = None, digits: str | None = None) -> str:
    """Translate ``text`` and fill its placeholders; numbers follow the digit style."""
    context = getattr(text, "context", "")
    translated = translate(context, str(text), lang=lang) if context else str(text)
    style = digits or current_digits()
    values = {key: _render_value(value, lang, style) for key, value in (params or {}).items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return str(text).format(**values)


def _render_value(value: Any, lang: str | None, digits: str) -> Any:
    if isinstance(value, TranslatableText):  # a translatable word inside a message
        return translate(value.context, str(value), lang=lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return localize_digits(f"{value}", digits)
    return value


def render_error(error: UserError, *, lang: str | None = None) -> str:
    return render(error.text, error.params, lang=lang)

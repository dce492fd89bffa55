"""Translatable messages that travel from the lower layers up to a person.

Code below ``ui/`` cannot call Qt to translate, yet its errors must reach the user in their own
language. So it marks the English source text with ``QT_TRANSLATE_NOOP(context, text)`` (which
``pyside6-lupdate`` extracts into the .ts files) and raises :class:`UserError` carrying that text
and its parameters. The UI and the CLI render it with :func:`crm_desktop.text.i18n.render`.

Placeholders are ``{name}`` fields filled by ``str.format``; never build messages by
concatenation, since word order differs between Persian and English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class TranslatableText(str):
    """An English source string that remembers its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> TranslatableText:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def __reduce__(self):  # keep the context when pickled (worker processes)
        return (TranslatableText, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> TranslatableText:  # noqa: N802 (lupdate's name)
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return TranslatableText(context, text)


class UserError(Exception):
    """An error the user can understand and act on (bad input, a file we cannot read, ...).

    ``text`` is a :class:`TranslatableText`; ``params`` fill its placeholders. ``str(error)``
    gives the English text, for logs.
    """

    def __init__(self, text: TranslatableText, **params: Any) -> None:
        self.text = text
        self.params: Mapping[str, Any] = params
        super().__init__(str(text).format(**params))

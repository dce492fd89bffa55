"""An audit row's changes in words — ``field: old → new; ...`` — as the History screen and the
history export both say them."""

from __future__ import annotations

import json
from typing import Any

from crm_desktop.services import labels
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

EMPTY = "\u2014"
# actions whose stored changes are figures or nothing, not (old, new) pairs
NO_FIELD_CHANGES = frozenset({"delete", "restore", "import", "undo"})
_CHANGE_NEW = QT_TRANSLATE_NOOP("History", "{field}: {new}")
_CHANGE = QT_TRANSLATE_NOOP("History", "{field}: {old} \u2192 {new}")
_CHANGE_SEPARATOR = QT_TRANSLATE_NOOP("History", "; ")
_YES, _NO = QT_TRANSLATE_NOOP("History", "yes"), QT_TRANSLATE_NOOP("History", "no")


def shown(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return i18n.render(_YES if value else _NO)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_changes(action: str, changes: dict[str, Any] | str) -> str:
    """The changes (a dict, or its JSON text) in the current language; "" for actions that
    record no field changes."""
    if action in NO_FIELD_CHANGES:
        return ""
    if isinstance(changes, str):
        try:
            changes = json.loads(changes or "{}")
        except ValueError:
            return changes
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for name, pair in changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        params = {"field": labels.label(labels.FIELDS, name), "old": shown(old), "new": shown(new)}
        parts.append(i18n.render(_CHANGE_NEW if action == "create" else _CHANGE, params))
    return i18n.render(_CHANGE_SEPARATOR).join(parts)

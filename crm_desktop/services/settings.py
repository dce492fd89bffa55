"""Settings stored in the database: office-wide values and each user's preferences.

Preferences (language, calendar, digits, money unit) belong to the user; when a user has not
chosen, they follow the office value, then the defaults of the language (Persian: Jalali
calendar, Persian digits; English: Gregorian, Latin digits). They apply at the next start.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Setting
from crm_desktop.services import audit, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import ValidationError
from crm_desktop.text.i18n import SUPPORTED_LANGUAGES, system_language

CALENDARS = ("jalali", "gregorian")
DIGIT_STYLES = ("persian", "latin")
MONEY_UNITS = ("toman", "rial")


@dataclass(frozen=True)
class Preferences:
    language: str
    calendar: str
    digits: str
    money_unit: str

    @classmethod
    def defaults(cls, language: str | None = None) -> Preferences:
        language = language if language in SUPPORTED_LANGUAGES else system_language()
        persian = language == "fa"
        return cls(language, "jalali" if persian else "gregorian", "persian" if persian else "latin", "toman")

    @property
    def rtl(self) -> bool:
        return self.language in {"fa", "ar"}


def _scope(user_id: int | None):
    return Setting.user.is_null() if user_id is None else (Setting.user == user_id)


def get_setting(key: str, default: Any = None, *, user_id: int | None = None) -> Any:
    row = Setting.select().where((Setting.key == key) & _scope(user_id)).first()
    return default if row is None else json.loads(row.value)


def set_setting(key: str, value: Any, *, user_id: int | None = None) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with database.atomic():
        row = Setting.select().where((Setting.key == key) & _scope(user_id)).first()
        if row is None:
            row = Setting.create(key=key, user=user_id, value=encoded)
            audit.record_create(row)
        elif row.value != encoded:
            before = audit.snapshot(row)
            row.value, row.updated_at = encoded, utcnow()
            row.save()
            audit.record_update(row, before)


PREFERENCE_KEY = "preferences"


def load_preferences(user_id: int | None = None) -> Preferences:
    """The acting user's preferences, falling back to office values, then language defaults."""
    user_id = user_id if user_id is not None else current_user_id()
    office = _valid_only(get_setting(PREFERENCE_KEY, {}))
    mine = _valid_only(get_setting(PREFERENCE_KEY, {}, user_id=user_id)) if user_id is not None else {}
    chosen = {**office, **mine}  # a valid choice of the user's wins, then the office's
    base = Preferences.defaults(chosen.get("language"))
    return Preferences(**{**asdict(base), **chosen})


ALLOWED = {"language": SUPPORTED_LANGUAGES, "calendar": CALENDARS, "digits": DIGIT_STYLES, "money_unit": MONEY_UNITS}


def _valid_only(value: Any) -> dict[str, Any]:
    """The usable part of a stored value: damaged or hand-edited entries count as unset."""
    if not isinstance(value, dict):
        return {}
    return {key: v for key, v in value.items() if key in ALLOWED and v in ALLOWED[key]}


def save_preferences(prefs: Preferences, user_id: int | None = None) -> None:
    checks = (validation.check_choice("language", prefs.language, SUPPORTED_LANGUAGES),
              validation.check_choice("calendar", prefs.calendar, CALENDARS),
              validation.check_choice("digits", prefs.digits, DIGIT_STYLES),
              validation.check_choice("money_unit", prefs.money_unit, MONEY_UNITS))
    errors = [error for error in checks if error is not None]
    if errors:
        raise ValidationError(errors)
    user_id = user_id if user_id is not None else current_user_id()
    set_setting(PREFERENCE_KEY, asdict(prefs), user_id=user_id)

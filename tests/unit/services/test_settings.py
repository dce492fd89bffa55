"""Office-wide settings and each user's preferences."""

from __future__ import annotations

import dataclasses
import json

import pytest

from crm_desktop.db.models import Setting
from crm_desktop.services import settings
from crm_desktop.services.context import acting_as, set_current_user
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.settings import PREFERENCE_KEY, Preferences
from tests.unit.services.conftest import audit_rows


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    """Defaults for an unknown language follow the system; pin it so results do not depend on the machine."""
    monkeypatch.setattr(settings, "system_language", lambda: "en")


def test_defaults_per_language():
    assert Preferences.defaults("fa") == Preferences("fa", "jalali", "persian", "toman")
    assert Preferences.defaults("fa").rtl
    assert Preferences.defaults("en") == Preferences("en", "gregorian", "latin", "toman")
    assert not Preferences.defaults("en").rtl
    assert Preferences.defaults("xx") == Preferences.defaults("en")  # unknown: the (pinned) system language


def test_nothing_stored_gives_defaults_of_the_system_language(owner):
    assert settings.load_preferences() == Preferences.defaults("en")


def test_save_and_load_round_trip_per_user(owner, other_user):
    mine = Preferences("fa", "gregorian", "latin", "rial")
    settings.save_preferences(mine)  # the acting user: owner

    assert settings.load_preferences() == mine
    assert settings.load_preferences(owner.id) == mine
    assert settings.load_preferences(other_user.id) == Preferences.defaults("en")
    with acting_as(other_user.id):
        assert settings.load_preferences() == Preferences.defaults("en")
        theirs = Preferences("en", "jalali", "persian", "toman")
        settings.save_preferences(theirs)
        assert settings.load_preferences() == theirs
    assert settings.load_preferences() == mine
    assert Setting.select().where(Setting.key == PREFERENCE_KEY).count() == 2


def test_save_for_a_given_user(owner, other_user):
    prefs = Preferences("fa", "jalali", "latin", "rial")
    settings.save_preferences(prefs, user_id=other_user.id)
    assert settings.load_preferences(other_user.id) == prefs
    assert settings.load_preferences(owner.id) == Preferences.defaults("en")


def test_office_value_is_used_when_the_user_has_none(owner, other_user):
    settings.set_setting(PREFERENCE_KEY, {"language": "fa", "money_unit": "rial"})  # office-wide

    office = Preferences("fa", "jalali", "persian", "rial")  # the rest from Persian defaults
    assert settings.load_preferences(owner.id) == office
    assert settings.load_preferences(other_user.id) == office

    settings.set_setting(PREFERENCE_KEY, {"digits": "latin"}, user_id=other_user.id)
    assert settings.load_preferences(other_user.id) == Preferences("fa", "jalali", "latin", "rial")
    assert settings.load_preferences(owner.id) == office


def test_without_an_acting_user_only_the_office_value_counts(owner):
    settings.set_setting(PREFERENCE_KEY, {"language": "fa"})
    settings.save_preferences(Preferences.defaults("en"))  # the owner's
    set_current_user(None)
    assert settings.load_preferences() == Preferences.defaults("fa")


@pytest.mark.parametrize(("stored", "expected"), [
    ({"language": "fa", "calendar": "mayan", "digits": 7, "money_unit": None},
     Preferences("fa", "jalali", "persian", "toman")),
    ({"language": "de", "calendar": "jalali"}, Preferences("en", "jalali", "latin", "toman")),
    ({"language": ["fa"], "digits": {"x": 1}}, Preferences.defaults("en")),
    ({"colour": "red"}, Preferences.defaults("en")),
    (["fa", "jalali"], Preferences.defaults("en")),
    ("fa", Preferences.defaults("en")),
    (42, Preferences.defaults("en")),
    (None, Preferences.defaults("en")),
])
def test_invalid_stored_values_fall_back_to_defaults(owner, stored, expected):
    settings.set_setting(PREFERENCE_KEY, stored, user_id=owner.id)
    assert settings.load_preferences() == expected


def test_invalid_office_value_falls_back_too(owner):
    settings.set_setting(PREFERENCE_KEY, ["broken"])
    settings.set_setting(PREFERENCE_KEY, {"calendar": "jalali"}, user_id=owner.id)
    assert settings.load_preferences() == Preferences("en", "jalali", "latin", "toman")


@pytest.mark.parametrize(("change", "field"), [
    ({"language": "de"}, "language"),
    ({"calendar": "hijri"}, "calendar"),
    ({"digits": "roman"}, "digits"),
    ({"money_unit": "dollar"}, "money_unit"),
])
def test_save_preferences_refuses_a_bad_value_and_writes_nothing(owner, counts, change, field):
    settings.save_preferences(Preferences.defaults("fa"))
    before = counts()
    bad = dataclasses.replace(Preferences.defaults("en"), **change)
    with pytest.raises(ValidationError) as info:
        settings.save_preferences(bad)
    assert [e.field for e in info.value.errors] == [field]
    assert counts() == before
    assert settings.load_preferences() == Preferences.defaults("fa")


def test_set_setting_audits_only_real_changes(owner):
    settings.set_setting("company_name", "آریا")
    settings.set_setting("company_name", "آریا")
    settings.set_setting("company_name", "آریا نوین")
    settings.set_setting("company_name", "آریا نوین")
    settings.set_setting("company_name", "آریا", user_id=owner.id)  # a different (per-user) row

    rows = audit_rows("setting")
    assert [r.action for r in rows] == ["create", "update", "create"]
    assert {r.user_id for r in rows} == {owner.id}
    assert json.loads(rows[1].changes) == {"value": ['"آریا"', '"آریا نوین"']}
    assert Setting.select().count() == 2
    assert settings.get_setting("company_name") == "آریا نوین"
    assert settings.get_setting("company_name", user_id=owner.id) == "آریا"


def test_get_setting_default_and_json_values(owner, other_user):
    assert settings.get_setting("missing", default={"a": 1}) == {"a": 1}
    value = {"b": [1, 2], "a": "ی"}
    settings.set_setting("layout", value)
    settings.set_setting("layout", {"a": "ی", "b": [1, 2]})  # same object, other key order
    assert settings.get_setting("layout") == value
    assert settings.get_setting("layout", user_id=other_user.id) is None
    assert len(audit_rows("setting")) == 1

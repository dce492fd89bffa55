"""Fixtures for widget tests: a demo-filled database and an app context in either language."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.config import app_paths
from crm_desktop.services.demo.generator import generate_demo
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.application import configure
from crm_desktop.ui.context import AppContext

FIXED_NOW = dt.datetime(2025, 3, 19, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def demo_db(db, owner):
    generate_demo(120, seed=11, now=FIXED_NOW)
    return db


def make_context(lang: str, owner) -> AppContext:
    return AppContext(Preferences.defaults(lang), app_paths().ensure(), "test.sqlite3", owner.display_name)


@pytest.fixture(params=["fa", "en"])
def ctx(request, qapp, demo_db, owner):
    context = make_context(request.param, owner)
    configure(qapp, context.prefs)
    yield context
    configure(qapp, Preferences.defaults("en"))

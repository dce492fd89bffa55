"""Fixtures for widget tests: a demo-filled database and an app context in either language (``ctx``), or
the context alone on an otherwise empty database (``lang_ctx``)."""

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
def lang_ctx(request, qapp, db, owner):
    """Either language, on a database holding only what each test makes (no demo data)."""
    context = make_context(request.param, owner)
    configure(qapp, context.prefs)
    yield context
    configure(qapp, Preferences.defaults("en"))


@pytest.fixture
def ctx(demo_db, lang_ctx):
    """Either language, on the demo office."""
    return lang_ctx

"""Users of the app. Until sign-in exists, everyone works as the default owner account."""

from __future__ import annotations

import getpass

from crm_desktop.db.base import database
from crm_desktop.db.models import User
from crm_desktop.db.models.users import DEFAULT_USERNAME
from crm_desktop.services import audit
from crm_desktop.services.context import set_current_user
from crm_desktop.services.errors import NotFoundError
from crm_desktop.text.normalize import tidy_text


def _os_user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name on some service accounts
        return ""


def ensure_default_user() -> User:
    """The owner account, created on first use, and made the acting user."""
    with database.atomic():
        user = User.get_or_none(User.username == DEFAULT_USERNAME)
        if user is None:
            user = User.create(username=DEFAULT_USERNAME, full_name=_os_user_name())
            audit.record_create(user)
    set_current_user(user.id)
    return user


def set_full_name(user_id: int, full_name: str) -> User:
    """Rename a user (the name shown in lists and in the change history)."""
    with database.atomic():
        user = get_user(user_id)
        before = audit.snapshot(user)
        user.full_name = tidy_text(full_name)
        user.save()
        audit.record_update(user, before)
    return user


def get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFoundError("app_user", user_id)
    return user


def active_users() -> list[User]:
    """Users who can own customers (for owner pickers and filters)."""
    return list(User.alive().where(User.is_active == True).order_by(User.full_name, User.username))  # noqa: E712

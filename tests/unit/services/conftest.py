"""Helpers for the service tests: row counts of every table, a second user, valid IDs."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import ALL_MODELS, AuditLog, User


def table_counts() -> dict[str, int]:
    """Rows in every table (soft-deleted ones included), by table name."""
    return {model._meta.table_name: model.select().count() for model in ALL_MODELS}


def audit_rows(entity: str | None = None, action: str | None = None) -> list[AuditLog]:
    query = AuditLog.select().order_by(AuditLog.id)
    if entity is not None:
        query = query.where(AuditLog.entity == entity)
    if action is not None:
        query = query.where(AuditLog.action == action)
    return list(query)


@pytest.fixture
def counts():
    """``counts()`` -> rows per table; compare before/after to prove nothing was written."""
    return table_counts


@pytest.fixture
def other_user(owner) -> User:
    """A second account (made directly: there is no user-management service yet)."""
    return User.create(username="sara", full_name="Sara Ahmadi")


def national_code(first9: str) -> str:
    """A personal national code with the right check digit after ``first9``."""
    r = sum(int(d) * (10 - i) for i, d in enumerate(first9)) % 11
    return first9 + str(r if r < 2 else 11 - r)


def company_national_id(first10: str) -> str:
    """An 11-digit company national ID with the right check digit after ``first10``."""
    d = int(first10[9]) + 2
    weights = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
    s = sum((int(first10[i]) + d) * w for i, w in enumerate(weights)) % 11
    return first10 + str(0 if s == 10 else s)

"""Bulk-write helpers (db/bulk.py)."""

from __future__ import annotations

import uuid

from crm_desktop.db import bulk


def test_new_uid_is_a_random_version_4_uuid():
    seen = {bulk.new_uid() for _ in range(2000)}
    assert len(seen) == 2000
    for text in list(seen)[:200]:
        value = uuid.UUID(text)
        assert (value.version, value.variant, value.hex) == (4, uuid.RFC_4122, text)


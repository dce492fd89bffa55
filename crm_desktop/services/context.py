"""Who is acting: the user every write is attributed to (audit rows, ``created_by``).

The app sets the signed-in user once (:func:`set_current_user`); code can act as someone else
for a block with :func:`acting_as`. The process-wide default is visible from worker threads,
which start with an empty context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_default_user_id: int | None = None
_override: ContextVar[int | None] = ContextVar("crm_acting_user", default=None)


def set_current_user(user_id: int | None) -> None:
    global _default_user_id
    _default_user_id = user_id


def current_user_id() -> int | None:
    return _override.get() or _default_user_id


@contextmanager
def acting_as(user_id: int | None) -> Iterator[None]:
    token = _override.set(user_id)
    try:
        yield
    finally:
        _override.reset(token)

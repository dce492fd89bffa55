"""Errors services raise for bad input: what is wrong, and where (which field)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText, UserError


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field (``points.2`` = the third contact point)."""

    field: str
    text: TranslatableText
    params: dict[str, Any] = field(default_factory=dict)


class ValidationError(UserError):
    """The input was refused; nothing was written. ``errors`` says what and where."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        if len(self.errors) == 1:
            super().__init__(first.text, **first.params)
        else:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "{count} fields need attention."),
                             count=len(self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


ENTITY_NAMES = {
    "contact": QT_TRANSLATE_NOOP("Entities", "person"),
    "organization": QT_TRANSLATE_NOOP("Entities", "company"),
    "note": QT_TRANSLATE_NOOP("Entities", "note"),
    "tag": QT_TRANSLATE_NOOP("Entities", "tag"),
    "app_user": QT_TRANSLATE_NOOP("Entities", "user"),
}


#: what a chosen record is, inside "The chosen {what} no longer exists" (a word in the user's language)
RECORD_WORDS = {
    "person": QT_TRANSLATE_NOOP("Entities", "person"),
    "company": QT_TRANSLATE_NOOP("Entities", "company"),
    "owner": QT_TRANSLATE_NOOP("Entities", "owner"),
    "source": QT_TRANSLATE_NOOP("Entities", "source"),
    "deal": QT_TRANSLATE_NOOP("Entities", "deal"),
    "case": QT_TRANSLATE_NOOP("Entities", "case"),
    "activity": QT_TRANSLATE_NOOP("Entities", "activity"),
    "category": QT_TRANSLATE_NOOP("Entities", "category"),
    "subcategory": QT_TRANSLATE_NOOP("Entities", "subcategory"),
    "team": QT_TRANSLATE_NOOP("Entities", "team"),
    "pipeline": QT_TRANSLATE_NOOP("Entities", "pipeline"),
    "stage": QT_TRANSLATE_NOOP("Entities", "stage"),
    "lost reason": QT_TRANSLATE_NOOP("Entities", "lost reason"),
    "lead": QT_TRANSLATE_NOOP("Entities", "lead"),
}


def record_word(what: str) -> TranslatableText | str:
    """The translatable word for a kind of record named in a message (itself when unknown)."""
    return RECORD_WORDS.get(what, what)


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted by someone else meanwhile)."""

    def __init__(self, entity: str, record_id: int | str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The {entity} with number {id} no longer exists."),
                         entity=ENTITY_NAMES.get(entity, entity), id=record_id)

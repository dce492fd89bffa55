"""The knowledge bank: questions customers ask and the office's answers to them, searched by staff
(the shared Persian-aware search), suggested on a case from its category and text, and counted each
time one is used on a case."""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from crm_desktop.db.models.case_setup import CaseCategory
from crm_desktop.db.models.record import Record
from crm_desktop.text.normalize import normalize_text


class KnowledgeArticle(Record):
    question = CharField(max_length=300)
    answer = TextField()
    category = ForeignKeyField(CaseCategory, null=True, backref="articles", on_delete="SET NULL")
    tags = CharField(max_length=300, default="")  # comma separated
    question_norm = CharField(max_length=300, default="", index=True)
    use_count = IntegerField(default=0)
    is_published = BooleanField(default=True)

    derived_fields = ("question_norm",)

    def refresh_derived(self) -> None:
        self.question_norm = normalize_text(self.question)

    @property
    def display_name(self) -> str:
        return self.question


__all__ = ["KnowledgeArticle"]

"""Base classes every table derives from.

``SyncedModel`` is a business record as DESIGN.md defines it: an integer key for joins, a
globally unique ``uid`` so an office database and a laptop database can later be merged without
id clashes, ``created_at``/``updated_at`` and a soft-delete mark (``deleted_at``) so deletes can
be reviewed and undone. ``created_by`` is added by :class:`crm_desktop.db.models.record.Record`
(it needs the User table).
"""

from __future__ import annotations

import uuid

from peewee import AutoField, DatabaseProxy, Model, UUIDField

from crm_desktop.db.fields import UtcDateTimeField, utcnow

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    id = AutoField()
    uid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow, index=True)
    deleted_at = UtcDateTimeField(null=True)

    @classmethod
    def alive(cls, *fields):
        """Rows not soft-deleted."""
        return cls.select(*fields).where(cls.deleted_at.is_null())

    #: names of shadow columns that refresh_derived() fills
    derived_fields: tuple[str, ...] = ()

    def refresh_derived(self) -> None:
        """Recompute stored shadow columns (normalised search text, sort keys)."""

    def save(self, force_insert: bool = False, only=None):
        self.refresh_derived()
        for name in self.derived_fields:  # a shadow column never makes a valid record unstorable
            limit = getattr(self._meta.fields[name], "max_length", None)
            value = getattr(self, name)
            if limit and isinstance(value, str) and len(value) > limit:
                setattr(self, name, value[:limit])
        if self.id is not None and not force_insert:
            self.updated_at = utcnow()
            if only is not None:
                extra = ["updated_at", *self.derived_fields]
                only = list(only) + [type(self)._meta.fields[name] for name in extra]
        return super().save(force_insert=force_insert, only=only)

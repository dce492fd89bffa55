"""The tables. Import models from their modules; ALL_MODELS lists them in dependency order."""

from crm_desktop.db.models.audit import AuditLog
from crm_desktop.db.models.imports import ImportBatch, ImportChange
from crm_desktop.db.models.merges import MergeRecord, NotDuplicate
from crm_desktop.db.models.notes import Note
from crm_desktop.db.models.people import Contact, ContactPoint, Organization
from crm_desktop.db.models.settings import Setting
from crm_desktop.db.models.tags import Tag, Tagging
from crm_desktop.db.models.users import User

ALL_MODELS = (User, Setting, AuditLog, Organization, Contact, ContactPoint, Tag, Tagging, Note, MergeRecord,
              NotDuplicate, ImportBatch, ImportChange)

__all__ = ["ALL_MODELS", "AuditLog", "Contact", "ContactPoint", "ImportBatch", "ImportChange", "MergeRecord", "Note", "NotDuplicate",
           "Organization", "Setting", "Tag", "Tagging", "User"]

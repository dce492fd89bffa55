"""Words for the codes stored in the database (actions, record kinds, fields, stages, ...).

Marked for translation here, below the UI, so the CLI, the timeline and the screens all use the
same words; look them up with :func:`label` (translated into the current language).
"""

from __future__ import annotations

from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

ACTIONS: dict[str, TranslatableText] = {
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("Labels", "Restored"),
    "merge": QT_TRANSLATE_NOOP("Labels", "Merged"),
    "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
    "undo": QT_TRANSLATE_NOOP("Labels", "Undone"),
}

ENTITIES: dict[str, TranslatableText] = {
    "contact": QT_TRANSLATE_NOOP("Labels", "Person"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Company"),
    "contact_point": QT_TRANSLATE_NOOP("Labels", "Contact detail"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tag"),
    "tagging": QT_TRANSLATE_NOOP("Labels", "Tag on a record"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
    "app_user": QT_TRANSLATE_NOOP("Labels", "User"),
    "demo": QT_TRANSLATE_NOOP("Labels", "Demo data"),
    "import_batch": QT_TRANSLATE_NOOP("Labels", "Import"),
}

FIELDS: dict[str, TranslatableText] = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "national_code": QT_TRANSLATE_NOOP("Labels", "National code"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Birth date"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Company"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "province": QT_TRANSLATE_NOOP("Labels", "Province"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "national_id": QT_TRANSLATE_NOOP("Labels", "National ID"),
    "economic_code": QT_TRANSLATE_NOOP("Labels", "Economic code"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "label": QT_TRANSLATE_NOOP("Labels", "Label"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "is_primary": QT_TRANSLATE_NOOP("Labels", "Primary"),
    "body": QT_TRANSLATE_NOOP("Labels", "Text"),
    "pinned": QT_TRANSLATE_NOOP("Labels", "Pinned"),
    "deleted_at": QT_TRANSLATE_NOOP("Labels", "Deleted"),
    "username": QT_TRANSLATE_NOOP("Labels", "User name"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "display_name": QT_TRANSLATE_NOOP("Labels", "Full name or company name"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "is_active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "key": QT_TRANSLATE_NOOP("Labels", "Key"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tag"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Person"),
    "last_interaction_at": QT_TRANSLATE_NOOP("Labels", "Last interaction"),
    "color": QT_TRANSLATE_NOOP("Labels", "Colour"),
    # columns of the Excel/CSV exports (the import recognises the same words)
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "code": QT_TRANSLATE_NOOP("Labels", "Customer code"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "created_at": QT_TRANSLATE_NOOP("Labels", "Added"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Last changed"),
    "created_by": QT_TRANSLATE_NOOP("Labels", "Added by"),
    "uid": QT_TRANSLATE_NOOP("Labels", "Record ID"),
    "record_type": QT_TRANSLATE_NOOP("Labels", "Record type"),
    "record_id": QT_TRANSLATE_NOOP("Labels", "Record number"),
    "people": QT_TRANSLATE_NOOP("Labels", "People"),
    "companies": QT_TRANSLATE_NOOP("Labels", "Companies"),
}

STAGES: dict[str, TranslatableText] = {
    "lead": QT_TRANSLATE_NOOP("Stages", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("Stages", "Prospect"),
    "opportunity": QT_TRANSLATE_NOOP("Stages", "Opportunity"),
    "customer": QT_TRANSLATE_NOOP("Stages", "Customer"),
    "inactive": QT_TRANSLATE_NOOP("Stages", "Inactive"),
}

GENDERS: dict[str, TranslatableText] = {
    "": QT_TRANSLATE_NOOP("Labels", "Not set"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
}

POINT_KINDS: dict[str, TranslatableText] = {
    "mobile": QT_TRANSLATE_NOOP("PointKinds", "Mobile"),
    "phone": QT_TRANSLATE_NOOP("PointKinds", "Phone"),
    "fax": QT_TRANSLATE_NOOP("PointKinds", "Fax"),
    "email": QT_TRANSLATE_NOOP("PointKinds", "Email"),
    "address": QT_TRANSLATE_NOOP("PointKinds", "Address"),
    "website": QT_TRANSLATE_NOOP("PointKinds", "Website"),
    "telegram": QT_TRANSLATE_NOOP("PointKinds", "Telegram"),
    "whatsapp": QT_TRANSLATE_NOOP("PointKinds", "WhatsApp"),
    "instagram": QT_TRANSLATE_NOOP("PointKinds", "Instagram"),
    "linkedin": QT_TRANSLATE_NOOP("PointKinds", "LinkedIn"),
    "other": QT_TRANSLATE_NOOP("PointKinds", "Other"),
}


def codes(table: dict[str, TranslatableText]) -> list[str]:
    """The stored codes of a table, in their display order (for pickers and filters)."""
    return list(table)


def label(table: dict[str, TranslatableText], code: str) -> str:
    """The word for ``code`` in the current language (the code itself when unknown)."""
    text = table.get(code)
    return render(text) if text is not None else code

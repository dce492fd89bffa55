"""What a new office's complaint queue starts with: categories in the office's language, an SLA
policy per priority and the customer message templates (Persian and English). Each is made only
when its table never had a row, so an office that deleted them is left as it chose.

Made when the queue is first used (its page or settings shown, a case recorded, the demo), not
when a database is opened: by then the office's (or the user's) language is known, so a Persian
office on an English Windows still gets Persian categories."""

from __future__ import annotations

from crm_desktop.db.base import database
from crm_desktop.services.cases import categories, sla, templates
from crm_desktop.services.cases.work_calendar import office_language


def ensure_defaults(language: str | None = None) -> None:
    language = language or office_language()
    with database.atomic():
        categories.ensure_default_categories(language)
        sla.ensure_default_policies(language)
        templates.ensure_default_templates()

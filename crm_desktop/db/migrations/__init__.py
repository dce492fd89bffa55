"""Schema migrations, oldest first. Append new ones; never edit a released one."""

from crm_desktop.db.migrations import (
    v0001_core, v0002_office_settings_unique, v0003_customer_360, v0004_imports,
    v0005_funnel, v0006_cases, v0007_activities,
)
from crm_desktop.db.migrations.runner import Migration

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables: users, settings, audit, organizations, contacts, points, tags, notes",
              v0001_core.apply),
    Migration(2, "one office-wide value per setting key", v0002_office_settings_unique.apply),
    Migration(3, "customer 360: search index, merge history, list indexes", v0003_customer_360.apply),
    Migration(4, "imports: import history and undo, customer codes", v0004_imports.apply),
    Migration(5, "sales funnel: leads, sources, qualification, pipelines, deals, stage log, teams, targets",
              v0005_funnel.apply),
    Migration(6, "complaint queue: cases, history, attachments, categories, SLA, routing, knowledge bank, outbox",
              v0006_cases.apply),
    Migration(7, "activities, calendar and reminders: calls, meetings, tasks, messages, recurrence",
              v0007_activities.apply),
)

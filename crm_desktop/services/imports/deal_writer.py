"""Writing deal rows: find each row's customer (a person by phone, email or name; a company by
name), add the ones that are not there yet, then the deals in bulk with their stage log.

A deal's log is what a sheet can tell: it came into its stage when it was opened; a won or lost
deal came into the first open stage when opened and into its end when closed. An import never
updates existing deals (a stage change is a logged move, made on the board): a row with the same
title and customer as a stored deal is skipped as a duplicate, or added anyway.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from crm_desktop.db import bulk
from crm_desktop.db.base import database
from crm_desktop.db.fields import to_utc_text
from crm_desktop.db.models import Deal, DealStageChange
from crm_desktop.db.models.people import PHONE_KINDS
from crm_desktop.services.funnel import choices
from crm_desktop.services.imports.deal_rows import customer_name
from crm_desktop.services.imports.row_parser import ParsedRow
from crm_desktop.text.normalize import normalize_text

if TYPE_CHECKING:
    from crm_desktop.services.imports.record_writer import RecordWriter

DEAL_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "title", "title_norm", "contact",
                "organization", "pipeline", "stage", "status", "amount", "expected_close", "probability", "owner",
                "source", "products", "next_activity", "stage_entered_at", "closed_at", "lost_reason", "lost_note",
                "notes")
CHANGE_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "deal", "from_stage", "to_stage", "at", "by")


def _noon(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc) if day else None


class DealWriter:
    def __init__(self, records: RecordWriter, stages) -> None:
        self.records = records
        self.stages = stages  # deal_rows.StageTable
        self.reasons: dict[str, int] = {}

    # -- customers ------------------------------------------------------------------------------
    def _contacts_by_point(self, rows: list[ParsedRow]) -> dict[str, int]:
        wanted = sorted({norm for row in rows for kind, _, norm in row.points if norm})
        found: dict[str, int] = {}
        db = database.obj
        kinds = [*PHONE_KINDS, "email"]
        for start in range(0, len(wanted), 900):
            part = wanted[start:start + 900]
            marks, kind_marks = ", ".join([db.param] * len(part)), ", ".join([db.param] * len(kinds))
            sql = ('SELECT p."value_norm", p."contact_id" FROM "contact_point" p JOIN "contact" c ON c."id" = '
                   f'p."contact_id" WHERE p."deleted_at" IS NULL AND c."deleted_at" IS NULL AND p."kind" IN '
                   f'({kind_marks}) AND p."value_norm" IN ({marks}) ORDER BY p."contact_id"')
            for norm, contact_id in db.execute_sql(sql, [*kinds, *part]).fetchall():
                found.setdefault(norm, contact_id)
        return found

    def _contacts_by_name(self, names: list[str]) -> dict[str, tuple[int, int | None]]:
        found: dict[str, tuple[int, int | None]] = {}
        db = database.obj
        for start in range(0, len(names), 900):
            part = names[start:start + 900]
            sql = (f'SELECT "name_norm", "id", "organization_id" FROM "contact" WHERE "deleted_at" IS NULL AND '
                   f'"name_norm" IN ({", ".join([db.param] * len(part))}) ORDER BY "id"')
            for norm, contact_id, org_id in db.execute_sql(sql, part).fetchall():
                found.setdefault(norm, (contact_id, org_id))
        return found

    def _customers(self, rows: list[ParsedRow]) -> list[tuple[int | None, int | None]]:
        """(person id, company id) per row, adding the people and companies not there yet."""
        records = self.records
        records._resolve_companies(rows)  # companies by name, made when missing
        by_point = self._contacts_by_point(rows)
        names = {normalize_text(customer_name(row)) for row in rows if row.values.get("first_name")
                 or row.values.get("last_name")}
        by_name = self._contacts_by_name(sorted(names))
        found: list[tuple[int | None, int | None]] = []
        missing: list[ParsedRow] = []
        for row in rows:
            company = records.companies.get(records._norm(row.company["name"])) if row.company.get("name") else None
            contact = next((by_point[norm] for _, _, norm in row.points if norm in by_point), None)
            if contact is None and (row.values.get("first_name") or row.values.get("last_name")):
                contact, company_of = by_name.get(normalize_text(customer_name(row)), (None, None))
                company = company or company_of
                if contact is None:
                    missing.append(row)
            found.append((contact, company))
        if missing:
            for row in missing:  # a new customer of a won deal is a customer, of an open one an opportunity
                won = self.stages.kinds[row.values["stage_id"]] == "won"
                row.values["lifecycle_stage"] = "customer" if won else "opportunity"
            made = dict(zip((id(row) for row in missing), records._insert_people(missing)))
            found = [(made.get(id(row), contact), company) for row, (contact, company) in zip(rows, found)]
        return found

    # -- deals ----------------------------------------------------------------------------------
    def _reason_id(self, name: str) -> int | None:
        if not name:
            return None
        key = normalize_text(name)
        if key not in self.reasons:
            found = choices.find_choice("lost_reason", name)
            self.reasons[key] = found if found is not None else choices.add_choice("lost_reason", name[:150]).id
        return self.reasons[key]

    def insert(self, rows: list[ParsedRow]) -> None:
        if not rows:
            return
        records = self.records
        customers = self._customers(rows)
        ids = records._reserve("deal", len(rows))
        out, log = [], []
        now = records.stamp
        for deal_id, row, (contact, company) in zip(ids, rows, customers):
            v = row.values
            stage = v["stage_id"]
            kind = self.stages.kinds[stage]
            opened = _noon(v.get("deal_date")) or _noon(v.get("closed_on"))
            closed = (_noon(v.get("closed_on")) or opened) if kind != "open" else None
            opened_text = to_utc_text(opened) if opened else now
            closed_text = to_utc_text(closed) if closed else (now if kind != "open" else None)
            entered = closed_text if kind != "open" else opened_text
            title = v["title"]
            uid, _, updated, user = records._meta()
            out.append((deal_id, uid, opened_text, updated, user, title, normalize_text(title)[:200], contact, company,
                        self.stages.pipeline_id, stage, kind, v.get("amount", 0), v.get("expected_close"),
                        v.get("probability"), row.owner_id or records.user, records._source_id(v.get("source", "")),
                        v.get("products", "")[:300], "", entered, closed_text,
                        self._reason_id(v.get("lost_reason", "")) if kind == "lost" else None, "",
                        v.get("notes", "")))
            if kind == "open":
                log.append((deal_id, None, stage, opened_text))
            else:
                log.append((deal_id, None, self.stages.first_open, opened_text))
                log.append((deal_id, self.stages.first_open, stage, closed_text))
        bulk.insert_rows(Deal, DEAL_COLUMNS, out)
        change_ids = records._reserve("deal_stage_change", len(log))
        bulk.insert_rows(DealStageChange, CHANGE_COLUMNS, (
            (change_id, *records._meta(), deal_id, from_stage, to_stage, at, records.user)
            for change_id, (deal_id, from_stage, to_stage, at) in zip(change_ids, log)))

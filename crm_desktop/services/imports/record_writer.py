"""Writing checked rows: new people and companies in bulk (ids reserved per chunk, recorded as
ranges on the batch), updates one record at a time with their before/after values.

Points (phones, emails, ...) and tags are added, never removed: an update only adds what the file
has and the record lacks, and only overwrites fields the file fills.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from crm_desktop.db import bulk, search_index
from crm_desktop.db.fields import to_utc_text, utcnow
from crm_desktop.db.models import (Contact, ContactPoint, Deal, DealStageChange, ImportBatch, ImportChange, Lead,
                                   Organization, Tag, Tagging)
from crm_desktop.db.models.people import person_name
from crm_desktop.services import audit, search_documents, tags
from crm_desktop.services.funnel import choices
from crm_desktop.services.context import current_user_id
from crm_desktop.services.imports.deal_writer import DealWriter
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.row_parser import ParsedRow
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.normalize import normalize_text

CONTACT_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "name_norm",
                   "sort_key", "code", "gender", "national_code", "birth_date", "job_title", "organization", "owner",
                   "source", "lifecycle_stage", "city", "province", "notes")
ORG_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "name", "name_norm", "sort_key", "code",
               "industry", "website", "city", "province", "national_id", "economic_code", "owner", "notes")
POINT_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "contact", "organization", "kind", "label",
                 "value", "value_norm", "is_primary")
LEAD_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "first_name", "last_name", "company_name",
                "name_norm", "phone", "phone_norm", "email", "email_norm", "city", "industry", "source", "campaign",
                "interest", "owner", "status", "disqualify_reason", "notes")
LEAD_FIELDS = frozenset({"first_name", "last_name", "company_name", "city", "industry", "campaign", "interest",
                         "status", "disqualify_reason", "notes"})
TAGGING_COLUMNS = ("id", "uid", "created_at", "updated_at", "created_by", "tag", "contact", "organization")
CONTACT_FIELDS = frozenset(CONTACT_COLUMNS[5:]) - {"name_norm", "sort_key", "organization", "owner"}
ORG_FIELDS = frozenset(ORG_COLUMNS[5:]) - {"name_norm", "sort_key", "owner"}
TABLES = {"contact": Contact, "organization": Organization, "contact_point": ContactPoint, "tagging": Tagging,
          "lead": Lead, "deal": Deal, "deal_stage_change": DealStageChange}


_uid = bulk.new_uid


def _point_pairs(row: ParsedRow) -> list[tuple[str, str]]:
    return list(dict.fromkeys((kind, norm[:300]) for kind, _, norm in row.points))


class RecordWriter:
    def __init__(self, mapping: ImportMapping, batch: ImportBatch, deal_stages=None) -> None:
        self.mapping = mapping
        self.batch = batch
        self.user = current_user_id()
        self.stamp = to_utc_text(utcnow())
        self.ranges: dict[str, list[list[int]]] = {name: [] for name in TABLES}
        self.updated: dict[str, list[int]] = {"contact": [], "organization": [], "lead": []}
        self.sources: dict[str, int | None] = {}  # a lead source's name (normalised) -> its id
        self.companies: dict[str, int] = {}  # name_norm -> id (found or created by this import)
        self.companies_created = 0
        self.named_only: set[int] = set()  # companies made from a person's company name (no details yet)
        self.tag_ids: dict[str, int] = {}
        self.created_tags: list[int] = []
        self.batch_tag = normalize_text(mapping.tag) if mapping.tag.strip() else ""
        self._points: list[tuple] = []
        self._taggings: list[tuple] = []
        self._norms: dict[str, str] = {}
        self.deals = DealWriter(self, deal_stages) if deal_stages is not None else None
        self.documents: dict[str, list[tuple[int, str]]] = {"contact": [], "organization": []}  # of new records

    # -- bookkeeping ----------------------------------------------------------------------------
    def _reserve(self, table: str, count: int) -> range:
        ids = bulk.reserve_ids(TABLES[table], count)
        if count:
            spans = self.ranges[table]
            if spans and spans[-1][1] + 1 == ids.start:
                spans[-1][1] = ids.stop - 1
            else:
                spans.append([ids.start, ids.stop - 1])
        return ids

    def created_ranges(self) -> dict[str, Any]:
        return {**{k: v for k, v in self.ranges.items() if v}, "tag_ids": self.created_tags}

    def _ids(self, table: str) -> list[int]:
        return [i for first, last in self.ranges[table] for i in range(first, last + 1)]

    def index(self) -> None:
        """Fill the search index: new records from what was written (no reading back), updated
        ones (and the people of updated companies) from the database."""
        search_index.add("organization", self.documents["organization"])
        search_index.add("contact", self.documents["contact"])
        search_documents.refresh_contacts(self.updated["contact"])
        search_documents.refresh_organizations(self.updated["organization"], with_people=True)

    def _meta(self) -> tuple:
        return (_uid(), self.stamp, self.stamp, self.user)

    def _norm(self, text: str) -> str:
        """normalize_text, remembered (company and tag names repeat across thousands of rows)."""
        found = self._norms.get(text)
        if found is None:
            found = self._norms[text] = normalize_text(text)
        return found

    # -- tags -----------------------------------------------------------------------------------
    def _tag_id(self, name: str) -> int:
        norm = self._norm(name)
        found = self.tag_ids.get(norm)
        if found is None:
            existed = Tag.select(Tag.id).where(Tag.name_norm == norm).exists()
            found = tags.get_or_create_tag(name[:100]).id
            if not existed:
                self.created_tags.append(found)
            self.tag_ids[norm] = found
        return found

    def _row_tags(self, row: ParsedRow) -> list[int]:
        names = [*row.tags, self.mapping.tag] if self.batch_tag else row.tags
        return list(dict.fromkeys(self._tag_id(name) for name in names if name.strip()))

    # -- companies of people ----------------------------------------------------------------------
    def _resolve_companies(self, rows: list[ParsedRow]) -> None:
        wanted = {self._norm(r.company["name"]): r for r in rows
                  if r.kind in ("person", "deal") and r.company.get("name")}
        unknown = [n for n in wanted if n not in self.companies]
        if not unknown:
            return
        query = (Organization.select(Organization.id, Organization.name_norm)
                 .where(Organization.deleted_at.is_null() & Organization.name_norm.in_(unknown))
                 .order_by(Organization.id))
        for org_id, norm in query.tuples():
            self.companies.setdefault(norm, org_id)
        missing = [n for n in unknown if n not in self.companies]
        ids = self._reserve("organization", len(missing))
        org_rows = []
        for org_id, norm in zip(ids, missing):
            row = wanted[norm]
            company = row.company
            name = company["name"]
            org_rows.append((org_id, *self._meta(), name, norm, persian_sort_key(name), "",
                             company.get("industry", ""), "", "", "", company.get("national_id", ""),
                             company.get("economic_code", ""), row.owner_id or self.user, ""))
            self.companies[norm] = org_id
            self.named_only.add(org_id)
            self.documents["organization"].append((org_id, search_documents.organization_document(
                name, company.get("national_id", ""), company.get("economic_code", ""), "", ())))
        bulk.insert_rows(Organization, ORG_COLUMNS, org_rows)
        self.companies_created += len(org_rows)

    # -- new records ----------------------------------------------------------------------------
    def write(self, pairs: list[tuple[ParsedRow, Any]]) -> None:
        rows = [row for row, _ in pairs]
        people = [row for row, o in pairs if o.action == "new" and row.kind == "person"]
        companies = [row for row, o in pairs if o.action == "new" and row.kind == "company"]
        self._insert_companies(companies)  # first: people of this chunk may work there
        self._resolve_companies(rows)
        self._insert_people(people)
        self._insert_leads([row for row, o in pairs if o.action == "new" and row.kind == "lead"])
        if self.deals is not None:
            self.deals.insert([row for row, o in pairs if o.action == "new" and row.kind == "deal"])
        for row, outcome in pairs:
            if outcome.action == "update":
                if row.kind == "lead":
                    self._update_lead(row, outcome.record_id)
                else:
                    self._update(row, outcome.record_id)
        self._flush_links()

    def _insert_people(self, rows: list[ParsedRow]) -> range:
        ids = self._reserve("contact", len(rows))
        stage_default = "lead"
        out = []
        for contact_id, row in zip(ids, rows):
            v = row.values
            first, last = v.get("first_name", ""), v.get("last_name", "")
            name = person_name(first, last)
            name_norm = normalize_text(name)
            company = self._norm(row.company["name"]) if row.company.get("name") else ""
            birth = v.get("birth_date")
            out.append((contact_id, *self._meta(), first, last, name_norm, persian_sort_key(name),
                        v.get("code", ""), v.get("gender", ""), v.get("national_code", ""),
                        birth.isoformat() if birth else None, v.get("job_title", ""),
                        self.companies.get(company) if company else None, row.owner_id or self.user,
                        v.get("source", ""), v.get("lifecycle_stage") or stage_default, v.get("city", ""),
                        v.get("province", ""), v.get("notes", "")))
            self._add_links(row, contact_id, None, {})
            self.documents["contact"].append((contact_id, search_documents.normalized_contact_document(
                name_norm, company, v.get("national_code", ""), _point_pairs(row))))
        bulk.insert_rows(Contact, CONTACT_COLUMNS, out)
        return ids

    def _insert_companies(self, rows: list[ParsedRow]) -> None:
        ids = self._reserve("organization", len(rows))
        out = []
        for org_id, row in zip(ids, rows):
            v = row.values
            name = v["name"]
            out.append((org_id, *self._meta(), name, normalize_text(name), persian_sort_key(name), v.get("code", ""),
                        v.get("industry", ""), v.get("website", ""), v.get("city", ""), v.get("province", ""),
                        v.get("national_id", ""), v.get("economic_code", ""), row.owner_id or self.user,
                        v.get("notes", "")))
            self.companies.setdefault(normalize_text(name), org_id)
            self._add_links(row, None, org_id, {})
            self.documents["organization"].append((org_id, search_documents.organization_document(
                name, v.get("national_id", ""), v.get("economic_code", ""), v.get("website", ""), _point_pairs(row))))
        bulk.insert_rows(Organization, ORG_COLUMNS, out)

    # -- leads ----------------------------------------------------------------------------------
    def _source_id(self, name: str) -> int | None:
        """The lead source called ``name`` (ي/ك and case folded), added to the office's list when new."""
        if not name.strip():
            return None
        key = self._norm(name)
        if key not in self.sources:
            found = choices.find_choice("source", name)
            self.sources[key] = found if found is not None else choices.add_choice("source", name[:100]).id
        return self.sources[key]

    @staticmethod
    def _lead_reach(row: ParsedRow) -> tuple[str, str, str, str]:
        phone = next(((shown, norm) for kind, shown, norm in row.points if kind != "email"), ("", ""))
        email = next(((shown, norm) for kind, shown, norm in row.points if kind == "email"), ("", ""))
        return phone[0][:40], phone[1][:40], email[0][:254], email[1][:254]

    def _insert_leads(self, rows: list[ParsedRow]) -> None:
        ids = self._reserve("lead", len(rows))
        out = []
        for lead_id, row in zip(ids, rows):
            v = row.values
            day = v.get("lead_date")
            created = to_utc_text(dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc)) if day else self.stamp
            first, last, company = v.get("first_name", ""), v.get("last_name", ""), v.get("company_name", "")
            norm = normalize_text(" ".join(p for p in (person_name(first, last), company) if p))
            status = v.get("status") or "new"
            out.append((lead_id, _uid(), created, self.stamp, self.user, first, last, company, norm[:450],
                        *self._lead_reach(row), v.get("city", ""), v.get("industry", ""),
                        self._source_id(v.get("source", "")), v.get("campaign", ""), v.get("interest", ""),
                        row.owner_id or self.user, status,
                        v.get("disqualify_reason", "")[:300] if status == "disqualified" else "", v.get("notes", "")))
        bulk.insert_rows(Lead, LEAD_COLUMNS, out)

    def _update_lead(self, row: ParsedRow, record_id: int) -> None:
        lead = Lead.get_by_id(record_id)
        before = audit.snapshot(lead)
        for key, value in row.values.items():
            if key in LEAD_FIELDS and value not in (None, ""):
                setattr(lead, key, value)
        phone, phone_norm, email, email_norm = self._lead_reach(row)
        if phone and not lead.phone:
            lead.phone, lead.phone_norm = phone, phone_norm
        if email and not lead.email:
            lead.email, lead.email_norm = email, email_norm
        if row.values.get("source"):
            lead.source = self._source_id(row.values["source"])
        if row.owner_id is not None:
            lead.owner = row.owner_id
        changes = audit.diff(before, audit.snapshot(lead))
        if changes:
            lead.save()
            audit.record_update(lead, before)
            ImportChange.create(batch=self.batch.id, entity="lead", record_id=record_id,
                                changes=json.dumps(changes, ensure_ascii=False))
            self.updated["lead"].append(record_id)

    def _add_links(self, row: ParsedRow, contact_id: int | None, org_id: int | None,
                   existing: dict[tuple[str, str], bool], has_kind: set[str] | None = None,
                   existing_tags: set[int] | None = None) -> bool:
        """Queue the row's points and tags for the record; True when something is new."""
        primary_taken = set(has_kind or ())
        added = False
        for kind, shown, norm in row.points:
            if (kind, norm) in existing:
                continue
            existing[(kind, norm)] = True
            self._points.append((contact_id, org_id, kind, "", shown, norm[:300], kind not in primary_taken))
            primary_taken.add(kind)
            added = True
        for tag_id in self._row_tags(row):
            if existing_tags is not None and tag_id in existing_tags:
                continue
            self._taggings.append((tag_id, contact_id, org_id))
            added = True
        return added

    def _flush_links(self) -> None:
        ids = self._reserve("contact_point", len(self._points))
        bulk.insert_rows(ContactPoint, POINT_COLUMNS,
                         ((point_id, *self._meta(), *point) for point_id, point in zip(ids, self._points)))
        ids = self._reserve("tagging", len(self._taggings))
        bulk.insert_rows(Tagging, TAGGING_COLUMNS,
                         ((tagging_id, *self._meta(), *link) for tagging_id, link in zip(ids, self._taggings)))
        self._points, self._taggings = [], []

    # -- updates --------------------------------------------------------------------------------
    def _update(self, row: ParsedRow, record_id: int) -> None:
        model, table = (Organization, "organization") if row.kind == "company" else (Contact, "contact")
        record = model.get_by_id(record_id)
        before = audit.snapshot(record)
        allowed = ORG_FIELDS if row.kind == "company" else CONTACT_FIELDS
        for key, value in row.values.items():
            if key in allowed and value not in (None, ""):
                setattr(record, key, value)
        if row.owner_id is not None:
            record.owner = row.owner_id
        if row.kind == "person" and row.company.get("name"):
            record.organization = self.companies.get(self._norm(row.company["name"]))
        changes = audit.diff(before, audit.snapshot(record))
        owner_field = ContactPoint.organization if row.kind == "company" else ContactPoint.contact
        points = (ContactPoint.select(ContactPoint.kind, ContactPoint.value_norm)
                  .where(ContactPoint.deleted_at.is_null() & (owner_field == record_id)).tuples())
        existing = {(kind, norm): True for kind, norm in points}
        tag_field = Tagging.organization if row.kind == "company" else Tagging.contact
        have_tags = {t for (t,) in Tagging.select(Tagging.tag).where(tag_field == record_id).tuples()}
        ids = (None, record_id) if row.kind == "company" else (record_id, None)
        linked = self._add_links(row, *ids, existing, {kind for kind, _ in existing}, have_tags)
        if changes or linked:
            record.updated_at = utcnow()
            record.save()
            if changes:
                audit.record_update(record, before)
                ImportChange.create(batch=self.batch.id, entity=table, record_id=record_id,
                                    changes=json.dumps(changes, ensure_ascii=False))
            self.updated[table].append(record_id)

    def close(self) -> None:
        for model in (Organization, Contact, ContactPoint, Tagging, Lead, Deal, DealStageChange):
            bulk.sync_sequence(model)

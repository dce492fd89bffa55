"""Run an import: read the sheet, check every row, match duplicates, and write — all in one
transaction (it all lands or nothing does), or, as a dry run, only count what would happen.

Per chunk of rows: parse (``row_parser``), look the chunk's keys up (``matcher``), decide each
row (new / update / duplicate / invalid), then write new records with ``executemany`` into id
ranges reserved for the batch, and updates one record at a time with their before/after values
(``ImportChange``) so the batch can be undone. The search index is filled once at the end.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import AuditLog, Contact, ImportBatch
from crm_desktop.services.context import current_user_id
from crm_desktop.services.imports.mapping import ImportMapping
from crm_desktop.services.imports.matcher import Matcher
from crm_desktop.services.imports.record_writer import RecordWriter
from crm_desktop.services.imports.row_parser import ParsedRow, RowParser
from crm_desktop.services.imports.source import Edits, data_rows, file_checksum, open_workbook
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

CHUNK = 1000
ALREADY_THERE = QT_TRANSLATE_NOOP("Import", "Already in the database as \u201c{name}\u201d (same {key}); skipped.")
SAME_AS_ROW = QT_TRANSLATE_NOOP("Import", "Same {key} as row {row} of this file; skipped.")
KEY_WORDS: dict[str, TranslatableText] = {
    "phone": QT_TRANSLATE_NOOP("Import", "phone number"),
    "email": QT_TRANSLATE_NOOP("Import", "email"),
    "national_code": QT_TRANSLATE_NOOP("Import", "national code"),
    "code": QT_TRANSLATE_NOOP("Import", "customer code"),
    "name": QT_TRANSLATE_NOOP("Import", "company name"),
    "deal": QT_TRANSLATE_NOOP("Import", "title and customer"),
}
ACTIONS = ("new", "update", "duplicate", "invalid")


@dataclass
class RowOutcome:
    """What happens (or happened) to one row, for the preview and the error workbook."""

    number: int
    action: str  # one of ACTIONS
    kind: str  # "person" / "company"
    name: str
    cells: list
    reasons: list[tuple[int, TranslatableText, dict[str, Any]]] = field(default_factory=list)
    record_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    points: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: int = 0  # data rows that were not blank
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    invalid: int = 0
    companies_created: int = 0
    dry_run: bool = True
    batch_id: int | None = None
    seconds: float = 0.0
    preview: list[RowOutcome] = field(default_factory=list)  # the first rows, whatever happened to them
    failed: list[RowOutcome] = field(default_factory=list)  # invalid and duplicate rows (error workbook)

    @property
    def written(self) -> int:
        return self.created + self.updated


def _decide(row: ParsedRow, matcher: Matcher, mapping: ImportMapping, names: dict[int, str]) -> RowOutcome:
    outcome = RowOutcome(row.number, "new", row.kind, row.display_name, row.cells, list(row.problems),
                         values=row.values, points=row.points)
    if row.problems:
        outcome.action = "invalid"
        return outcome
    match = matcher.match(row) if mapping.on_duplicate != "create" else None
    if match is None:
        matcher.remember(row)
        return outcome
    key = KEY_WORDS[match.key]
    if match.record_id is None:
        outcome.action = "duplicate"
        outcome.reasons.append((-1, SAME_AS_ROW, {"key": key, "row": match.earlier_row}))
        return outcome
    outcome.record_id = match.record_id
    earlier = matcher.claimed.get((row.kind, match.record_id))
    if earlier is not None:  # an earlier row of this file already updates that record
        outcome.action = "duplicate"
        outcome.reasons.append((-1, SAME_AS_ROW, {"key": key, "row": earlier}))
    elif mapping.on_duplicate == "update":
        outcome.action = "update"
        matcher.claimed[(row.kind, match.record_id)] = row.number
        matcher.remember(row)
    else:
        outcome.action = "duplicate"
        outcome.reasons.append((-1, ALREADY_THERE, {"name": names.get(match.record_id, ""), "key": key}))
    return outcome


def _names(kind: str, ids: list[int]) -> dict[int, str]:
    from crm_desktop.db.models import Organization
    from crm_desktop.db.models.people import person_name

    if not ids:
        return {}
    if kind == "company":
        return dict(Organization.select(Organization.id, Organization.name).where(Organization.id.in_(ids)).tuples())
    if kind == "deal":
        from crm_desktop.db.models import Deal

        return dict(Deal.select(Deal.id, Deal.title).where(Deal.id.in_(ids)).tuples())
    if kind == "lead":
        from crm_desktop.db.models import Lead

        query = Lead.select(Lead.id, Lead.first_name, Lead.last_name, Lead.company_name).where(Lead.id.in_(ids))
        return {i: person_name(f, last) or company for i, f, last, company in query.tuples()}
    query = Contact.select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(ids))
    return {i: person_name(f, last) for i, f, last in query.tuples()}


def run_import(path: str | Path, mapping: ImportMapping, *, sheet: str | int | None = None, dry_run: bool = False,
               edits: Edits | None = None, preview_rows: int = 0, today: dt.date | None = None,
               progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> ImportReport:
    """Import (or, with ``dry_run``, only check) the sheet; raises WorkbookError, MappingError or
    Cancelled — and then nothing was written."""
    started = time.perf_counter()
    mapping.check()
    path = Path(path)
    result = ImportReport(dry_run=dry_run)
    with open_workbook(path) as book, _frozen_as_we_go():
        info = book.default_sheet() if sheet is None else book.sheet(sheet)
        total = max(info.rows - mapping.header_row, 1)
        parser = RowParser(mapping, epoch_1904=book.epoch_1904, today=today)
        matcher = Matcher()
        with database.atomic() as transaction:
            writer = None if dry_run else RecordWriter(mapping, _new_batch(path, info.name, mapping),
                                                       parser.deal_stages)
            chunk: list[ParsedRow] = []
            done = 0
            for number, cells in data_rows(book, info, mapping.header_row, edits):
                done += 1
                row = parser.parse(number, cells)
                if row is not None:
                    chunk.append(row)
                if len(chunk) >= CHUNK:
                    _run_chunk(chunk, matcher, mapping, writer, result, preview_rows)
                    chunk = []
                    gc.freeze()
                    check(cancel)
                    report(progress, done, total)
            _run_chunk(chunk, matcher, mapping, writer, result, preview_rows)
            check(cancel)
            if writer is None:
                transaction.rollback()  # nothing was written; this also ends the read snapshot
            else:
                _finish(writer, result, path, info.name, mapping)
            report(progress, total, total)
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def _frozen_as_we_go() -> Iterator[None]:
    """Keep the cyclic garbage collector off what the import has built so far.

    The import keeps hundreds of thousands of small objects to the end (the matcher's keys, the
    rows kept for the report, the search documents). Left alone, the collector walks them again
    and again; each full pass is a 100 ms+ pause of every thread, the GUI's too. Switching it off
    instead only piles them up for one long pass at the end. So after each chunk ``gc.freeze()``
    moves everything that exists into the permanent generation, which passes skip; young objects
    are still collected as usual. At the end they go back to the oldest generation (no pass is
    forced). Nothing the import makes holds a reference cycle."""
    try:
        yield
    finally:
        gc.unfreeze()


def _run_chunk(chunk: list[ParsedRow], matcher: Matcher, mapping: ImportMapping, writer: RecordWriter | None,
               result: ImportReport, preview_rows: int) -> None:
    if not chunk:
        return
    matcher.load(row for row in chunk if row.valid)
    matched: dict[str, set[int]] = {"person": set(), "company": set(), "lead": set(), "deal": set()}
    for row in chunk:
        for key, value in row.keys:
            record_id = matcher.found.get((row.kind, key, value))
            if record_id is not None:
                matched[row.kind].add(record_id)
    names = {record_id: name for kind, ids in matched.items() for record_id, name in _names(kind, sorted(ids)).items()}
    outcomes = [_decide(row, matcher, mapping, names) for row in chunk]
    if writer is not None:
        for outcome in outcomes:  # a company row for a company this import made from a person's row
            if outcome.kind == "company" and outcome.action == "duplicate" and outcome.record_id in writer.named_only:
                writer.named_only.discard(outcome.record_id)
                outcome.action, outcome.reasons = "update", []
    result.rows += len(outcomes)
    for outcome in outcomes:
        if outcome.action == "invalid":
            result.invalid += 1
            result.failed.append(outcome)
        elif outcome.action == "duplicate":
            result.duplicates += 1
            result.failed.append(outcome)
        elif outcome.action == "update":
            result.updated += 1
        else:
            result.created += 1
        if len(result.preview) < preview_rows:
            result.preview.append(outcome)
    if writer is not None:
        rows = {row.number: row for row in chunk}
        writer.write([(rows[o.number], o) for o in outcomes if o.action in ("new", "update")])


def _new_batch(path: Path, sheet: str, mapping: ImportMapping) -> ImportBatch:
    return ImportBatch.create(entity=mapping.entity, file_name=path.name[:260], file_checksum=file_checksum(path),
                              sheet=sheet[:200], on_duplicate=mapping.on_duplicate,
                              mapping=json.dumps(mapping.to_json([]), ensure_ascii=False),
                              created_by=current_user_id())


def _finish(writer: RecordWriter, result: ImportReport, path: Path, sheet: str, mapping: ImportMapping) -> None:
    writer.close()
    batch = writer.batch
    result.companies_created = writer.companies_created
    batch.rows_total = result.rows
    batch.created_count, batch.updated_count = result.created, result.updated
    batch.skipped_count, batch.invalid_count = result.duplicates, result.invalid
    batch.created = json.dumps(writer.created_ranges())
    batch.updated_at = utcnow()
    batch.save()
    writer.index()
    AuditLog.create(user=current_user_id(), action="import", entity="import_batch", record_id=batch.id,
                    record_uid=batch.uid.hex if hasattr(batch.uid, "hex") else str(batch.uid),
                    summary=f"{path.name} [{sheet}]: {result.created} new, {result.updated} updated"[:300],
                    changes=json.dumps({"rows": result.rows, "created": result.created, "updated": result.updated,
                                        "duplicates": result.duplicates, "invalid": result.invalid,
                                        "companies_created": result.companies_created}))
    result.batch_id = batch.id


__all__ = ["ACTIONS", "ImportReport", "RowOutcome", "run_import"]

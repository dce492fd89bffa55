"""``crm-desktop import`` and ``crm-desktop imports``: bring a sheet in, list imports, undo one.

    crm-desktop import FILE [--sheet NAME|N] [--entity contacts|companies] [--mapping FILE]
                            [--header-row N] [--on-duplicate skip|update|create] [--dry-run]
                            [--errors OUT.xlsx] [--save-mapping FILE] [--db PATH|URL]
    crm-desktop imports [--undo ID] [--db PATH|URL]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from crm_desktop.cli_common import ROWS_PROGRESS, open_db, output_file, progress_printer
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

SUMMARY = QT_TRANSLATE_NOOP("Cli", "{rows} rows: {created} new, {updated} updated, {duplicates} duplicates skipped, "
                                   "{invalid} invalid.")
DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written.")
DONE = QT_TRANSLATE_NOOP("Cli", "Imported as import {batch} in {seconds} s (undo: crm-desktop imports --undo {batch}).")
ERRORS_SAVED = QT_TRANSLATE_NOOP("Cli", "{count} rows that were not imported are in {path}.")
ROW_PROBLEM = QT_TRANSLATE_NOOP("Cli", "row {row}: {reason}")


def register(commands) -> dict[str, Callable[[argparse.Namespace], int]]:
    imp = commands.add_parser("import", help="import people or companies from .xlsx/.xls/.ods/.csv")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--db", dest="sub_db", help="database file or URL")
    imp.add_argument("--sheet", help="sheet name or number (default: the first with data)")
    imp.add_argument("--entity", choices=("contacts", "companies", "leads", "deals"), default=None,
                     help="what the rows are (default contacts, or the mapping file's)")
    imp.add_argument("--mapping", metavar="FILE", help="JSON mapping of columns to fields")
    imp.add_argument("--header-row", type=int, default=None, help="row number of the header (0: none)")
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default=None,
                     help="rows matching a record: skip them (default), update it, or create anyway")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--errors", metavar="OUT.xlsx", help="write the rows not imported, with reasons")
    imp.add_argument("--save-mapping", metavar="FILE", help="write the mapping used as JSON (to edit and reuse)")
    history = commands.add_parser("imports", help="list imports, or undo one")
    history.add_argument("--db", dest="sub_db", help="database file or URL")
    history.add_argument("--undo", type=int, metavar="ID", help="undo this import")
    return {"import": cmd_import, "imports": cmd_imports}


def _sheet(value: str | None) -> str | int | None:
    return int(value) - 1 if value is not None and value.isdigit() else value


def _mapping(args: argparse.Namespace, view):
    from crm_desktop.services.imports import header_match, mapping

    entity = args.entity or "contacts"
    base = None
    if args.mapping:
        raw = Path(args.mapping).expanduser()
        data_entity = None
        try:
            data_entity = json.loads(raw.read_text(encoding="utf-8-sig")).get("entity")
        except (OSError, ValueError, AttributeError):
            pass  # load_mapping_file below reports the problem properly
        entity = args.entity or data_entity or entity
        base = mapping.ImportMapping(entity=entity, header_row=view.header_row)
        chosen = mapping.load_mapping_file(raw, view.headers, base)
    else:
        chosen = mapping.recall(view.headers, entity) or mapping.ImportMapping(
            entity=entity, header_row=view.header_row,
            columns=header_match.suggest(view.headers, entity, [cells for _, cells in view.sample]))
    if args.header_row is not None:
        chosen.header_row = args.header_row
    if args.on_duplicate:
        chosen.on_duplicate = args.on_duplicate
    if args.entity:
        chosen.entity = args.entity
    chosen.check()
    return chosen


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.services.imports import error_report, mapping, source
    from crm_desktop.services.imports.importer import run_import
    from crm_desktop.services.imports.row_parser import column_names

    errors_path = output_file(args.errors, "errors.xlsx") if args.errors else None
    if args.header_row is not None and args.header_row < 0:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "--header-row must be 0 or more."))
    open_db(args.sub_db or args.db)
    view = source.inspect_file(Path(args.file).expanduser(), _sheet(args.sheet), args.header_row)
    chosen = _mapping(args, view)
    if not any(key in chosen.columns.values() for key in ("full_name", "first_name", "last_name", "name")):
        raise UserError(QT_TRANSLATE_NOOP("Cli", "No column of {file} could be matched to a name; write a mapping "
                                                 "file (see --save-mapping) and pass it with --mapping."),
                        file=view.path.name)
    if args.save_mapping:
        target = output_file(args.save_mapping, "mapping.json")
        target.write_text(json.dumps(chosen.to_json(view.headers), ensure_ascii=False, indent=2), encoding="utf-8")
    result = run_import(view.path, chosen, sheet=view.sheet.index, dry_run=args.dry_run,
                        progress=progress_printer(ROWS_PROGRESS))
    names = column_names(view.headers)
    for outcome in result.failed[:20]:
        print(i18n.render(ROW_PROBLEM, {"row": outcome.number,
                                        "reason": error_report.reason_text(outcome, names)}), file=sys.stderr)
    print(i18n.render(SUMMARY, {"rows": result.rows, "created": result.created, "updated": result.updated,
                                "duplicates": result.duplicates, "invalid": result.invalid}))
    if args.dry_run:
        print(i18n.render(DRY_RUN))
    else:
        mapping.remember(chosen, view.headers)
        print(i18n.render(DONE, {"batch": result.batch_id, "seconds": round(result.seconds, 1)}))
    if errors_path is not None and result.failed:
        count = error_report.write_error_report(errors_path, view.headers, result.failed)
        print(i18n.render(ERRORS_SAVED, {"count": count, "path": str(errors_path)}))
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    from crm_desktop.services.imports import batches

    open_db(args.sub_db or args.db)
    if args.undo is not None:
        done = batches.undo_batch(args.undo)
        print(i18n.render(QT_TRANSLATE_NOOP(
            "Cli", "Import {id} undone: {removed} records removed, {restored} restored, {kept} later changes kept."),
            {"id": args.undo, "removed": done.removed, "restored": done.restored, "kept": done.kept}))
        return 0
    for b in batches.list_batches():
        print("\t".join(str(v) for v in (b.id, b.at.strftime("%Y-%m-%d %H:%M"), b.user, b.file_name, b.sheet,
                                          b.entity, b.rows, b.created, b.updated, b.skipped, b.invalid, b.state)))
    return 0

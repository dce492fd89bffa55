"""The ``crm-desktop`` command: the app, and headless commands for scripts and support.

    crm-desktop [--db PATH|URL] [--demo] [--lang fa|en]         open the app
    crm-desktop demo --db PATH [--contacts N] [--seed S]         fill a database with demo data
    crm-desktop screenshots DIR [--lang fa|en] [--contacts N]    render every view to PNG
    crm-desktop info [--db PATH|URL]                             what a database holds
    crm-desktop search QUERY [--db PATH|URL] [--limit N]         find people and companies
    crm-desktop import FILE [--sheet S] [--entity contacts|companies] [--mapping FILE] [--dry-run]
                       [--errors OUT.xlsx] [--db PATH|URL]         bring a spreadsheet in
    crm-desktop imports [--undo ID] [--db PATH|URL]              list imports, undo one
    crm-desktop export-vcard OUT.vcf [--db PATH|URL] (--search QUERY | --all)
                                                                 people as vCards for phones
    crm-desktop export OUT.xlsx|OUT.csv [--db PATH|URL] [--entity E] [--search T] [--kind K] [--tag N] [--city C]
                                                                 the customers list or a table, for Excel
    crm-desktop activities | activity-new | activity-done | log-call | workload
                                                                 my day, plan, do, log a call (cli_activities.py)

Exit codes: 0 success, 1 unexpected error (details in the log file), 2 a problem the message
explains (bad file, newer database, bad arguments), 130 cancelled.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from crm_desktop import __version__, cli_activities, cli_cases, cli_export, cli_funnel, cli_import
from crm_desktop.cli_common import open_db, output_file, progress_printer
from crm_desktop.config import app_paths
from crm_desktop.logs import setup_logging
from crm_desktop.services.progress import Cancelled
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger("crm_desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="CRM Desktop: customers, sales and "
                                     "complaints for small offices, offline, in Persian and English.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file or URL (default: crm.sqlite3 in the data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created with demo data)")
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help="language for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a database with realistic demo data")
    demo.add_argument("--db", dest="sub_db", help="database file or URL")
    demo.add_argument("--contacts", type=int, default=2000, help="number of people (default 2000)")
    demo.add_argument("--seed", type=int, default=1403, help="random seed (same seed, same data)")

    shots = commands.add_parser("screenshots", help="render every main view to PNG files")
    shots.add_argument("out_dir", metavar="DIR")
    shots.add_argument("--lang", dest="sub_lang", choices=i18n.SUPPORTED_LANGUAGES,
                       help="only this language (default: all)")
    shots.add_argument("--contacts", type=int, default=400, help="demo people to show (default 400)")

    info = commands.add_parser("info", help="show what a database holds")
    info.add_argument("--db", dest="sub_db", help="database file or URL")

    search = commands.add_parser("search", help="find people and companies (name, phone, email, code)")
    search.add_argument("query", nargs="+", help="what you would type in the search box")
    search.add_argument("--db", dest="sub_db", help="database file or URL")
    search.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")

    vcard = commands.add_parser("export-vcard", help="save people as a vCard file (.vcf) for phones")
    vcard.add_argument("out_file", metavar="OUT.vcf")
    vcard.add_argument("--db", dest="sub_db", help="database file or URL")
    whom = vcard.add_mutually_exclusive_group()
    whom.add_argument("--search", metavar="QUERY", help="the people this search finds")
    whom.add_argument("--all", action="store_true", help="everyone (not deleted)")
    COMMANDS.update(cli_import.register(commands))
    COMMANDS.update(cli_export.register(commands))
    COMMANDS.update(cli_funnel.register(commands))
    COMMANDS.update(cli_cases.register(commands))
    COMMANDS.update(cli_activities.register(commands))
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo.generator import generate_demo

    if args.contacts < 0:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "--contacts must be 0 or more."))
    open_db(args.sub_db or args.db)
    result = generate_demo(args.contacts, seed=args.seed, language=i18n.current_language(),
                           progress=progress_printer())
    print(i18n.render(QT_TRANSLATE_NOOP(
        "Cli", "Added {people} people, {companies} companies, {points} phones/emails/addresses, {notes} notes and "
               "{activities} calls, meetings and tasks in {seconds} s."),
        {"people": result.people, "companies": result.companies, "points": result.points, "notes": result.notes,
         "activities": result.activities, "seconds": round(result.seconds, 1)}))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from crm_desktop.services.overview import overview

    open_db(args.sub_db or args.db)
    figures = overview()
    rows = [
        (QT_TRANSLATE_NOOP("Cli", "Database"), figures.location),
        (QT_TRANSLATE_NOOP("Cli", "Schema version"), figures.schema_version),
        (QT_TRANSLATE_NOOP("Cli", "People"), figures.people),
        (QT_TRANSLATE_NOOP("Cli", "Companies"), figures.companies),
        (QT_TRANSLATE_NOOP("Cli", "Notes"), figures.notes),
        (QT_TRANSLATE_NOOP("Cli", "Tags"), figures.tags),
    ]
    for caption, value in rows:
        print(i18n.render(QT_TRANSLATE_NOOP("Cli", "{caption}: {value}"),
                          {"caption": caption, "value": value}))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """One line per match: name, company, primary phone, email (tab-separated, for scripts)."""
    from crm_desktop.services.search import search
    from crm_desktop.text.phone import format_phone

    if args.limit < 1:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "--limit must be 1 or more."))
    open_db(args.sub_db or args.db)
    hits = search(" ".join(args.query), limit=args.limit)
    for hit in hits:
        phone = format_phone(hit.phone) if hit.phone else ""
        print("\t".join((hit.name, hit.company, phone, hit.email)))
    if not hits:
        print(i18n.render(QT_TRANSLATE_NOOP("Cli", "Nothing found for \u201c{query}\u201d."),
                          {"query": " ".join(args.query)}), file=sys.stderr)
    return 0


def cmd_export_vcard(args: argparse.Namespace) -> int:
    """The people a search finds, or everyone, as one .vcf file (vCard 3.0) for phones."""
    from crm_desktop.services.customer_list import ListFilter, matching_keys
    from crm_desktop.services.vcard import export_vcards, live_ids

    if args.search is None and not args.all:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "Say whom to export: --search QUERY or --all."))
    target = output_file(args.out_file, "contacts.vcf")
    open_db(args.sub_db or args.db)
    if args.all:
        ids = live_ids("contact")
    else:
        # everyone the customers list shows for this text, not only the best search hits
        ids = [record_id for _, record_id in matching_keys(ListFilter(kind="contact", text=args.search))]
        if not ids:
            print(i18n.render(QT_TRANSLATE_NOOP("Cli", "Nothing found for \u201c{query}\u201d."),
                              {"query": args.search}), file=sys.stderr)
    count = export_vcards(ids, target, progress=progress_printer() if ids else None)
    print(i18n.render(QT_TRANSLATE_NOOP("Cli", "Exported {count} people to {path}."),
                      {"count": count, "path": str(target)}))
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crm_desktop.ui.screenshots import render_screenshots

    languages = [args.sub_lang or args.lang] if (args.sub_lang or args.lang) else list(i18n.SUPPORTED_LANGUAGES)
    for path in render_screenshots(Path(args.out_dir), languages, contacts=args.contacts):
        print(path)
    return 0


COMMANDS = {"demo": cmd_demo, "info": cmd_info, "search": cmd_search, "export-vcard": cmd_export_vcard,
            "screenshots": cmd_screenshots}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = app_paths()
    try:
        setup_logging(paths.ensure().log_file)
    except OSError as exc:  # a read-only data folder must not stop the command
        print(f"warning: cannot write the log file in {paths.log_dir}: {exc}", file=sys.stderr)
    i18n.set_language(args.lang or i18n.system_language())
    if args.command is None:
        from crm_desktop.app import main as run_app

        return run_app(args.db, demo=args.demo, lang=args.lang)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except UserError as error:
        print(i18n.render_error(error), file=sys.stderr)
        return 130 if isinstance(error, Cancelled) else 2
    except Exception:  # noqa: BLE001 - the user gets one line, the log gets the traceback
        log.exception("command %s failed", args.command)
        print(i18n.render(QT_TRANSLATE_NOOP(
            "Cli", "Unexpected error; nothing more was changed. Details are in {path}."),
            {"path": str(paths.log_file)}), file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()

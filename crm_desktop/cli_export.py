"""``crm-desktop export``: the customers list (filtered as on screen) or a whole table, to Excel or CSV.

    crm-desktop export OUT.xlsx|OUT.csv [--db PATH|URL]
        [--entity customers|people|companies|points|notes|tags|history]
        [--search TEXT] [--kind all|contact|organization] [--tag NAME] [--city NAME]

The format follows the extension. ``customers`` (the default) is the customers list, sorted by name,
with the given filters; the other entities are whole tables and take no filters.
"""

from __future__ import annotations

import argparse
import sys

from crm_desktop.cli_common import ROWS_PROGRESS, open_db, output_file, progress_printer
from crm_desktop.text import i18n
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

CUSTOMERS = "customers"
KINDS = ("all", "contact", "organization")


def register(commands) -> dict:
    """Add the ``export`` subcommand to ``commands`` (argparse subparsers); return its handler by name."""
    from crm_desktop.services.exports.entities import ENTITIES

    export = commands.add_parser("export", help="save the customers list or a whole table as Excel (.xlsx) or CSV")
    export.add_argument("out_file", metavar="OUT.xlsx|OUT.csv")
    export.add_argument("--db", dest="sub_db", help="database file or URL")
    export.add_argument("--entity", choices=(CUSTOMERS, *ENTITIES), default=CUSTOMERS,
                        help="what to export (default: the customers list)")
    export.add_argument("--search", metavar="TEXT", default="", help="customers: what you would type in the search box")
    export.add_argument("--kind", choices=KINDS, default="all", help="customers: people, companies or both")
    export.add_argument("--tag", metavar="NAME", default="", help="customers: only those with this tag")
    export.add_argument("--city", metavar="NAME", default="", help="customers: only those in this city")
    return {"export": cmd_export}


def _tag_id(name: str) -> int:
    from crm_desktop.services.tags import all_tags
    from crm_desktop.text.normalize import normalize_text

    wanted = normalize_text(name)
    found = next((tag.id for tag in all_tags() if tag.name_norm == wanted), None)
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "There is no tag named \u201c{name}\u201d."), name=name)
    return found


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.services.customer_list import ListFilter
    from crm_desktop.services.exports.customers import export_customers
    from crm_desktop.services.exports.entities import export_entity
    from crm_desktop.services.exports.table_writer import table_format
    from crm_desktop.text.normalize import tidy_text

    table_format(args.out_file)  # a wrong extension is refused before anything is opened
    target = output_file(args.out_file, "customers.xlsx")
    filtered = args.search or args.kind != "all" or args.tag or args.city
    if args.entity != CUSTOMERS and filtered:
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "--search, --kind, --tag and --city only apply to --entity customers."))
    open_db(args.sub_db or args.db)
    progress = progress_printer(ROWS_PROGRESS)
    if args.entity == CUSTOMERS:
        f = ListFilter(kind=args.kind, text=args.search, city=tidy_text(args.city),
                       tag_id=_tag_id(args.tag) if args.tag else None)
        count = export_customers(target, f, progress=progress)
    else:
        count = export_entity(target, args.entity, progress=progress)
    if count == 0:
        print(i18n.render(QT_TRANSLATE_NOOP("Cli", "Nothing to export: the file has only the header row.")),
              file=sys.stderr)
    print(i18n.render(QT_TRANSLATE_NOOP("Cli", "Exported {count} rows to {path}."),
                      {"count": count, "path": str(target)}))
    return 0

"""How the preview shows one mapped cell: the value as it will be stored (a name split in two,
a date in the user's calendar with the month spelled out, a phone with its leading zero back),
or the cell as typed when it has a problem."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services import labels
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.cells import CellProblem
from crm_desktop.services.imports.fields import BY_KEY
from crm_desktop.services.imports.importer import RowOutcome
from crm_desktop.services.imports.row_parser import NO_COMPANY_NAME, NO_NAME
from crm_desktop.text.i18n import render

# a row without a name points at the columns that could have given it one
NAME_COLUMNS = {str(NO_NAME): frozenset({"full_name", "first_name", "last_name"}),
                str(NO_COMPANY_NAME): frozenset({"name", "full_name", "first_name", "last_name", "company"})}
PHONE_KINDS = frozenset({"mobile", "phone", "fax", "whatsapp"})


def _join(fmt: Formatter, parts) -> str:
    return ("\u060c " if fmt.prefs.language == "fa" else ", ").join(parts)


def raw_value(outcome: RowOutcome, column: int) -> object:
    return outcome.cells[column] if column < len(outcome.cells) else None


def raw_text(outcome: RowOutcome, column: int) -> str:
    value = raw_value(outcome, column)
    return "" if cells.is_blank(value) else cells.cell_text(value)


def cell_reasons(outcome: RowOutcome, column: int, key: str) -> list[str]:
    """The reasons that point at this cell (a missing name points at the name columns)."""
    found = [render(text, params) for col, text, params in outcome.reasons if col == column]
    found += [render(text, params) for col, text, params in outcome.reasons
              if col < 0 and key in NAME_COLUMNS.get(str(text), ())]
    return found


def row_reasons(outcome: RowOutcome) -> list[str]:
    return [render(text, params) for _, text, params in outcome.reasons]


def interpreted(outcome: RowOutcome, column: int, key: str, fmt: Formatter) -> str:
    """The cell as it will be imported (as typed when it cannot be)."""
    value = raw_value(outcome, column)
    if cells.is_blank(value):
        return ""
    if any(col == column for col, _, _ in outcome.reasons):
        return cells.shown(value)
    field = BY_KEY[key]
    kind, values = field.kind, outcome.values
    try:
        if kind == "name":
            if outcome.kind == "company":
                return values.get("name", "")
            return " ".join(p for p in (values.get("first_name", ""), values.get("last_name", "")) if p)
        if kind == "date":
            day = values.get(key)
            return fmt.date(day, "long") if isinstance(day, dt.date) else cells.shown(value)
        if field.point_kind in PHONE_KINDS:
            return _join(fmt, (fmt.phone(normalised) for _, _, normalised in cells.parse_phones(value)))
        if field.point_kind == "email":
            return _join(fmt, cells.parse_emails(value))
        if kind == "gender":
            return labels.label(labels.GENDERS, values.get("gender", ""))
        if kind == "stage":
            return labels.label(labels.STAGES, values.get("lifecycle_stage", ""))
        if kind == "record_kind":
            return labels.label(labels.ENTITIES, "organization" if outcome.kind == "company" else "contact")
        if kind in ("national_code", "company_id"):
            return fmt.digits(str(values.get(key) or cells.cell_text(value)))
        if kind == "tags":
            return _join(fmt, cells.parse_tags(value))
    except CellProblem:  # reported on the row already (or the row was decided before this cell)
        return cells.shown(value)
    return cells.shown(value)

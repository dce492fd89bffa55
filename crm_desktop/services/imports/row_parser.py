"""A mapped sheet row into the values of one person or company, with every problem found.

:class:`RowParser` compiles a mapping once (one small parser per mapped column) so a 100k-row
sheet costs a few microseconds a cell. A row is either blank (skipped without a word), valid, or
invalid with reasons per column; invalid rows are never written and come back in the error
workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from crm_desktop.db.models import Contact, Lead, Organization, User
from crm_desktop.services import labels
from crm_desktop.services.imports import cells, deal_rows
from crm_desktop.services.imports.cells import CellProblem
from crm_desktop.services.imports.fields import BY_KEY
from crm_desktop.services.imports.mapping import ImportMapping, MappingError
from crm_desktop.services.imports.memo import CellMemo
from crm_desktop.services.contact_points import normalise_value
from crm_desktop.text import i18n
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText
from crm_desktop.text.normalize import normalize_text, tidy_text

NO_NAME = QT_TRANSLATE_NOOP("Import", "The row has no name: fill in a first or last name.")
NO_COMPANY_NAME = QT_TRANSLATE_NOOP("Import", "The row has no company name.")
TOO_LONG = QT_TRANSLATE_NOOP("Import", "Too long: {length} characters where at most {limit} fit.")
BAD_GENDER = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a gender we know (male/female, مرد/زن).")
BAD_STAGE = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a stage (lead, prospect, opportunity, customer, "
                                        "inactive).")
BAD_KIND = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d says neither person nor company.")
BAD_LEAD_STATUS = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a lead status (new, contacted, qualified, "
                                              "disqualified).")
NO_LEAD_NAME = QT_TRANSLATE_NOOP("Import", "The row has no name and no company.")
NO_REACH = QT_TRANSLATE_NOOP("Import", "The row has no phone number and no email to reach the lead.")
NO_USER = QT_TRANSLATE_NOOP("Import", "No user called \u201c{value}\u201d in this database; add the user, or do not "
                                      "import this column.")

STAGE_WORDS = {
    "lead": ["lead", "سرنخ", "لید", "مخاطب", "جدید", "عميل محتمل"],
    "prospect": ["prospect", "مشتری بالقوه", "بالقوه", "احتمالی", "مشتری احتمالی", "مهتم"],
    "opportunity": ["opportunity", "فرصت", "فرصت فروش", "فرصة"],
    "customer": ["customer", "client", "مشتری", "خریدار", "عميل", "زبون"],
    "inactive": ["inactive", "غیرفعال", "غیر فعال", "قطع همکاری", "غير نشط", "متوقف"],
}
LEAD_STATUS_WORDS = {
    "new": ["new", "جدید", "تازه", "جديد"],
    "contacted": ["contacted", "تماس گرفته شد", "تماس گرفته شده", "پیگیری", "در حال پیگیری", "follow up", "تم التواصل"],
    "qualified": ["qualified", "واجد شرایط", "مناسب", "داغ", "hot", "مؤهل"],
    "disqualified": ["disqualified", "رد شده", "رد", "نامناسب", "منتفی", "سرد", "cold", "lost", "غير مؤهل"],
}
KIND_WORDS = {
    "person": ["person", "individual", "contact", "شخص", "حقیقی", "فرد", "شخص حقیقی", "فرد", "0", "false", "no",
               "خیر", "نه", "لا"],
    "company": ["company", "organization", "organisation", "business", "شرکت", "حقوقی", "سازمان", "شخص حقوقی",
                "شركة", "مؤسسة", "1", "true", "yes", "بله", "نعم"],
}
_CONTACT_FIELDS = ("first_name", "last_name", "job_title", "source", "city", "province", "code")
_ORG_FIELDS = ("name", "industry", "economic_code", "city", "province", "code", "website")
_LEAD_FIELDS = ("first_name", "last_name", "company_name", "city", "industry", "campaign", "interest")


def _with_labels(words: dict[str, list[str]], table: dict[str, TranslatableText]) -> dict[str, list[str]]:
    out = {code: list(options) for code, options in words.items()}
    for code, text in table.items():
        if code in out:
            out[code] += [code] + [i18n.translate(text.context, str(text), lang=lang)
                                   for lang in i18n.SUPPORTED_LANGUAGES]
    return out


def choice_tables() -> dict[str, dict[str, str]]:
    """The words each choice field understands (normalised), by field key."""
    return {"gender": cells.choice_table(_with_labels({k: list(v) for k, v in cells.GENDER_WORDS.items()},
                                                      labels.GENDERS)),
            "lifecycle_stage": cells.choice_table(_with_labels(STAGE_WORDS, labels.STAGES)),
            "record_kind": cells.choice_table(_with_labels(KIND_WORDS, {"person": labels.ENTITIES["contact"],
                                                                        "company": labels.ENTITIES["organization"]})),
            "lead_status": cells.choice_table(LEAD_STATUS_WORDS)}


def user_table() -> dict[str, int]:
    """Users by user name, full name and (when unique) first name, normalised."""
    table: dict[str, int] = {}
    first_names: dict[str, list[int]] = {}
    for user in User.alive():
        for key in (user.username, user.full_name):
            if key:
                table.setdefault(normalize_text(key), user.id)
        words = normalize_text(user.full_name).split()
        if words:
            first_names.setdefault(words[0], []).append(user.id)
    for word, ids in first_names.items():
        if len(ids) == 1:
            table.setdefault(word, ids[0])
    return table


class ParsedRow:
    """One data row: what it would write, and what is wrong with it."""

    __slots__ = ("number", "cells", "kind", "values", "points", "tags", "company", "problems", "keys", "owner_id")

    def __init__(self, number: int, row_cells: list) -> None:
        self.number = number
        self.cells = row_cells
        self.kind = "person"
        self.values: dict[str, Any] = {}
        self.points: list[tuple[str, str, str]] = []  # (kind, shown value, normalised)
        self.tags: list[str] = []
        self.company: dict[str, Any] = {}  # a person's company: name and company fields
        self.problems: list[tuple[int, TranslatableText, dict[str, Any]]] = []  # (column or -1, reason, params)
        self.keys: list[tuple[str, str]] = []  # (match key, value) to find the same record
        self.owner_id: int | None = None

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def display_name(self) -> str:
        if self.kind == "company":
            return self.values.get("name", "")
        if self.kind == "deal":
            return self.values.get("title", "")
        name = " ".join(p for p in (self.values.get("first_name", ""), self.values.get("last_name", "")) if p)
        return name or (self.values.get("company_name", "") if self.kind == "lead" else "")


class RowParser:
    def __init__(self, mapping: ImportMapping, *, epoch_1904: bool = False, today: dt.date | None = None,
                 users: dict[str, int] | None = None) -> None:
        self.mapping = mapping
        self.epoch_1904 = epoch_1904
        self.today = today or dt.date.today()
        self.users = user_table() if users is None else users
        tables = choice_tables()
        self.genders, self.stages, self.kinds = tables["gender"], tables["lifecycle_stage"], tables["record_kind"]
        self.lead_statuses = tables["lead_status"]
        self.deal_stages = deal_rows.StageTable() if mapping.entity == "deals" else None
        self.limits = {name: Contact._meta.fields[name].max_length for name in _CONTACT_FIELDS}
        self.org_limits = {name: Organization._meta.fields[name].max_length for name in _ORG_FIELDS}
        self.lead_limits = {name: Lead._meta.fields[name].max_length for name in _LEAD_FIELDS}
        self.columns = sorted(mapping.columns.items())
        self.handlers: list[tuple[int, str, Callable[[ParsedRow, int, object], None]]] = [
            (column, key, self._handler(column, key)) for column, key in self.columns]
        self.default_owner = self._default_owner()

    def _default_owner(self) -> int | None:
        name = tidy_text(self.mapping.default_owner)
        if not name:
            return None
        found = self.users.get(normalize_text(name))
        if found is None:
            raise MappingError(NO_USER, value=name)
        return found

    # -- per-column handlers ------------------------------------------------------------------
    # Each handler is a pure parser of the cell (remembered per distinct value, see ``memo``) and
    # a step that puts its result into the row.
    def _handler(self, column: int, key: str) -> Callable[[ParsedRow, int, object], None]:
        kind = BY_KEY[key].kind
        if kind.startswith("point:"):
            return self._point_handler(kind.removeprefix("point:"))
        if kind == "text":
            text = CellMemo(cells.cell_text)
            return lambda row, col, value: self._text(row, key, text(value))
        if kind == "name":
            name = CellMemo(_full_name)
            return lambda row, col, value: self._full_name(row, name(value))
        if kind == "notes":
            notes = CellMemo(_notes_text)
            return lambda row, col, value: self._notes(row, notes(value))
        if kind == "tags":
            tags = CellMemo(lambda value: tuple(cells.parse_tags(value)))
            return lambda row, col, value: row.tags.extend(tags(value))
        if kind == "owner":
            owner = CellMemo(self._owner_id)
            return lambda row, col, value: setattr(row, "owner_id", owner(value))
        if kind == "company":
            company = CellMemo(cells.cell_text)
            return lambda row, col, value: row.company.__setitem__("name", company(value))
        target, parse = self._value_parser(column, key, kind)
        parse = CellMemo(parse)
        return lambda row, col, value: row.values.__setitem__(target, parse(value))

    def _value_parser(self, column: int, key: str, kind: str) -> tuple[str, Callable[[object], Any]]:
        """(the value's key in the row, the cell's parser) for fields that are one value."""
        if kind == "date":
            order, epoch, today = self.mapping.date_orders.get(column), self.epoch_1904, self.today
            if key == "birth_date":
                return key, lambda value: cells.check_birth(cells.parse_date_cell(value, order, epoch), today)
            return key, lambda value: cells.parse_date_cell(value, order, epoch)
        if kind == "code":
            return "code", lambda value: to_ascii_digits(cells.cell_text(value))
        if kind == "national_code":
            return "national_code", cells.parse_national_code
        if kind in ("money_rial", "money_toman"):
            return "amount", deal_rows.money_parser(kind.removeprefix("money_"))
        if kind == "percent":
            return "probability", deal_rows.parse_percent
        if kind == "deal_stage":
            return "stage_id", self.deal_stages.parse
        if kind == "company_id":
            return "national_id", cells.parse_company_id
        choices = {"gender": ("gender", self.genders, BAD_GENDER),
                   "stage": ("lifecycle_stage", self.stages, BAD_STAGE),
                   "record_kind": ("_kind", self.kinds, BAD_KIND),
                   "lead_status": ("status", self.lead_statuses, BAD_LEAD_STATUS)}
        target, table, message = choices[kind]
        return target, lambda value: cells.parse_choice(value, table, message)

    @staticmethod
    def _point_handler(point_kind: str) -> Callable[[ParsedRow, int, object], None]:
        if point_kind in ("mobile", "phone"):
            parse = CellMemo(lambda value: tuple(cells.parse_phones(value, point_kind)))
        elif point_kind in ("fax", "whatsapp"):
            parse = CellMemo(lambda value: tuple((point_kind, shown, norm)
                                                 for _, shown, norm in cells.parse_phones(value)))
        elif point_kind == "email":
            parse = CellMemo(lambda value: tuple(("email", email, email.casefold())
                                                 for email in cells.parse_emails(value)))
        else:
            def one(value: object) -> tuple[tuple[str, str, str], ...]:
                text = tidy_text(value) if isinstance(value, str) else cells.cell_text(value)
                return ((point_kind, text, normalise_value(point_kind, text)),)
            parse = CellMemo(one)
        return lambda row, col, value: row.points.extend(parse(value))

    @staticmethod
    def _text(row: ParsedRow, key: str, text: str) -> None:
        if text:
            current = row.values.get(key)
            row.values[key] = f"{current} {text}" if current and key in ("city", "province") else current or text

    @staticmethod
    def _full_name(row: ParsedRow, parts: tuple[str, str, str, str]) -> None:
        text, first, last, gender = parts
        row.values["_full_name"] = text
        row.values.setdefault("first_name", first)
        row.values.setdefault("last_name", last)
        if gender:
            row.values.setdefault("_gender_hint", gender)

    def _owner_id(self, value: object) -> int:
        found = self.users.get(normalize_text(cells.cell_text(value)))
        if found is None:
            raise CellProblem(NO_USER, value=cells.shown(value))
        return found

    @staticmethod
    def _notes(row: ParsedRow, text: str) -> None:
        current = row.values.get("notes")
        row.values["notes"] = f"{current}\n{text}" if current else text

    # -- a whole row --------------------------------------------------------------------------
    def parse(self, number: int, row_cells: list) -> ParsedRow | None:
        """The row's values and problems; None for a row with nothing in its mapped columns."""
        row = ParsedRow(number, row_cells)
        width = len(row_cells)
        blank = True
        for column, _key, handler in self.handlers:
            value = row_cells[column] if column < width else None
            if cells.is_blank(value):
                continue
            blank = False
            try:
                handler(row, column, value)
            except CellProblem as problem:
                row.problems.append((column, problem.text, problem.params))
        if blank:
            return None
        self._finish(row)
        return row

    def _finish(self, row: ParsedRow) -> None:
        values = row.values
        kind = values.pop("_kind", None)
        if self.mapping.entity == "leads":
            row.kind = "lead"
            self._finish_lead(row)
        elif self.mapping.entity == "deals":
            row.kind = "deal"
            deal_rows.finish_deal(row, self.deal_stages)
        elif self.mapping.entity == "companies" or kind == "company":
            row.kind = "company"
            self._finish_company(row)
        else:
            self._finish_person(row)
        if row.owner_id is None:
            row.owner_id = self.default_owner
        self._collect_keys(row)

    def _finish_person(self, row: ParsedRow) -> None:
        values = row.values
        values.pop("_full_name", None)
        hint = values.pop("_gender_hint", None)
        if hint and not values.get("gender"):
            values["gender"] = hint
        for key in ("industry", "national_id", "economic_code"):  # the person's company's details
            if key in values:
                row.company[key] = values.pop(key)
        if not values.get("first_name") and not values.get("last_name"):
            row.problems.append((-1, NO_NAME, {}))
        if not values.get("lifecycle_stage") and self.mapping.default_stage:
            values["lifecycle_stage"] = self.mapping.default_stage
        self._check_lengths(row, self.limits)
        if row.company.get("name") and len(row.company["name"]) > self.org_limits["name"]:
            row.problems.append((self._column_of("company"), TOO_LONG,
                                 {"length": len(row.company["name"]), "limit": self.org_limits["name"]}))

    def _finish_company(self, row: ParsedRow) -> None:
        values = row.values
        full = values.pop("_full_name", None)
        first, last = values.pop("first_name", ""), values.pop("last_name", "")
        name = values.get("name") or full or row.company.get("name") or " ".join(p for p in (first, last) if p)
        values["name"] = name
        for key in ("gender", "_gender_hint", "job_title", "birth_date", "national_code", "source",
                    "lifecycle_stage"):
            values.pop(key, None)
        row.company = {}
        sites = [shown for kind, shown, _ in row.points if kind == "website"]
        if sites:  # a company keeps its website on the record itself
            values["website"] = sites[0][:300]
            row.points = [p for p in row.points if p[0] != "website"]
        if not name:
            row.problems.append((-1, NO_COMPANY_NAME, {}))
        self._check_lengths(row, self.org_limits)

    def _finish_lead(self, row: ParsedRow) -> None:
        """A lead keeps one phone and one email (the first of each), its company by name."""
        values = row.values
        values.pop("_full_name", None)
        values.pop("_gender_hint", None)
        values["company_name"] = row.company.get("name", "")
        row.company = {}
        phones = [p for p in row.points if p[0] in ("mobile", "phone")]
        emails = [p for p in row.points if p[0] == "email"]
        row.points = phones[:1] + emails[:1]
        if not any(values.get(k) for k in ("first_name", "last_name", "company_name")):
            row.problems.append((-1, NO_LEAD_NAME, {}))
        if not row.points:
            row.problems.append((-1, NO_REACH, {}))
        self._check_lengths(row, self.lead_limits)

    def _check_lengths(self, row: ParsedRow, limits: dict[str, int]) -> None:
        for key, limit in limits.items():
            value = row.values.get(key)
            if value and len(value) > limit:
                column = self._column_of(key)
                row.problems.append((column, TOO_LONG, {"length": len(value), "limit": limit}))

    def _column_of(self, key: str) -> int:
        aliases = {"first_name": ("first_name", "full_name"), "last_name": ("last_name", "full_name"),
                   "name": ("name", "full_name", "company"), "company_name": ("company",)}.get(key, (key,))
        return next((c for c, k in self.columns if k in aliases), -1)

    def _collect_keys(self, row: ParsedRow) -> None:
        wanted = self.mapping.match_on
        keys = row.keys
        if row.kind == "deal":  # the same title for the same customer
            keys.append(("deal", deal_rows.deal_key(row)))
            return
        if "phone" in wanted:
            keys += [("phone", norm) for kind, _, norm in row.points if kind in ("mobile", "phone") and norm]
        if "email" in wanted:
            keys += [("email", norm) for kind, _, norm in row.points if kind == "email"]
        code_key = "national_id" if row.kind == "company" else "national_code"
        if "national_code" in wanted and row.values.get(code_key):
            keys.append(("national_code", row.values[code_key]))
        if "code" in wanted and row.values.get("code"):
            keys.append(("code", row.values["code"]))


def _full_name(value: object) -> tuple[str, str, str, str]:
    text = cells.cell_text(value)
    return (text, *cells.split_full_name(text))


def _notes_text(value: object) -> str:
    return tidy_text(value, multiline=True) if isinstance(value, str) else cells.cell_text(value)


def column_names(headers: Sequence[str]) -> list[str]:
    """Each column's name for messages: its header, or "Column C" when the header is empty."""
    from crm_desktop.services.imports.mapping import column_letter

    return [h or i18n.render(QT_TRANSLATE_NOOP("Import", "Column {letter}"), {"letter": column_letter(i)})
            for i, h in enumerate(headers)]

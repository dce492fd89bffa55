"""How a sheet's columns become fields, what to do with duplicates and defaults — and remembering
that per file layout, so the same monthly export maps itself next time.

A mapping file (``crm-desktop import --mapping FILE``) is JSON; columns are named by header text
or column letter::

    {"entity": "contacts", "sheet": "Sheet1", "header_row": 2,
     "columns": {"نام و نام خانوادگی": "full_name", "C": "mobile", "تاریخ تولد": "birth_date"},
     "date_order": {"تاریخ تولد": "DMY"}, "on_duplicate": "update",
     "match_on": ["phone", "email", "national_code"],
     "defaults": {"lifecycle_stage": "customer", "owner": "sara", "tag": "Fair 1403"}}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.services import settings
from crm_desktop.services.imports.fields import BY_KEY, ENTITIES, MATCH_KEYS
from crm_desktop.services.imports.header_match import clean_header
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, UserError

DUPLICATE_MODES = ("skip", "update", "create")
DATE_ORDERS = ("DMY", "MDY")
REMEMBER_PREFIX = "import_mapping:"


class MappingError(UserError):
    pass


@dataclass
class ImportMapping:
    entity: str = "contacts"
    header_row: int = 1  # the header's row number as Excel shows it; 0 = no header, data from row 1
    columns: dict[int, str] = field(default_factory=dict)  # column index (A = 0) -> field key
    date_orders: dict[int, str] = field(default_factory=dict)  # column -> "DMY" / "MDY" when the data needs it
    on_duplicate: str = "skip"
    match_on: tuple[str, ...] = MATCH_KEYS
    default_stage: str = ""  # stage of people whose row has none ("" = the usual "lead")
    default_owner: str = ""  # owner (user name) of records whose row has none ("" = whoever imports)
    tag: str = ""  # a tag put on every record the import touches

    def check(self) -> None:
        if self.entity not in ENTITIES:
            raise MappingError(QT_TRANSLATE_NOOP("Import", "Unknown import target \u201c{value}\u201d; use {choices}."),
                               value=self.entity, choices=", ".join(ENTITIES))
        if self.entity == "deals" and self.on_duplicate == "update":
            raise MappingError(QT_TRANSLATE_NOOP("Import", "An import does not change deals that are already there "
                                                           "(their stages move on the board): choose skip or create."))
        if self.on_duplicate not in DUPLICATE_MODES:
            raise MappingError(QT_TRANSLATE_NOOP("Import", "Unknown duplicate choice \u201c{value}\u201d; use {choices}."),
                               value=self.on_duplicate, choices=", ".join(DUPLICATE_MODES))
        for key in self.columns.values():
            if key not in BY_KEY or self.entity not in BY_KEY[key].entities:
                raise MappingError(QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a field of this import."),
                                   value=key)
        for order in self.date_orders.values():
            if order not in DATE_ORDERS:
                raise MappingError(QT_TRANSLATE_NOOP("Import", "Unknown date order \u201c{value}\u201d; use DMY or MDY."),
                                   value=order)
        if any(k not in MATCH_KEYS for k in self.match_on):
            raise MappingError(QT_TRANSLATE_NOOP("Import", "Rows can be matched on {choices} only."),
                               choices=", ".join(MATCH_KEYS))

    def to_json(self, headers: Sequence[str]) -> dict[str, Any]:
        def name(index: int) -> str:
            header = headers[index] if index < len(headers) else ""
            return header if header and list(headers).count(header) == 1 else column_letter(index)

        return {"entity": self.entity, "header_row": self.header_row,
                "columns": {name(i): key for i, key in sorted(self.columns.items())},
                "date_order": {name(i): order for i, order in sorted(self.date_orders.items())},
                "on_duplicate": self.on_duplicate, "match_on": list(self.match_on),
                "defaults": {"lifecycle_stage": self.default_stage, "owner": self.default_owner, "tag": self.tag}}


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(name: str, headers: Sequence[str]) -> int:
    """A column named by its header (as cleaned) or its letter."""
    wanted = clean_header(name)
    for index, header in enumerate(headers):
        if header == name or (wanted and clean_header(header) == wanted):
            return index
    letters = name.strip().upper()
    if letters.isascii() and letters.isalpha() and len(letters) <= 3:
        index = 0
        for ch in letters:
            index = index * 26 + ord(ch) - 64
        return index - 1
    raise MappingError(QT_TRANSLATE_NOOP("Import", "The mapping names a column \u201c{value}\u201d that this sheet "
                                                   "does not have."), value=name)


def from_json(data: dict[str, Any], headers: Sequence[str], base: ImportMapping | None = None) -> ImportMapping:
    """A mapping from a JSON object (see the module docstring); unspecified parts come from ``base``."""
    if not isinstance(data, dict):
        raise MappingError(QT_TRANSLATE_NOOP("Import", "A mapping file holds one JSON object."))
    mapping = ImportMapping(**{**(base.__dict__ if base else {})})
    mapping.entity = str(data.get("entity", mapping.entity))
    if "header_row" in data:
        mapping.header_row = _int(data["header_row"], "header_row")
    if "columns" in data:
        mapping.columns = {column_index(str(k), headers): str(v) for k, v in dict(data["columns"]).items() if v}
    if "date_order" in data:
        mapping.date_orders = {column_index(str(k), headers): str(v).upper() for k, v in dict(data["date_order"]).items()}
    mapping.on_duplicate = str(data.get("on_duplicate", mapping.on_duplicate))
    if "match_on" in data:
        mapping.match_on = tuple(str(k) for k in data["match_on"])
    defaults = dict(data.get("defaults") or {})
    mapping.default_stage = str(defaults.get("lifecycle_stage", mapping.default_stage) or "")
    mapping.default_owner = str(defaults.get("owner", mapping.default_owner) or "")
    mapping.tag = str(defaults.get("tag", mapping.tag) or "")
    mapping.check()
    return mapping


def _int(value: Any, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise MappingError(QT_TRANSLATE_NOOP("Import", "{name} must be a whole number, 0 or more."), name=name)
    return number


def load_mapping_file(path: Path, headers: Sequence[str], base: ImportMapping | None = None) -> ImportMapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError:
        raise MappingError(QT_TRANSLATE_NOOP("Import", "Cannot read the mapping file {file}."),
                           file=str(path)) from None
    except ValueError as error:
        raise MappingError(QT_TRANSLATE_NOOP("Import", "The mapping file {file} is not valid JSON (line {line})."),
                           file=str(path), line=getattr(error, "lineno", 1)) from None
    return from_json(data, headers, base)


def layout_signature(headers: Sequence[str], entity: str) -> str:
    """The same columns in the same order (ignoring spelling variants of case, ي/ك, spaces)."""
    text = "\x1f".join([entity, *(clean_header(h) for h in headers)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def remember(mapping: ImportMapping, headers: Sequence[str]) -> None:
    """Keep this mapping for the next file with the same header layout (office-wide)."""
    settings.set_setting(REMEMBER_PREFIX + layout_signature(headers, mapping.entity), mapping.to_json(headers))


def recall(headers: Sequence[str], entity: str) -> ImportMapping | None:
    data = settings.get_setting(REMEMBER_PREFIX + layout_signature(headers, entity))
    if not data:
        return None
    try:
        return from_json(data, headers)
    except MappingError:  # a remembered mapping that no longer fits is simply not offered
        return None

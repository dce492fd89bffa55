"""What a sheet row of deals means: the stage words of the default pipeline, amounts in Rial or
Toman, a probability, and the checks that make a row a deal (a title, a customer to hang it on,
a reason when it was lost).

The customer is found or made by the writer (``deal_writer``): by phone or email, else by name.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.funnel import pipelines
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.cells import CellProblem
from crm_desktop.text.digits import to_ascii_digits
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.money import parse_money
from crm_desktop.text.normalize import normalize_text

NOT_A_STAGE = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a stage of the pipeline \u201c{pipeline}\u201d "
                                          "({stages}).")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not an amount of money.")
NOT_A_PERCENT = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a probability from 0 to 100.")
NO_TITLE = QT_TRANSLATE_NOOP("Import", "The row has no title, product or customer to name the deal by.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Import", "The row names no customer: fill in a name, a company, a phone or an email.")
NO_REASON = QT_TRANSLATE_NOOP("Import", "The deal is lost but the row gives no reason: fill in the reason column.")
WON_WORDS = ("won", "win", "closed won", "موفق", "برنده", "بسته شد", "قرارداد بسته شد", "فروش رفت", "خرید کرد",
             "فاز", "مكتملة", "ناجحة")
LOST_WORDS = ("lost", "lose", "closed lost", "ناموفق", "از دست رفت", "شکست", "منتفی", "لغو", "کنسل", "خاسرة",
              "ملغاة")


class StageTable:
    """The default pipeline's stages by their normalised names, plus won/lost words."""

    def __init__(self) -> None:
        self.pipeline_id = pipelines.default_pipeline_id()
        self.pipeline = next(p.name for p in pipelines.pipelines() if p.id == self.pipeline_id)
        self.stages = pipelines.stages(self.pipeline_id)
        self.by_word: dict[str, int] = {normalize_text(s.name): s.id for s in self.stages}
        for kind, words in (("won", WON_WORDS), ("lost", LOST_WORDS)):
            end = next(s for s in self.stages if s.kind == kind)
            for word in words:
                self.by_word.setdefault(normalize_text(word), end.id)
        self.kinds = {s.id: s.kind for s in self.stages}
        self.first_open = next(s.id for s in self.stages if s.kind == "open")

    def parse(self, value: object) -> int:
        found = self.by_word.get(normalize_text(cells.cell_text(value)))
        if found is None:
            raise CellProblem(NOT_A_STAGE, value=cells.shown(value), pipeline=self.pipeline,
                              stages="\u060c ".join(s.name for s in self.stages))
        return found


def money_parser(unit: str):
    def parse(value: object) -> int:
        try:
            amount = parse_money(value if not isinstance(value, str) else value.strip(), unit=unit)
        except ValueError:
            raise CellProblem(NOT_AN_AMOUNT, value=cells.shown(value)) from None
        if amount < 0:
            raise CellProblem(NOT_AN_AMOUNT, value=cells.shown(value))
        return amount
    return parse


def parse_percent(value: object) -> int:
    if isinstance(value, float) and 0 <= value <= 1 and not value.is_integer():
        value = value * 100  # a percentage cell: 0.4 shown as 40%
    text = to_ascii_digits(cells.cell_text(value)).strip().rstrip("%\u066a").strip()
    try:
        number = round(float(text))
    except ValueError:
        raise CellProblem(NOT_A_PERCENT, value=cells.shown(value)) from None
    if not 0 <= number <= 100:
        raise CellProblem(NOT_A_PERCENT, value=cells.shown(value))
    return number


def finish_deal(row: Any, table: StageTable) -> None:
    """Checks of a whole deal row: the customer, the title, the stage and the lost reason."""
    values = row.values
    values.pop("_gender_hint", None)
    values.pop("_full_name", None)
    person = " ".join(p for p in (values.get("first_name", ""), values.get("last_name", "")) if p)
    company = row.company.get("name", "")
    if not (person or company or row.points):
        row.problems.append((-1, NO_CUSTOMER, {}))
    title = values.pop("deal_title", "") or values.get("products") or person or company
    if not title:
        row.problems.append((-1, NO_TITLE, {}))
    values["title"] = title[:200]
    stage = values.setdefault("stage_id", table.first_open)
    if table.kinds[stage] == "lost" and not values.get("lost_reason"):
        row.problems.append((-1, NO_REASON, {}))


def customer_name(row: Any) -> str:
    """The customer as the row names them: the person, else the company, else a phone or email."""
    person = " ".join(p for p in (row.values.get("first_name", ""), row.values.get("last_name", "")) if p)
    return person or row.company.get("name", "") or next((norm for _, _, norm in row.points), "")


def deal_key(row: Any) -> str:
    """What makes two rows (or a row and a stored deal) the same deal: title and customer."""
    return f"{normalize_text(row.values.get('title', ''))}|{normalize_text(customer_name(row))}"

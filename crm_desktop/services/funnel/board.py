"""The funnel board: a pipeline's open deals as cards in stage columns, and the same deals as a list.

Both are ONE SQL query (deal joined with its person, company, owner, stage, source and lost
reason) read as plain tuples, so a board of 5,000 open deals is one round trip and a pass in
Python: no Peewee object per row. Per column: how many cards, their total amount and the weighted
total (amount x the deal's probability, or its stage's when it has none, / 100).

A card is *stuck* when it has been in its stage longer than the stage's ``stuck_days``; its next
activity is *overdue* when ``next_activity_at`` is in the past. ``now`` can be given (tests).

The text filter uses the shared normaliser (:func:`crm_desktop.text.normalize.normalize_text`):
every word must be found in the deal's title or its person's or company's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from crm_desktop.db.base import database
from crm_desktop.db.fields import from_stored, utcnow
from crm_desktop.services.funnel import pipelines
from crm_desktop.services.funnel.pipelines import Stage
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text

STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Funnel", "Open"),
    "won": QT_TRANSLATE_NOOP("Funnel", "Won"),
    "lost": QT_TRANSLATE_NOOP("Funnel", "Lost"),
}
DAY = 86400.0


@dataclass(frozen=True)
class BoardFilter:
    pipeline_id: int | None = None  # None: the default pipeline
    owner_id: int | None = None
    source_id: int | None = None
    close_from: dt.date | None = None  # expected close, inclusive
    close_to: dt.date | None = None
    text: str = ""

    def active_count(self) -> int:
        """How many of the narrowing filters are set (the pipeline is not one)."""
        return sum(1 for v in (self.owner_id, self.source_id, self.close_from, self.close_to) if v is not None) \
            + (1 if normalize_text(self.text) else 0)


class Card(NamedTuple):
    id: int
    stage_id: int
    title: str
    person: str
    company: str
    amount: int  # Rial
    owner: str
    days_in_stage: int
    stuck: bool
    next_activity: str
    next_activity_at: dt.datetime | None
    overdue: bool
    probability: int  # the deal's, or its stage's
    expected_close: dt.date | None

    @property
    def customer(self) -> str:
        """The person and/or the company, as one line."""
        return " \u00b7 ".join(part for part in (self.person, self.company) if part)


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    cards: tuple[Card, ...]
    total: int  # Rial
    weighted: int  # Rial

    @property
    def count(self) -> int:
        return len(self.cards)


class DealRow(NamedTuple):
    id: int
    title: str
    person: str
    company: str
    stage: str
    status: str  # open / won / lost
    amount: int
    probability: int
    weighted: int
    expected_close: dt.date | None
    owner: str
    source: str
    next_activity: str
    next_activity_at: dt.datetime | None
    days_in_stage: int
    stage_entered_at: dt.datetime | None
    closed_at: dt.datetime | None
    lost_reason: str
    created_at: dt.datetime | None


def status_word(status: str) -> str:
    return render(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(f: BoardFilter, pipeline_id: int, statuses: tuple[str, ...]) -> tuple[str, list]:
    p = database.obj.param
    where = ['d."deleted_at" IS NULL', f'd."pipeline_id" = {p}',
             f'd."status" IN ({", ".join([p] * len(statuses))})']
    params: list = [pipeline_id, *statuses]
    if f.owner_id is not None:
        where.append(f'd."owner_id" = {p}')
        params.append(f.owner_id)
    if f.source_id is not None:
        where.append(f'd."source_id" = {p}')
        params.append(f.source_id)
    if f.close_from is not None:
        where.append(f'd."expected_close" >= {p}')
        params.append(f.close_from.isoformat())
    if f.close_to is not None:
        where.append(f'd."expected_close" <= {p}')
        params.append(f.close_to.isoformat())
    for word in normalize_text(f.text).split():
        pattern = _like(word)
        where.append(f"(d.\"title_norm\" LIKE {p} ESCAPE '\\' OR c.\"name_norm\" LIKE {p} ESCAPE '\\' "
                     f"OR o.\"name_norm\" LIKE {p} ESCAPE '\\')")
        params += [pattern, pattern, pattern]
    return " AND ".join(where), params


_FROM = (
    'FROM "deal" d '
    'JOIN "pipeline_stage" s ON s."id" = d."stage_id" '
    'LEFT OUTER JOIN "contact" c ON c."id" = d."contact_id" AND c."deleted_at" IS NULL '
    'LEFT OUTER JOIN "organization" o ON o."id" = d."organization_id" AND o."deleted_at" IS NULL '
    'LEFT OUTER JOIN "app_user" u ON u."id" = d."owner_id" '
)
_PERSON = 'TRIM(COALESCE(c."first_name", \'\') || \' \' || COALESCE(c."last_name", \'\'))'
_OWNER = 'COALESCE(NULLIF(u."full_name", \'\'), u."username", \'\')'
# the board's columns only: every extra column is 5,000 more Python objects per read
_BOARD_SELECT = (
    f'SELECT d."id", d."stage_id", d."title", {_PERSON}, COALESCE(o."name", \'\'), d."amount", '
    f'COALESCE(d."probability", s."probability", 0), s."stuck_days", d."stage_entered_at", d."next_activity", '
    f'd."next_activity_at", {_OWNER}, d."expected_close" {_FROM}'
)
_LIST_SELECT = (
    f'SELECT d."id", d."title", {_PERSON}, COALESCE(o."name", \'\'), s."name", d."status", d."amount", '
    f'COALESCE(d."probability", s."probability", 0), d."expected_close", {_OWNER}, COALESCE(src."name", \'\'), '
    f'd."next_activity", d."next_activity_at", d."stage_entered_at", d."closed_at", COALESCE(lr."name", \'\'), '
    f'd."created_at" {_FROM}'
    'LEFT OUTER JOIN "lead_source" src ON src."id" = d."source_id" '
    'LEFT OUTER JOIN "lost_reason" lr ON lr."id" = d."lost_reason_id" '
)


def _rows(select: str, f: BoardFilter, statuses: tuple[str, ...], order: str) -> tuple[int, list[tuple]]:
    pipeline_id = f.pipeline_id or pipelines.default_pipeline_id()
    where, params = _where(f, pipeline_id, statuses)
    rows = database.obj.execute_sql(f"{select} WHERE {where} ORDER BY {order}", params).fetchall()
    return pipeline_id, rows


def _naive_utc(value) -> dt.datetime | None:
    """A stored moment as a naive UTC datetime, cheaply (text on SQLite, datetime on PostgreSQL)."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value if value.tzinfo is None else value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _days(entered, now: dt.datetime) -> int:
    """Whole days from ``entered`` (as stored) to ``now`` (naive UTC)."""
    moment = _naive_utc(entered)
    return max(0, (now - moment).days) if moment is not None else 0


def _card(row: tuple, naive_now: dt.datetime) -> Card:
    (deal_id, stage_id, title, person, company, amount, chance, stuck_days, entered, activity, activity_at, owner,
     close) = row
    days = _days(entered, naive_now)
    at = _naive_utc(activity_at)
    return Card(deal_id, stage_id, title, person, company, int(amount or 0), owner, days,
                stuck_days is not None and days > stuck_days, activity or "",
                at.replace(tzinfo=dt.timezone.utc) if at else None, at is not None and at < naive_now, int(chance),
                _date(close))


def column(stage: Stage, cards: tuple[Card, ...]) -> BoardColumn:
    """A column of these cards with its total and weighted total (after a move on the board, the two
    columns are summed again from their cards instead of reading the whole board)."""
    total = weighted = 0
    for card in cards:
        total += card.amount
        weighted += card.amount * card.probability
    return BoardColumn(stage, cards, total, (weighted + 50) // 100)


def board(f: BoardFilter = BoardFilter(), *, now: dt.datetime | None = None) -> list[BoardColumn]:  # noqa: B008
    """The pipeline's open stages in order, each with its open deals matching ``f`` (longest in the
    stage first), their count, total and weighted total."""
    naive_now = (now or utcnow()).astimezone(dt.timezone.utc).replace(tzinfo=None)
    pipeline_id, rows = _rows(_BOARD_SELECT, f, ("open",), 'd."stage_entered_at", d."id"')
    open_stages = [s for s in pipelines.stages(pipeline_id) if s.is_open]
    cards: dict[int, list[Card]] = {s.id: [] for s in open_stages}
    for row in rows:
        found = cards.get(row[1])
        if found is not None:  # else a deleted stage still holding deals: not a column
            found.append(_card(row, naive_now))
    return [column(s, tuple(cards[s.id])) for s in open_stages]


def card(deal_id: int, f: BoardFilter = BoardFilter(), *, now: dt.datetime | None = None) -> Card | None:  # noqa: B008
    """The deal's card as the board shows it, or None when it is not on the board of ``f`` (closed,
    deleted, another pipeline, filtered out)."""
    naive_now = (now or utcnow()).astimezone(dt.timezone.utc).replace(tzinfo=None)
    pipeline_id = f.pipeline_id or pipelines.default_pipeline_id()
    where, params = _where(f, pipeline_id, ("open",))
    row = database.obj.execute_sql(f'{_BOARD_SELECT} WHERE {where} AND d."id" = {database.obj.param}',
                                   [*params, deal_id]).fetchone()
    return _card(row, naive_now) if row is not None else None


def deal_rows(f: BoardFilter = BoardFilter(), include_closed: bool = False, *,  # noqa: B008
              now: dt.datetime | None = None) -> list[DealRow]:
    """The deals of ``f`` as list rows (open ones, and won/lost too with ``include_closed``): open
    first in board order, then the closed ones, newest close first."""
    now = now or utcnow()
    statuses = ("open", "won", "lost") if include_closed else ("open",)
    order = ('CASE d."status" WHEN \'open\' THEN 0 ELSE 1 END, CASE d."status" WHEN \'open\' THEN s."position" '
             'ELSE 0 END, d."closed_at" DESC, d."stage_entered_at", d."id"')
    _, rows = _rows(_LIST_SELECT, f, statuses, order)
    naive_now = now.astimezone(dt.timezone.utc).replace(tzinfo=None)
    found = []
    for (deal_id, title, person, company, stage_name, status, amount, chance, close, owner, source, activity,
         activity_at, entered, closed, lost_reason, created) in rows:
        amount, chance = int(amount or 0), int(chance)
        found.append(DealRow(
            deal_id, title, person, company, stage_name, status, amount, chance, (amount * chance + 50) // 100,
            _date(close), owner, source, activity or "", from_stored(activity_at),
            _days(entered, naive_now) if status == "open" else 0, from_stored(entered), from_stored(closed),
            lost_reason, from_stored(created)))
    return found


def neighbour_stage(stage_id: int, step: int) -> Stage | None:
    """The open stage ``step`` places after (negative: before) ``stage_id`` in its pipeline, or None
    past either end (keyboard moves on the board)."""
    stage = pipelines.stage(stage_id)
    open_stages = [s for s in pipelines.stages(stage.pipeline_id) if s.is_open]
    index = next((i for i, s in enumerate(open_stages) if s.id == stage_id), None)
    if index is None or not 0 <= index + step < len(open_stages):
        return None
    return open_stages[index + step]


__all__ = ["BoardColumn", "BoardFilter", "Card", "DealRow", "STATUS_WORDS", "board", "card", "column", "deal_rows",
           "neighbour_stage", "status_word"]

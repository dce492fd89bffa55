"""Teams, sales targets per person / team / the whole office and period, and progress against them.

A period is a month, a quarter (three months) or a year of the office's calendar: Jalali when the
calendar is Jalali (quarter 3 of 1403 = 1403/07/01..1403/09/30 = 2024-09-22..2024-12-20),
Gregorian otherwise. A target stores the period's first and last Gregorian day. Progress counts the
deals won with ``closed_at`` in the period, by the deal's owner; a team's is the sum over its members,
the office's is every won deal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from crm_desktop.db.base import database
from crm_desktop.db.models import Deal, SalesTarget, Team, TeamMember, User
from crm_desktop.services import audit, records, settings
from crm_desktop.services.context import current_user_id
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel.metrics import closed_in, raw
from crm_desktop.text.dates import month_name
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.i18n import current_digits, current_language, render
from crm_desktop.text.jalali import JalaliDate, gregorian_to_jalali, jalali_month_length
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import normalize_text, tidy_text

NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter a name.")
SAME_NAME = QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is already in the list.")
BAD_TARGET = QT_TRANSLATE_NOOP("Errors", "Enter a target greater than zero.")
QUARTER = QT_TRANSLATE_NOOP("Funnel", "Q{number} {year}")
OFFICE = QT_TRANSLATE_NOOP("Funnel", "Whole office")
MONTHS_IN = {"month": 1, "quarter": 3, "year": 12}


# --- periods ---------------------------------------------------------------------------------------

def office_calendar() -> str:
    """The office's calendar setting, else the acting user's."""
    office = settings.get_setting(settings.PREFERENCE_KEY, {})
    chosen = office.get("calendar") if isinstance(office, dict) else None
    return chosen if chosen in settings.CALENDARS else settings.load_preferences().calendar


def _months(kind: str, number: int) -> tuple[int, int]:
    if kind not in MONTHS_IN:
        raise ValueError(f"unknown period kind {kind!r}; expected month, quarter or year")
    span = MONTHS_IN[kind]
    if kind == "year":
        return 1, 12
    if not 1 <= number <= 12 // span:
        raise ValueError(f"{kind} {number} is outside 1..{12 // span}")
    return (number - 1) * span + 1, number * span


def month_bounds(year: int, month: int, calendar: str) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of month ``month`` of ``year`` in the calendar."""
    if calendar == "jalali":
        return (JalaliDate(year, month, 1).to_gregorian(),
                JalaliDate(year, month, jalali_month_length(year, month)).to_gregorian())
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


def period_bounds(kind: str, year: int, number: int = 1, calendar: str = "jalali") -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of the period (``number``: month 1..12 or quarter 1..4; ignored
    for a year)."""
    first, last = _months(kind, number)
    return month_bounds(year, first, calendar)[0], month_bounds(year, last, calendar)[1]


def month_of(day: dt.date, calendar: str) -> tuple[int, int]:
    """(year, month) of the day in the calendar."""
    if calendar == "jalali":
        return gregorian_to_jalali(day.year, day.month, day.day)[:2]
    return day.year, day.month


def current_period(kind: str, today: dt.date | None = None, calendar: str = "jalali") -> tuple[int, int]:
    """(year, number) of the period holding ``today``; number is 1 for a year."""
    year, month = month_of(today or dt.date.today(), calendar)
    return year, (month - 1) // MONTHS_IN[kind] + 1


def period_label(kind: str, year: int, number: int, calendar: str, *, lang: str | None = None,
                 digits: str | None = None) -> str:
    """"Mehr 1403" / "مهر ۱۴۰۳", "Q3 1403", "1403" in the language and digits chosen."""
    lang, digits = lang or current_language(), digits or current_digits()
    if kind == "month":
        return localize_digits(f"{month_name(number, calendar, lang)} {year}", digits)
    if kind == "quarter":
        return render(QUARTER, {"number": number, "year": year}, lang=lang, digits=digits)
    return localize_digits(str(year), digits)


# --- teams -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    member_ids: list[int]


def _check_team_name(name: str, team_id: int | None = None) -> str:
    name = tidy_text(name)[:100]
    if not name:
        raise ValidationError([FieldError("name", NO_NAME)])
    norm = normalize_text(name)
    if any(t.id != team_id and normalize_text(t.name) == norm for t in Team.alive()):
        raise ValidationError([FieldError("name", SAME_NAME, {"name": name})])
    return name


def create_team(name: str) -> Team:
    with database.atomic():
        team = Team.create(name=_check_team_name(name), created_by=current_user_id())
        audit.record_create(team)
    return team


def rename_team(team_id: int, name: str) -> Team:
    with database.atomic():
        team = records.fetch(Team, team_id)
        before = audit.snapshot(team)
        team.name = _check_team_name(name, team_id)
        if audit.diff(before, audit.snapshot(team)):
            team.save()
            audit.record_update(team, before)
    return team


def delete_team(team_id: int) -> Team:
    """Soft delete (restorable with its members and targets kept)."""
    return records.soft_delete(Team, team_id)


def members(team_id: int) -> list[int]:
    query = TeamMember.alive(TeamMember.user).where(TeamMember.team == team_id).order_by(TeamMember.user)
    return [user_id for (user_id,) in query.tuples()]


def teams() -> list[TeamInfo]:
    by_team: dict[int, list[int]] = {}
    for team_id, user_id in TeamMember.alive(TeamMember.team, TeamMember.user).order_by(TeamMember.user).tuples():
        by_team.setdefault(team_id, []).append(user_id)
    return [TeamInfo(t.id, t.name, by_team.get(t.id, [])) for t in Team.alive().order_by(Team.name, Team.id)]


def add_member(team_id: int, user_id: int) -> TeamMember:
    """Put the user in the team; a removed membership is revived (the (team, user) pair is unique)."""
    with database.atomic():
        records.fetch(Team, team_id)
        records.fetch(User, user_id)
        row = TeamMember.get_or_none((TeamMember.team == team_id) & (TeamMember.user == user_id))
        if row is None:
            row = TeamMember.create(team=team_id, user=user_id, created_by=current_user_id())
            audit.record_create(row)
        elif row.deleted_at is not None:
            deleted_at, row.deleted_at = row.deleted_at, None
            row.save()
            audit.record_restore(row, deleted_at)
    return row


def remove_member(team_id: int, user_id: int) -> None:
    row = TeamMember.alive().where((TeamMember.team == team_id) & (TeamMember.user == user_id)).first()
    if row is not None:
        records.soft_delete(TeamMember, row.id)


# --- targets -------------------------------------------------------------------------------------

def set_target(amount: int, period_kind: str, year: int, number: int = 1, *, user_id: int | None = None,
               team_id: int | None = None, calendar: str | None = None) -> SalesTarget:
    """The target (Rial of won deals) of a user, a team or (neither) the office for the period.
    Setting the same scope and period again updates it (a deleted one is revived)."""
    if user_id is not None and team_id is not None:
        raise ValueError("a target belongs to a user, a team or the office, not both")
    if amount is None or amount <= 0:
        raise ValidationError([FieldError("amount", BAD_TARGET)])
    first, last = period_bounds(period_kind, year, number, calendar or office_calendar())
    with database.atomic():
        if user_id is not None:
            records.fetch(User, user_id)
        if team_id is not None:
            records.fetch(Team, team_id)
        scope = (SalesTarget.user.is_null() if user_id is None else SalesTarget.user == user_id) & \
            (SalesTarget.team.is_null() if team_id is None else SalesTarget.team == team_id)
        row = (SalesTarget.select().where(scope & (SalesTarget.period_kind == period_kind)
                                          & (SalesTarget.period_start == first))
               .order_by(SalesTarget.deleted_at.is_null().desc(), SalesTarget.id).first())
        if row is None:
            row = SalesTarget.create(user=user_id, team=team_id, period_kind=period_kind, period_start=first,
                                     period_end=last, amount=int(amount), created_by=current_user_id())
            audit.record_create(row)
            return row
        before = audit.snapshot(row)
        row.amount, row.period_end, row.deleted_at = int(amount), last, None
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return row


def delete_target(target_id: int) -> SalesTarget:
    return records.soft_delete(SalesTarget, target_id)


@dataclass(frozen=True)
class TargetKey:
    user_id: int | None
    team_id: int | None


def targets_of(period_kind: str, first_days: list[dt.date]) -> dict[tuple[TargetKey, dt.date], int]:
    """Target amounts of periods starting on these days, by (scope, first day)."""
    query = SalesTarget.alive(SalesTarget.user, SalesTarget.team, SalesTarget.period_start, SalesTarget.amount) \
        .where((SalesTarget.period_kind == period_kind) & SalesTarget.period_start.in_(first_days)).tuples()
    return {(TargetKey(user, team), start): amount for user, team, start, amount in query}


@dataclass(frozen=True)
class Progress:
    scope: str  # "office", "team" or "user"
    id: int | None
    name: str
    target: int | None  # Rial
    won: int  # Rial won in the period
    percent: float | None  # won / target x 100


def won_by_owner(first: dt.date, last: dt.date) -> dict[int | None, int]:
    query = Deal.select(Deal.owner, fn.SUM(Deal.amount)).where(
        Deal.deleted_at.is_null() & closed_in("won", first, last)).group_by(Deal.owner)
    return {owner: int(total or 0) for owner, total in raw(query)}


def progress(period_kind: str, year: int, number: int = 1, *, calendar: str | None = None) -> list[Progress]:
    """The office, then each team, then each person (active, or with a target or a win in the period):
    target, won amount in the period and % achieved."""
    first, last = period_bounds(period_kind, year, number, calendar or office_calendar())
    won = won_by_owner(first, last)
    goals = {key: amount for (key, _), amount in targets_of(period_kind, [first]).items()}

    def row(scope: str, key: TargetKey, record_id: int | None, name: str, amount: int) -> Progress:
        goal = goals.get(key)
        return Progress(scope, record_id, name, goal, amount, amount * 100 / goal if goal else None)

    result = [row("office", TargetKey(None, None), None, render(OFFICE), sum(won.values()))]
    for team in teams():
        result.append(row("team", TargetKey(None, team.id), team.id, team.name,
                          sum(won.get(u, 0) for u in team.member_ids)))
    wanted = {k.user_id for k in goals if k.user_id is not None} | {u for u in won if u is not None}
    people = User.alive().where(User.is_active | User.id.in_(list(wanted)))
    for user in sorted(people, key=lambda u: (normalize_text(u.display_name), u.id)):
        result.append(row("user", TargetKey(user.id, None), user.id, user.display_name, won.get(user.id, 0)))
    return result

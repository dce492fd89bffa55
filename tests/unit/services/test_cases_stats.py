"""The complaint queue's report numbers on hand-checked data (services/cases/stats.py).

The calendar works every day 09:00-17:00 UTC (480 minutes a day), no holidays. The period is
2024-03-01 .. 2024-03-10 (UTC days); "now" is 2024-03-20 00:00 UTC unless a test says otherwise.
Times below are UTC, month 3 unless written; (w) = working minutes from the opening.

  case kind      person team    category       channel  opened       1st response (w)      resolved (w)
  C1   complaint Ali    Support Billing        phone    01 10:00     01 11:30 (90)          02 10:00 (420+60=480)
  C2   complaint Sara   Support Billing        email    01 16:00     02 10:00 (60+60=120)   04 16:00 (60+480+480+420)
  C3   request   Sara   -       Delivery       phone    02 20:00     03 09:45 (45)          -
  C4   complaint -      -       -              website  05 09:00     -                      -
  C5   complaint Ali    Support Delivery/Late  phone    06 12:00     06 12:00 (0)           06 15:00 (180)
  C6   complaint Ali    Support Billing        phone    02-25 10:00  02-25 11:00            03 12:00 (opened before)
  C7   complaint Ali    Support Billing        phone    12 10:00 (after the period)
  C8   complaint Ali    Support Billing        phone    02-20 10:00  -                      02-28 10:00 (before, gone)
  C9   complaint Ali    Support Billing        phone    02 10:00 (deleted)

  case  due: response / resolution  satisfaction  reopened  product
  C1    01 12:00 / 02 12:00         5             0         Router
  C2    02 09:30 / 05 12:00         3             1         Router
  C3    03 10:00 / 04 09:00         -             1
  C4    05 10:00 / 25 09:00         -             0
  C5    - / - (no policy)           4             0         Modem
  (C2 resolved in 1440 working minutes)
  C6    -                           1             0         Router
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from crm_desktop.db.models import Case, CaseCategory, User
from crm_desktop.services import settings
from crm_desktop.services.cases import stats
from crm_desktop.services.cases.stats import CaseFilter
from crm_desktop.services.cases.work_calendar import WorkCalendar, WorkWeek, default_week
from crm_desktop.services.funnel import targets
from crm_desktop.services.progress import CancelToken, Cancelled

UTC = dt.timezone.utc
TEHRAN = dt.timezone(dt.timedelta(hours=3, minutes=30))
PERIOD = CaseFilter(dt.date(2024, 3, 1), dt.date(2024, 3, 10), tz=UTC)
NOW = dt.datetime(2024, 3, 20, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(WorkWeek((((540, 1020),),) * 7), [], UTC)


_numbers = iter(range(1, 10_000))


def case(**fields) -> Case:
    n = next(_numbers)
    fields.setdefault("subject", f"case {n}")
    fields.setdefault("status", "resolved" if fields.get("resolved_at") else "in_progress")
    return Case.create(number=f"T-{n}", year=2024, sequence=n, **fields)


@pytest.fixture
def book(owner, other_user):
    User.update(full_name="Ali Karimi").where(User.id == owner.id).execute()
    ali, sara = owner.id, other_user.id
    support = targets.create_team("Support").id
    billing = CaseCategory.create(name="Billing")
    delivery = CaseCategory.create(name="Delivery")
    late = CaseCategory.create(name="Late", parent=delivery)
    base = dict(assignee=ali, team=support, category=billing, channel="phone", kind="complaint")
    ids = {}
    ids["C1"] = case(**base, opened_at=at(1, 10), first_response_at=at(1, 11, 30), resolved_at=at(2, 10),
                     response_due_at=at(1, 12), resolve_due_at=at(2, 12), satisfaction=5, product="Router",
                     status="closed").id
    ids["C2"] = case(**{**base, "assignee": sara, "channel": "email"}, opened_at=at(1, 16),
                     first_response_at=at(2, 10), resolved_at=at(4, 16), response_due_at=at(2, 9, 30),
                     resolve_due_at=at(5, 12), satisfaction=3, reopen_count=1, product="Router").id
    ids["C3"] = case(**{**base, "assignee": sara, "team": None, "category": delivery, "kind": "request"},
                     opened_at=at(2, 20), first_response_at=at(3, 9, 45), response_due_at=at(3, 10),
                     resolve_due_at=at(4, 9), reopen_count=1).id
    ids["C4"] = case(**{**base, "assignee": None, "team": None, "category": None, "channel": "website"},
                     opened_at=at(5, 9), response_due_at=at(5, 10), resolve_due_at=at(25, 9), status="new").id
    ids["C5"] = case(**{**base, "category": delivery, "subcategory": late}, opened_at=at(6, 12),
                     first_response_at=at(6, 12), resolved_at=at(6, 15), satisfaction=4, product="Modem",
                     status="closed").id
    ids["C6"] = case(**base, opened_at=at(25, 10, month=2), first_response_at=at(25, 11, month=2),
                     resolved_at=at(3, 12), satisfaction=1, product="Router").id
    ids["C7"] = case(**base, opened_at=at(12, 10), product="Router").id
    ids["C8"] = case(**base, opened_at=at(20, 10, month=2), resolved_at=at(28, 10, month=2)).id
    ids["C9"] = case(**base, opened_at=at(2, 10), product="Router", deleted_at=at(3, 10)).id
    return dict(ids=ids, ali=ali, sara=sara, support=support, billing=billing.id, delivery=delivery.id,
                late=late.id)


def table(rows) -> dict:
    """label -> (count, responded, avg, median, resolved, avg, median)."""
    return {r.label: (r.count, r.responded, r.avg_response_minutes, r.median_response_minutes, r.resolved,
                      r.avg_resolution_minutes, r.median_resolution_minutes) for r in rows}


def test_overall_times_in_working_minutes(book, cal):
    # responses 90, 120, 45, 0: mean 255/4, median (45+90)/2; resolutions 480, 1440, 180
    (row,) = stats.response_and_resolution(PERIOD, cal)
    assert (row.key, row.label) == (None, "All cases")
    assert table([row])["All cases"] == (5, 4, 63.75, 67.5, 3, 700.0, 480.0)


def test_times_per_person_team_category_channel(book, cal):
    assert table(stats.response_and_resolution(PERIOD, cal, "person")) == {
        "Ali Karimi": (2, 2, 45.0, 45.0, 2, 330.0, 330.0),  # C1 90/480, C5 0/180
        "Sara Ahmadi": (2, 2, 82.5, 82.5, 1, 1440.0, 1440.0),  # C2 120/1440, C3 45/-
        "Unassigned": (1, 0, None, None, 0, None, None),  # C4
    }
    rows = stats.response_and_resolution(PERIOD, cal, "team")
    assert [(r.key, r.label) for r in rows] == [(book["support"], "Support"), (None, "No team")]  # most cases first
    assert table(rows) == {"Support": (3, 3, 70.0, 90.0, 3, 700.0, 480.0),  # C1 C2 C5
                           "No team": (2, 1, 45.0, 45.0, 0, None, None)}  # C3 C4
    assert table(stats.response_and_resolution(PERIOD, cal, "category")) == {
        "Billing": (2, 2, 105.0, 105.0, 2, 960.0, 960.0),
        "Delivery": (2, 2, 22.5, 22.5, 1, 180.0, 180.0),
        "No category": (1, 0, None, None, 0, None, None),
    }
    rows = stats.response_and_resolution(PERIOD, cal, "channel")
    assert [r.key for r in rows] == ["phone", "email", "website"]
    assert table(rows) == {"Phone": (3, 3, 45.0, 45.0, 2, 330.0, 330.0),
                           "Email": (1, 1, 120.0, 120.0, 1, 1440.0, 1440.0),
                           "Website": (1, 0, None, None, 0, None, None)}
    with pytest.raises(ValueError):
        stats.response_and_resolution(PERIOD, cal, "priority")


def test_filters_narrow_every_figure(book, cal):
    def only(**kw):
        f = CaseFilter(PERIOD.start, PERIOD.end, tz=UTC, **kw)
        return stats.response_and_resolution(f, cal)[0].count

    assert only(team_id=book["support"]) == 3  # C1 C2 C5
    assert only(assignee_id=book["sara"]) == 2
    assert only(category_id=book["delivery"]) == 2  # C3 C5
    assert only(category_id=book["late"]) == 1  # C5 by its subcategory
    assert only(channel="phone") == 3
    assert only(kind="request") == 1
    assert only(channel="sms") == 0
    f = CaseFilter(PERIOD.start, PERIOD.end, team_id=book["support"], tz=UTC)
    assert stats.sla_compliance(f, NOW).response_met == 1  # C1 (C2 breached, C5 has no deadline)
    assert [r.label for r in stats.satisfaction(f, "person")] == ["Ali Karimi", "Sara Ahmadi"]


def test_sla_compliance(book):
    # response: C1 met, C2 late (breached), C3 met, C4 unanswered past its deadline (breached); C5 no policy
    # resolution: C1 met, C2 met, C3 open past 03-04 09:00 (breached), C4 due 03-25 (pending)
    sla = stats.sla_compliance(PERIOD, NOW)
    assert (sla.response_met, sla.response_breached, sla.response_pending) == (2, 2, 0)
    assert (sla.resolution_met, sla.resolution_breached, sla.resolution_pending) == (2, 1, 1)
    assert sla.response_percent == 50.0
    assert sla.resolution_percent == pytest.approx(200 / 3)
    # judged on 03-04 08:00: the deadlines of C3 (resolution), C4 (both) are still ahead: pending
    early = stats.sla_compliance(PERIOD, at(4, 8))
    assert (early.response_met, early.response_breached, early.response_pending) == (2, 1, 1)
    assert (early.resolution_met, early.resolution_breached, early.resolution_pending) == (2, 0, 2)
    empty = stats.sla_compliance(CaseFilter(dt.date(2023, 1, 1), dt.date(2023, 1, 2), tz=UTC), NOW)
    assert (empty.response_percent, empty.resolution_percent, empty.response_met) == (None, None, 0)


def test_backlog_day_by_day(book):
    # end of 03-01: C6 C1 C2; 03-02: C6 C2 C3 (C1 resolved 10:00); 03-03: C2 C3 (C6 resolved 12:00);
    # 03-04: C3 (C2 resolved 16:00); 03-05 on: C3 C4 (C5 came and went on 03-06; C9 deleted; C8 long gone)
    points = stats.backlog(PERIOD, "day")
    assert [p.day.day for p in points] == list(range(1, 11))
    assert [p.open for p in points] == [3, 3, 2, 1, 2, 2, 2, 2, 2, 2]


def test_backlog_by_week_follows_the_calendar(book):
    # 2024-03-01 is a Friday. Gregorian weeks end on Sunday: 03-03, then the period's end 03-10;
    # Jalali weeks (from Saturday) end on Friday: 03-01, 03-08, then 03-10
    points = stats.backlog(PERIOD, "week", calendar="gregorian")
    assert [(p.day.day, p.open) for p in points] == [(3, 2), (10, 2)]
    points = stats.backlog(PERIOD, "week", calendar="jalali")
    assert [(p.day.day, p.open) for p in points] == [(1, 3), (8, 2), (10, 2)]
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "jalali"})
    assert [p.day.day for p in stats.backlog(PERIOD, "week")] == [1, 8, 10]
    with pytest.raises(ValueError):
        stats.backlog(PERIOD, "month")


def test_reopen_rate(book):
    # reopened: C2, C3; resolved at least once: C1 C2 C5 (resolved) + C3 (reopened since)
    rate = stats.reopen_rate(PERIOD)
    assert (rate.reopened, rate.resolved, rate.rate) == (2, 4, 0.5)


def test_satisfaction(book):
    # C1 5 (Ali, Billing), C2 3 (Sara, Billing), C5 4 (Ali, Delivery); C6's 1 is before the period
    assert [(r.label, r.average, r.count) for r in stats.satisfaction(PERIOD, "person")] == [
        ("Ali Karimi", 4.5, 2), ("Sara Ahmadi", 3.0, 1)]
    assert [(r.key, r.average, r.count) for r in stats.satisfaction(PERIOD, "category")] == [
        (book["billing"], 4.0, 2), (book["delivery"], 4.0, 1)]
    assert [(r.label, r.average, r.count) for r in stats.satisfaction(PERIOD, None)] == [("All cases", 4.0, 3)]


def test_top_categories_and_products_count_complaints(book):
    # complaints opened in the period: C1 C2 (Billing, Router), C4 (no category, no product), C5 (Delivery, Modem)
    assert [(r.label, r.count, r.share) for r in stats.top_categories(PERIOD)] == [
        ("Billing", 2, 0.5), ("Delivery", 1, 0.25), ("No category", 1, 0.25)]
    assert [(r.key, r.count, r.share) for r in stats.top_products(PERIOD)] == [("Router", 2, 0.5), ("Modem", 1, 0.25)]
    assert [r.key for r in stats.top_products(PERIOD, limit=1)] == ["Router"]
    assert stats.top_categories(CaseFilter(PERIOD.start, PERIOD.end, kind="request", tz=UTC)) == []


def test_the_period_is_in_local_days(book, cal):
    # C10 opened 03-10 22:00 UTC = 03-11 01:30 in Tehran: inside the UTC period, after the Tehran one;
    # C1 (03-01 10:00 UTC) is 13:30 in Tehran, inside both
    case(opened_at=at(10, 22), kind="question")
    assert stats.response_and_resolution(PERIOD, cal)[0].count == 6
    tehran = CaseFilter(PERIOD.start, PERIOD.end, tz=TEHRAN)
    assert stats.response_and_resolution(tehran, cal)[0].count == 5
    # without a zone on the filter, the calendar's zone decides
    plain = CaseFilter(PERIOD.start, PERIOD.end)
    assert stats.response_and_resolution(plain, WorkCalendar(cal.week, [], TEHRAN))[0].count == 5
    assert stats.response_and_resolution(plain, cal)[0].count == 6


def test_report_has_everything_and_reports_progress(book, cal):
    seen = []
    result = stats.report(PERIOD, cal, progress=lambda done, total: seen.append((done, total)), now=NOW,
                          forecast_weeks=2)
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert result.times[None] == stats.response_and_resolution(PERIOD, cal)
    for by in stats.GROUPINGS:
        assert result.times[by] == stats.response_and_resolution(PERIOD, cal, by)
    assert result.sla == stats.sla_compliance(PERIOD, NOW)
    assert result.backlog_step == "day" and result.backlog == stats.backlog(PERIOD)
    assert result.reopen == stats.reopen_rate(PERIOD)
    assert result.satisfaction["person"] == stats.satisfaction(PERIOD, "person")
    assert result.top_categories == stats.top_categories(PERIOD)
    assert result.top_products == stats.top_products(PERIOD)
    assert len(result.forecast.forecast_weeks) == 2
    year = stats.report(CaseFilter(dt.date(2024, 1, 1), dt.date(2024, 12, 31), tz=UTC), cal, now=NOW,
                        forecast_weeks=None)
    assert year.backlog_step == "week" and year.forecast is None


def test_report_can_be_cancelled(book, cal):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        stats.report(PERIOD, cal, cancel=token)


def test_no_cases(owner, cal):
    (row,) = stats.response_and_resolution(PERIOD, cal)
    assert (row.count, row.avg_response_minutes, row.median_resolution_minutes) == (0, None, None)
    assert stats.response_and_resolution(PERIOD, cal, "person") == []
    assert [p.open for p in stats.backlog(PERIOD)] == [0] * 10
    assert stats.reopen_rate(PERIOD).rate is None
    assert stats.satisfaction(PERIOD, None)[0].average is None
    assert stats.top_products(PERIOD) == []


def test_working_minutes_match_the_calendar(owner):
    """The report's fast path (the calendar's span table, bisected) gives what minutes_between gives,
    on a Persian week with a holiday in Tehran time, including moments outside working hours."""
    rng = random.Random(7)
    holidays = [dt.date(2024, 3, 20), dt.date(2024, 3, 21)]
    twin = WorkCalendar(default_week("fa"), holidays, TEHRAN)  # the expectations' (its table grows apart)
    expected = []
    for _ in range(60):
        opened = at(1, 0) + dt.timedelta(minutes=rng.randrange(0, 40 * 1440))
        answered = opened + dt.timedelta(minutes=rng.randrange(0, 3 * 1440)) if rng.random() < 0.8 else None
        resolved = opened + dt.timedelta(minutes=rng.randrange(0, 20 * 1440)) if rng.random() < 0.7 else None
        case(opened_at=opened, first_response_at=answered, resolved_at=resolved)
        expected.append((twin.minutes_between(opened, answered) if answered else None,
                         twin.minutes_between(opened, resolved) if resolved else None))
    far = at(5, 10, month=4).replace(year=2031)  # beyond the calendar's table: the slow path
    case(opened_at=at(5, 10, month=4), resolved_at=far)
    expected.append((None, twin.minutes_between(at(5, 10, month=4), far)))
    f = CaseFilter(dt.date(2024, 2, 1), dt.date(2024, 5, 1), tz=UTC)
    cal = WorkCalendar(default_week("fa"), holidays, TEHRAN)
    slow, between = [], cal.minutes_between
    cal.minutes_between = lambda a, b: slow.append(b) or between(a, b)
    (row,) = stats.response_and_resolution(f, cal)
    assert slow == [far]  # only the far case took the slow path
    responses = [r for r, _ in expected if r is not None]
    resolutions = [s for _, s in expected if s is not None]
    assert row.count == 61 and row.responded == len(responses) and row.resolved == len(resolutions)
    assert row.avg_response_minutes == pytest.approx(sum(responses) / len(responses))
    assert row.avg_resolution_minutes == pytest.approx(sum(resolutions) / len(resolutions))
    scan = stats._scan(f, cal)  # the table now reaches 2031: all on the fast path
    assert len(slow) == 1
    assert sorted(m for _, responses, _ in scan.groups.values() for m in responses) == sorted(responses)
    assert sorted(m for _, _, resolutions in scan.groups.values() for m in resolutions) == sorted(resolutions)

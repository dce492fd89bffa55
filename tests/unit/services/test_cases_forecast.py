"""Weekly case volume and its forecast per category (services/cases/volume_forecast.py).

"Now" is Wednesday 2025-03-19 12:00 UTC, days in UTC. Gregorian weeks start on Monday: the current
week (week 0) on 2025-03-17, week -1 on 03-10, week -8 on 2025-01-20, week -52 on 2024-03-18,
week -60 on 2024-01-22. Cases are opened on a week's Tuesday at 10:00.

  Billing (seasonal: a case in week -65, within weeks -68..-61, so a year of history exists)
    week -65: 1
    weeks -60..-53: 2 each -> last year's base = 16 / 8 = 2
    week -52: 3, week -51: 1 -> factors 3/2 = 1.5 and 1/2 = 0.5
    weeks -8..-1: 4 each -> recent = 4       forecast = 4 x 1.5, 4 x 0.5 = 6, 2
    week 0: 1 (this week so far)
  Delivery (young: first case in week -10): week -10: 5, weeks -4..-1: 3 each -> recent 12/8 = 1.5
  Returns (old, a case in week -64, but none in last year's base weeks): week -3: 8 -> recent 1
  Other (a case in week -70 only, before the 68 weeks read): not counted at all
  All together (cases in weeks -68..-61): base 2, factors 1.5, 0.5; recent (32 + 12 + 8) / 8 = 6.5
    -> 9.75, 3.25
"""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Case, CaseCategory
from crm_desktop.services import settings
from crm_desktop.services.cases import volume_forecast
from crm_desktop.services.cases.volume_forecast import METHODS

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 3, 19, 12, tzinfo=UTC)
WEEK0 = dt.date(2025, 3, 17)
_numbers = iter(range(1, 100_000))


def opened_in_week(week: int, count: int, category: CaseCategory | None, **fields) -> None:
    """``count`` cases opened on the Tuesday of week ``week`` (relative to the current one)."""
    when = dt.datetime.combine(WEEK0 + dt.timedelta(weeks=week, days=1), dt.time(10), tzinfo=UTC)
    for _ in range(count):
        n = next(_numbers)
        Case.create(number=f"F-{n}", year=2025, sequence=n, subject=f"case {n}", opened_at=when, category=category,
                    **fields)


@pytest.fixture
def book(owner):
    billing, delivery, returns, other = (CaseCategory.create(name=n)
                                         for n in ("Billing", "Delivery", "Returns", "Other"))
    opened_in_week(-65, 1, billing)
    for week in range(-60, -52):
        opened_in_week(week, 2, billing)
    opened_in_week(-52, 3, billing)
    opened_in_week(-51, 1, billing)
    for week in range(-8, 0):
        opened_in_week(week, 4, billing)
    opened_in_week(0, 1, billing)
    opened_in_week(-10, 5, delivery)
    for week in range(-4, 0):
        opened_in_week(week, 3, delivery)
    opened_in_week(-64, 1, returns)
    opened_in_week(-70, 1, other)
    opened_in_week(-3, 8, returns)
    opened_in_week(-5, 3, billing, deleted_at=NOW)  # removed: never counted
    return {"billing": billing.id, "delivery": delivery.id, "returns": returns.id}


def test_seasonal_and_average_forecasts(book):
    result = volume_forecast.forecast(2, now=NOW, calendar="gregorian", tz=UTC)
    assert result.forecast_weeks == [WEEK0, dt.date(2025, 3, 24)]
    assert len(result.history_weeks) == 52
    assert result.history_weeks[0] == dt.date(2024, 3, 18) and result.history_weeks[-1] == dt.date(2025, 3, 10)
    rows = {r.label: r for r in result.categories}
    assert [r.label for r in result.categories] == ["Billing", "Delivery", "Returns"]  # most cases in 52 weeks

    billing = rows["Billing"]
    assert billing.key == book["billing"]
    assert billing.history == [3, 1] + [0] * 42 + [4] * 8
    assert (billing.this_week, billing.recent_mean) == (1, 4.0)
    assert billing.method == "seasonal"
    assert billing.factors == [1.5, 0.5]
    assert billing.forecast == [6.0, 2.0]

    delivery = rows["Delivery"]
    assert delivery.history == [0] * 42 + [5, 0, 0, 0, 0, 0, 3, 3, 3, 3]
    assert (delivery.method, delivery.forecast, delivery.factors) == ("average", [1.5, 1.5], None)

    returns = rows["Returns"]  # old enough, but last year's base weeks were empty: no factor
    assert (returns.method, returns.forecast, sum(returns.history)) == ("average", [1.0, 1.0], 8)

    total = result.total
    assert total.label == "All categories"
    assert total.method == "seasonal" and total.factors == [1.5, 0.5]
    assert total.recent_mean == 6.5 and total.forecast == [9.75, 3.25]
    assert total.this_week == 1


def test_the_method_is_explained(book):
    result = volume_forecast.forecast(1, now=NOW, calendar="gregorian", tz=UTC)
    texts = {r.method: r.method_text for r in result.categories}
    assert set(texts) == {"seasonal", "average"}
    assert "same week last year" in texts["seasonal"] and "8 weeks" in texts["average"]
    assert set(METHODS) == {"seasonal", "average"}


def test_filters_apply(book):
    result = volume_forecast.forecast(1, now=NOW, calendar="gregorian", tz=UTC, category_id=book["delivery"])
    assert [r.label for r in result.categories] == ["Delivery"]
    assert result.total.method == "average"  # the filtered history is young
    assert volume_forecast.forecast(1, now=NOW, calendar="gregorian", tz=UTC, channel="sms").categories == []


def test_jalali_weeks_start_on_saturday(owner):
    # a case on Saturday 2025-03-15: Jalali week 0 (Sat 03-15 .. Fri 03-21), Gregorian week -1 (from Mon 03-10)
    Case.create(number="J-1", year=1403, sequence=1, subject="s", opened_at=dt.datetime(2025, 3, 15, 10, tzinfo=UTC))
    jalali = volume_forecast.forecast(4, now=NOW, calendar="jalali", tz=UTC)
    assert jalali.forecast_weeks[0] == dt.date(2025, 3, 15) and jalali.history_weeks[-1] == dt.date(2025, 3, 8)
    assert (jalali.total.this_week, jalali.total.history[-1]) == (1, 0)
    gregorian = volume_forecast.forecast(4, now=NOW, calendar="gregorian", tz=UTC)
    assert (gregorian.total.this_week, gregorian.total.history[-1]) == (0, 1)
    (row,) = gregorian.categories
    assert (row.key, row.label, row.method, row.forecast) == (None, "No category", "average", [0.125] * 4)
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "jalali"})  # the user's calendar by default
    assert volume_forecast.forecast(1, now=NOW, tz=UTC).forecast_weeks == [dt.date(2025, 3, 15)]


def test_nothing_yet_and_bad_weeks(owner):
    result = volume_forecast.forecast(3, now=NOW, calendar="gregorian", tz=UTC)
    assert result.categories == []
    assert (result.total.method, result.total.forecast, result.total.history) == ("average", [0.0] * 3, [0] * 52)
    for weeks in (0, 53):
        with pytest.raises(ValueError):
            volume_forecast.forecast(weeks, now=NOW)

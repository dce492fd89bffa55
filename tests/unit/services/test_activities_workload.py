"""The team workload (services/activities/workload.py) on hand-made activities, Tehran time.

Now: Wednesday 2025-12-03 10:00 Tehran = 12 Azar 1404. The Jalali week runs Saturday 11-29 .. Friday
12-05; the Gregorian week Monday 12-01 .. Sunday 12-07. Azar 1404 = 2025-11-22 .. 2025-12-21, Aban
1404 = 10-23 .. 11-21, Mehr ends 10-22.

Open (Tehran times)                                   overdue  today  week(J)  week(G)
Maryam  m1 Mon 12-01 09:00                            x
        m2 all day Tue 12-02                          x
        m3 today 08:00 (past)                         x
        m4 all day today                                       x      x        x
        m5 today 15:00                                         x      x        x
        m6 Fri 12-05 11:00                                            x        x
        m7 Sat 12-06 09:00                                                     x
        m8 Sat 12-20 09:00
        -> open 8, overdue 3, today 2, week 3 (Gregorian 4)
Sara    s1 Sun 11-30 09:00                            x
        s2 today 23:30 (20:00 UTC)                             x      x        x
        s3 tomorrow 00:15 (still 12-03 in UTC)                        x        x
        -> open 3, overdue 1, today 1, week 2
nobody  u1 Tue 12-02 10:00                            x        -> open 1, overdue 1
Reza (inactive) r1 12-10                                          -> open 1 (listed: he has work)

Done: Maryam d1 Sat 11-22 00:30 (21:00 UTC on 11-21: Azar in Tehran, Aban by the UTC date),
d2 Fri 11-21 23:30 (Aban), d3 today 09:00 (Azar), d4 Azar but deleted; Sara e1 Thu 10-23 00:05 (first
minutes of Aban), e2 Wed 10-22 23:55 (Mehr).
This month (Azar): Maryam done 2 (d1 d3), before (Aban) 1 (d2); Sara 0 and 1 (e1).
Gregorian December: Maryam 1 (d3), November 2 (d1 d2); Sara 0 and 0.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.models import Activity, User
from crm_desktop.services.activities import activity_service as svc
from crm_desktop.services.activities import workload as wl
from crm_desktop.services.activities.workload import Period
from crm_desktop.services.context import acting_as
from tests.conftest import sqlite_only

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 12, 3, 10, 0, tzinfo=TEHRAN).astimezone(UTC)
D = dt.date


def at(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=TEHRAN)


@pytest.fixture
def team(owner):
    User.update(full_name="Maryam Kazemi").where(User.id == owner.id).execute()
    sara = User.create(username="sara", full_name="Sara Ahmadi")
    reza = User.create(username="reza", full_name="Reza Nouri", is_active=False)
    User.create(username="old", full_name="Old Account", is_active=False)  # nothing to do: not listed

    def plan(who: User, due: dt.datetime, *, all_day: bool = False) -> Activity:
        return svc.create_activity(svc.ActivityInput(kind="task", subject="x", due_at=due, all_day=all_day,
                                                     assignee_id=who.id), now=NOW, tz=TEHRAN)

    def done(who: User, when: dt.datetime) -> Activity:
        return svc.create_activity(svc.ActivityInput(kind="call", subject="y", due_at=when, done=True, done_at=when,
                                                     assignee_id=who.id), now=NOW, tz=TEHRAN)

    with acting_as(owner.id):
        for due, all_day in ((at(12, 1, 9), False), (at(12, 2), True), (at(12, 3, 8), False), (at(12, 3), True),
                             (at(12, 3, 15), False), (at(12, 5, 11), False), (at(12, 6, 9), False),
                             (at(12, 20, 9), False)):
            plan(owner, due, all_day=all_day)
        for due in (at(11, 30, 9), at(12, 3, 23, 30), at(12, 4, 0, 15)):
            plan(sara, due)
        nobody = plan(owner, at(12, 2, 10))
        Activity.update(assignee=None).where(Activity.id == nobody.id).execute()
        plan(reza, at(12, 10, 9))
        for when in (at(11, 22, 0, 30), at(11, 21, 23, 30), at(12, 3, 9)):
            done(owner, when)
        svc.delete_activity(done(owner, at(12, 1, 12)).id)
        for when in (at(10, 23, 0, 5), at(10, 22, 23, 55)):
            done(sara, when)
        svc.delete_activity(plan(sara, at(12, 1, 9)).id)  # deleted open work counts nowhere
    return {"maryam": owner.id, "sara": sara.id, "reza": reza.id}


def figures(load: wl.PersonLoad) -> tuple:
    return load.open, load.overdue, load.due_today, load.due_week, load.done, load.done_before


def by_name(result: wl.Workload) -> dict[str, tuple]:
    return {p.name: figures(p) for p in result.people}


# --- periods ---------------------------------------------------------------------------------------

def test_jalali_weeks_start_on_saturday_and_gregorian_ones_on_monday():
    assert wl.week_of(D(2025, 12, 3), "jalali") == Period("week", D(2025, 11, 29), D(2025, 12, 5))
    assert wl.week_of(D(2025, 11, 29), "jalali") == Period("week", D(2025, 11, 29), D(2025, 12, 5))
    assert wl.week_of(D(2025, 12, 5), "jalali").start == D(2025, 11, 29)  # Friday ends the week
    assert wl.week_of(D(2025, 12, 3), "gregorian") == Period("week", D(2025, 12, 1), D(2025, 12, 7))
    assert wl.week_of(D(2025, 12, 7), "gregorian").start == D(2025, 12, 1)  # Sunday ends it


def test_jalali_months_and_their_ends():
    assert wl.month_of(D(2025, 12, 3), "jalali") == Period("month", D(2025, 11, 22), D(2025, 12, 21))  # Azar 1404
    assert wl.month_of(D(2025, 11, 21), "jalali") == Period("month", D(2025, 10, 23), D(2025, 11, 21))  # Aban
    # Esfand 1403 is a leap Esfand (30 days), Esfand 1404 has 29
    assert wl.month_of(D(2025, 3, 20), "jalali") == Period("month", D(2025, 2, 19), D(2025, 3, 20))
    assert wl.month_of(D(2026, 3, 20), "jalali") == Period("month", D(2026, 2, 20), D(2026, 3, 20))
    assert wl.month_of(D(2025, 3, 21), "jalali").start == D(2025, 3, 21)  # 1 Farvardin 1404
    assert wl.previous(wl.month_of(D(2025, 3, 21), "jalali"), "jalali").days == 30
    assert wl.month_of(D(2024, 2, 29), "gregorian") == Period("month", D(2024, 2, 1), D(2024, 2, 29))


def test_the_period_choices_and_the_period_before():
    today = D(2025, 12, 3)
    assert wl.chosen_period("week", today, "jalali") == Period("week", D(2025, 11, 29), D(2025, 12, 5))
    assert wl.chosen_period("month", today, "jalali") == Period("month", D(2025, 11, 22), D(2025, 12, 21))
    assert wl.chosen_period("last_month", today, "jalali") == Period("month", D(2025, 10, 23), D(2025, 11, 21))
    assert wl.chosen_period("last_month", today, "gregorian") == Period("month", D(2025, 11, 1), D(2025, 11, 30))
    custom = wl.chosen_period("custom", today, "jalali", (D(2025, 12, 10), D(2025, 12, 1)))  # put in order
    assert custom == Period("custom", D(2025, 12, 1), D(2025, 12, 10))
    assert wl.previous(custom) == Period("custom", D(2025, 11, 21), D(2025, 11, 30))  # as many days before
    assert wl.previous(wl.week_of(today, "jalali"), "jalali") == Period("week", D(2025, 11, 22), D(2025, 11, 28))
    months = wl.last_periods("month", 3, today, "jalali")
    assert [(p.start, p.end) for p in months] == [(D(2025, 9, 23), D(2025, 10, 22)), (D(2025, 10, 23), D(2025, 11, 21)),
                                                  (D(2025, 11, 22), D(2025, 12, 21))]  # Mehr, Aban, Azar
    with pytest.raises(ValueError):
        wl.chosen_period("year", today, "jalali")


def test_period_names_in_the_users_calendar_and_digits():
    azar = wl.month_of(D(2025, 12, 3), "jalali")
    assert wl.period_label(azar, "jalali", lang="en", digits="latin") == "Azar 1404"
    assert wl.period_label(azar, "jalali", lang="fa", digits="persian") == "آذر ۱۴۰۴"
    assert wl.period_label(wl.month_of(D(2025, 12, 3), "gregorian"), "gregorian", lang="en",
                           digits="latin") == "December 2025"
    week = wl.week_of(D(2025, 12, 3), "jalali")
    assert wl.period_label(week, "jalali", lang="en", digits="latin") == "8 Azar 1404"  # its Saturday


# --- the figures -----------------------------------------------------------------------------------

def test_each_persons_open_overdue_due_and_done_figures(team):
    result = wl.workload(now=NOW, tz=TEHRAN, calendar="jalali")
    assert result.period == Period("month", D(2025, 11, 22), D(2025, 12, 21))  # this month by default
    assert result.previous == Period("month", D(2025, 10, 23), D(2025, 11, 21))
    assert result.week == Period("week", D(2025, 11, 29), D(2025, 12, 5))
    assert [p.name for p in result.people] == ["Maryam Kazemi", "Reza Nouri", "Sara Ahmadi", "Unassigned"]
    assert by_name(result) == {
        #                 open overdue today week done before
        "Maryam Kazemi": (8, 3, 2, 3, 2, 1),
        "Reza Nouri": (1, 0, 0, 0, 0, 0),
        "Sara Ahmadi": (3, 1, 1, 2, 0, 1),
        "Unassigned": (1, 1, 0, 0, 0, 0),
    }
    assert [p.user_id for p in result.people] == [team["maryam"], team["reza"], team["sara"], None]
    assert figures(result.total) == (13, 5, 3, 5, 2, 2)


def test_the_gregorian_calendar_moves_the_week_and_month_edges(team):
    result = wl.workload(now=NOW, tz=TEHRAN, calendar="gregorian")
    assert result.period == Period("month", D(2025, 12, 1), D(2025, 12, 31))
    assert by_name(result)["Maryam Kazemi"] == (8, 3, 2, 4, 1, 2)  # Saturday's m7 is this week; Nov: d1 d2
    assert by_name(result)["Sara Ahmadi"] == (3, 1, 1, 2, 0, 0)  # e1 is October now


def test_a_chosen_period_counts_what_was_done_in_it(team):
    last_month = wl.chosen_period("last_month", D(2025, 12, 3), "jalali")  # Aban; before it Mehr
    result = wl.workload(last_month, now=NOW, tz=TEHRAN, calendar="jalali")
    assert by_name(result)["Maryam Kazemi"][4:] == (1, 0)
    assert by_name(result)["Sara Ahmadi"][4:] == (1, 1)
    week = wl.workload(wl.week_of(D(2025, 12, 3), "jalali"), now=NOW, tz=TEHRAN, calendar="jalali")
    assert by_name(week)["Maryam Kazemi"][4:] == (1, 1)  # d3 this week; d1 on last week's Saturday
    # the same moment seen from UTC: d1 (21:00 UTC on 11-21) falls in Aban
    utc = wl.workload(now=NOW, tz=UTC, calendar="jalali")
    assert by_name(utc)["Maryam Kazemi"][4:] == (1, 2)


def test_an_unassigned_row_is_always_there_and_figures_move_with_the_clock(owner):
    empty = wl.workload(now=NOW, tz=TEHRAN, calendar="jalali")
    assert [(p.user_id, figures(p)) for p in empty.people] == [(owner.id, (0,) * 6), (None, (0,) * 6)]
    task = svc.create_activity(svc.ActivityInput(kind="task", subject="x", due_at=at(12, 3, 11)), now=NOW, tz=TEHRAN)
    assert figures(wl.workload(now=NOW, tz=TEHRAN, calendar="jalali").people[0]) == (1, 0, 1, 1, 0, 0)
    later = at(12, 3, 12).astimezone(UTC)
    assert figures(wl.workload(now=later, tz=TEHRAN, calendar="jalali").people[0]) == (1, 1, 0, 0, 0, 0)
    svc.complete_activity(task.id, now=later, tz=TEHRAN)
    assert figures(wl.workload(now=later, tz=TEHRAN, calendar="jalali").people[0]) == (0, 0, 0, 0, 1, 0)


def test_done_per_person_per_month_and_week_for_the_chart(team):
    months = wl.completed_series("month", 3, now=NOW, tz=TEHRAN, calendar="jalali")
    assert [wl.period_label(p, "jalali", lang="en", digits="latin") for p in months.periods] == \
        ["Mehr 1404", "Aban 1404", "Azar 1404"]
    # every active user has a series; Reza (inactive, nothing done) and nobody's row stay out
    assert [(s.name, s.counts) for s in months.people] == [("Maryam Kazemi", [0, 1, 2]), ("Sara Ahmadi", [1, 1, 0])]
    assert months.totals == [1, 2, 2]
    weeks = wl.completed_series("week", 2, now=NOW, tz=TEHRAN, calendar="jalali")
    assert [(p.start, p.end) for p in weeks.periods] == [(D(2025, 11, 22), D(2025, 11, 28)),
                                                         (D(2025, 11, 29), D(2025, 12, 5))]
    assert [s.counts for s in weeks.people] == [[1, 1], [0, 0]]
    gregorian = wl.completed_series("week", 2, now=NOW, tz=TEHRAN, calendar="gregorian")
    assert [s.counts for s in gregorian.people] == [[0, 1], [0, 0]]  # d1 was a Saturday, before Monday 11-24
    ending = wl.completed_series("month", 2, ending=D(2025, 11, 1), now=NOW, tz=TEHRAN, calendar="jalali")
    assert [s.counts for s in ending.people] == [[0, 1], [1, 1]]  # Mehr and Aban
    assert len(wl.completed_series("month", now=NOW, tz=TEHRAN, calendar="jalali").periods) == 6


def test_done_by_nobody_and_by_an_inactive_user_is_charted(team):
    gone = svc.create_activity(svc.ActivityInput(kind="call", subject="z", due_at=at(12, 2, 9), done=True,
                                                 assignee_id=team["reza"]), now=NOW, tz=TEHRAN)
    orphan = svc.create_activity(svc.ActivityInput(kind="call", subject="z", due_at=at(12, 2, 9), done=True),
                                 now=NOW, tz=TEHRAN)
    Activity.update(assignee=None).where(Activity.id == orphan.id).execute()
    series = wl.completed_series("month", 1, now=NOW, tz=TEHRAN, calendar="jalali")
    assert [(s.name, s.counts) for s in series.people] == [("Maryam Kazemi", [2]), ("Reza Nouri", [1]),
                                                            ("Sara Ahmadi", [0]), ("Unassigned", [1])]
    assert gone.done_at is not None


def _plan(query) -> str:
    sql, params = query.sql()
    return " ".join(str(row[-1]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())


@sqlite_only()
def test_the_figures_read_the_indexes_of_open_and_done_activities(team):
    start, end = at(12, 3).astimezone(UTC), at(12, 6).astimezone(UTC)
    plan = _plan(wl.open_query(start, end))
    assert "INDEX activity_open_assignee_due" in plan
    assert "TEMP B-TREE" not in plan  # grouped in the index's order, no sort
    assert "activity_open" in _plan(wl.today_query(NOW, start, start + dt.timedelta(days=1)))
    assert "activity_done" in _plan(wl.done_query([start, end]))

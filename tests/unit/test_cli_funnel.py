"""``crm-desktop deals / deal-move / leads / lead-convert`` as a script runs them: tables on stdout,
exit codes, one-line refusals in the user's language, no tracebacks, nothing changed when refused."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import Deal, DealStageChange, Lead, User
from crm_desktop.services import contacts, organizations
from crm_desktop.services.funnel import choices, deals, leads, pipelines
from tests.unit.test_cli import run

T0 = dt.datetime(2025, 1, 5, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def funnel_db(owner, fresh_db_target) -> dict:
    """Two deals (Ali's open AC units for Sara the user, Zagros' won support contract) and two leads."""
    sara = User.create(username="sara", full_name="Sara Ahmadi")
    zagros = organizations.create_organization(organizations.OrganizationInput(name="Zagros Trading"))
    ali = contacts.create_contact(contacts.ContactInput(first_name="Ali", last_name="Rezaei"))
    ac = deals.create_deal(deals.DealInput(title="AC units", contact_id=ali.id, amount=500_000_000, owner_id=sara.id,
                                           expected_close=dt.date(2025, 3, 1)), at=T0)
    support = deals.create_deal(deals.DealInput(title="Support contract", organization_id=zagros.id,
                                                amount=120_000_000), at=T0 + dt.timedelta(days=1))
    deals.win_deal(support.id, at=T0 + dt.timedelta(days=9))
    website = choices.find_choice("source", "Website")
    maryam = leads.create_lead(leads.LeadInput(first_name="Maryam", last_name="Nouri", phone="0912 345 6789",
                                               source_id=website, interest="Laser printer"),
                               at=T0 + dt.timedelta(days=2))
    leads.set_status(maryam.id, "qualified")
    leads.create_lead(leads.LeadInput(company_name="Pars Clinic", email="info@pars.example"),
                      at=T0 + dt.timedelta(days=3))
    return {"db": fresh_db_target, "ac": ac.id, "support": support.id, "maryam": maryam.id}


def _table(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.strip().splitlines()]


def test_deals_lists_newest_first_with_filters(home, funnel_db):
    db = funnel_db["db"]
    done = run("deals", "--db", db, home=home)
    assert done.returncode == 0, done.stderr
    assert _table(done.stdout) == [
        ["ID", "Title", "Customer", "Stage", "Status", "Amount", "Owner", "Expected close"],
        [str(funnel_db["support"]), "Support contract", "Zagros Trading", "Won", "won", "120,000,000 Rial",
         User.get_by_id(1).display_name, ""],
        [str(funnel_db["ac"]), "AC units", "Ali Rezaei", "First contact", "open", "500,000,000 Rial", "Sara Ahmadi",
         "2025-03-01"],
    ]
    only_open = _table(run("deals", "--db", db, "--status", "open", home=home).stdout)
    assert [row[1] for row in only_open[1:]] == ["AC units"]
    mine = _table(run("deals", "--db", db, "--owner", "Sara Ahmadi", "--pipeline", "Sales", home=home).stdout)
    assert [row[1] for row in mine[1:]] == ["AC units"]
    assert len(_table(run("deals", "--db", db, "--limit", "1", home=home).stdout)) == 2
    nothing = run("deals", "--db", db, "--status", "lost", home=home)
    assert nothing.returncode == 0 and nothing.stdout == "" and "No deals match." in nothing.stderr


def test_deals_in_persian(home, funnel_db):
    done = run("deals", "--db", funnel_db["db"], "--status", "open", home=home, lang="fa")
    assert done.returncode == 0, done.stderr
    row = _table(done.stdout)[1]
    assert row[5] == "\u06f5\u06f0\u06f0\u066c\u06f0\u06f0\u06f0\u066c\u06f0\u06f0\u06f0 ریال"
    assert row[7] == "\u06f1\u06f4\u06f0\u06f3/\u06f1\u06f2/\u06f1\u06f1"  # 1403/12/11 in the Jalali calendar


def test_deal_move_through_the_stages_to_lost(home, funnel_db):
    db, ac = funnel_db["db"], str(funnel_db["ac"])
    done = run("deal-move", ac, "Proposal / pre-invoice", "--db", db, home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Deal 1 \u201cAC units\u201d moved from First contact to Proposal / pre-invoice."
    again = run("deal-move", ac, "proposal / PRE-INVOICE", "--db", db, home=home)
    assert again.returncode == 0 and "already in Proposal / pre-invoice" in again.stdout
    lost = run("deal-move", ac, "Lost", "--reason", "price too high", "--db", db, home=home)
    assert lost.returncode == 0, lost.stderr
    deal = Deal.get_by_id(funnel_db["ac"])
    assert deal.status == "lost" and deal.lost_reason.name == "Price too high" and deal.closed_at is not None
    names = [c.to_stage for c in deals.stage_history(deal.id)]
    assert names == ["First contact", "Proposal / pre-invoice", "Lost"]
    reopened = run("deal-move", ac, "won", "--db", db, home=home)  # the end's plain word works too
    assert reopened.returncode == 0 and Deal.get_by_id(funnel_db["ac"]).status == "won"


@pytest.mark.parametrize("args, words", [
    (("deal-move", "99", "Won"), "There is no deal with number 99."),
    (("deal-move", "1", "Somewhere"), "There is no stage \u201cSomewhere\u201d"),
    (("deal-move", "1", "Lost"), "needs --reason; the reasons are: Price too high, Chose a competitor"),
    (("deal-move", "1", "Lost", "--reason", "Bad luck"), "There is no lost reason \u201cBad luck\u201d"),
    (("deal-move", "1", "Won", "--reason", "No budget"), "--reason only goes with the lost stage"),
    (("deals", "--owner", "nobody"), "There is no user \u201cnobody\u201d; the users are:"),
    (("deals", "--pipeline", "Rentals"), "There is no pipeline named \u201cRentals\u201d; the pipelines are: Sales."),
    (("deals", "--limit", "0"), "--limit must be 1 or more."),
    (("leads", "--limit", "-3"), "--limit must be 1 or more."),
    (("lead-convert", "99"), "There is no lead with number 99."),
    (("lead-convert", "1", "--amount", "lots"), "\u201clots\u201d is not an amount in Rial"),
    (("lead-convert", "1", "--amount", "-5"), "The amount cannot be negative."),
])
def test_refused_commands_say_why_in_one_line_and_change_nothing(home, funnel_db, args, words):
    before = (list(Deal.select().order_by(Deal.id).tuples()), DealStageChange.select().count(),
              list(Lead.select().order_by(Lead.id).tuples()))
    done = run(*args, "--db", funnel_db["db"], home=home)
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr + done.stdout and done.stdout == ""
    after = (list(Deal.select().order_by(Deal.id).tuples()), DealStageChange.select().count(),
             list(Lead.select().order_by(Lead.id).tuples()))
    assert after == before


def test_a_refusal_speaks_persian(home, funnel_db):
    done = run("deal-move", "99", "Won", "--db", funnel_db["db"], home=home, lang="fa")
    assert done.returncode == 2 and "\u06f9\u06f9" in done.stderr and "Traceback" not in done.stderr


def test_bad_arguments_are_argument_errors(home, funnel_db):
    for args in (("deal-move", "abc", "Won"), ("deals", "--status", "maybe"), ("leads", "--status", "hot")):
        done = run(*args, "--db", funnel_db["db"], home=home)
        assert done.returncode == 2 and "Traceback" not in done.stderr


def test_leads_list_and_convert(home, funnel_db):
    db = funnel_db["db"]
    done = run("leads", "--db", db, home=home)
    assert done.returncode == 0, done.stderr
    table = _table(done.stdout)
    assert table[0] == ["ID", "Name", "Company", "Phone", "Source", "Status", "Score", "Owner", "Added"]
    assert [row[1:7] for row in table[1:]] == [["", "Pars Clinic", "", "", "new", ""],
                                               ["Maryam Nouri", "", "0912 345 6789", "Website", "qualified", ""]]
    assert table[2][8] == "2025-01-07"
    qualified = _table(run("leads", "--db", db, "--status", "qualified", home=home).stdout)
    assert [row[1] for row in qualified[1:]] == ["Maryam Nouri"]

    converted = run("lead-convert", str(funnel_db["maryam"]), "--amount", "۲۵۰٬۰۰۰٬۰۰۰", "--db", db, home=home)
    assert converted.returncode == 0, converted.stderr
    lead = Lead.get_by_id(funnel_db["maryam"])
    deal = Deal.get(Deal.lead == lead.id)
    assert lead.status == "converted" and lead.contact.display_name == "Maryam Nouri"
    assert (deal.amount, deal.title, deal.contact_id, deal.status) == (250_000_000, "Laser printer",
                                                                       lead.contact_id, "open")
    assert converted.stdout.strip() == (f"Lead {lead.id} converted: customer \u201cMaryam Nouri\u201d, deal {deal.id} "
                                        "\u201cLaser printer\u201d (250,000,000 Rial).")
    twice = run("lead-convert", str(lead.id), "--db", db, home=home)
    assert twice.returncode == 2 and "already converted" in twice.stderr
    assert Deal.select().count() == 3 and pipelines.default_pipeline_id() == deal.pipeline_id

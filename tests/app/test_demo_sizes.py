"""Demo offices of any size and age (issue 20): the history reaches back as many years as asked,
and a busier office gets the technicians its work orders need (no double booking, R4.1)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from itertools import pairwise

from app.demo import fill_demo_office
from app.demo.office import technicians_needed
from app.models import Staff, Ticket, WorkOrder, WorkOrderTechnician
from tests.conftest import NOW


def test_technicians_needed_follows_the_tickets_per_day():
    assert technicians_needed(1500, 535) == 0  # the default demo: 2.8 a day, 8 technicians plenty
    # 60,000 over 5 years: 32.9 tickets a day × 0.7 on site / 2 per technician = 11.5 → 12, 4 more
    assert technicians_needed(60_000, 5 * 365) == 4
    # 60,000 over the default ~18 months (what failed with 9): 112 a day → 40 technicians, 32 more
    assert technicians_needed(60_000, 535) == 32


def test_a_three_year_demo_reaches_back_three_years_R4_1(office):
    summary = fill_demo_office(NOW, tickets=300, customers=None, years=3)
    assert summary.tickets == Ticket.select().count() == 300
    assert summary.customers == 300  # at least 300 customers when not given
    oldest = Ticket.select().order_by(Ticket.received_at).first().received_at
    assert NOW - timedelta(days=3 * 365 + 1) <= oldest < NOW - timedelta(days=2 * 365)
    assert Staff.select().where(Staff.role == "technician").count() == 9  # 0.3 a day: no extra
    windows = defaultdict(list)
    for wot in WorkOrderTechnician.select(WorkOrderTechnician, WorkOrder).join(WorkOrder):
        windows[wot.staff_id].append((wot.work_order.window_start, wot.work_order.window_end))
    for booked in windows.values():
        booked.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(booked))


def test_the_demo_command_makes_an_office_of_the_size_and_age_asked_for(tmp_path, capsys):
    """`main.py demo PATH --tickets 400 --years 2`: 400 tickets over two years, one customer per
    five tickets but at least 300 (hand-worked: max(300, 400 // 5) = 300)."""
    from app import cli
    from app import db as app_db
    from app.models import Customer

    path = tmp_path / "big.db"
    assert cli.main(["demo", str(path), "--tickets", "400", "--years", "2", "--lang", "en"], now=NOW) == 0
    assert "400 tickets" in capsys.readouterr().out
    app_db.connect(str(path))
    try:
        assert Ticket.select().count() == 400 and Customer.select().count() == 300
        oldest = Ticket.select().order_by(Ticket.received_at).first().received_at
        assert NOW - timedelta(days=2 * 365 + 1) <= oldest < NOW - timedelta(days=365)
    finally:
        app_db.close()


def test_a_wrong_demo_size_is_one_sentence_and_makes_no_file(tmp_path, capsys):
    from app import cli

    for argv, expected in (
        (["--tickets", "many"], "--tickets takes a whole number from 0 to 2,000,000, e.g. --tickets 60000."),
        (["--tickets", "-5"], "--tickets takes a whole number from 0 to 2,000,000"),
        (["--years", "0"], "--years takes a number of years from 0.1 to 20, e.g. --years 5."),
        (["--years", "fifty"], "--years takes a number of years from 0.1 to 20"),
    ):
        assert cli.main(["demo", str(tmp_path / "x.db"), "--lang", "en", *argv], now=NOW) == 2
        err = capsys.readouterr().err
        assert expected in err and err.count("\n") == 1, err
    assert list(tmp_path.glob("x.db*")) == []


def test_the_demo_command_refuses_a_server_address_and_makes_no_folder(tmp_path, capsys, monkeypatch):
    from app import cli

    monkeypatch.chdir(tmp_path)
    url = "postgresql://postgres@127.0.0.1:5432/demo"
    assert cli.main(["demo", url, "--lang", "en"], now=NOW) == 2
    assert "not on a server" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.name != "userdata"] == []  # no "postgresql:" folder

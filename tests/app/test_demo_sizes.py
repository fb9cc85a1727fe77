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

"""R3.4 pauses through the service; R3.3 recomputation of open tickets."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app import db
from app.errors import ValidationError
from app.models import CalendarDay, SlaPause, Ticket, TicketDeadline
from app.services import deadlines, pauses
from tests.app.factories import register
from tests.conftest import NOW


def _due(ticket_id, clock):
    return TicketDeadline.get((TicketDeadline.ticket == ticket_id) & (TicketDeadline.clock == clock)).due_at


def test_a_pause_moves_the_repair_deadline_by_the_paused_working_time_R3_4(office):
    reg = register(office)  # Monday 2026-11-23 10:00, simple repair due Monday 30th 10:00
    assert _due(reg.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)
    pauses.pause(reg.ticket_id, "parts", "等待进口阀门", office, NOW + timedelta(hours=2))
    pauses.resume(reg.ticket_id, office, NOW + timedelta(hours=8))  # 6 h on a working day
    assert _due(reg.ticket_id, "repair") == datetime(2026, 11, 30, 16, 0)
    assert _due(reg.ticket_id, "first_response") == NOW + timedelta(hours=24)  # never pauses
    p = SlaPause.get()
    assert (p.reason, p.set_by_id, p.ended_by_id) == ("parts", office, office)


def test_a_pause_over_the_weekend_only_counts_its_working_days_R3_4(office):
    reg = register(office)
    pauses.pause(
        reg.ticket_id, "customer_postponed", "客户出差", office, datetime(2026, 11, 27, 10, 0)
    )  # Friday
    pauses.resume(reg.ticket_id, office, datetime(2026, 11, 30, 10, 0))  # Monday: 1 working day paused
    assert _due(reg.ticket_id, "repair") == datetime(2026, 12, 1, 10, 0)


def test_an_open_pause_counts_up_to_now_and_cannot_be_doubled_R3_4(office):
    reg = register(office)
    pauses.pause(reg.ticket_id, "customer_unreachable", "", office, NOW)
    with pytest.raises(ValidationError):
        pauses.pause(reg.ticket_id, "parts", "", office, NOW)
    ticket = Ticket.get_by_id(reg.ticket_id)
    with db.database.atomic():
        deadlines.recompute(ticket, NOW + timedelta(hours=3))
    assert _due(reg.ticket_id, "repair") == datetime(2026, 11, 30, 13, 0)


def test_resuming_an_unpaused_ticket_is_refused(office):
    reg = register(office)
    with pytest.raises(ValidationError) as err:
        pauses.resume(reg.ticket_id, office, NOW)
    assert "not paused" in err.value.text()


def test_a_calendar_change_moves_open_deadlines_but_not_closed_ones_R3_3(office):
    open_reg = register(office)
    closed_reg = register(
        office, confirmed_repeat=True, site_id=Ticket.get_by_id(open_reg.ticket_id).site_id, new_site=None
    )
    Ticket.update(status="closed").where(Ticket.id == closed_reg.ticket_id).execute()
    CalendarDay.create(day=datetime(2026, 11, 25).date(), is_workday=False, name="台风停工", source="office")
    with db.database.atomic():
        changed = deadlines.recompute_open_tickets(NOW)
    assert changed == 0  # the next deadline (first response, clock hours) did not move
    assert _due(open_reg.ticket_id, "repair") == datetime(2026, 12, 1, 10, 0)
    assert _due(closed_reg.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)

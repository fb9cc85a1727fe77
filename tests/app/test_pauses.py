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


def _ready_repair(office):
    """Mon 2026-11-23 10:00 repair, dispatched and confirmed at once: first response, forward and
    plan are met, so only the (pausable) repair clock runs: due Mon 30 10:00 (5 office days)."""
    from app.models import Staff
    from app.services import dispatch
    from app.services import work_orders as wo

    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(office)
    order = dispatch.assign(
        reg.ticket_id, [tech], datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 11), office, NOW
    )
    wo.confirm_appointment(order, office, NOW)
    return reg


def test_an_open_pause_is_never_escalated_and_its_deadline_moves_live_R3_4(office):
    from app.services import follow_ups, ticket_list

    reg = _ready_repair(office)
    assert _due(reg.ticket_id, "repair") == datetime(2026, 11, 30, 10, 0)
    pauses.pause(reg.ticket_id, "parts", "等待进口阀门", office, datetime(2026, 11, 25, 10, 0))  # Wed
    # Wed Dec 2 10:00, long past Mon 30 10:00: paused office time Wed 25 10:00 → Dec 2 10:00 =
    # 8 + 9 (Thu) + 9 (Fri) + 9 (Mon) + 9 (Tue) + 1 (Wed) = 45 h; Mon 30 10:00 + 45 h office time
    # = 8 (Mon) + 9 (Tue) + 9 (Wed) + 9 (Thu) + 9 (Fri Dec 4) + 1 (Mon Dec 7) → Mon Dec 7 10:00
    now = datetime(2026, 12, 2, 10, 0)
    assert follow_ups.escalate_overdue(now) == []
    assert not Ticket.get_by_id(reg.ticket_id).escalated
    (row,) = ticket_list.page(ticket_list.TicketFilter(status=ticket_list.OPEN), now=now)
    assert (row.next_clock, row.next_due_at, row.paused) == ("repair", datetime(2026, 12, 7, 10, 0), True)
    breached = ticket_list.TicketFilter(status=ticket_list.OPEN, only_breached_at=now)
    assert ticket_list.count(breached) == 0
    # resuming fixes the moved deadline; from then on it runs and can be overdue
    pauses.resume(reg.ticket_id, office, now)
    assert _due(reg.ticket_id, "repair") == datetime(2026, 12, 7, 10, 0)
    assert follow_ups.escalate_overdue(datetime(2026, 12, 7, 10, 0)) == []
    (esc,) = follow_ups.escalate_overdue(datetime(2026, 12, 7, 10, 1))
    assert (esc.clocks, esc.to) == (("repair",), "supervisor")


def test_a_pause_does_not_hold_the_first_response_R3_4(office):
    from app.services import follow_ups

    reg = register(office)  # Mon 23 10:00, first response due Tue 24 10:00 (24 clock hours)
    pauses.pause(reg.ticket_id, "customer_unreachable", "电话无人接", office, NOW + timedelta(hours=1))
    (esc,) = follow_ups.escalate_overdue(datetime(2026, 11, 24, 10, 1))
    # forward (1 office day) was due Tue 24 10:00 too: not a resolution clock, it does not pause
    assert esc.clocks == ("first_response", "forward") and esc.to == "supervisor"

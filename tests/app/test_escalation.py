"""R3.2: a ticket keeps every escalation it received — to whom, when, which clock."""

from __future__ import annotations

from datetime import datetime

from app.models import Ticket, TicketEscalation
from app.services import follow_ups, intake
from tests.app.factories import register
from tests.conftest import NOW


def _major(office):
    return register(
        office,
        kind="complaint",
        complaint_about="漏水泡坏木地板",
        major=True,
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )


def test_a_major_complaint_goes_to_the_manager_at_once_and_to_admin_hr_when_its_result_is_late_R3_2(office):
    reg = _major(office)  # Mon 2026-11-23 10:00
    (esc,) = follow_ups.escalate_overdue(NOW)
    assert (esc.to, esc.clocks, esc.recipients) == ("manager", (), ("manager",))
    # result (major: 2 office days) due Tue 24 10:00 + 9 h → Wed 25 10:00; first response (24 h)
    # and forward (1 office day) were due Tue 24 10:00. At Wed 25 10:00 the result is not late yet.
    at_due = datetime(2026, 11, 25, 10, 0)
    (esc,) = follow_ups.escalate_overdue(at_due)
    assert esc.clocks == ("first_response", "forward") and esc.to == "manager"
    assert set(esc.recipients) == {"manager", "supervisor"}
    late = datetime(2026, 11, 25, 10, 1)
    (esc,) = follow_ups.escalate_overdue(late)
    assert "complaint_result" in esc.clocks
    assert esc.to == "admin_hr" and set(esc.recipients) == {"manager", "supervisor", "admin_hr"}
    # every escalation is kept with its time and clocks
    assert follow_ups.escalations_of(reg.ticket_id) == [
        ("manager", NOW, ()),
        ("supervisor", at_due, ("first_response", "forward")),
        ("admin_hr", late, ("complaint_result", "first_response", "forward")),
    ]
    t = Ticket.get_by_id(reg.ticket_id)
    assert (t.escalated, t.escalated_to) == (True, "admin_hr")
    # running again changes nothing (idempotent)
    follow_ups.escalate_overdue(datetime(2026, 11, 26, 9, 0))
    assert TicketEscalation.select().where(TicketEscalation.ticket == reg.ticket_id).count() == 3


def test_an_ordinary_complaint_goes_to_the_supervisor_then_admin_hr_R3_2(office):
    reg = register(office, kind="complaint", complaint_about="师傅态度差")
    # result (7 office days) from Mon 23 10:00: Tue 24 … Wed Dec 2 10:00
    assert follow_ups.escalate_overdue(NOW) == []
    (esc,) = follow_ups.escalate_overdue(datetime(2026, 12, 2, 10, 0))
    assert esc.to == "supervisor" and "complaint_result" not in esc.clocks
    (esc,) = follow_ups.escalate_overdue(datetime(2026, 12, 2, 10, 1))
    assert esc.to == "admin_hr" and esc.recipients == ("supervisor", "admin_hr")
    assert [e[0] for e in follow_ups.escalations_of(reg.ticket_id)] == ["supervisor", "admin_hr"]

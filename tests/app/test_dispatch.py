"""R4 dispatch and the work-order lifecycle, R3.2 escalation, R7.2 follow-ups — on a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.models import Reschedule, Site, Staff, Ticket, TicketDeadline, WorkOrder
from app.services import dispatch, follow_ups, intake
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW

NINE = datetime(2026, 11, 24, 9, 0)  # Tuesday
ELEVEN = NINE + timedelta(hours=2)


@pytest.fixture
def techs(office):
    return [
        Staff.create(name=n, role="technician", skills="plumbing", created_at=NOW).id
        for n in ("赵师傅", "钱师傅", "孙师傅")
    ]


@pytest.fixture
def ticket(office):
    """A bathroom leak at a site completed 2024-06-30: waterproofing is in warranty (5 y)."""
    reg = register(office)
    t = Ticket.get_by_id(reg.ticket_id)
    Site.update(completion_date=date(2024, 6, 30)).where(Site.id == t.site_id).execute()
    return t


def _status(ticket_id):
    return Ticket.get_by_id(ticket_id).status


def _due(ticket_id, clock):
    return TicketDeadline.get((TicketDeadline.ticket == ticket_id) & (TicketDeadline.clock == clock)).due_at


def test_the_queue_puts_urgent_first_then_the_nearest_deadline_R1_5(office):
    later = register(office, received_at=NOW - timedelta(hours=1))
    # R3.0: a call at 05:00 would count from 09:00 like the 09:00 call (both forward Mon 18:00);
    # the earlier one is Friday 16:00 → first response Sat 16:00, the nearest deadline
    earlier = register(
        office,
        received_at=datetime(2026, 11, 20, 16, 0),
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )
    urgent = register(office, urgent=True, new_customer=intake.CustomerInput("王强", ["13700002222"]))
    register(
        office,
        kind="consultation",
        work_category="",
        new_customer=intake.CustomerInput("周敏", ["13600003333"]),
    )
    assert [i.number for i in dispatch.queue(NOW)] == [urgent.number, earlier.number, later.number]


def test_the_queue_counts_each_clock_by_its_own_limit_for_the_tickets_kind_R3_0(office):
    """An office gives a major complaint's result 16 clock hours (the other limits as they are).
    Registered Mon 23 10:00, the result is due Tue 24 02:00, before the forward (Tue 10:00, one
    9-hour office day): the queue counts it in clock hours. On Mon 23 20:00 that is 6 h left —
    read as the ordinary complaint result's working days it would be 0 office hours ("due")."""
    from app import sla
    from app.models import Staff
    from app.services import time_limits

    admin = Staff.create(name="系统管理员", role="admin", created_at=NOW).id
    time_limits.save_limits({"complaint_result_major": sla.Limit(16, sla.HOURS)}, admin, NOW)
    reg = register(office, kind="complaint", complaint_about="漏水", major=True)
    (item,) = [i for i in dispatch.queue(datetime(2026, 11, 23, 20, 0)) if i.number == reg.number]
    assert (item.next_clock, item.next_due_at) == (sla.COMPLAINT_RESULT, datetime(2026, 11, 24, 2, 0))
    assert item.unit == sla.HOURS


def test_assigning_creates_a_work_order_and_leaves_the_queue_R4_1(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0], techs[1]], NINE, ELEVEN, office, NOW)
    order = WorkOrder.get_by_id(order_id)
    assert (order.window_start, order.window_end, order.status) == (NINE, ELEVEN, "scheduled")
    assert sorted(a.staff_id for a in order.technicians) == sorted(techs[:2])  # shared order
    assert _status(ticket.id) == "dispatched" and Ticket.get_by_id(ticket.id).dispatched_at == NOW
    assert dispatch.queue(NOW) == []
    (block,) = dispatch.orders_between(*dispatch.day_bounds(NINE.date()))
    assert block.technician_ids == tuple(techs[:2]) and block.number == ticket.number


def test_a_technician_cannot_be_double_booked_R4_1(office, techs, ticket):
    dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    other = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    with pytest.raises(ValidationError) as err:
        dispatch.assign(
            other.ticket_id,
            [techs[1], techs[0]],
            NINE + timedelta(hours=1),
            ELEVEN + timedelta(hours=1),
            office,
            NOW,
        )
    assert "赵师傅" in err.value.text() and ticket.number in err.value.text()
    assert _status(other.ticket_id) == "registered" and WorkOrder.select().count() == 1
    dispatch.assign(
        other.ticket_id, [techs[0]], ELEVEN, ELEVEN + timedelta(hours=2), office, NOW
    )  # back to back is fine


def test_rescheduling_records_who_when_why_and_that_the_customer_was_told_R4_2(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    with pytest.raises(ValidationError):
        dispatch.reschedule(
            order_id, NINE + timedelta(days=1), ELEVEN + timedelta(days=1), None, " ", True, office, NOW
        )
    dispatch.reschedule(
        order_id,
        NINE + timedelta(days=1),
        ELEVEN + timedelta(days=1),
        [techs[1]],
        "客户临时出差",
        True,
        office,
        NOW,
    )
    r = Reschedule.get()
    assert (r.old_start, r.new_start, r.reason, r.customer_informed, r.by_id) == (
        NINE,
        NINE + timedelta(days=1),
        "客户临时出差",
        True,
        office,
    )
    assert [a.staff_id for a in WorkOrder.get_by_id(order_id).technicians] == [techs[1]]


def test_a_late_arrival_is_flagged_R4_3(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    with pytest.raises(ValidationError):  # R4.8: the appointment is confirmed first
        wo.record_arrival(order_id, NINE, office, NINE)
    wo.confirm_appointment(order_id, office, NOW + timedelta(minutes=30))
    t = Ticket.get_by_id(ticket.id)
    assert t.status == "scheduled" and t.first_response_at == NOW + timedelta(minutes=30)
    assert (
        wo.record_arrival(order_id, NINE + timedelta(minutes=20), office, NINE + timedelta(hours=1)) is True
    )
    assert _status(ticket.id) == "in_progress"


def _to_site(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    wo.confirm_appointment(order_id, office, NOW)
    wo.record_arrival(order_id, NINE, office, NINE)
    return order_id


def test_in_warranty_quality_work_is_free_and_customer_damage_needs_quote_and_consent_R5_4_R4_4(
    office, techs, ticket
):
    order_id = _to_site(office, techs, ticket)
    record = wo.WorkRecord("防水层破损", "重做防水", [wo.PartLine("防水涂料", "2", "85.5")], "200")
    assert wo.record_work(order_id, record, office, NINE) is True
    order = WorkOrder.get_by_id(order_id)
    assert not order.charged and order.parts.get().unit_cost == Decimal("85.50")
    damage = wo.WorkRecord("地漏被装修工人砸坏", "更换地漏", [], "150", customer_caused=True)
    with pytest.raises(ValidationError) as err:
        wo.record_work(order_id, damage, office, NINE)
    assert err.value.field == "quote_amount"
    damage.quote_amount = "320"
    with pytest.raises(ValidationError) as err:
        wo.record_work(order_id, damage, office, NINE)
    assert err.value.field == "consent"
    damage.customer_consented = True
    assert wo.record_work(order_id, damage, office, NINE) is False
    order = WorkOrder.get_by_id(order_id)
    assert order.charged and order.quote_amount == Decimal("320.00") and order.customer_consent_at == NINE


def test_rejection_requeues_and_an_order_walks_to_closed_R4_5_R4_6_R7(office, techs, ticket):
    order_id = _to_site(office, techs, ticket)
    wo.record_work(order_id, wo.WorkRecord("渗水", "补胶", [], "100"), office, NINE)
    wo.finish_work(order_id, office, ELEVEN)
    assert _status(ticket.id) == "awaiting_acceptance"
    wo.record_acceptance(order_id, False, "", "还在渗水", office, ELEVEN)
    assert _status(ticket.id) == "registered" and [i.ticket_id for i in dispatch.queue(ELEVEN)] == [ticket.id]
    assert dispatch.queue(ELEVEN)[0].reopened

    again = dispatch.assign(
        ticket.id, [techs[1]], NINE + timedelta(days=1), ELEVEN + timedelta(days=1), office, ELEVEN
    )
    wo.confirm_appointment(again, office, ELEVEN)
    wo.record_arrival(again, NINE + timedelta(days=1), office, NINE + timedelta(days=1))
    done_at = NINE + timedelta(days=1, hours=3)  # Wednesday 12:00
    wo.record_work(again, wo.WorkRecord("防水层开裂", "整体重做防水", [], "300"), office, done_at)
    wo.finish_work(again, office, done_at)
    with pytest.raises(ValidationError) as err:
        wo.close_ticket(ticket.id, office, done_at)
    assert "acceptance, report, ratings, follow_up" in err.value.text()
    wo.record_acceptance(again, True, "张伟", "", office, done_at)
    assert _status(ticket.id) == "completed"
    # R3 follow-up: 3 working days after completion (Wed 12:00) → Thu, Fri, (weekend), Mon 12:00.
    assert _due(ticket.id, "follow_up") == datetime(2026, 11, 30, 12, 0)
    wo.record_rating(ticket.id, again, 5, 4, 5, "师傅很专业", office, done_at)
    wo.mark_report_done(again, office, done_at)
    assert wo.closing_gaps(ticket.id) == ["follow_up"]
    follow_ups.record_follow_up(
        ticket.id, False, None, "无人接听", "phone", office, done_at + timedelta(days=1)
    )
    (due,) = follow_ups.follow_ups_due()
    assert (due.ticket_id, due.attempts) == (ticket.id, 1)  # unreached: comes back for retry
    follow_ups.record_follow_up(ticket.id, True, 5, "满意", "phone", office, done_at + timedelta(days=2))
    assert follow_ups.follow_ups_due() == []
    wo.close_ticket(ticket.id, office, done_at + timedelta(days=2))
    t = Ticket.get_by_id(ticket.id)
    assert t.status == "closed" and t.next_due_at is None


def test_repeat_tickets_mark_their_work_order_and_technician_fault_R4_7(office, techs, ticket):
    # R4.7: the earlier repair is a base once completed (here 20 days ago)
    Ticket.update(status="closed", completed_at=NOW - timedelta(days=20)).where(
        Ticket.id == ticket.id
    ).execute()
    again = register(
        office,
        confirmed_repeat=True,
        customer_id=ticket.customer_id,
        new_customer=None,
        site_id=ticket.site_id,
        new_site=None,
    )
    order_id = dispatch.assign(again.ticket_id, [techs[0]], NINE, ELEVEN, office, NOW)
    assert WorkOrder.get_by_id(order_id).repeat_repair
    wo.confirm_appointment(order_id, office, NOW)
    wo.record_arrival(order_id, NINE, office, NINE)
    wo.record_work(
        order_id,
        wo.WorkRecord("上次打胶不到位", "重新打胶", [], "0", technician_fault_repeat=True),
        office,
        NINE,
    )
    assert WorkOrder.get_by_id(order_id).repeat_fault_technician


def test_overdue_tickets_escalate_to_whom_the_rules_say_R3_2(office):
    repair = register(office, received_at=NOW - timedelta(days=2))  # first response (24 h) overdue
    complaint = register(
        office,
        kind="complaint",
        complaint_about="施工队",
        received_at=datetime(2026, 11, 2, 10),
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )  # result due after 7 working days: long overdue
    major = register(
        office,
        kind="complaint",
        complaint_about="漏水损坏家具",
        major=True,
        new_customer=intake.CustomerInput("王强", ["13700002222"]),
    )
    fresh = register(office, new_customer=intake.CustomerInput("周敏", ["13600003333"]))
    result = {e.number: e for e in follow_ups.escalate_overdue(NOW)}
    assert result[repair.number].to == "supervisor" and "first_response" in result[repair.number].clocks
    assert result[complaint.number].to == "admin_hr" and "complaint_result" in result[complaint.number].clocks
    assert result[major.number].to == "manager"
    assert fresh.number not in result
    assert Ticket.get(Ticket.number == repair.number).escalated
    assert {e.number for e in follow_ups.escalate_overdue(NOW)} == set(result)  # idempotent


def test_a_deactivated_technician_leaves_the_lanes_but_keeps_orders(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    Staff.update(active=False).where(Staff.id == techs[0]).execute()
    assert techs[0] not in [t.id for t in dispatch.technicians(NINE.date())]
    assert WorkOrder.get_by_id(order_id).technicians.get().staff_id == techs[0]


def test_cancelling_keeps_the_ticket_with_its_reason(office, techs, ticket):
    dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    with pytest.raises(ValidationError):
        wo.cancel_ticket(ticket.id, "", office, NOW)
    wo.cancel_ticket(ticket.id, "客户自行修好", office, NOW)
    t = Ticket.get_by_id(ticket.id)
    assert (t.status, t.cancel_reason, t.next_due_at) == ("cancelled", "客户自行修好", None)
    assert WorkOrder.get().status == "cancelled"


def test_a_job_in_progress_is_cancelled_with_its_reason_on_site_R4_8(office, techs, ticket):
    # the technician arrived (in progress); the customer calls the job off on site
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    wo.confirm_appointment(order_id, office, NOW)
    wo.record_arrival(order_id, NINE, office, NINE)
    assert _status(ticket.id) == "in_progress"
    wo.cancel_ticket(ticket.id, "客户到场后决定不修了", office, NINE + timedelta(minutes=20))
    t = Ticket.get_by_id(ticket.id)
    assert (t.status, t.cancel_reason, t.next_due_at) == ("cancelled", "客户到场后决定不修了", None)
    assert WorkOrder.get_by_id(order_id).status == "cancelled"
    # the technician's time is free again: another job fits in the same window
    other = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    dispatch.assign(other.ticket_id, [techs[0]], NINE, ELEVEN, office, NOW)


def test_a_completed_ticket_cannot_be_cancelled_R4_8(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    wo.confirm_appointment(order_id, office, NOW)
    wo.record_arrival(order_id, NINE, office, NINE)
    wo.record_work(order_id, wo.WorkRecord("胶条老化", "重新打胶", [], "0"), office, NINE)
    wo.finish_work(order_id, office, NINE + timedelta(hours=1))
    wo.record_acceptance(order_id, True, "张伟", "", office, NINE + timedelta(hours=1))
    assert _status(ticket.id) == "completed"
    with pytest.raises(ValidationError) as err:
        wo.cancel_ticket(ticket.id, "客户改主意", office, NINE + timedelta(hours=2))
    assert "not yet completed" in str(err.value)
    assert _status(ticket.id) == "completed"


@pytest.mark.parametrize(
    ("active_from", "active_to", "day_named"),
    [
        # last working day Mon 2026-11-23: an appointment on Tue 24 is refused
        (None, date(2026, 11, 23), "2026-11-24"),
        # starts on Wed 2026-11-25: not bookable on Tue 24
        (date(2026, 11, 25), None, "2026-11-24"),
    ],
)
def test_dispatch_refuses_a_technician_outside_their_roster_period_R4_1(
    office, techs, ticket, active_from, active_to, day_named
):
    Staff.update(active_from=active_from, active_to=active_to).where(Staff.id == techs[0]).execute()
    assert techs[0] not in [t.id for t in dispatch.technicians(NINE.date())]  # the board agrees
    with pytest.raises(ValidationError) as err:
        dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    assert str(err.value) == (
        f"赵师傅 is not on the roster on {day_named}: choose another technician or another day."
    )
    assert _status(ticket.id) == "registered" and WorkOrder.select().count() == 0
    # on the last day itself (or the first) the booking is fine
    ok_day = active_to or active_from
    start = datetime.combine(ok_day, NINE.time())
    dispatch.assign(ticket.id, [techs[0]], start, start + timedelta(hours=2), office, NOW)


def test_rescheduling_past_the_last_working_day_is_refused_R4_1(office, techs, ticket):
    order_id = dispatch.assign(ticket.id, [techs[0]], NINE, ELEVEN, office, NOW)
    Staff.update(active_to=date(2026, 11, 24)).where(Staff.id == techs[0]).execute()
    later = NINE + timedelta(days=1)
    with pytest.raises(ValidationError):
        dispatch.reschedule(order_id, later, later + timedelta(hours=2), None, "客户改期", True, office, NOW)
    assert WorkOrder.get_by_id(order_id).window_start == NINE


def test_the_work_order_view_allows_only_the_next_step_of_its_state_R4_8(office, techs, ticket):
    """What the work-order dialog may offer comes from the service, step by step (R4.8)."""
    order_id = dispatch.assign(ticket.id, [techs[0], techs[1]], NINE, ELEVEN, office, NOW)
    view = wo.order_view(order_id)
    assert view.allowed == {wo.CONFIRM, wo.PAUSE}
    assert view.technicians == ("赵师傅", "钱师傅") and view.customer == "张伟"
    wo.confirm_appointment(order_id, office, NOW)
    assert wo.order_view(order_id).allowed == {wo.ARRIVE, wo.PAUSE}
    wo.record_arrival(order_id, NINE, office, NINE)
    assert wo.order_view(order_id).allowed == {wo.RECORD_WORK, wo.PAUSE}
    wo.record_work(
        order_id, wo.WorkRecord("渗水", "补胶", [wo.PartLine("胶", "1", "12")], "100"), office, NINE
    )
    view = wo.order_view(order_id)
    assert (view.diagnosis, [p.name for p in view.parts]) == ("渗水", ["胶"])
    wo.finish_work(order_id, office, ELEVEN)
    assert wo.order_view(order_id).allowed == {wo.ACCEPTANCE, wo.PAUSE}
    wo.record_acceptance(order_id, True, "张伟", "", office, ELEVEN)
    assert wo.order_view(order_id).allowed == {wo.RATE, wo.REPORT, wo.PAUSE}
    wo.record_rating(ticket.id, order_id, 5, 5, 5, "", office, ELEVEN)
    wo.mark_report_done(order_id, office, ELEVEN)
    assert wo.order_view(order_id).allowed == {wo.RATE, wo.PAUSE}  # RATE now corrects (R7.1)
    follow_ups.record_follow_up(ticket.id, True, 5, "满意", "phone", office, ELEVEN + timedelta(days=3))
    assert wo.order_view(order_id).allowed == {wo.CLOSE, wo.RATE, wo.PAUSE}
    wo.close_ticket(ticket.id, office, ELEVEN + timedelta(days=3))
    assert wo.order_view(order_id).allowed == frozenset()

"""The demo branch (the app.demo package): every state, kind and clock the screens show, from a seed."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime
from itertools import pairwise

import pytest

from app import db as app_db
from app import sla, vocab, workflow
from app.demo import fill_demo_office
from app.models import (
    CustomerPhone,
    Department,
    SlaPause,
    Staff,
    Ticket,
    WorkOrder,
    WorkOrderTechnician,
)
from app.phones import is_valid_phone
from app.services import deadlines, intake, setup, workdays
from tests.conftest import NOW

EIGHTEEN_MONTHS_BEFORE_NOW = datetime(2025, 5, 23, 10, 0)
TIMESTAMPS = (
    "first_response_at",
    "dispatched_at",
    "forwarded_at",
    "plan_at",
    "answered_at",
    "completed_at",
    "result_at",
    "followed_up_at",
    "closed_at",
)


@pytest.fixture
def demo(office):
    calls: list[tuple[int, int]] = []
    summary = fill_demo_office(
        NOW, seed=7, customers=40, tickets=200, progress=lambda done, total: calls.append((done, total))
    )
    return summary, calls


def test_demo_has_every_state_kind_and_channel_R4_8_R1_1_R1_2(demo):
    summary, calls = demo
    tickets = list(Ticket.select())
    assert len(tickets) == summary.tickets == 200
    statuses = Counter(t.status for t in tickets)
    assert set(statuses) == set(workflow.STATES)
    assert summary.by_status == {s: statuses[s] for s in workflow.STATES}
    assert statuses[workflow.CLOSED] > len(tickets) / 2  # most are closed
    assert {t.kind for t in tickets} == set(vocab.KINDS)
    assert {t.channel for t in tickets} == set(vocab.CHANNELS)
    assert all(t.cancel_reason for t in tickets if t.status == workflow.CANCELLED)
    assert any(t.urgent for t in tickets) and any(t.complex_repair for t in tickets)
    assert calls[-1] == (200, 200) and [d for d, _ in calls[:-1]] == [50, 100, 150]


def test_demo_staff_cover_the_roles_with_skilled_technicians(demo):
    summary, _ = demo
    demo_staff = list(Staff.select().where(Staff.name != "王丽"))
    assert len(demo_staff) == summary.staff == 15
    roles = Counter(s.role for s in demo_staff)
    assert roles["technician"] == 9 and roles["receptionist"] == 2
    assert roles["supervisor"] == roles["department_head"] == roles["manager"] == 1
    technician_skills = {k for s in demo_staff if s.role == "technician" for k in s.skills.split(",")}
    assert technician_skills == set(vocab.SKILLS)
    assert all(is_valid_phone(s.phone) for s in demo_staff)
    assert {s.department_id for s in demo_staff} <= {d.id for d in Department.select()}


def test_demo_tickets_are_numbered_dated_and_reachable_R1_6(demo):
    tickets = list(Ticket.select())
    numbers = [t.number for t in tickets]
    assert len(set(numbers)) == len(numbers)
    assert all(re.match(r"^SH-\d{8}-\d{4}$", n) for n in numbers)
    for t in tickets:
        assert t.number[3:11] == f"{t.received_at:%Y%m%d}"
        assert EIGHTEEN_MONTHS_BEFORE_NOW <= t.received_at <= NOW
        for name in TIMESTAMPS:
            value = getattr(t, name)
            assert value is None or t.received_at <= value <= NOW, (t.number, name)
        assert is_valid_phone(t.contact_phone)
    phones = [p.phone for p in CustomerPhone.select()]
    assert phones and all(is_valid_phone(p) and re.match(r"^1[3-9]\d{9}$", p) for p in phones)


def test_demo_work_orders_follow_dispatch_without_double_booking_R4_1(demo):
    orders = defaultdict(list)
    for order in WorkOrder.select():
        orders[order.ticket_id].append(order)
    after_dispatch = set(workflow.STATES[1:8])  # dispatched … closed
    for t in Ticket.select():
        if t.dispatched_at is not None or (t.kind == "repair" and t.status in after_dispatch):
            assert orders[t.id], t.number
        if t.status in (workflow.SCHEDULED, workflow.IN_PROGRESS) and t.dispatched_at:
            assert orders[t.id][-1].customer_confirmed_at is not None
        if t.status in (workflow.COMPLETED, workflow.FOLLOWED_UP, workflow.CLOSED) and orders[t.id]:
            assert orders[t.id][-1].accepted is True  # R4.5/R4.6
    windows = defaultdict(list)
    for wot in WorkOrderTechnician.select(WorkOrderTechnician, WorkOrder).join(WorkOrder):
        windows[wot.staff_id].append((wot.work_order.window_start, wot.work_order.window_end))
    assert windows
    for booked in windows.values():
        booked.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(booked))


def test_demo_deadlines_are_stored_as_computed_and_some_are_breached_R3_1_R3_3(demo):
    calendar = workdays.load_calendar()
    open_tickets = list(Ticket.select().where(Ticket.status.in_(list(workflow.OPEN_STATES))))
    for t in open_tickets:
        expected = sla.compute_deadlines(deadlines.facts_of(t), calendar, NOW)
        assert deadlines.stored(t.id) == expected, t.number
        nxt = sla.next_deadline(expected)
        assert t.next_due_at == (nxt.due_at if nxt else None)
    assert any(t.next_due_at is not None and t.next_due_at < NOW for t in open_tickets)
    closed = Ticket.select().where(Ticket.status == workflow.CLOSED)
    assert all(t.next_due_at is None for t in closed)
    assert SlaPause.select().count() > 0  # R3.4


def test_demo_routes_causes_to_departments_R2_1(demo):
    after_sales = Department.get(Department.code == "after_sales").id
    for t in Ticket.select().where(Ticket.cause_category.in_(["construction", "material", "design"])):
        routed = intake.proposed_department(t.cause_category)
        assert t.department_id in (routed, after_sales)  # R2.2: several departments → after-sales


def test_demo_is_the_same_for_the_same_seed(tmp_path, office):
    def snapshot():
        return [
            (t.number, t.status, t.kind, t.problem, t.received_at, t.next_due_at)
            for t in Ticket.select().order_by(Ticket.id)
        ]

    fill_demo_office(NOW, seed=3, customers=10, tickets=60)
    first = snapshot()
    app_db.close()
    app_db.connect(str(tmp_path / "second.db"))
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")  # as the office fixture
    fill_demo_office(NOW, seed=3, customers=10, tickets=60)
    assert snapshot() == first


def test_demo_has_incidents_training_and_patrols_for_the_appraisal_and_registers_R8_R5_6(demo):
    from app.models import Incident, PatrolRecord, TrainingAttendance, TrainingSession

    kinds = {i.kind for i in Incident.select()}
    assert kinds == {"penalty", "reward"}
    assert all(i.staff.role == "technician" and i.day <= NOW.date() for i in Incident.select())
    assert TrainingSession.select().count() == 6 and TrainingAttendance.select().count() >= 12
    assert PatrolRecord.select().count() > 0
    assert all(p.day <= NOW.date() and p.inspector.role == "supervisor" for p in PatrolRecord.select())


def test_every_demo_escalation_is_kept_on_its_ticket_R3_2(demo):
    from app.models import TicketEscalation

    escalated = list(Ticket.select().where(Ticket.escalated == True))  # noqa: E712
    assert escalated
    for t in escalated:
        kept = [
            e.to
            for e in TicketEscalation.select()
            .where(TicketEscalation.ticket == t.id)
            .order_by(TicketEscalation.id)
        ]
        assert kept[0] == "supervisor" and kept[-1] == t.escalated_to, t.number

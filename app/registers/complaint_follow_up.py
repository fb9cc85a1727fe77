"""R9 / R6: 客户意见与投诉处理跟进表 — how each complaint of the period was handled."""

from __future__ import annotations

from peewee import JOIN

from app import sla
from app.errors import QT_TRANSLATE_NOOP
from app.models import Complaint, Customer, Staff, Ticket, TicketDeadline
from app.registers.base import Register
from app.registers.complaints import complaint_tickets, count, validity
from app.registers.period import Period
from app.registers.writer import BOOL, DATETIME, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Received at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Complaint type"), labels="complaint_type"),
    Column(QT_TRANSLATE_NOOP("registers", "Investigation"), width=30),
    Column(QT_TRANSLATE_NOOP("registers", "Validity"), labels="validity"),
    Column(QT_TRANSLATE_NOOP("registers", "Reason"), width=24),
    Column(QT_TRANSLATE_NOOP("registers", "Handling plan"), width=30),
    Column(QT_TRANSLATE_NOOP("registers", "Approved by")),
    Column(QT_TRANSLATE_NOOP("registers", "Approved at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Answer to the customer"), width=30),
    Column(QT_TRANSLATE_NOOP("registers", "Answered at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Result due"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Result fed back at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "On time"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Follow-up"), width=30),
    Column(QT_TRANSLATE_NOOP("registers", "Customer escalated at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Escalation note"), width=24),
)


def rows(period: Period):
    approver = Staff.alias("approver")
    q = (
        Ticket.select(
            Ticket.number,
            Ticket.received_at,
            Customer.name,
            Complaint.complaint_type,
            Complaint.investigation,
            Complaint.valid,
            Complaint.validity_reason,
            Complaint.plan,
            approver.name,
            Complaint.approved_at,
            Complaint.answer,
            Ticket.answered_at,
            TicketDeadline.due_at,
            Ticket.result_at,
            Complaint.follow_up,
            Complaint.customer_escalated_at,
            Complaint.customer_escalation_note,
        )
        .join(Customer, on=Ticket.customer == Customer.id)
        .switch(Ticket)
        .join(Complaint, JOIN.LEFT_OUTER, on=Complaint.ticket == Ticket.id)
        .join(approver, JOIN.LEFT_OUTER, on=Complaint.approved_by == approver.id)
        .switch(Ticket)
        .join(
            TicketDeadline,
            JOIN.LEFT_OUTER,
            on=(TicketDeadline.ticket == Ticket.id) & (TicketDeadline.clock == sla.COMPLAINT_RESULT),
        )
        .where(complaint_tickets(period))
        .order_by(Ticket.received_at, Ticket.id)
    )
    for r in q.tuples().iterator():
        due, done = r[12], r[13]
        on_time = None if due is None or done is None else done <= due
        yield (*r[:5], validity(r[5]), *r[6:14], on_time, *r[14:])


REGISTER = Register(
    "complaint_follow_up",
    QT_TRANSLATE_NOOP("registers", "Complaint follow-up"),
    COLUMNS,
    rows,
    count,
)

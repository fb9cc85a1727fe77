"""R9 / R6.1: the complaint register 客户投诉登记表 — complaint tickets received in the period."""

from __future__ import annotations

from peewee import JOIN

from app.errors import QT_TRANSLATE_NOOP
from app.models import Complaint, Customer, Department, Site, Staff, Ticket
from app.registers.base import Register, between
from app.registers.period import Period
from app.registers.writer import BOOL, DATETIME, PHONE, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Received at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Channel"), labels="channel"),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Phone"), PHONE),
    Column(QT_TRANSLATE_NOOP("registers", "Site address"), width=36),
    Column(QT_TRANSLATE_NOOP("registers", "Complaint about")),
    Column(QT_TRANSLATE_NOOP("registers", "Complaint"), width=40),
    Column(QT_TRANSLATE_NOOP("registers", "Complaint type"), labels="complaint_type"),
    Column(QT_TRANSLATE_NOOP("registers", "Cause"), labels="cause"),
    Column(QT_TRANSLATE_NOOP("registers", "Responsible department")),
    Column(QT_TRANSLATE_NOOP("registers", "Responsible person")),
    Column(QT_TRANSLATE_NOOP("registers", "Major complaint"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Validity"), labels="validity"),
    Column(QT_TRANSLATE_NOOP("registers", "Status"), labels="status"),
    Column(QT_TRANSLATE_NOOP("registers", "Received by")),
)


def validity(valid: bool | None) -> str:
    return "pending" if valid is None else ("valid" if valid else "invalid")


def complaint_tickets(period: Period):
    return (Ticket.kind == "complaint") & between(Ticket.received_at, period)


def rows(period: Period):
    receiver = Staff.alias("receiver")
    responsible = Staff.alias("responsible")
    ticket_dept = Department.alias("ticket_dept")
    q = (
        Ticket.select(
            Ticket.number,
            Ticket.received_at,
            Ticket.channel,
            Customer.name,
            Ticket.contact_phone,
            Site.address,
            Ticket.complaint_about,
            Ticket.problem,
            Complaint.complaint_type,
            Ticket.cause_category,
            Department.name,
            ticket_dept.name,
            responsible.name,
            Ticket.major,
            Complaint.valid,
            Ticket.status,
            receiver.name,
        )
        .join(Customer, on=Ticket.customer == Customer.id)
        .switch(Ticket)
        .join(Site, JOIN.LEFT_OUTER, on=Ticket.site == Site.id)
        .switch(Ticket)
        .join(Complaint, JOIN.LEFT_OUTER, on=Complaint.ticket == Ticket.id)
        .join(Department, JOIN.LEFT_OUTER, on=Complaint.responsible_department == Department.id)
        .switch(Complaint)
        .join(responsible, JOIN.LEFT_OUTER, on=Complaint.responsible_staff == responsible.id)
        .switch(Ticket)
        .join(ticket_dept, JOIN.LEFT_OUTER, on=Ticket.department == ticket_dept.id)
        .switch(Ticket)
        .join(receiver, JOIN.LEFT_OUTER, on=Ticket.received_by == receiver.id)
        .where(complaint_tickets(period))
        .order_by(Ticket.received_at, Ticket.id)
    )
    for r in q.tuples().iterator():
        dept = r[10] or r[11]
        yield (*r[:10], dept, r[12], r[13], validity(r[14]), r[15], r[16])


def count(period: Period) -> int:
    return Ticket.select().where(complaint_tickets(period)).count()


REGISTER = Register("complaints", QT_TRANSLATE_NOOP("registers", "Complaint register"), COLUMNS, rows, count)

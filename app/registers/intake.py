"""R9 / R1: the intake register 报修/来电来函登记表 — every contact received in the period."""

from __future__ import annotations

from peewee import JOIN

from app.errors import QT_TRANSLATE_NOOP
from app.models import Customer, Department, Site, Staff, Ticket
from app.registers.base import Register, between
from app.registers.period import Period
from app.registers.writer import BOOL, DATE, DATETIME, PHONE, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Received at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Channel"), labels="channel"),
    Column(QT_TRANSLATE_NOOP("registers", "Kind"), labels="kind"),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Phone"), PHONE),
    Column(QT_TRANSLATE_NOOP("registers", "Site address"), width=36),
    Column(QT_TRANSLATE_NOOP("registers", "Contract no.")),
    Column(QT_TRANSLATE_NOOP("registers", "Category"), labels="category"),
    Column(QT_TRANSLATE_NOOP("registers", "Product model")),
    Column(QT_TRANSLATE_NOOP("registers", "Purchase or completion date"), DATE),
    Column(QT_TRANSLATE_NOOP("registers", "Problem"), width=40),
    Column(QT_TRANSLATE_NOOP("registers", "Complaint about")),
    Column(QT_TRANSLATE_NOOP("registers", "Urgent"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Received by")),
    Column(QT_TRANSLATE_NOOP("registers", "Department")),
    Column(QT_TRANSLATE_NOOP("registers", "Status"), labels="status"),
    Column(QT_TRANSLATE_NOOP("registers", "Completed at"), DATETIME),
)


def query(period: Period):
    return (
        Ticket.select(
            Ticket.number,
            Ticket.received_at,
            Ticket.channel,
            Ticket.kind,
            Customer.name,
            Ticket.contact_phone,
            Site.address,
            Site.contract_no,
            Ticket.work_category,
            Ticket.product_model,
            Ticket.purchase_date,
            Ticket.problem,
            Ticket.complaint_about,
            Ticket.urgent,
            Staff.name,
            Department.name,
            Ticket.status,
            Ticket.completed_at,
        )
        .join(Customer, on=Ticket.customer == Customer.id)
        .switch(Ticket)
        .join(Site, JOIN.LEFT_OUTER, on=Ticket.site == Site.id)
        .switch(Ticket)
        .join(Staff, JOIN.LEFT_OUTER, on=Ticket.received_by == Staff.id)
        .switch(Ticket)
        .join(Department, JOIN.LEFT_OUTER, on=Ticket.department == Department.id)
        .where(between(Ticket.received_at, period))
        .order_by(Ticket.received_at, Ticket.id)
    )


def rows(period: Period):
    return query(period).tuples().iterator()


def count(period: Period) -> int:
    return Ticket.select().where(between(Ticket.received_at, period)).count()


REGISTER = Register("intake", QT_TRANSLATE_NOOP("registers", "Intake register"), COLUMNS, rows, count)

"""R9 / R7.2: the follow-up visit register 客户回访记录表 — visits and calls in the period."""

from __future__ import annotations

from peewee import JOIN

from app.errors import QT_TRANSLATE_NOOP
from app.models import Customer, FollowUpVisit, Staff, Ticket
from app.registers.base import Register, between
from app.registers.period import Period
from app.registers.writer import BOOL, DATETIME, INT, PHONE, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Visited at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Phone"), PHONE),
    Column(QT_TRANSLATE_NOOP("registers", "Completed at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Method"), labels="method"),
    Column(QT_TRANSLATE_NOOP("registers", "Reached"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Satisfaction (1–5)"), INT),
    Column(QT_TRANSLATE_NOOP("registers", "Visited by")),
    Column(QT_TRANSLATE_NOOP("registers", "Remarks"), width=40),
)


def rows(period: Period):
    q = (
        FollowUpVisit.select(
            FollowUpVisit.at,
            Ticket.number,
            Customer.name,
            Ticket.contact_phone,
            Ticket.completed_at,
            FollowUpVisit.method,
            FollowUpVisit.reached,
            FollowUpVisit.satisfaction,
            Staff.name,
            FollowUpVisit.remarks,
        )
        .join(Ticket, on=FollowUpVisit.ticket == Ticket.id)
        .join(Customer, on=Ticket.customer == Customer.id)
        .switch(FollowUpVisit)
        .join(Staff, JOIN.LEFT_OUTER, on=FollowUpVisit.by == Staff.id)
        .where(between(FollowUpVisit.at, period))
        .order_by(FollowUpVisit.at, FollowUpVisit.id)
    )
    return q.tuples().iterator()


def count(period: Period) -> int:
    return FollowUpVisit.select().where(between(FollowUpVisit.at, period)).count()


REGISTER = Register(
    "follow_ups", QT_TRANSLATE_NOOP("registers", "Follow-up visit register"), COLUMNS, rows, count
)

"""R9 / R5.6: patrol records 项目巡查记录表 — patrols of projects in warranty in the period."""

from __future__ import annotations

from peewee import JOIN

from app.errors import QT_TRANSLATE_NOOP
from app.models import Customer, PatrolRecord, Site, Staff, Ticket
from app.registers.base import Register, on_days
from app.registers.period import Period
from app.registers.writer import DATE, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Patrol date"), DATE),
    Column(QT_TRANSLATE_NOOP("registers", "Project")),
    Column(QT_TRANSLATE_NOOP("registers", "Site address"), width=36),
    Column(QT_TRANSLATE_NOOP("registers", "Contract no.")),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Completion date"), DATE),
    Column(QT_TRANSLATE_NOOP("registers", "Inspector")),
    Column(QT_TRANSLATE_NOOP("registers", "Findings"), width=40),
    Column(QT_TRANSLATE_NOOP("registers", "Follow-up ticket"), width=18),
)


def rows(period: Period):
    q = (
        PatrolRecord.select(
            PatrolRecord.day,
            Site.project_name,
            Site.address,
            Site.contract_no,
            Customer.name,
            Site.completion_date,
            Staff.name,
            PatrolRecord.findings,
            Ticket.number,
        )
        .join(Site, on=PatrolRecord.site == Site.id)
        .join(Customer, on=Site.customer == Customer.id)
        .switch(PatrolRecord)
        .join(Staff, JOIN.LEFT_OUTER, on=PatrolRecord.inspector == Staff.id)
        .switch(PatrolRecord)
        .join(Ticket, JOIN.LEFT_OUTER, on=PatrolRecord.follow_up_ticket_id == Ticket.id)
        .where(on_days(PatrolRecord.day, period))
        .order_by(PatrolRecord.day, PatrolRecord.id)
    )
    return q.tuples().iterator()


def count(period: Period) -> int:
    return PatrolRecord.select().where(on_days(PatrolRecord.day, period)).count()


REGISTER = Register("patrols", QT_TRANSLATE_NOOP("registers", "Patrol records"), COLUMNS, rows, count)

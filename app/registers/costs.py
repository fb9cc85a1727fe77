"""R9 / R4.4, R5.4: the cost report 费用报表 — parts and labour of the work orders finished in
the period, what the customer was charged and what the company bore (free repairs in warranty)."""

from __future__ import annotations

from decimal import Decimal

from app.errors import QT_TRANSLATE_NOOP
from app.models import Customer, Ticket, WorkOrder
from app.registers.base import Register, between
from app.registers.dispatch_log import parts_costs, technician_names
from app.registers.period import Period
from app.registers.writer import BOOL, DATETIME, MONEY, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Finished at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Category"), labels="category"),
    Column(QT_TRANSLATE_NOOP("registers", "Technicians")),
    Column(QT_TRANSLATE_NOOP("registers", "Paid service"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Parts"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Labour"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Total cost"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Charged to customer"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Borne by the company"), MONEY, total=True),
)


def finished_in(period: Period):
    return between(WorkOrder.finished_at, period)


def charges(parts: Decimal, labour: Decimal, charged: bool, quote: Decimal | None) -> tuple[Decimal, Decimal]:
    """(charged to the customer, borne by the company): a paid order charges its quote (or its
    cost when no quote was recorded); a free one is borne in full (R5.4)."""
    total = parts + labour
    if not charged:
        return Decimal(0), total
    billed = quote if quote is not None else total
    return billed, max(total - billed, Decimal(0))


def rows(period: Period):
    flt = finished_in(period)
    techs = technician_names(flt)
    parts = parts_costs(flt)
    q = (
        WorkOrder.select(
            WorkOrder.id,
            WorkOrder.finished_at,
            Ticket.number,
            Customer.name,
            Ticket.work_category,
            WorkOrder.charged,
            WorkOrder.labour_cost,
            WorkOrder.quote_amount,
        )
        .join(Ticket, on=WorkOrder.ticket == Ticket.id)
        .join(Customer, on=Ticket.customer == Customer.id)
        .where(flt)
        .order_by(WorkOrder.finished_at, WorkOrder.id)
    )
    for oid, finished, number, customer, category, charged, labour, quote in q.tuples().iterator():
        p = parts.get(oid, Decimal(0))
        labour = Decimal(labour or 0)
        billed, borne = charges(p, labour, charged, Decimal(quote) if quote is not None else None)
        yield (
            finished,
            number,
            customer,
            category,
            techs.get(oid, ""),
            charged,
            p,
            labour,
            p + labour,
            billed,
            borne,
        )


def count(period: Period) -> int:
    return WorkOrder.select().where(finished_in(period)).count()


REGISTER = Register("costs", QT_TRANSLATE_NOOP("registers", "Cost report"), COLUMNS, rows, count)

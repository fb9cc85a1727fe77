"""R9 / R4: the dispatch log 派工记录 — every work order whose appointment falls in the period."""

from __future__ import annotations

from decimal import Decimal

from peewee import JOIN, fn

from app.errors import QT_TRANSLATE_NOOP
from app.models import Customer, Site, Staff, Ticket, WorkOrder, WorkOrderPart, WorkOrderTechnician
from app.registers.base import Register, between
from app.registers.period import Period
from app.registers.writer import BOOL, DATETIME, MONEY, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Ticket no."), width=18),
    Column(QT_TRANSLATE_NOOP("registers", "Customer")),
    Column(QT_TRANSLATE_NOOP("registers", "Site address"), width=36),
    Column(QT_TRANSLATE_NOOP("registers", "Category"), labels="category"),
    Column(QT_TRANSLATE_NOOP("registers", "Technicians")),
    Column(QT_TRANSLATE_NOOP("registers", "Appointment from"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Appointment to"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Arrived at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Late"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Order status"), labels="order_status"),
    Column(QT_TRANSLATE_NOOP("registers", "Finished at"), DATETIME),
    Column(QT_TRANSLATE_NOOP("registers", "Accepted"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Signed by")),
    Column(QT_TRANSLATE_NOOP("registers", "Labour"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Parts"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Paid service"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Repeat repair"), BOOL),
    Column(QT_TRANSLATE_NOOP("registers", "Dispatched by")),
)


def technician_names(order_filter) -> dict[int, tuple[str, ...]]:
    """work order id → its technicians, the lead first (the writer joins them in the UI language)."""
    names: dict[int, list[str]] = {}
    q = (
        WorkOrderTechnician.select(WorkOrderTechnician.work_order, Staff.name)
        .join(Staff, on=WorkOrderTechnician.staff == Staff.id)
        .switch(WorkOrderTechnician)
        .join(WorkOrder, on=WorkOrderTechnician.work_order == WorkOrder.id)
        .where(order_filter)
        .order_by(WorkOrderTechnician.work_order, WorkOrderTechnician.lead.desc(), WorkOrderTechnician.id)
    )
    for order_id, name in q.tuples().iterator():
        names.setdefault(order_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def parts_costs(order_filter) -> dict[int, Decimal]:
    q = (
        WorkOrderPart.select(
            WorkOrderPart.work_order, fn.SUM(WorkOrderPart.quantity * WorkOrderPart.unit_cost)
        )
        .join(WorkOrder, on=WorkOrderPart.work_order == WorkOrder.id)
        .where(order_filter)
        .group_by(WorkOrderPart.work_order)
    )
    return {order_id: Decimal(str(total or 0)) for order_id, total in q.tuples().iterator()}


def rows(period: Period):
    in_period = between(WorkOrder.window_start, period)
    techs = technician_names(in_period)
    parts = parts_costs(in_period)
    q = (
        WorkOrder.select(
            WorkOrder.id,
            Ticket.number,
            Customer.name,
            Site.address,
            Ticket.work_category,
            WorkOrder.window_start,
            WorkOrder.window_end,
            WorkOrder.arrived_at,
            WorkOrder.late,
            WorkOrder.status,
            WorkOrder.finished_at,
            WorkOrder.accepted,
            WorkOrder.acceptance_signer,
            WorkOrder.labour_cost,
            WorkOrder.charged,
            WorkOrder.repeat_repair,
            Staff.name,
        )
        .join(Ticket, on=WorkOrder.ticket == Ticket.id)
        .join(Customer, on=Ticket.customer == Customer.id)
        .switch(Ticket)
        .join(Site, JOIN.LEFT_OUTER, on=Ticket.site == Site.id)
        .switch(WorkOrder)
        .join(Staff, JOIN.LEFT_OUTER, on=WorkOrder.created_by == Staff.id)
        .where(in_period)
        .order_by(WorkOrder.window_start, WorkOrder.id)
    )
    for r in q.tuples().iterator():
        oid = r[0]
        yield (*r[1:5], techs.get(oid, ""), *r[5:14], parts.get(oid, Decimal(0)), *r[14:])


def count(period: Period) -> int:
    return WorkOrder.select().where(between(WorkOrder.window_start, period)).count()


REGISTER = Register("dispatch", QT_TRANSLATE_NOOP("registers", "Dispatch log"), COLUMNS, rows, count)

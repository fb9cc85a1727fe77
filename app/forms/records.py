"""The facts a work-order form prints, gathered in a few queries (no drawing here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app import warranty as w
from app.models import (
    Customer,
    CustomerPhone,
    SatisfactionRating,
    Site,
    Staff,
    Ticket,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services.warranty_status import coverage_for


@dataclass(frozen=True)
class PartLine:
    name: str
    quantity: Decimal
    unit_cost: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_cost


@dataclass
class OrderRecord:
    order: WorkOrder
    ticket: Ticket
    customer: Customer
    site: Site | None
    phone: str
    sequence: int  # 1 for the ticket's first work order, 2 for a re-dispatch …
    technicians: list[str] = field(default_factory=list)
    lead: str = ""
    parts: list[PartLine] = field(default_factory=list)
    rating: SatisfactionRating | None = None
    coverage: w.Coverage | None = None
    dispatched_by: str = ""

    @property
    def document_no(self) -> str:
        return f"{self.ticket.number}-{self.sequence}"

    @property
    def parts_total(self) -> Decimal:
        return sum((p.amount for p in self.parts), Decimal(0))

    @property
    def labour(self) -> Decimal:
        return Decimal(self.order.labour_cost or 0)


def order_record(order_id: int, today: date) -> OrderRecord:
    """Everything the service report sheet and the dispatch slip print for one work order.

    The warranty status comes from `coverage_for` — the one answer the lookup and the
    free/paid decision use (R5.4)."""
    order = WorkOrder.get_by_id(order_id)
    ticket = Ticket.select(Ticket, Customer).join(Customer).where(Ticket.id == order.ticket_id).get()
    site = Site.get_or_none(Site.id == ticket.site_id) if ticket.site_id else None
    phone = ticket.contact_phone
    if not phone:
        first = (
            CustomerPhone.select()
            .where(CustomerPhone.customer == ticket.customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .first()
        )
        phone = first.phone if first else ""
    sequence = WorkOrder.select().where((WorkOrder.ticket == ticket.id) & (WorkOrder.id <= order.id)).count()
    rec = OrderRecord(order, ticket, ticket.customer, site, phone, sequence)
    for name, lead in (
        WorkOrderTechnician.select(Staff.name, WorkOrderTechnician.lead)
        .join(Staff)
        .where(WorkOrderTechnician.work_order == order.id)
        .order_by(WorkOrderTechnician.lead.desc(), WorkOrderTechnician.id)
        .tuples()
    ):
        rec.technicians.append(name)
        if lead and not rec.lead:
            rec.lead = name
    rec.parts = [
        PartLine(p.name, Decimal(p.quantity), Decimal(p.unit_cost))
        for p in WorkOrderPart.select().where(WorkOrderPart.work_order == order.id).order_by(WorkOrderPart.id)
    ]
    rec.rating = (
        SatisfactionRating.select()
        .where(SatisfactionRating.work_order_id == order.id)
        .order_by(SatisfactionRating.id.desc())
        .first()
    )
    if site is not None and ticket.work_category:
        rec.coverage = coverage_for(site.id, ticket.work_category, today)
    if order.created_by_id:
        staff = Staff.get_or_none(Staff.id == order.created_by_id)
        rec.dispatched_by = staff.name if staff else ""
    return rec


def orders_on(day: date) -> list[int]:
    """Work orders with an appointment on `day` (not cancelled), in appointment order."""
    start = datetime.combine(day, time.min)
    q = (
        WorkOrder.select(WorkOrder.id)
        .where(
            (WorkOrder.window_start >= start)
            & (WorkOrder.window_start < start + timedelta(days=1))
            & (WorkOrder.status != "cancelled")
        )
        .order_by(WorkOrder.window_start, WorkOrder.id)
    )
    return [r[0] for r in q.tuples()]

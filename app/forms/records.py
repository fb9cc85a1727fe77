"""The facts a work-order form prints, gathered in a few queries (no drawing here)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app import warranty as w
from app import workflow
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


BATCH = 200  # work orders gathered per round of queries


def order_records(order_ids: Sequence[int], today: date) -> Iterator[OrderRecord]:
    """The records of `order_ids`, in that order, gathered a batch at a time in a few queries
    (not a dozen per order: printing a day's sheets was dominated by them).

    The warranty status comes from `coverage_for` — the one answer the lookup and the
    free/paid decision use (R5.4)."""
    for i in range(0, len(order_ids), BATCH):
        yield from _batch(list(order_ids[i : i + BATCH]), today)


def _batch(ids: list[int], today: date) -> list[OrderRecord]:
    orders = {o.id: o for o in WorkOrder.select().where(WorkOrder.id.in_(ids))}
    missing = [i for i in ids if i not in orders]
    if missing:
        raise WorkOrder.DoesNotExist(f"work order {missing[0]} does not exist")
    ticket_ids = {o.ticket_id for o in orders.values()}
    tickets = {
        t.id: t for t in Ticket.select(Ticket, Customer).join(Customer).where(Ticket.id.in_(ticket_ids))
    }
    site_ids = {t.site_id for t in tickets.values() if t.site_id}
    sites = {s.id: s for s in Site.select().where(Site.id.in_(site_ids))} if site_ids else {}
    without_phone = {t.customer_id for t in tickets.values() if not t.contact_phone}
    first_phone: dict[int, str] = {}
    if without_phone:
        for customer_id, phone in (
            CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone)
            .where(CustomerPhone.customer.in_(without_phone))
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .tuples()
        ):
            first_phone.setdefault(customer_id, phone)
    # The order's place among its ticket's work orders (1 for the first, 2 for a re-dispatch …).
    siblings: dict[int, list[int]] = defaultdict(list)
    for order_id, ticket_id in (
        WorkOrder.select(WorkOrder.id, WorkOrder.ticket).where(WorkOrder.ticket.in_(ticket_ids)).tuples()
    ):
        siblings[ticket_id].append(order_id)
    technicians: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for order_id, name, lead in (
        WorkOrderTechnician.select(WorkOrderTechnician.work_order, Staff.name, WorkOrderTechnician.lead)
        .join(Staff)
        .where(WorkOrderTechnician.work_order.in_(ids))
        .order_by(WorkOrderTechnician.lead.desc(), WorkOrderTechnician.id)
        .tuples()
    ):
        technicians[order_id].append((name, bool(lead)))
    parts: dict[int, list[PartLine]] = defaultdict(list)
    for p in WorkOrderPart.select().where(WorkOrderPart.work_order.in_(ids)).order_by(WorkOrderPart.id):
        parts[p.work_order_id].append(PartLine(p.name, Decimal(p.quantity), Decimal(p.unit_cost)))
    ratings: dict[int, SatisfactionRating] = {}
    for r in (
        SatisfactionRating.select()
        .where(SatisfactionRating.work_order_id.in_(ids))
        .order_by(SatisfactionRating.id.desc())
    ):
        ratings.setdefault(r.work_order_id, r)  # the latest
    creator_ids = {o.created_by_id for o in orders.values() if o.created_by_id}
    creators = (
        dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(creator_ids)).tuples())
        if creator_ids
        else {}
    )

    records = []
    for order_id in ids:
        order = orders[order_id]
        ticket = tickets[order.ticket_id]
        site = sites.get(ticket.site_id) if ticket.site_id else None
        phone = ticket.contact_phone or first_phone.get(ticket.customer_id, "")
        sequence = sum(1 for other in siblings[ticket.id] if other <= order_id)
        rec = OrderRecord(order, ticket, ticket.customer, site, phone, sequence)
        for name, lead in technicians[order_id]:
            rec.technicians.append(name)
            if lead and not rec.lead:
                rec.lead = name
        rec.parts = parts[order_id]
        rec.rating = ratings.get(order_id)
        if site is not None and ticket.work_category:
            rec.coverage = coverage_for(site.id, ticket.work_category, today, ticket.product_model)
        if order.created_by_id:
            rec.dispatched_by = creators.get(order.created_by_id, "")
        records.append(rec)
    return records


def orders_on(day: date) -> list[int]:
    """Work orders with an appointment on `day` (not cancelled), in appointment order."""
    start = datetime.combine(day, time.min)
    q = (
        WorkOrder.select(WorkOrder.id)
        .where(
            (WorkOrder.window_start >= start)
            & (WorkOrder.window_start < start + timedelta(days=1))
            & (WorkOrder.status != workflow.ORDER_CANCELLED)
        )
        .order_by(WorkOrder.window_start, WorkOrder.id)
    )
    return [r[0] for r in q.tuples()]

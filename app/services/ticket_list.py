"""The ticket list under the intake form: filtered, sorted, fetched in pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import peewee

from app import workflow
from app.models import Customer, CustomerPhone, Department, Site, SlaPause, Staff, Ticket
from app.services import deadlines

OPEN = "open"  # the state filter value meaning every open state

SORT_COLUMNS = {
    "number": Ticket.number,
    "received_at": Ticket.received_at,
    "customer": Customer.name,
    "address": Site.address,
    "kind": Ticket.kind,
    "status": Ticket.status,
    "next_due_at": Ticket.next_due_at,
}


@dataclass(frozen=True)
class TicketFilter:
    status: str = ""  # "" all, OPEN, or one R4.8 state
    kind: str = ""
    text: str = ""
    only_breached_at: datetime | None = None  # set to now to keep only breached tickets


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    received_at: datetime
    customer: str
    address: str
    kind: str
    status: str
    urgent: bool
    escalated: bool
    next_clock: str
    next_due_at: datetime | None


def _query(f: TicketFilter) -> peewee.ModelSelect:
    q = (
        Ticket.select(
            Ticket.id,
            Ticket.number,
            Ticket.received_at,
            Ticket.kind,
            Ticket.status,
            Ticket.urgent,
            Ticket.escalated,
            Ticket.next_clock,
            Ticket.next_due_at,
            Customer.name,
            Site.address,
        )
        .join(Customer)
        .switch(Ticket)
        .join(Site, peewee.JOIN.LEFT_OUTER)
    )
    if f.status == OPEN:
        q = q.where(Ticket.status.in_(list(workflow.OPEN_STATES)))
    elif f.status:
        q = q.where(Ticket.status == f.status)
    if f.kind:
        q = q.where(Ticket.kind == f.kind)
    text = f.text.strip()
    if text:
        q = q.where(
            Ticket.number.contains(text)
            | Customer.name.contains(text)
            | Site.address.contains(text)
            | Ticket.contact_phone.contains(text)
            | Ticket.problem.contains(text)
        )
    if f.only_breached_at is not None:
        q = q.where(Ticket.next_due_at < f.only_breached_at)
    return q


def count(f: TicketFilter) -> int:
    return _query(f).count()


def page(
    f: TicketFilter, sort: str = "received_at", descending: bool = True, offset: int = 0, limit: int = 200
):
    column = SORT_COLUMNS.get(sort, Ticket.received_at)
    order = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    q = _query(f).order_by(order, Ticket.id.desc()).offset(offset).limit(limit)
    return [
        TicketRow(
            t.id,
            t.number,
            t.received_at,
            t.customer.name,
            (t.site.address or "") if t.site is not None else "",
            t.kind,
            t.status,
            t.urgent,
            t.escalated,
            t.next_clock,
            t.next_due_at,
        )
        for t in q
    ]


@dataclass
class TicketDetails:
    ticket: Ticket
    customer: Customer
    phones: list[str]
    site: Site | None
    department: Department | None
    received_by: Staff | None
    deadlines: list = field(default_factory=list)
    pauses: list[SlaPause] = field(default_factory=list)
    repeat_of_number: str = ""


def details(ticket_id: int) -> TicketDetails:
    t = Ticket.get_by_id(ticket_id)
    return TicketDetails(
        ticket=t,
        customer=t.customer,
        phones=[
            p.phone
            for p in CustomerPhone.select()
            .where(CustomerPhone.customer == t.customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ],
        site=t.site,
        department=t.department,
        received_by=t.received_by,
        deadlines=deadlines.stored(t.id),
        pauses=list(SlaPause.select().where(SlaPause.ticket == t.id).order_by(SlaPause.started_at)),
        repeat_of_number=t.repeat_of.number if t.repeat_of_id else "",
    )

"""The ticket list under the intake form: filtered, sorted, fetched in pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import peewee

from app import sla, workflow
from app.calendar import WorkCalendar
from app.models import Customer, CustomerPhone, Department, Site, SlaPause, Staff, Ticket
from app.services import deadlines, settings, workdays

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
    paused: bool = False  # R3.4: the next clock is paused; its deadline moves forward live
    unit: str = ""  # how the next clock counts: office time (working days) or clock time (R3.0)


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
            Ticket.complex_repair,
            Ticket.major,
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
        # R3.4: a paused resolution clock is not overdue however old its stored deadline
        paused = SlaPause.select(SlaPause.ticket).where(SlaPause.ended_at.is_null())
        q = q.where(
            (Ticket.next_due_at < f.only_breached_at)
            & ~(Ticket.id.in_(paused) & Ticket.next_clock.in_(list(sla.RESOLUTION_CLOCKS)))
        )
    return q


def count(f: TicketFilter) -> int:
    return _query(f).count()


def page(
    f: TicketFilter,
    sort: str = "received_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
) -> list[TicketRow]:
    """One page of the list. With `now`, paused tickets show their next deadline as it stands
    now (R3.4: it moves forward while the pause lasts)."""
    column = SORT_COLUMNS.get(sort, Ticket.received_at)
    order = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    q = _query(f).order_by(order, Ticket.id.desc()).offset(offset).limit(limit)
    tickets = list(q)
    open_ids = [t.id for t in tickets if t.status in workflow.OPEN_STATES]
    paused = deadlines.paused_ticket_ids(open_ids)
    live = deadlines.live_next(paused, now) if now is not None and paused else {}
    limits = settings.sla_limits()
    rows = []
    for t in tickets:
        clock, due, is_paused = t.next_clock, t.next_due_at, False
        if t.id in live:
            nxt = live[t.id]
            clock, due = (nxt.clock, nxt.due_at) if nxt else ("", None)
            is_paused = bool(nxt and nxt.paused)
        elif t.id in paused:
            is_paused = clock in sla.RESOLUTION_CLOCKS
        unit = ""
        if clock:
            key = sla.limit_key(clock, t.kind, t.urgent, t.complex_repair, t.major)
            unit = limits[key].unit if key in limits else sla.WORKING_DAYS
        rows.append(
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
                clock,
                due,
                is_paused,
                unit,
            )
        )
    return rows


def office_calendar() -> WorkCalendar:
    """The working calendar with office hours, for counting "time left" in office time (R3.0)."""
    return workdays.load_calendar()


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
    escalations: list = field(default_factory=list)  # R3.2 (to whom, when, which clocks)
    calls: list = field(default_factory=list)  # R1.7/R3.0 contacts.Contact
    answer: object = None  # R1.7 contacts.Answer of a consultation or suggestion


def details(ticket_id: int, now: datetime | None = None) -> TicketDetails:
    """With `now`, an open ticket's deadlines as they stand now (R3.4: paused clocks move live)."""
    from app.services import contacts, follow_ups

    t = Ticket.get_by_id(ticket_id)
    if now is not None and t.status in workflow.OPEN_STATES:
        rows = deadlines.live([t.id], now)[t.id]
        order = {c: i for i, c in enumerate(sla.CLOCK_ORDER)}
        shown = sorted(rows, key=lambda d: order.get(d.clock, 99))
    else:
        shown = deadlines.stored(t.id)
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
        deadlines=shown,
        pauses=list(SlaPause.select().where(SlaPause.ticket == t.id).order_by(SlaPause.started_at)),
        repeat_of_number=t.repeat_of.number if t.repeat_of_id else "",
        escalations=follow_ups.escalations_of(t.id),
        calls=contacts.contacts_of(t.id),
        answer=contacts.answer_of(t.id),
    )


def received_today(day: date) -> int:
    start = datetime.combine(day, datetime.min.time())
    return Ticket.select().where(Ticket.received_at >= start).count()

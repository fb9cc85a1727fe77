"""The ticket list under the intake form: filtered, sorted, fetched in pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import peewee

from app import db, sla, workflow
from app.calendar import WorkCalendar
from app.models import Customer, CustomerPhone, Site, SlaPause, Ticket
from app.services import deadlines, settings, workdays
from app.services.facts import CustomerFacts, DepartmentFacts, SiteFacts, StaffFacts

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


COUNT_CAP = 1000  # beyond this the list says "1,000+": counting every match is what grows with age
FTS_MIN = 3  # the trigram index finds fragments of 3 characters or more


def _fts_ids(table: str, text: str) -> peewee.SQL:
    """Row ids of `table` whose trigram index (0002, 0100) holds `text` as a substring."""
    phrase = '"' + text.replace('"', '""') + '"'
    return peewee.SQL(f'(SELECT rowid FROM "{table}_fts" WHERE "{table}_fts" MATCH ?)', [phrase])


def _open_only(f: TicketFilter) -> bool:
    return f.status == OPEN or f.status in workflow.OPEN_STATES


def _text_condition(text: str) -> peewee.Expression:
    """Tickets whose number, contact phone, problem, customer's name or phones, or site's address
    contain `text`. Each part is a subquery on its own table, so no ticket's customer or site is
    looked up to test it; on SQLite fragments of 3+ characters go through the trigram indexes."""
    if db.is_sqlite() and len(text) >= FTS_MIN:
        phone_owners = CustomerPhone.select(CustomerPhone.customer).where(
            CustomerPhone.id.in_(_fts_ids("customer_phone", text))
        )
        return (
            Ticket.id.in_(_fts_ids("ticket", text))
            | Ticket.customer.in_(_fts_ids("customer", text))
            | Ticket.customer.in_(phone_owners)
            | Ticket.site.in_(_fts_ids("site", text))
        )
    names_and_places = Ticket.customer.in_(
        Customer.select(Customer.id).where(Customer.name.contains(text))
    ) | Ticket.site.in_(Site.select(Site.id).where(Site.address.contains(text)))
    if len(text) < FTS_MIN:  # both backends alike (pg_trgm cannot serve 1–2 characters either)
        # 1–2 characters, below the trigram index: a two-character name (王芳) or place (浦东).
        # Only the customer and site tables are scanned — testing every ticket's number, phone
        # and problem took 17.7 s for a rare pair at 1M tickets; those need 3+ characters.
        return names_and_places
    # PostgreSQL, 3+ characters: LIKE, still table by table, over the pg_trgm indexes (0080)
    return (
        Ticket.number.contains(text)
        | Ticket.contact_phone.contains(text)
        | Ticket.problem.contains(text)
        | names_and_places
        | Ticket.customer.in_(
            CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.phone.contains(text))
        )  # the customer's own phones, as on SQLite (pg_trgm index of migration 0080)
    )


def _ids(f: TicketFilter) -> peewee.ModelSelect:
    """The matching tickets' ids, from the ticket table alone (no join), so the planner has one
    table to choose an index on and a fresh ANALYZE cannot turn it into a walk over customers.

    Open tickets are bounded by the office's workload, not its age: a list of them always starts
    from the state's index (INDEXED BY: SQLite's statistics know 8 states, not that the open ones
    are rare, and after ANALYZE chose a walk over every ticket); the other lists may walk the
    receipt-time index or gather the text's matches, as the planner finds."""
    q = Ticket.select(Ticket.id)
    if _open_only(f) and db.is_sqlite():
        q = q.from_(peewee.NodeList((Ticket, peewee.SQL('INDEXED BY "ticket_status"'))))
    if f.status == OPEN:
        q = q.where(Ticket.status.in_(list(workflow.OPEN_STATES)))
    elif f.status:
        q = q.where(Ticket.status == f.status)
    if f.kind:
        q = q.where(Ticket.kind == f.kind)
    text = f.text.strip()
    if text:
        q = q.where(_text_condition(text))
    if f.only_breached_at is not None:
        # R3.4: a paused resolution clock is not overdue however old its stored deadline
        paused = SlaPause.select(SlaPause.ticket).where(SlaPause.ended_at.is_null())
        q = q.where(
            (Ticket.next_due_at < f.only_breached_at)
            & ~(Ticket.id.in_(paused) & Ticket.next_clock.in_(list(sla.RESOLUTION_CLOCKS)))
        )
    return q


def count_query(f: TicketFilter, cap: int | None = COUNT_CAP) -> peewee.ModelSelect:
    q = _ids(f)
    return q.limit(cap + 1) if cap is not None else q


def count(f: TicketFilter, cap: int | None = COUNT_CAP) -> int:
    """How many tickets match, counted up to cap + 1; more than `cap` reads as "cap+"."""
    return count_query(f, cap).count()


def page_ids_query(
    f: TicketFilter, sort: str = "received_at", descending: bool = True, offset: int = 0, limit: int = 200
) -> peewee.ModelSelect:
    """The ids of one page of the list, in its order (the hot query a plan test watches)."""
    column = SORT_COLUMNS.get(sort, Ticket.received_at)
    if column is Ticket.next_due_at:  # the only nullable sort key: tickets without a deadline last
        order = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    else:  # no NULLS clause, so the column's index serves the order
        order = column.desc() if descending else column.asc()
    q = _ids(f)
    if _open_only(f):
        # From the state's index, then sorted: never a walk over every customer's or site's index
        # (what a fresh ANALYZE chose for a join). The customer's name comes by its key.
        key = column
        if column is Customer.name:
            key = Customer.select(Customer.name).where(Customer.id == Ticket.customer)
        elif column is Site.address:
            q = q.join(Site, peewee.JOIN.LEFT_OUTER)  # a left join keeps tickets the outer loop
        order = peewee.Ordering(
            key, "DESC" if descending else "ASC", nulls="LAST" if column is Ticket.next_due_at else None
        )
    elif column is Customer.name:
        q = q.join(Customer)
    elif column is Site.address:
        q = q.join(Site, peewee.JOIN.LEFT_OUTER)
    return q.order_by(order, Ticket.id.desc()).offset(offset).limit(limit)


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
    ids = [i for (i,) in page_ids_query(f, sort, descending, offset, limit).tuples()]
    if not ids:
        return []
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
        .where(Ticket.id.in_(ids))
    )
    by_id = {t.id: t for t in q}  # two short queries: the page's ids in order, then their rows
    tickets = [by_id[i] for i in ids if i in by_id]
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
            unit = sla.clock_unit(limits, clock, t.kind, t.urgent, t.complex_repair, t.major)
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


@dataclass(frozen=True)
class TicketFacts:
    """What the details dialog shows of the ticket itself (plain data, no model)."""

    id: int
    number: str
    status: str
    escalated: bool
    kind: str
    urgent: bool
    channel: str
    work_category: str
    product_model: str
    cause_category: str
    problem: str
    received_at: datetime
    complaint_about: str
    cancel_reason: str


@dataclass(frozen=True)
class PauseFacts:
    started_at: datetime
    ended_at: datetime | None
    reason: str


@dataclass
class TicketDetails:
    ticket: TicketFacts
    customer: CustomerFacts
    phones: list[str]
    site: SiteFacts | None
    department: DepartmentFacts | None
    received_by: StaffFacts | None
    deadlines: list = field(default_factory=list)
    pauses: list[PauseFacts] = field(default_factory=list)
    repeat_of_number: str = ""
    escalations: list = field(default_factory=list)  # R3.2 (to whom, when, which clocks)
    calls: list = field(default_factory=list)  # R1.7/R3.0 contacts.Contact
    answer: object = None  # R1.7 contacts.Answer of a consultation or suggestion


def details(ticket_id: int, now: datetime | None = None) -> TicketDetails:
    """With `now`, an open ticket's deadlines as they stand now (R3.4: paused clocks move live)."""
    from app.services import contacts, follow_ups

    t = Ticket.get_by_id(ticket_id)
    shown = deadlines.as_they_stand(t.id, now) if now is not None else deadlines.stored(t.id)
    site, department, received_by = t.site, t.department, t.received_by
    return TicketDetails(
        ticket=TicketFacts(
            t.id,
            t.number,
            t.status,
            bool(t.escalated),
            t.kind,
            bool(t.urgent),
            t.channel,
            t.work_category or "",
            t.product_model or "",
            t.cause_category or "",
            t.problem,
            t.received_at,
            t.complaint_about or "",
            t.cancel_reason or "",
        ),
        customer=CustomerFacts(t.customer_id, t.customer.name),
        phones=[
            p.phone
            for p in CustomerPhone.select()
            .where(CustomerPhone.customer == t.customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ],
        site=SiteFacts(site.id, site.address or "", site.contract_no or "", site.completion_date)
        if site
        else None,
        department=DepartmentFacts(department.code, department.name) if department else None,
        received_by=StaffFacts(received_by.id, received_by.name) if received_by else None,
        deadlines=shown,
        pauses=[
            PauseFacts(p.started_at, p.ended_at, p.reason)
            for p in SlaPause.select().where(SlaPause.ticket == t.id).order_by(SlaPause.started_at)
        ],
        repeat_of_number=t.repeat_of.number if t.repeat_of_id else "",
        escalations=follow_ups.escalations_of(t.id),
        calls=contacts.contacts_of(t.id),
        answer=contacts.answer_of(t.id),
    )

"""R4 dispatch: the queue, technicians' lanes, assigning and rescheduling work orders (R4.1–R4.2).

Every state change of a ticket goes through `_move`, which checks R4.8, stamps the clock the
change meets (R3), recomputes the deadlines and writes the audit trail (R10.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import peewee

from app import db, permissions, sla, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Customer, Site, SlaPause, Staff, Ticket, WorkOrder, WorkOrderTechnician
from app.services import audit, deadlines, settings, staff_roster, workdays

DISPATCHABLE_KINDS = ("repair", "complaint")
LIVE_ORDER_STATES = workflow.LIVE_ORDER_STATES


@dataclass(frozen=True)
class QueueItem:
    ticket_id: int
    number: str
    customer: str
    district: str
    address: str
    category: str
    urgent: bool
    next_clock: str
    next_due_at: datetime | None
    sla_state: str
    paused: bool
    reopened: bool  # R4.5: re-queued after the customer did not accept
    unit: str = sla.HOURS  # how the next clock counts time left: office time or clock time (R3.0)


@dataclass(frozen=True)
class Technician:
    id: int
    name: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class OrderBlock:
    order_id: int
    ticket_id: int
    number: str
    customer: str
    address: str
    category: str
    start: datetime
    end: datetime
    status: str
    ticket_status: str
    technician_ids: tuple[int, ...]
    late: bool
    urgent: bool
    repeat: bool


_CLOCK_LIMITS = frozenset(sla.CLOCK_ORDER)


def queue(now: datetime) -> list[QueueItem]:
    """Tickets waiting for dispatch: urgent first (R1.5), then the nearest deadline."""
    waiting = (Ticket.status == workflow.REGISTERED) & Ticket.kind.in_(DISPATCHABLE_KINDS)
    q = (
        Ticket.select(
            Ticket.id,
            Ticket.number,
            Customer.name,
            Site.district,
            Site.address,
            Ticket.work_category,
            Ticket.urgent,
            Ticket.next_clock,
            Ticket.next_due_at,
            Ticket.kind,
            Ticket.complex_repair,
            Ticket.major,
        )
        .join(Customer)
        .switch(Ticket)
        .join(Site, peewee.JOIN.LEFT_OUTER)
        .where(waiting)
        .tuples()
    )
    rows = list(q)
    open_pause = SlaPause.ended_at.is_null()
    paused = {
        t for (t,) in SlaPause.select(SlaPause.ticket).join(Ticket).where(waiting & open_pause).tuples()
    }
    reopened = {
        t
        for (t,) in WorkOrder.select(WorkOrder.ticket)
        .join(Ticket)
        .where(waiting & (WorkOrder.status == workflow.ORDER_REJECTED))
        .tuples()
    }
    warn = settings.warn_hours()
    # R3.4: a paused ticket's clocks stand as they are now, not as last stored; R3.0: "due soon"
    # of a working-day clock is judged on office time left
    live = deadlines.live_next(paused, now)
    calendar = workdays.load_calendar()
    limits = settings.sla_limits()
    items = []
    for tid, number, customer, district, address, category, urgent, clock, due, kind, complex_, major in rows:
        unit, stopped = sla.HOURS, False
        if tid in live:
            nxt = live[tid]
            clock, due = (nxt.clock, nxt.due_at) if nxt else ("", None)
            unit, stopped = (nxt.unit, nxt.paused) if nxt else (sla.HOURS, False)
        elif clock in _CLOCK_LIMITS:
            unit = sla.clock_unit(limits, clock, kind, bool(urgent), bool(complex_), bool(major))
        left = sla.time_left(due, now, unit, calendar) if due else None
        state = sla.sla_state(due, now, warn, left, stopped)
        items.append(
            QueueItem(
                tid,
                number,
                customer,
                district or "",
                address or "",
                category,
                bool(urgent),
                clock,
                due,
                "ok" if state == "paused" else state,
                tid in paused,
                tid in reopened,
                unit,
            )
        )
    far = datetime.max
    return sorted(items, key=lambda i: (not i.urgent, i.next_due_at or far, i.number))


def technicians(day: date) -> list[Technician]:
    """The board's lanes: the roster's dispatchable technicians on `day` (R4.1)."""
    return [
        Technician(s.id, s.name, tuple(x for x in s.skills.split(",") if x))
        for s in staff_roster.dispatch_lanes(day)
    ]


def _by_window_end(*columns) -> peewee.ModelSelect:
    """Work orders read through the index on window end (0101): "overlapping [start, end)" then
    reads the orders ending after `start` — this week's and the future's — not, as through the
    window-start index, every order of the office's past. Pinned on SQLite, whose statistics
    cannot tell which of the two ranges is the narrow one."""
    q = WorkOrder.select(*columns)
    if db.is_sqlite():
        q = q.from_(peewee.NodeList((WorkOrder, peewee.SQL('INDEXED BY "work_order_window_end"'))))
    return q


def orders_between(start: datetime, end: datetime) -> list[OrderBlock]:
    """Work orders whose appointment window overlaps [start, end), for the board.

    Selects only the columns a block shows, as tuples: a week of a busy office is thousands
    of orders, and building four model instances per row cost most of the board's load.
    """
    q = (
        _by_window_end(
            WorkOrder.id,
            WorkOrder.ticket,
            Ticket.number,
            Customer.name,
            Site.address,
            Ticket.work_category,
            WorkOrder.window_start,
            WorkOrder.window_end,
            WorkOrder.status,
            Ticket.status,
            WorkOrder.late,
            Ticket.urgent,
            WorkOrder.repeat_repair,
        )
        .join(Ticket)
        .join(Customer)
        .switch(Ticket)
        .join(Site, peewee.JOIN.LEFT_OUTER)
        .where(
            (WorkOrder.window_start < end)
            & (WorkOrder.window_end > start)
            & (WorkOrder.status != workflow.ORDER_CANCELLED)
        )
        .tuples()
    )
    rows = list(q)
    techs: dict[int, list[int]] = {}
    links = (
        WorkOrderTechnician.select(WorkOrderTechnician.work_order, WorkOrderTechnician.staff)
        .where(
            WorkOrderTechnician.work_order.in_(
                _by_window_end(WorkOrder.id).where(
                    (WorkOrder.window_start < end) & (WorkOrder.window_end > start)
                )
            )
        )
        .order_by(WorkOrderTechnician.id)
        .tuples()
    )
    for order_id, staff_id in links:
        techs.setdefault(order_id, []).append(staff_id)
    return [
        OrderBlock(
            oid,
            tid,
            number,
            customer,
            address or "",
            category,
            ws,
            we,
            status,
            tstatus,
            tuple(techs.get(oid, ())),
            bool(late),
            bool(urgent),
            bool(repeat),
        )
        for oid, tid, number, customer, address, category, ws, we, status, tstatus, late, urgent, repeat in rows
    ]


def default_window(start: datetime) -> tuple[datetime, datetime]:
    minutes = int(settings.get("appointment.default_minutes"))
    return start, start + timedelta(minutes=minutes)


def _conflicts(
    tech_ids: list[int], start: datetime, end: datetime, exclude_order: int | None = None
) -> list[tuple[str, str]]:
    """R4.1: (technician, ticket no.) of live orders overlapping the window."""
    q = (
        WorkOrderTechnician.select(WorkOrderTechnician, WorkOrder, Staff, Ticket)
        .join(WorkOrder)
        .join(Ticket)
        .switch(WorkOrderTechnician)
        .join(Staff)
        .where(
            WorkOrderTechnician.staff.in_(tech_ids)
            & WorkOrder.status.in_(LIVE_ORDER_STATES)
            & (WorkOrder.window_start < end)
            & (WorkOrder.window_end > start)
        )
    )
    if exclude_order is not None:
        q = q.where(WorkOrder.id != exclude_order)
    return [(a.staff.name, a.work_order.ticket.number) for a in q]


def _check_window(
    tech_ids: list[int], start: datetime, end: datetime, exclude_order: int | None = None
) -> None:
    if not tech_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one technician."), field="technicians"
        )
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The appointment must end after it starts."), field="end"
        )
    staff = {s.id: s for s in Staff.select().where(Staff.id.in_(tech_ids))}
    first_day, last_day = start.date(), (end - timedelta(seconds=1)).date()
    for tid in tech_ids:
        s = staff.get(tid)
        if s is None or s.role != "technician" or not s.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only active technicians can be dispatched."), field="technicians"
            )
        # R4.1: the roster period bounds dispatch in the service, as the board's lanes do
        if (s.active_from is not None and first_day < s.active_from) or (
            s.active_to is not None and last_day > s.active_to
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is not on the roster on {day}: choose another technician or another day.",
                ),
                field="technicians",
                name=s.name,
                day=(
                    first_day if s.active_from is not None and first_day < s.active_from else last_day
                ).isoformat(),
            )
    clashes = _conflicts(tech_ids, start, end, exclude_order)
    if clashes:
        name, number = clashes[0]
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} already has ticket {number} in that time; choose another time or technician.",
            ),
            field="start",
            name=name,
            number=number,
        )


def move(
    ticket: Ticket, new_status: str, actor_id: int | None, now: datetime, **stamps: datetime | None
) -> None:
    """Change a ticket's state (R4.8), stamp the clocks it meets, recompute its deadlines."""
    workflow.check_transition(ticket.status, new_status, ticket.kind)
    old = ticket.status
    ticket.status = new_status
    for field, value in stamps.items():
        if getattr(ticket, field) is None:
            setattr(ticket, field, value)
    ticket.updated_at = now
    if new_status in (workflow.CLOSED, workflow.CANCELLED):
        ticket.closed_at = now if new_status == workflow.CLOSED else ticket.closed_at
    ticket.save()
    deadlines.recompute(ticket, now)
    audit.record(actor_id, "status", "ticket", ticket.number, now, {"status": (old, new_status)})


def assign(
    ticket_id: int, tech_ids: list[int], start: datetime, end: datetime, actor_id: int | None, now: datetime
) -> int:
    """R4.1: create a work order for the ticket with its technicians and appointment window."""
    permissions.require(actor_id, permissions.DISPATCH)
    with db.write_transaction():
        ticket = Ticket.get_by_id(ticket_id)
        if ticket.status != workflow.REGISTERED or ticket.kind not in DISPATCHABLE_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only a registered repair or complaint waits for dispatch.")
            )
        _check_window(tech_ids, start, end)
        order = WorkOrder.create(
            ticket=ticket,
            window_start=start,
            window_end=end,
            status=workflow.ORDER_SCHEDULED,
            repeat_repair=ticket.repeat_of_id is not None,
            created_by=actor_id,
            created_at=now,
        )
        for i, tid in enumerate(dict.fromkeys(tech_ids)):
            WorkOrderTechnician.create(work_order=order, staff=tid, lead=i == 0)
        move(ticket, workflow.DISPATCHED, actor_id, now, dispatched_at=now, forwarded_at=now)
        audit.record(
            actor_id,
            "dispatch",
            "work_order",
            order.id,
            now,
            {"technicians": (None, list(tech_ids)), "window": (None, f"{start} – {end}")},
        )
    return order.id


def reschedule(
    order_id: int,
    start: datetime,
    end: datetime,
    tech_ids: list[int] | None,
    reason: str,
    customer_informed: bool,
    actor_id: int | None,
    now: datetime,
) -> None:
    """R4.2: move an appointment (and/or its technicians), recording who, when, why and that the
    customer was told."""
    permissions.require(actor_id, permissions.DISPATCH)
    from app.models import Reschedule

    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the appointment moves."), field="reason")
    with db.write_transaction():
        order = WorkOrder.get_by_id(order_id)
        if order.status != workflow.ORDER_SCHEDULED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only an appointment not yet started can be moved.")
            )
        if start < now.replace(second=0, microsecond=0):
            # R4.2: an appointment is agreed for a time still to come
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "An appointment cannot be moved into the past ({now}); choose a later time."
                ),
                field="start",
                now=f"{now:%Y-%m-%d %H:%M}",
            )
        current = [a.staff_id for a in order.technicians]
        techs = list(tech_ids) if tech_ids else current
        _check_window(techs, start, end, exclude_order=order.id)
        Reschedule.create(
            work_order=order,
            old_start=order.window_start,
            old_end=order.window_end,
            new_start=start,
            new_end=end,
            reason=reason.strip(),
            customer_informed=customer_informed,
            by=actor_id,
            at=now,
        )
        order.window_start, order.window_end = start, end
        order.save()
        if techs != current:
            WorkOrderTechnician.delete().where(WorkOrderTechnician.work_order == order.id).execute()
            for i, tid in enumerate(dict.fromkeys(techs)):
                WorkOrderTechnician.create(work_order=order, staff=tid, lead=i == 0)
        audit.record(
            actor_id,
            "reschedule",
            "work_order",
            order.id,
            now,
            {
                "window": (None, f"{start} – {end}"),
                "technicians": (current, techs),
                "customer_informed": (None, customer_informed),
            },
        )


def day_bounds(day: date, days: int = 1) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time())
    return start, start + timedelta(days=days)

"""Storing the R3 deadlines of tickets (R3.3: computed, and recomputed while open)."""

from __future__ import annotations

from datetime import datetime

from app import sla, workflow
from app.calendar import WorkCalendar
from app.models import SlaPause, Ticket, TicketDeadline
from app.services import settings, workdays


def facts_of(ticket: Ticket) -> sla.TicketFacts:
    pauses = [
        sla.Pause(p.started_at, p.ended_at)
        for p in SlaPause.select().where(SlaPause.ticket == ticket.id).order_by(SlaPause.started_at)
    ]
    return sla.TicketFacts(
        kind=ticket.kind,
        received_at=ticket.received_at,
        urgent=ticket.urgent,
        complex_repair=ticket.complex_repair,
        major=ticket.major,
        first_response_at=ticket.first_response_at,
        dispatched_at=ticket.dispatched_at,
        forwarded_at=ticket.forwarded_at,
        plan_at=ticket.plan_at,
        answered_at=ticket.answered_at,
        completed_at=ticket.completed_at,
        result_at=ticket.result_at,
        followed_up_at=ticket.followed_up_at,
        pauses=pauses,
    )


def recompute(
    ticket: Ticket,
    now: datetime,
    calendar: WorkCalendar | None = None,
    limits: dict[str, sla.Limit] | None = None,
) -> list[sla.Deadline]:
    """Recompute and store a ticket's deadlines and its next one. Call inside a transaction."""
    calendar = calendar or workdays.load_calendar()
    limits = limits or settings.sla_limits()
    rows = sla.compute_deadlines(facts_of(ticket), calendar, now, limits)
    TicketDeadline.delete().where(TicketDeadline.ticket == ticket.id).execute()
    if rows:
        TicketDeadline.insert_many(
            [
                {
                    "ticket": ticket.id,
                    "clock": d.clock,
                    "due_at": d.due_at,
                    "met_at": d.met_at,
                    "paused_seconds": d.paused_seconds,
                }
                for d in rows
            ]
        ).execute()
    nxt = sla.next_deadline(rows) if ticket.status in workflow.OPEN_STATES else None
    ticket.next_clock = nxt.clock if nxt else ""
    ticket.next_due_at = nxt.due_at if nxt else None
    Ticket.update(next_clock=ticket.next_clock, next_due_at=ticket.next_due_at).where(
        Ticket.id == ticket.id
    ).execute()
    return rows


def stored(ticket_id: int) -> list[sla.Deadline]:
    q = TicketDeadline.select().where(TicketDeadline.ticket == ticket_id)
    order = {c: i for i, c in enumerate(sla.CLOCK_ORDER)}
    rows = [sla.Deadline(d.clock, d.due_at, d.met_at, d.paused_seconds) for d in q]
    return sorted(rows, key=lambda d: order.get(d.clock, 99))


def as_they_stand(ticket_id: int, now: datetime) -> list[sla.Deadline]:
    """A ticket's deadlines in the order of the rules: an open ticket's as they stand at `now`
    (R3.4: a paused clock moves live, and each says how it counts, R3.0), a finished one's as
    stored."""
    ticket = Ticket.get_by_id(ticket_id)
    if ticket.status not in workflow.OPEN_STATES:
        return stored(ticket_id)
    order = {c: i for i, c in enumerate(sla.CLOCK_ORDER)}
    return sorted(live([ticket_id], now)[ticket_id], key=lambda d: order.get(d.clock, 99))


def paused_ticket_ids(ticket_ids: list[int] | None = None) -> set[int]:
    """Tickets with a pause open now (R3.4)."""
    q = SlaPause.select(SlaPause.ticket).where(SlaPause.ended_at.is_null())
    if ticket_ids is not None:
        q = q.where(SlaPause.ticket.in_(ticket_ids or [0]))
    return {t for (t,) in q.tuples()}


def live(
    ticket_ids: list[int] | set[int],
    now: datetime,
    calendar: WorkCalendar | None = None,
    limits: dict[str, sla.Limit] | None = None,
) -> dict[int, list[sla.Deadline]]:
    """R3.4: the deadlines of these tickets as they stand at `now`, computed, not stored.

    The stored deadlines of a paused ticket are those of the moment it was last recomputed; while
    its pause stays open, the paused clocks move forward with the clock, so readers that judge
    "overdue" (escalation, the queue, the ticket list) ask here for the paused tickets.
    """
    if not ticket_ids:
        return {}
    calendar = calendar or workdays.load_calendar()
    limits = limits or settings.sla_limits()
    return {
        t.id: sla.compute_deadlines(facts_of(t), calendar, now, limits)
        for t in Ticket.select().where(Ticket.id.in_(list(ticket_ids)))
    }


def live_next(ticket_ids: list[int] | set[int], now: datetime) -> dict[int, sla.Deadline | None]:
    """The next deadline of each paused ticket at `now` (R3.1, R3.4)."""
    return {tid: sla.next_deadline(rows) for tid, rows in live(ticket_ids, now).items()}


def recompute_open_tickets(now: datetime) -> int:
    """R3.3: recompute every open ticket (after a calendar or limit change).

    Closed and cancelled tickets keep the deadlines they had. Returns how many open tickets'
    next deadline moved.
    """
    calendar = workdays.load_calendar()
    limits = settings.sla_limits()
    changed = 0
    for ticket in Ticket.select().where(Ticket.status.in_(list(workflow.OPEN_STATES))):
        before = ticket.next_due_at
        recompute(ticket, now, calendar, limits)
        changed += ticket.next_due_at != before
    return changed

"""R7.2 follow-up visits and R3.2 escalation of overdue tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import db, permissions, sla, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Customer, FollowUpVisit, SlaPause, Ticket, TicketDeadline, TicketEscalation
from app.services import audit, deadlines, settings
from app.services.dispatch import move


@dataclass(frozen=True)
class FollowUpDue:
    ticket_id: int
    number: str
    customer: str
    phone: str
    completed_at: datetime | None
    due_at: datetime | None
    attempts: int  # unreached calls so far
    unit: str = sla.WORKING_DAYS  # how the follow-up clock counts time left (R3.0)


def follow_ups_due() -> list[FollowUpDue]:
    """Completed tickets not yet followed up, earliest deadline first; unreached ones stay.

    The columns shown, as tuples, with the follow-up deadline and unreached calls joined in SQL
    (issue 20: the board's refresh at sign-in read whole ticket and customer rows and lists of
    thousands of ids on a long-lived office)."""
    completed = Ticket.select(Ticket.id).where(Ticket.status == workflow.COMPLETED)
    due = {
        tid: at
        for tid, at in TicketDeadline.select(TicketDeadline.ticket, TicketDeadline.due_at)
        .where(TicketDeadline.ticket.in_(completed) & (TicketDeadline.clock == sla.FOLLOW_UP))
        .tuples()
    }
    attempts: dict[int, int] = {}
    unreached = FollowUpVisit.ticket.in_(completed) & (FollowUpVisit.reached == False)  # noqa: E712
    for (tid,) in FollowUpVisit.select(FollowUpVisit.ticket).where(unreached).tuples():
        attempts[tid] = attempts.get(tid, 0) + 1
    limit = settings.sla_limits().get(sla.FOLLOW_UP)
    unit = limit.unit if limit is not None else sla.WORKING_DAYS
    rows = [
        FollowUpDue(tid, number, name, phone, completed_at, due.get(tid), attempts.get(tid, 0), unit)
        for tid, number, name, phone, completed_at in Ticket.select(
            Ticket.id, Ticket.number, Customer.name, Ticket.contact_phone, Ticket.completed_at
        )
        .join(Customer)
        .where(Ticket.status == workflow.COMPLETED)
        .tuples()
    ]
    return sorted(rows, key=lambda r: (r.due_at or datetime.max, r.number))


def record_follow_up(
    ticket_id: int,
    reached: bool,
    satisfaction: int | None,
    remarks: str,
    method: str,
    actor_id: int | None,
    now: datetime,
) -> None:
    """R7.2: a reached customer completes the follow-up; an unreached one is retried later."""
    permissions.require(actor_id, permissions.FOLLOW_UP)
    if reached and (satisfaction is None or not 1 <= satisfaction <= 5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Rate the customer's satisfaction from 1 to 5."), field="satisfaction"
        )
    with db.write_transaction():
        ticket = Ticket.get_by_id(ticket_id)
        if ticket.status != workflow.COMPLETED:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a completed ticket is followed up."))
        FollowUpVisit.create(
            ticket=ticket,
            at=now,
            by=actor_id,
            method=method,
            reached=reached,
            satisfaction=satisfaction if reached else None,
            remarks=remarks.strip(),
        )
        if reached:
            move(ticket, workflow.FOLLOWED_UP, actor_id, now, followed_up_at=now)
        else:
            audit.record(actor_id, "follow_up_unreached", "ticket", ticket.number, now)


@dataclass(frozen=True)
class Escalation:
    ticket_id: int
    number: str
    clocks: tuple[str, ...]  # the breached clocks: the rule that fired
    to: str  # the highest recipient: admin_hr (result overdue), manager (major complaint), supervisor
    recipients: tuple[str, ...] = ()  # every recipient the ticket was escalated to, first one first


# The higher a recipient, the later in the chain (R3.2): the shown one is the highest.
_LEVEL = {"supervisor": 0, "manager": 1, "admin_hr": 2}


def _recipients(kind: str, major: bool, clocks: tuple[str, ...]) -> list[str]:
    """R3.2: a breached clock goes to the supervisor; a complaint whose result is overdue also to
    administration/HR; a major complaint to the manager at once, and to administration/HR too
    once its result is overdue."""
    out: list[str] = []
    if clocks:
        out.append("supervisor")
    if kind == "complaint" and major:
        out.append("manager")
    if kind == "complaint" and sla.COMPLAINT_RESULT in clocks:
        out.append("admin_hr")
    return out


def _open_ticket_ids():
    return Ticket.select(Ticket.id).where(Ticket.status.in_(list(workflow.OPEN_STATES)))


def escalate_overdue(now: datetime) -> list[Escalation]:
    """R3.2: escalate open tickets past a deadline, keeping every escalation. Idempotent.

    A paused clock (R3.4) is never overdue: paused tickets are judged on their deadlines as they
    stand now, not on the stored ones.

    Bounded by what is overdue, not by the office's age (issue 20): the missed deadlines are read
    through the index on unmet deadlines (0140), joined to their open ticket in SQL rather than
    through lists of ids, and only the columns the decision needs are read, as tuples; a ticket
    whose escalations and flags are already right costs no write.
    """
    paused = {
        t
        for (t,) in SlaPause.select(SlaPause.ticket)
        .join(Ticket)
        .where(SlaPause.ended_at.is_null() & Ticket.status.in_(list(workflow.OPEN_STATES)))
        .tuples()
    }
    breached: dict[int, list[str]] = {}
    for tid, clock in (
        TicketDeadline.select(TicketDeadline.ticket, TicketDeadline.clock)
        .join(Ticket)
        .where(
            TicketDeadline.met_at.is_null()
            & (TicketDeadline.due_at < now)
            & Ticket.status.in_(list(workflow.OPEN_STATES))
        )
        .tuples()
    ):
        if tid not in paused:
            breached.setdefault(tid, []).append(clock)
    for tid, rows in deadlines.live(paused, now).items():
        clocks = [d.clock for d in rows if d.met_at is None and d.breached(now)]
        if clocks:
            breached[tid] = clocks
    majors = {
        t
        for (t,) in _open_ticket_ids()
        .where((Ticket.major == True) & (Ticket.kind == "complaint"))  # noqa: E712
        .tuples()
    }
    ids = set(breached) | majors
    if not ids:
        return []
    out: list[Escalation] = []
    with db.write_transaction():
        kept: dict[int, dict[str, None]] = {}
        for tid, to in (
            TicketEscalation.select(TicketEscalation.ticket, TicketEscalation.to)
            .join(Ticket)
            .where(Ticket.status.in_(list(workflow.OPEN_STATES)))
            .order_by(TicketEscalation.at, TicketEscalation.id)
            .tuples()
        ):
            if tid in ids:
                kept.setdefault(tid, {})[to] = None
        tickets = (
            Ticket.select(
                Ticket.id, Ticket.number, Ticket.kind, Ticket.major, Ticket.escalated, Ticket.escalated_to
            )
            .where(Ticket.status.in_(list(workflow.OPEN_STATES)))
            .order_by(Ticket.id)
            .tuples()
        )
        for tid, number, kind, major, escalated, escalated_to in list(tickets):
            if tid not in ids:
                continue
            clocks = tuple(sorted(breached.get(tid, [])))
            have = kept.get(tid, {})
            for to in _recipients(kind, major, clocks):
                if to in have:
                    continue
                TicketEscalation.create(ticket=tid, to=to, clocks=",".join(clocks), at=now)
                have[to] = None
                audit.record(
                    None,
                    "escalate",
                    "ticket",
                    number,
                    now,
                    {"escalated_to": (None, to), "rule": (None, list(clocks))},
                )
            if not have:
                continue
            recipients = tuple(have)
            top = max(recipients, key=lambda r: _LEVEL.get(r, -1))
            out.append(Escalation(tid, number, clocks, top, recipients))
            if not escalated or escalated_to != top:
                Ticket.update(escalated=True, escalated_to=top).where(Ticket.id == tid).execute()
    return out


def escalations_of(ticket_id: int) -> list[tuple[str, datetime, tuple[str, ...]]]:
    """R3.2: every escalation the ticket received: (to whom, when, which clocks), oldest first."""
    q = (
        TicketEscalation.select()
        .where(TicketEscalation.ticket == ticket_id)
        .order_by(TicketEscalation.at, TicketEscalation.id)
    )
    return [(e.to, e.at, tuple(c for c in e.clocks.split(",") if c)) for e in q]


@dataclass(frozen=True)
class EscalationRow:
    """One line of the overdue / escalated list: whose ticket, how late, to whom it went."""

    ticket_id: int
    number: str
    customer: str
    kind: str
    clocks: tuple[str, ...]
    to: str
    overdue_since: datetime | None  # the earliest missed deadline (None: a major complaint in time)
    unit: str = sla.HOURS  # how that missed clock counts: office time or clock hours (R3.0)


def escalation_rows(escalations: list[Escalation]) -> list[EscalationRow]:
    """R3.2: the escalations with their customer and the earliest missed deadline, for the list.

    Read for the open tickets in one pass each (joined in SQL, not a list of thousands of ids)
    and matched by ticket in a dict: linear in the escalations, whatever the office's age."""
    if not escalations:
        return []
    clocks_of = {e.ticket_id: set(e.clocks) for e in escalations}
    open_states = list(workflow.OPEN_STATES)
    facts = (Ticket.id, Customer.name, Ticket.kind, Ticket.urgent, Ticket.complex_repair, Ticket.major)
    names = {
        row[0]: row[1:]
        for row in Ticket.select(*facts).join(Customer).where(Ticket.status.in_(open_states)).tuples()
        if row[0] in clocks_of
    }
    unmet = TicketDeadline.select(TicketDeadline.ticket, TicketDeadline.clock, TicketDeadline.due_at).where(
        TicketDeadline.met_at.is_null()
    )
    rows = list(unmet.join(Ticket).where(Ticket.status.in_(open_states)).tuples())
    missing = [tid for tid in clocks_of if tid not in names]
    if missing:  # a ticket closed since the run: still shown as it was escalated
        names.update(
            (row[0], row[1:])
            for row in Ticket.select(*facts).join(Customer).where(Ticket.id.in_(missing)).tuples()
        )
        rows += list(unmet.where(TicketDeadline.ticket.in_(missing)).tuples())
    missed: dict[int, tuple[datetime, str]] = {}
    for tid, clock, due in rows:
        if (
            clock in clocks_of.get(tid, ())
            and due is not None
            and (tid not in missed or due < missed[tid][0])
        ):
            missed[tid] = (due, clock)
    limits = settings.sla_limits()

    def row(e: Escalation) -> EscalationRow:
        name, kind, urgent, complex_repair, major = names.get(e.ticket_id, ("", "", False, False, False))
        due, clock = missed.get(e.ticket_id, (None, ""))
        unit = sla.clock_unit(limits, clock, kind, urgent, complex_repair, major) if clock else sla.HOURS
        return EscalationRow(e.ticket_id, e.number, name, kind, e.clocks, e.to, due, unit)

    return [row(e) for e in escalations]

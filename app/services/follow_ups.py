"""R7.2 follow-up visits and R3.2 escalation of overdue tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import db, permissions, sla, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Customer, FollowUpVisit, Ticket, TicketDeadline
from app.services import audit
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


def follow_ups_due() -> list[FollowUpDue]:
    """Completed tickets not yet followed up, earliest deadline first; unreached ones stay."""
    q = Ticket.select(Ticket, Customer).join(Customer).where(Ticket.status == workflow.COMPLETED)
    tickets = list(q)
    ids = [t.id for t in tickets] or [0]
    due = {
        d.ticket_id: d.due_at
        for d in TicketDeadline.select().where(
            TicketDeadline.ticket.in_(ids) & (TicketDeadline.clock == sla.FOLLOW_UP)
        )
    }
    attempts: dict[int, int] = {}
    unreached = FollowUpVisit.ticket.in_(ids) & (FollowUpVisit.reached == False)  # noqa: E712
    for v in FollowUpVisit.select(FollowUpVisit.ticket).where(unreached):
        attempts[v.ticket_id] = attempts.get(v.ticket_id, 0) + 1
    rows = [
        FollowUpDue(
            t.id,
            t.number,
            t.customer.name,
            t.contact_phone,
            t.completed_at,
            due.get(t.id),
            attempts.get(t.id, 0),
        )
        for t in tickets
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
    to: str  # supervisor, admin_hr (complaint result still overdue) or manager (major complaint)


def escalate_overdue(now: datetime) -> list[Escalation]:
    """R3.2: flag open tickets past a deadline and say whom they go to. Idempotent."""
    open_ids = [t.id for t in Ticket.select(Ticket.id).where(Ticket.status.in_(list(workflow.OPEN_STATES)))]
    breached: dict[int, list[str]] = {}
    for d in TicketDeadline.select().where(
        TicketDeadline.ticket.in_(open_ids or [0])
        & TicketDeadline.met_at.is_null()
        & (TicketDeadline.due_at < now)
    ):
        breached.setdefault(d.ticket_id, []).append(d.clock)
    majors = {
        t.id
        for t in Ticket.select(Ticket.id).where(
            Ticket.id.in_(open_ids or [0]) & (Ticket.major == True) & (Ticket.kind == "complaint")  # noqa: E712
        )
    }
    out: list[Escalation] = []
    with db.write_transaction():
        for ticket in Ticket.select().where(Ticket.id.in_(list(breached) + list(majors) or [0])):
            clocks = tuple(sorted(breached.get(ticket.id, [])))
            if ticket.id in majors:
                to = "manager"
            elif sla.COMPLAINT_RESULT in clocks:
                to = "admin_hr"
            else:
                to = "supervisor"
            out.append(Escalation(ticket.id, ticket.number, clocks, to))
            if not ticket.escalated or ticket.escalated_to != to:
                before = ticket.escalated_to
                Ticket.update(escalated=True, escalated_to=to).where(Ticket.id == ticket.id).execute()
                audit.record(
                    None,
                    "escalate",
                    "ticket",
                    ticket.number,
                    now,
                    {"escalated_to": (before, to), "rule": (None, list(clocks))},
                )
    return out

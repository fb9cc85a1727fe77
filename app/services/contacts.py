"""Calls recorded on a ticket (R1.7, R3.0): the acknowledgement that is a complaint's first
response, a reminder (催单) about a ticket still open, and the answer that closes a consultation
or suggestion in one step.

The first response (R3) is met by the first recorded contact with the customer that confirms the
request — an agreed appointment (work_orders.confirm_appointment), a complaint's acknowledgement
or answer, a consultation's answer — whichever kind of ticket it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import db, permissions, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Staff, Ticket, TicketAnswer, TicketContact
from app.services import audit, deadlines
from app.services.dispatch import move

ANSWERED_KINDS = ("consultation", "suggestion")
MAX_CALLER = 64
REMINDER = "reminder"
ACKNOWLEDGEMENT = "acknowledgement"


@dataclass(frozen=True)
class Contact:
    kind: str  # REMINDER or ACKNOWLEDGEMENT
    at: datetime
    caller: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class Answer:
    text: str
    by: str
    at: datetime


def _note(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, field="note")
    return text


def _open_ticket(ticket_id: int) -> Ticket:
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The ticket no longer exists."))
    if ticket.status not in workflow.OPEN_STATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Ticket {number} is closed or cancelled: register the new call as a new ticket."
            ),
            number=ticket.number,
        )
    return ticket


def _stamp_first_response(ticket: Ticket, actor_id: int | None, now: datetime) -> None:
    if ticket.first_response_at is not None:
        return
    ticket.first_response_at = now
    ticket.updated_at = now
    ticket.save()
    deadlines.recompute(ticket, now)
    audit.record(actor_id, "stamp", "ticket", ticket.number, now, {"first_response_at": (None, now)})


def acknowledge(ticket_id: int, note: str, actor_id: int | None, now: datetime) -> None:
    """R3.0: the call to the customer that confirms a complaint (or any ticket) was received and
    is being handled; the first recorded one meets the first-response clock."""
    permissions.require(actor_id, permissions.HANDLE_COMPLAINT)
    note = _note(note, QT_TRANSLATE_NOOP("errors", "Write what the customer was told on the call."))
    with db.write_transaction():
        ticket = _open_ticket(ticket_id)
        TicketContact.create(
            ticket=ticket, kind=ACKNOWLEDGEMENT, at=now, caller="", note=note, recorded_by=actor_id
        )
        audit.record(actor_id, "acknowledge", "ticket", ticket.number, now, {"note": (None, note)})
        _stamp_first_response(ticket, actor_id, now)


def record_reminder(ticket_id: int, caller: str, note: str, actor_id: int | None, now: datetime) -> None:
    """R1.7: a second call about a ticket still open is a reminder on that ticket, not a new one.

    A reminder is the customer calling in; it meets no clock.
    """
    permissions.require(actor_id, permissions.REGISTER_TICKET)
    caller = (caller or "").strip()
    if len(caller) > MAX_CALLER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Shorten the caller's name to {max} characters."),
            field="caller",
            max=MAX_CALLER,
        )
    note = _note(note, QT_TRANSLATE_NOOP("errors", "Write what the caller said."))
    with db.write_transaction():
        ticket = _open_ticket(ticket_id)
        TicketContact.create(
            ticket=ticket, kind=REMINDER, at=now, caller=caller, note=note, recorded_by=actor_id
        )
        audit.record(
            actor_id,
            "reminder",
            "ticket",
            ticket.number,
            now,
            {"caller": (None, caller), "note": (None, note)},
        )


def answer_and_close(ticket_id: int, text: str, actor_id: int | None, now: datetime) -> None:
    """R1.7: a consultation or suggestion is answered (text, who, when) and closed in one step;
    the answer is its first response."""
    permissions.require(actor_id, permissions.REGISTER_TICKET)
    text = (text or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the answer given to the customer."), field="answer"
        )
    with db.write_transaction():
        ticket = _open_ticket(ticket_id)
        if ticket.kind not in ANSWERED_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only a consultation or a suggestion is answered and closed this way."
                )
            )
        TicketAnswer.create(ticket=ticket, text=text, by=actor_id, at=now)
        if ticket.status == workflow.REGISTERED:
            move(ticket, workflow.COMPLETED, actor_id, now, first_response_at=now, completed_at=now)
        move(ticket, workflow.CLOSED, actor_id, now)
        audit.record(actor_id, "answer", "ticket", ticket.number, now, {"answer": (None, text)})


def contacts_of(ticket_id: int) -> list[Contact]:
    """The calls recorded on a ticket, oldest first."""
    rows = list(
        TicketContact.select()
        .where(TicketContact.ticket == ticket_id)
        .order_by(TicketContact.at, TicketContact.id)
    )
    ids = {c.recorded_by_id for c in rows if c.recorded_by_id}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(Staff.id.in_(list(ids) or [0]))}
    return [Contact(c.kind, c.at, c.caller, c.note, names.get(c.recorded_by_id, "")) for c in rows]


def answer_of(ticket_id: int) -> Answer | None:
    a = TicketAnswer.get_or_none(TicketAnswer.ticket == ticket_id)
    if a is None:
        return None
    return Answer(a.text, a.by.name if a.by_id else "", a.at)

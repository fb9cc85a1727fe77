"""R3.4: pausing a ticket's resolution clocks while it waits on the customer or on parts."""

from __future__ import annotations

from datetime import datetime

from app import db, permissions, vocab, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import SlaPause, Ticket
from app.services import audit, deadlines


def open_pause(ticket_id: int) -> SlaPause | None:
    return (
        SlaPause.select()
        .where((SlaPause.ticket == ticket_id) & (SlaPause.ended_at.is_null()))
        .order_by(SlaPause.started_at.desc())
        .first()
    )


def pause(ticket_id: int, reason: str, note: str, actor_id: int | None, now: datetime) -> SlaPause:
    """Start a pause; the deadlines move by the paused working time once it ends (or up to now)."""
    permissions.require(actor_id, permissions.DISPATCH)
    if reason not in vocab.PAUSE_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose why the ticket waits."), field="reason")
    with db.write_transaction():
        ticket = Ticket.get_by_id(ticket_id)
        if ticket.status not in workflow.OPEN_STATES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A closed or cancelled ticket cannot be paused.")
            )
        if open_pause(ticket_id) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The ticket is already paused."))
        row = SlaPause.create(
            ticket=ticket, reason=reason, note=note.strip(), started_at=now, set_by=actor_id
        )
        deadlines.recompute(ticket, now)
        audit.record(actor_id, "pause", "ticket", ticket.number, now, {"pause": (None, reason)})
    return row


def resume(ticket_id: int, actor_id: int | None, now: datetime) -> SlaPause:
    permissions.require(actor_id, permissions.DISPATCH)
    with db.write_transaction():
        ticket = Ticket.get_by_id(ticket_id)
        row = open_pause(ticket_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The ticket is not paused."))
        row.ended_at = now
        row.ended_by = actor_id
        row.save()
        deadlines.recompute(ticket, now)
        audit.record(actor_id, "resume", "ticket", ticket.number, now, {"pause": (row.reason, None)})
    return row

"""R1.6: readable ticket numbers, unique per branch, never reused."""

from __future__ import annotations

from datetime import date

from app.models import TicketCounter


def next_ticket_number(branch_code: str, day: date) -> str:
    """Take the next number for the branch and day. Call inside the saving transaction.

    The counter row is bumped with an UPDATE, which takes the write lock (SQLite) or the row
    lock (PostgreSQL), so two desks saving at once get different numbers; a deleted ticket
    never gives its number back because the counter only goes up.
    """
    TicketCounter.insert(branch_code=branch_code, day=day, last_seq=0).on_conflict_ignore().execute()
    TicketCounter.update(last_seq=TicketCounter.last_seq + 1).where(
        (TicketCounter.branch_code == branch_code) & (TicketCounter.day == day)
    ).execute()
    seq = (
        TicketCounter.select(TicketCounter.last_seq)
        .where((TicketCounter.branch_code == branch_code) & (TicketCounter.day == day))
        .scalar()
    )
    return f"{branch_code}-{day:%Y%m%d}-{seq:04d}"

"""R4.8 ticket states and the only transitions allowed between them."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, ValidationError

REGISTERED = "registered"
DISPATCHED = "dispatched"
SCHEDULED = "scheduled"
IN_PROGRESS = "in_progress"
AWAITING_ACCEPTANCE = "awaiting_acceptance"
COMPLETED = "completed"
FOLLOWED_UP = "followed_up"
CLOSED = "closed"
CANCELLED = "cancelled"

STATES = [
    REGISTERED,
    DISPATCHED,
    SCHEDULED,
    IN_PROGRESS,
    AWAITING_ACCEPTANCE,
    COMPLETED,
    FOLLOWED_UP,
    CLOSED,
    CANCELLED,
]
OPEN_STATES = frozenset(STATES) - {CLOSED, CANCELLED}

# A work order's own states (WorkOrder.status), apart from its ticket's: booked, the technician
# on site, the work done (awaiting acceptance), not accepted by the customer (R4.5), or called off.
ORDER_SCHEDULED = "scheduled"
ORDER_ON_SITE = "on_site"
ORDER_DONE = "done"
ORDER_REJECTED = "rejected"
ORDER_CANCELLED = "cancelled"
ORDER_STATES = (ORDER_SCHEDULED, ORDER_ON_SITE, ORDER_DONE, ORDER_REJECTED, ORDER_CANCELLED)
LIVE_ORDER_STATES = (ORDER_SCHEDULED, ORDER_ON_SITE, ORDER_DONE)  # they occupy a technician's time

_TRANSITIONS: dict[str, frozenset[str]] = {
    REGISTERED: frozenset({DISPATCHED, IN_PROGRESS, CANCELLED}),
    DISPATCHED: frozenset({SCHEDULED, REGISTERED, CANCELLED}),
    SCHEDULED: frozenset({IN_PROGRESS, DISPATCHED, CANCELLED}),
    # R4.8: cancelled (with a reason) from any state before completed — the customer may call a
    # job off on site.
    IN_PROGRESS: frozenset({AWAITING_ACCEPTANCE, CANCELLED}),
    # R4.5: not accepted → reopened and re-queued for dispatch until accepted.
    AWAITING_ACCEPTANCE: frozenset({COMPLETED, REGISTERED, CANCELLED}),
    COMPLETED: frozenset({FOLLOWED_UP}),
    FOLLOWED_UP: frozenset({CLOSED}),
    CLOSED: frozenset(),
    CANCELLED: frozenset(),
}

# Consultations and suggestions are answered, not dispatched: registered → completed → closed.
_ANSWERED_KINDS = frozenset({"consultation", "suggestion"})


def allowed_next(state: str, kind: str = "repair") -> frozenset[str]:
    nxt = _TRANSITIONS[state]
    if kind in _ANSWERED_KINDS and state == REGISTERED:
        nxt = nxt | {COMPLETED}
    if kind in _ANSWERED_KINDS and state == COMPLETED:
        nxt = nxt | {CLOSED}  # an answered consultation needs no follow-up visit
    return nxt


def check_transition(state: str, new_state: str, kind: str = "repair") -> None:
    if new_state not in allowed_next(state, kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A ticket cannot go from {old} to {new}."),
            field="status",
            old=state,
            new=new_state,
        )

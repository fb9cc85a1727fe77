"""R3 time limits: which clocks a ticket has and when each is due, as pure functions of `now`.

Every limit is an office setting (DEFAULT_LIMITS are the shipped values). Working-day limits
count office time (R3.0: the calendar's opening to closing time on working days); clock-hour and
same-day limits run around the clock. Resolution clocks pause while the ticket waits on the
customer or on parts (R3.4): while a pause is open they are not overdue and their deadline moves
forward with `now`; first response never pauses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from app.calendar import WorkCalendar

HOURS = "hours"
WORKING_DAYS = "working_days"
END_OF_DAY = "end_of_day"


@dataclass(frozen=True)
class Limit:
    amount: float
    unit: str  # HOURS, WORKING_DAYS or END_OF_DAY


DEFAULT_LIMITS: dict[str, Limit] = {
    "first_response": Limit(24, HOURS),
    "first_response_urgent": Limit(2, HOURS),
    "urgent_dispatch": Limit(0, END_OF_DAY),
    "forward": Limit(1, WORKING_DAYS),
    "plan_repair": Limit(2, WORKING_DAYS),
    "plan_complaint": Limit(3, WORKING_DAYS),
    "repair_simple": Limit(5, WORKING_DAYS),
    "repair_complex": Limit(10, WORKING_DAYS),
    "complaint_answer": Limit(3, WORKING_DAYS),
    "complaint_result": Limit(7, WORKING_DAYS),
    "complaint_result_major": Limit(2, WORKING_DAYS),
    "follow_up": Limit(3, WORKING_DAYS),
}

# The clocks a ticket can carry (a limit key may serve several variants of one clock).
FIRST_RESPONSE = "first_response"
URGENT_DISPATCH = "urgent_dispatch"
FORWARD = "forward"
PLAN = "plan"
REPAIR = "repair"
COMPLAINT_ANSWER = "complaint_answer"
COMPLAINT_RESULT = "complaint_result"
FOLLOW_UP = "follow_up"
CLOCK_ORDER = [
    FIRST_RESPONSE,
    URGENT_DISPATCH,
    FORWARD,
    PLAN,
    REPAIR,
    COMPLAINT_ANSWER,
    COMPLAINT_RESULT,
    FOLLOW_UP,
]
RESOLUTION_CLOCKS = frozenset({PLAN, REPAIR, COMPLAINT_ANSWER, COMPLAINT_RESULT})

CLOSED_STATES = frozenset({"closed", "cancelled"})


@dataclass(frozen=True)
class Pause:
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class TicketFacts:
    """What the SLA needs to know about a ticket."""

    kind: str
    received_at: datetime
    urgent: bool = False
    complex_repair: bool = False
    major: bool = False
    first_response_at: datetime | None = None
    dispatched_at: datetime | None = None
    forwarded_at: datetime | None = None
    plan_at: datetime | None = None
    answered_at: datetime | None = None
    completed_at: datetime | None = None
    result_at: datetime | None = None
    followed_up_at: datetime | None = None
    pauses: Sequence[Pause] = field(default_factory=tuple)


@dataclass(frozen=True)
class Deadline:
    clock: str
    due_at: datetime
    met_at: datetime | None
    paused_seconds: int = 0
    # Not stored, so not compared: whether a pause is open at `now` (R3.4: the deadline then moves
    # forward with `now`), and how the limit counts (office time for WORKING_DAYS, R3.0).
    paused: bool = field(default=False, compare=False)
    unit: str = field(default=WORKING_DAYS, compare=False)

    def breached(self, now: datetime) -> bool:
        if self.paused and self.met_at is None:
            return False  # R3.4: a paused clock is not overdue
        return (self.met_at or now) > self.due_at


def _due(calendar: WorkCalendar, anchor: datetime, limit: Limit, paused: float = 0.0) -> datetime:
    if limit.unit == HOURS:
        return anchor + timedelta(hours=limit.amount, seconds=paused)
    if limit.unit == END_OF_DAY:
        return datetime.combine(anchor.date(), time(23, 59, 59))
    # R3.0: N working days are N full office days of office time
    return calendar.add_working_time(anchor, limit.amount * calendar.day_seconds + paused)


def limit_key(
    clock: str, kind: str, urgent: bool = False, complex_repair: bool = False, major: bool = False
) -> str:
    """The limit setting that sets `clock` for a ticket of this kind."""
    if clock == FIRST_RESPONSE:
        return "first_response_urgent" if urgent else "first_response"
    if clock == PLAN:
        return "plan_complaint" if kind == "complaint" else "plan_repair"
    if clock == REPAIR:
        return "repair_complex" if complex_repair else "repair_simple"
    if clock == COMPLAINT_RESULT:
        return "complaint_result_major" if major else "complaint_result"
    return clock


def clock_unit(
    limits: dict[str, Limit],
    clock: str,
    kind: str,
    urgent: bool = False,
    complex_repair: bool = False,
    major: bool = False,
) -> str:
    """How this ticket's clock counts time (R3.0): its own limit's unit (every limit key has a
    default in the table; working days for a clock without one)."""
    limit = limits.get(limit_key(clock, kind, urgent, complex_repair, major))
    return limit.unit if limit is not None else WORKING_DAYS


def day_seconds(unit: str, calendar: WorkCalendar) -> float:
    """How long one "d" of time left is: an office day for working-day limits (R3.0), else 24 h."""
    return calendar.day_seconds if unit == WORKING_DAYS else 86400


def time_left(due_at: datetime, now: datetime, unit: str, calendar: WorkCalendar) -> float:
    """Seconds left until `due_at` (negative once past): office time for working-day limits
    (R3.0), clock time for clock-hour and same-day limits."""
    if unit == WORKING_DAYS:
        return calendar.office_time_left(now, due_at)
    return (due_at - now).total_seconds()


def _pause_open(pauses: Sequence[Pause], now: datetime) -> bool:
    return any(p.started_at <= now and (p.ended_at is None or p.ended_at > now) for p in pauses)


def _paused_seconds(
    calendar: WorkCalendar, pauses: Sequence[Pause], anchor: datetime, until: datetime, unit: str
) -> float:
    # Overlapping pauses (e.g. waiting on the customer and on parts) stop the clock once.
    spans: list[tuple[datetime, datetime]] = []
    for p in sorted(pauses, key=lambda p: p.started_at):
        start = max(p.started_at, anchor)
        end = min(p.ended_at or until, until)
        if end <= start:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    total = 0.0
    for start, end in spans:
        if unit == HOURS:
            total += (end - start).total_seconds()
        else:
            total += calendar.working_seconds_between(start, end)
    return total


def compute_deadlines(
    facts: TicketFacts,
    calendar: WorkCalendar,
    now: datetime,
    limits: Mapping[str, Limit] | None = None,
) -> list[Deadline]:
    """Every R3 clock that applies to the ticket, with its due time and when it was met."""
    lim = {**DEFAULT_LIMITS, **(limits or {})}
    received = facts.received_at
    out: list[Deadline] = []

    paused_now = _pause_open(facts.pauses, now)

    def add(clock: str, anchor: datetime, limit: Limit, met: datetime | None) -> datetime:
        paused = 0.0
        if clock in RESOLUTION_CLOCKS and facts.pauses:
            paused = _paused_seconds(calendar, facts.pauses, anchor, met or now, limit.unit)
        due = _due(calendar, anchor, limit, paused)
        live = clock in RESOLUTION_CLOCKS and met is None and paused_now
        out.append(Deadline(clock, due, met, int(paused), live, limit.unit))
        return due

    first_key = "first_response_urgent" if facts.urgent else "first_response"
    add(FIRST_RESPONSE, received, lim[first_key], facts.first_response_at)
    if facts.kind not in ("repair", "complaint"):
        return out
    if facts.urgent:
        add(URGENT_DISPATCH, received, lim["urgent_dispatch"], facts.dispatched_at)
    forward_due = add(FORWARD, received, lim["forward"], facts.forwarded_at)
    plan_key = "plan_complaint" if facts.kind == "complaint" else "plan_repair"
    add(PLAN, facts.forwarded_at or forward_due, lim[plan_key], facts.plan_at)
    if facts.kind == "repair":
        repair_key = "repair_complex" if facts.complex_repair else "repair_simple"
        add(REPAIR, received, lim[repair_key], facts.completed_at)
        done = facts.completed_at
    else:
        add(COMPLAINT_ANSWER, received, lim["complaint_answer"], facts.answered_at)
        result_key = "complaint_result_major" if facts.major else "complaint_result"
        add(COMPLAINT_RESULT, received, lim[result_key], facts.result_at)
        done = facts.result_at or facts.completed_at
    if done is not None:
        add(FOLLOW_UP, done, lim["follow_up"], facts.followed_up_at)
    return out


def next_deadline(deadlines: Sequence[Deadline]) -> Deadline | None:
    """The earliest deadline still open."""
    pending = [d for d in deadlines if d.met_at is None]
    return min(pending, key=lambda d: d.due_at) if pending else None


def sla_state(
    due_at: datetime | None,
    now: datetime,
    warn_hours: float = 4.0,
    left_seconds: float | None = None,
    paused: bool = False,
) -> str:
    """'none', 'ok', 'due_soon', 'breached' or 'paused' — how a list colours a deadline (R3.1).

    `left_seconds` is the time left as the clock counts it (office time for working-day limits,
    R3.0); without it, clock time to `due_at`. A paused clock (R3.4) is never overdue.
    """
    if due_at is None:
        return "none"
    if paused:
        return "paused"
    left = (due_at - now).total_seconds() if left_seconds is None else left_seconds
    if now > due_at or left < 0:
        return "breached"
    if left <= warn_hours * 3600:
        return "due_soon"
    return "ok"

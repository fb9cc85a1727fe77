"""The branch's month in figures, carried in its monthly pack so head office can compare branches.

Each figure is a fraction (numerator, denominator) over the tickets received in the period, so
that a company total is the sum of the numerators over the sum of the denominators, not an
average of rates. Clocks are judged as the complaint analysis judges them: met on time, late
(or overdue and still open at `now`), or not yet due (left out).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from peewee import fn

from app import sla, vocab
from app.errors import QT_TRANSLATE_NOOP
from app.models import SatisfactionRating, Ticket, TicketDeadline, WorkOrder, WorkOrderPart
from app.registers.base import between
from app.registers.pack import Figure
from app.registers.period import Period

# How a figure is shown: a count, a percentage, or an average (numerator / denominator).
COUNT, RATE, PER_100, AVERAGE = "count", "rate", "per_100", "average"

CLOCKS = list(sla.CLOCK_ORDER)
KINDS = list(vocab.KINDS)

# key → (kind of figure, English label, context "registers")
FIGURES: dict[str, tuple[str, str]] = {
    "tickets": (COUNT, QT_TRANSLATE_NOOP("registers", "Tickets")),
    "kind.repair": (COUNT, QT_TRANSLATE_NOOP("registers", "Repair requests")),
    "kind.complaint": (COUNT, QT_TRANSLATE_NOOP("registers", "Complaints")),
    "kind.consultation": (COUNT, QT_TRANSLATE_NOOP("registers", "Consultations")),
    "kind.suggestion": (COUNT, QT_TRANSLATE_NOOP("registers", "Suggestions")),
    "complaints_per_100": (PER_100, QT_TRANSLATE_NOOP("registers", "Complaints per 100 tickets")),
    "sla.first_response": (RATE, QT_TRANSLATE_NOOP("registers", "Met: first response")),
    "sla.urgent_dispatch": (RATE, QT_TRANSLATE_NOOP("registers", "Met: urgent dispatch")),
    "sla.forward": (RATE, QT_TRANSLATE_NOOP("registers", "Met: forward to department")),
    "sla.plan": (RATE, QT_TRANSLATE_NOOP("registers", "Met: handling plan")),
    "sla.repair": (RATE, QT_TRANSLATE_NOOP("registers", "Met: repair done")),
    "sla.complaint_answer": (RATE, QT_TRANSLATE_NOOP("registers", "Met: answer to customer")),
    "sla.complaint_result": (RATE, QT_TRANSLATE_NOOP("registers", "Met: result fed back")),
    "sla.follow_up": (RATE, QT_TRANSLATE_NOOP("registers", "Met: follow-up visit")),
    "first_response_hours": (AVERAGE, QT_TRANSLATE_NOOP("registers", "Average first response (hours)")),
    "repeat_repair_rate": (RATE, QT_TRANSLATE_NOOP("registers", "Repeat repairs")),
    "satisfaction": (AVERAGE, QT_TRANSLATE_NOOP("registers", "Average satisfaction (1–5)")),
    "parts_cost_per_job": (AVERAGE, QT_TRANSLATE_NOOP("registers", "Parts cost per job")),
    "follow_ups_on_time": (RATE, QT_TRANSLATE_NOOP("registers", "Follow-ups done on time")),
}


def _judge(due: datetime, met: datetime | None, now: datetime) -> int:
    if met is not None:
        return 1 if met <= due else -1
    return -1 if due < now else 0


def branch_figures(period: Period, now: datetime) -> list[Figure]:
    """Every figure of FIGURES for the tickets received in `period`, judged at `now`."""
    in_period = between(Ticket.received_at, period)
    kinds = Counter(
        dict(Ticket.select(Ticket.kind, fn.COUNT(Ticket.id)).where(in_period).group_by(Ticket.kind).tuples())
    )
    tickets = sum(kinds.values())
    out = [Figure("tickets", tickets)]
    out += [Figure(f"kind.{k}", kinds.get(k, 0)) for k in KINDS]
    out.append(Figure("complaints_per_100", kinds.get("complaint", 0) * 100, tickets))

    met: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    deadlines = (
        TicketDeadline.select(TicketDeadline.clock, TicketDeadline.due_at, TicketDeadline.met_at)
        .join(Ticket)
        .where(in_period)
        .tuples()
    )
    for clock, due, met_at in deadlines:
        verdict = _judge(due, met_at, now)
        if verdict:
            judged[clock] += 1
            met[clock] += verdict == 1
    out += [Figure(f"sla.{c}", met[c], judged[c]) for c in CLOCKS]

    hours, answered = 0.0, 0
    for received, first in (
        Ticket.select(Ticket.received_at, Ticket.first_response_at)
        .where(in_period & Ticket.first_response_at.is_null(False))
        .tuples()
    ):
        hours += (first - received).total_seconds() / 3600
        answered += 1
    out.append(Figure("first_response_hours", hours, answered))

    repairs = kinds.get("repair", 0)
    repeats = (
        Ticket.select().where(in_period & (Ticket.kind == "repair") & Ticket.repeat_of.is_null(False)).count()
    )
    out.append(Figure("repeat_repair_rate", repeats, repairs))

    ratings = (
        SatisfactionRating.select(
            SatisfactionRating.attitude, SatisfactionRating.quality, SatisfactionRating.timeliness
        )
        .join(Ticket)
        .where(in_period)
        .tuples()
    )
    total, rated = 0.0, 0
    for a, q, t in ratings:
        total += (a + q + t) / 3
        rated += 1
    out.append(Figure("satisfaction", total, rated))

    jobs = WorkOrder.select().join(Ticket).where(in_period & (WorkOrder.status == "done")).count()
    parts = (
        WorkOrderPart.select(fn.SUM(WorkOrderPart.quantity * WorkOrderPart.unit_cost))
        .join(WorkOrder)
        .join(Ticket)
        .where(in_period & (WorkOrder.status == "done"))
        .scalar()
    )
    out.append(Figure("parts_cost_per_job", round(float(parts or 0), 2), jobs))

    # A follow-up visit is on time when its clock was met by the due time (R3 table).
    out.append(Figure("follow_ups_on_time", met[sla.FOLLOW_UP], judged[sla.FOLLOW_UP]))
    return out

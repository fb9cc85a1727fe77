"""R9 / R8: appraisal records 售后人员考核记录表 — each technician's month, with incidents.

The rows come from the appraisal itself (`app.services.appraisal.month_figures`): an approved
month exactly as approved — its frozen figures, the score with its recorded adjustments, the
incidents as they stood (R8.4) — and other months live. People with incidents but no
appraisal row (e.g. a receptionist's penalty) get a row of their incidents only.
Rates in the figures are fractions (0.95 = 95%).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app import vocab
from app.errors import QT_TRANSLATE_NOOP
from app.models import Incident, Staff
from app.registers.base import Register
from app.registers.period import Period
from app.registers.writer import DATETIME, INT, MONEY, NUMBER, PERCENT, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Month"), width=9),
    Column(QT_TRANSLATE_NOOP("registers", "Technician")),
    Column(QT_TRANSLATE_NOOP("registers", "Jobs completed"), INT, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "First-time-fix rate"), PERCENT),
    Column(QT_TRANSLATE_NOOP("registers", "Time limits met"), PERCENT),
    Column(QT_TRANSLATE_NOOP("registers", "On-time arrival"), PERCENT),
    Column(QT_TRANSLATE_NOOP("registers", "Average satisfaction"), NUMBER),
    Column(QT_TRANSLATE_NOOP("registers", "Valid complaints"), INT, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Parts cost per job"), MONEY),
    Column(QT_TRANSLATE_NOOP("registers", "Score"), NUMBER),
    Column(QT_TRANSLATE_NOOP("registers", "Grade"), width=7),
    Column(QT_TRANSLATE_NOOP("registers", "Penalties"), INT, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Penalty amount"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Rewards"), INT, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Reward amount"), MONEY, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Approved by")),
    Column(QT_TRANSLATE_NOOP("registers", "Approved at"), DATETIME),
)

FIGURES = tuple(vocab.APPRAISAL_FIGURES)  # the one list of the R8.1 figures


@dataclass(frozen=True)
class MonthFigures:
    """One technician's month as the appraisal computed it (R8.1, R8.4)."""

    staff_id: int
    month: str  # YYYY-MM
    figures: dict[str, float] = field(default_factory=dict)
    score: float | None = None
    grade: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    incidents: IncidentTotals | None = None  # as the appraisal counted them; None: count live


@dataclass
class IncidentTotals:
    penalties: int = 0
    penalty_amount: Decimal = Decimal(0)
    rewards: int = 0
    reward_amount: Decimal = Decimal(0)


def incident_totals(months: list[str]) -> dict[tuple[int, str], IncidentTotals]:
    """R8.2/R8.3 per (staff, YYYY-MM): number and amount of penalties and rewards."""
    first = datetime.strptime(months[0] + "-01", "%Y-%m-%d").date()
    last_month = datetime.strptime(months[-1] + "-01", "%Y-%m-%d").date()
    nxt = last_month.replace(year=last_month.year + (last_month.month == 12), month=last_month.month % 12 + 1)
    q = (
        Incident.select(Incident.staff, Incident.kind, Incident.day, Incident.amount, Incident.counts_in)
        .where(
            ((Incident.counts_in == "") & (Incident.day >= first) & (Incident.day < nxt))
            | Incident.counts_in.in_(months)
        )
        .tuples()
    )
    out: dict[tuple[int, str], IncidentTotals] = {}
    for staff_id, kind, day, amount, counts_in in q:
        month = counts_in or f"{day:%Y-%m}"  # R8.4: booked into the next open month
        if month not in months:
            continue
        t = out.setdefault((staff_id, month), IncidentTotals())
        if kind == "reward":
            t.rewards += 1
            t.reward_amount += Decimal(amount)
        else:
            t.penalties += 1
            t.penalty_amount += Decimal(amount)
    return out


def appraisal_rows(months: list[str], appraisals: Iterable[MonthFigures] | None = None):
    """Rows of the register: every appraised month, and every month with incidents only."""
    if appraisals is None:
        from app.services.appraisal import month_figures

        appraisals = month_figures(months)
    figures = {(a.staff_id, a.month): a for a in appraisals}
    incidents = incident_totals(months)
    keys = sorted(set(figures) | set(incidents), key=lambda k: (k[1], k[0]))
    names = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_({k[0] for k in keys} or {0})).tuples())
    for staff_id, month in keys:
        a = figures.get((staff_id, month))
        f = a.figures if a else {}
        inc = (a.incidents if a and a.incidents else None) or incidents.get(
            (staff_id, month), IncidentTotals()
        )
        yield (
            month,
            names.get(staff_id, str(staff_id)),
            *(f.get(k) for k in FIGURES),
            a.score if a else None,
            a.grade if a else "",
            inc.penalties,
            inc.penalty_amount,
            inc.rewards,
            inc.reward_amount,
            a.approved_by if a else "",
            a.approved_at if a else None,
        )


def rows(period: Period):
    return appraisal_rows(period.months())


def count(period: Period) -> int:
    return sum(1 for _ in appraisal_rows(period.months()))


REGISTER = Register("appraisal", QT_TRANSLATE_NOOP("registers", "Appraisal records"), COLUMNS, rows, count)

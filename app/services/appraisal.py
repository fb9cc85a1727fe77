"""R8.1/R8.4 the monthly appraisal of technicians, computed from the records.

The month M is [first day 00:00, first day of the next month 00:00). For a technician T:

- **jobs completed** — work orders of T (T among the order's technicians) accepted by the
  customer (R4.5) in M. A shared order is a job of each of its technicians.
- **first-time-fix rate** — the share of those jobs with no repeat repair caused by T: a job on
  ticket X is *not* a first-time fix when a later ticket R has `R.repeat_of = X` (R4.7), was
  received within the office's repeat window (setting `repeat.window_days`, 90) after the job
  was accepted, and an order of R is marked `repeat_fault_technician`.
- **SLA met rate** — the share of those jobs whose ticket's resolution clock (R3 "repair"; for
  a dispatched complaint "complaint_result") was met no later than it was due.
- **on-time arrival rate** — the share of T's arrivals recorded in M (orders not cancelled)
  that were not late (R4.3).
- **average satisfaction** — the mean, over the R7.1 ratings of T's jobs (a rating names the
  order, or else the ticket), of (attitude + quality + timeliness) / 3.
- **valid complaints** — complaints received in M marked valid with T as responsible staff.
- **parts cost per job** — Σ quantity × unit cost of the parts of T's jobs ÷ jobs.
- **penalties / rewards** — the number and yuan total of R8.2/R8.3 incidents counting in M:
  dated in M, or dated in an earlier month that was already approved (locked) and so booked
  into M, the first open month after it. A dismissal review (R8.2) is flagged in the month of
  the third (or later) incident of a dismissal type.

Score (0–100) = Σ weightᵢ × pointsᵢ ÷ Σ weightᵢ over the figures that have a value (a rate
with no base, e.g. no arrivals, drops out). Weights are the office setting
`appraisal.weights`; points are: jobs 100 × jobs ÷ the month's most jobs of any technician;
a rate × 100; satisfaction (average − 1) ÷ 4 × 100; valid complaints 100 − 25 per complaint
(not below 0); parts cost 100 × (1 − cost ÷ the month's highest cost per job). A technician
with neither jobs nor arrivals in M has no score. Then each penalty incident takes
`appraisal.incident_points["penalty"]` points off and each reward adds `["reward"]` (R8.4),
the score staying within 0–100. Grade = `settings.grade_for(score)`.

Approving a month (R8.4, the manager) snapshots every row — figures, evidence, score, grade,
weights and bands — into `Appraisal`; later changes to the records do not change it, and a
correction is an `AppraisalAdjustment` (a recorded score change). Unapproved months are
recomputed every time they are asked for.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from app import db, permissions, sla, vocab, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import (
    Appraisal,
    AppraisalAdjustment,
    Complaint,
    SatisfactionRating,
    Staff,
    Ticket,
    TicketDeadline,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import audit, incidents, settings

FIGURES = vocab.APPRAISAL_FIGURES  # the one list of the R8.1 figures
# The drill-downs: every figure, and the incidents behind the penalty and reward totals.
EVIDENCE_KEYS = [*FIGURES, "penalties", "rewards"]
COMPLAINT_POINTS = 25  # points off per valid complaint


def can_view_appraisal(staff_id: int | None) -> bool:
    """Who may open the appraisal tab — the one check, from the R10.1 permission table."""
    return permissions.can(staff_id, permissions.VIEW_APPRAISAL)


def can_approve(staff_id: int | None) -> bool:
    return permissions.can(staff_id, permissions.APPROVE_APPRAISAL)


@dataclass(frozen=True)
class Evidence:
    """One record behind a figure; `cols` are plain values the screen lays out per figure."""

    ticket_id: int | None
    number: str
    at: str  # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD"
    cols: tuple[Any, ...]
    ok: bool | None = None  # counts for (True) or against (False) the technician


@dataclass(frozen=True)
class Adjustment:
    score_delta: float
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class TechnicianMonth:
    staff_id: int
    name: str
    month: str
    figures: dict[str, float | None]
    penalties: int
    penalty_total: float
    rewards: int
    reward_total: float
    score: float | None  # with the adjustments of an approved month
    grade: str
    dismissal_review: tuple[str, ...]  # incident types whose third time falls in the month
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    approved_score: float | None = None  # the score as approved, before adjustments
    adjustments: tuple[Adjustment, ...] = ()
    appraisal_id: int | None = None


@dataclass(frozen=True)
class MonthAppraisal:
    month: str
    rows: list[TechnicianMonth]
    approved: bool
    approved_by: str
    approved_at: datetime | None
    weights: dict[str, float]
    bands: list[dict[str, Any]]


# -- months ------------------------------------------------------------------------------------


def month_bounds(month: str) -> tuple[datetime, datetime]:
    try:
        first = datetime.strptime(month + "-01", "%Y-%m-%d")
    except ValueError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A month is written YYYY-MM, e.g. 2026-10."), field="month"
        ) from err
    nxt = first.replace(year=first.year + (first.month == 12), month=first.month % 12 + 1)
    return first, nxt


def month_of(day: date) -> str:
    return f"{day:%Y-%m}"


def months_back(month: str, count: int) -> list[str]:
    """`count` months ending with `month`, oldest first."""
    first, _ = month_bounds(month)
    y, m = first.year, first.month
    out = []
    for _ in range(count):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def _t(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


# -- the live computation ------------------------------------------------------------------------


def _technicians(start: datetime, end: datetime, busy: set[int]) -> dict[int, str]:
    out = {}
    for s in Staff.select().where(Staff.role == "technician").order_by(Staff.name, Staff.id):
        joined = s.active_from is None or s.active_from < end.date()
        left = s.active_to is not None and s.active_to < start.date()
        gone = not s.active and s.active_to is None
        if s.id in busy or (joined and not left and not gone):
            out[s.id] = s.name
    return out


def _jobs(start: datetime, end: datetime) -> dict[int, list[tuple]]:
    """staff id → [(order id, ticket id, number, accepted_at, category)]."""
    q = (
        WorkOrderTechnician.select(
            WorkOrderTechnician.staff,
            WorkOrder.id,
            Ticket.id,
            Ticket.number,
            WorkOrder.accepted_at,
            Ticket.work_category,
        )
        .join(WorkOrder)
        .join(Ticket)
        .where(
            (WorkOrder.accepted == True)  # noqa: E712
            & (WorkOrder.accepted_at >= start)
            & (WorkOrder.accepted_at < end)
        )
        .order_by(WorkOrder.accepted_at, WorkOrder.id)
        .tuples()
    )
    out: dict[int, list[tuple]] = defaultdict(list)
    for sid, *job in q:
        out[sid].append(tuple(job))
    return out


def _repeats(jobs: list[tuple]) -> dict[int, tuple[str, datetime]]:
    """order id → (repeat ticket no., received at) of a repeat caused by the technician (R4.7)."""
    window = timedelta(days=int(settings.get(settings.REPEAT_WINDOW_DAYS)))
    by_ticket: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    for oid, tid, _n, accepted, _c in jobs:
        by_ticket[tid].append((oid, accepted))
    q = (
        Ticket.select(Ticket.repeat_of, Ticket.number, Ticket.received_at)
        .join(WorkOrder, on=WorkOrder.ticket == Ticket.id)
        .where(Ticket.repeat_of.in_(list(by_ticket) or [0]) & (WorkOrder.repeat_fault_technician == True))  # noqa: E712
        .order_by(Ticket.received_at)
        .tuples()
    )
    out: dict[int, tuple[str, datetime]] = {}
    for of, number, received in q:
        for oid, accepted in by_ticket.get(of, []):
            if accepted < received <= accepted + window and oid not in out:
                out[oid] = (number, received)
    return out


def _resolution(ticket_ids: set[int]) -> dict[int, tuple[str, datetime, datetime | None]]:
    q = (
        TicketDeadline.select(
            TicketDeadline.ticket, TicketDeadline.clock, TicketDeadline.due_at, TicketDeadline.met_at
        )
        .where(
            TicketDeadline.ticket.in_(list(ticket_ids) or [0])
            & TicketDeadline.clock.in_([sla.REPAIR, sla.COMPLAINT_RESULT])
        )
        .tuples()
    )
    return {tid: (clock, due, met) for tid, clock, due, met in q}


def _arrivals(start: datetime, end: datetime) -> dict[int, list[tuple]]:
    q = (
        WorkOrderTechnician.select(
            WorkOrderTechnician.staff,
            Ticket.id,
            Ticket.number,
            WorkOrder.window_start,
            WorkOrder.arrived_at,
            WorkOrder.late,
        )
        .join(WorkOrder)
        .join(Ticket)
        .where(
            (WorkOrder.arrived_at >= start)
            & (WorkOrder.arrived_at < end)
            & (WorkOrder.status != workflow.ORDER_CANCELLED)
        )
        .order_by(WorkOrder.arrived_at, WorkOrder.id)
        .tuples()
    )
    out: dict[int, list[tuple]] = defaultdict(list)
    for sid, *row in q:
        out[sid].append(tuple(row))
    return out


def _ratings(orders: set[int], tickets: set[int]) -> list[tuple]:
    q = (
        SatisfactionRating.select(
            SatisfactionRating.ticket,
            SatisfactionRating.work_order_id,
            SatisfactionRating.attitude,
            SatisfactionRating.quality,
            SatisfactionRating.timeliness,
            SatisfactionRating.recorded_at,
        )
        .where(
            SatisfactionRating.work_order_id.in_(list(orders) or [0])
            | (
                SatisfactionRating.work_order_id.is_null()
                & SatisfactionRating.ticket.in_(list(tickets) or [0])
            )
        )
        .order_by(SatisfactionRating.id)
        .tuples()
    )
    # R7.1: one rating per order (or per ticket rated without one): a correction, the entry
    # made after it, replaces it.
    latest: dict[tuple, tuple] = {}
    for row in q:
        latest[("o", row[1]) if row[1] is not None else ("t", row[0])] = row
    return sorted(latest.values(), key=lambda r: r[5])


def _valid_complaints(start: datetime, end: datetime) -> dict[int, list[tuple]]:
    q = (
        Complaint.select(
            Complaint.responsible_staff,
            Ticket.id,
            Ticket.number,
            Ticket.received_at,
            Complaint.complaint_type,
            Complaint.validity_reason,
        )
        .join(Ticket)
        .where(
            (Complaint.valid == True)  # noqa: E712
            & Complaint.responsible_staff.is_null(False)
            & (Ticket.received_at >= start)
            & (Ticket.received_at < end)
        )
        .order_by(Ticket.received_at)
        .tuples()
    )
    out: dict[int, list[tuple]] = defaultdict(list)
    for sid, *row in q:
        out[sid].append(tuple(row))
    return out


def _parts(orders: set[int]) -> dict[int, list[tuple[str, Decimal, Decimal]]]:
    out: dict[int, list[tuple[str, Decimal, Decimal]]] = defaultdict(list)
    q = (
        WorkOrderPart.select(
            WorkOrderPart.work_order, WorkOrderPart.name, WorkOrderPart.quantity, WorkOrderPart.unit_cost
        )
        .where(WorkOrderPart.work_order.in_(list(orders) or [0]))
        .order_by(WorkOrderPart.id)
        .tuples()
    )
    for oid, name, qty, cost in q:
        out[oid].append((name, Decimal(qty), Decimal(cost)))
    return out


def _rate(ok: list[bool]) -> float | None:
    return sum(ok) / len(ok) if ok else None


def points(figures: dict[str, float | None], most_jobs: int, highest_cost: float) -> dict[str, float | None]:
    """Each figure on 0–100 (None: no base this month; it drops out of the score)."""
    p: dict[str, float | None] = {}
    jobs = figures.get("jobs_completed") or 0
    p["jobs_completed"] = 100.0 * jobs / most_jobs if most_jobs else None
    for key in ("first_time_fix_rate", "sla_met_rate", "on_time_rate"):
        v = figures.get(key)
        p[key] = None if v is None else 100.0 * v
    s = figures.get("satisfaction")
    p["satisfaction"] = None if s is None else (s - 1.0) / 4.0 * 100.0
    p["valid_complaints"] = max(0.0, 100.0 - COMPLAINT_POINTS * (figures.get("valid_complaints") or 0))
    c = figures.get("parts_cost_per_job")
    if c is None:
        p["parts_cost_per_job"] = None
    else:
        p["parts_cost_per_job"] = 100.0 if highest_cost <= 0 else 100.0 * (1.0 - c / highest_cost)
    return p


def score_of(pts: dict[str, float | None], weights: dict[str, float]) -> float | None:
    used = [(weights.get(k, 0), v) for k, v in pts.items() if v is not None and weights.get(k, 0) > 0]
    total = sum(w for w, _ in used)
    if not total:
        return None
    return round(sum(w * v for w, v in used) / total, 2)


def with_incidents(score: float, penalties: int, rewards: int, pts: dict[str, float]) -> float:
    """R8.4: each penalty incident takes the office's points off the score, each reward adds
    them; the score stays within 0–100."""
    moved = score - penalties * float(pts.get("penalty", 0)) + rewards * float(pts.get("reward", 0))
    return round(min(100.0, max(0.0, moved)), 2)


def compute_month(month: str) -> list[TechnicianMonth]:
    """The live figures of every technician for the month (R8.1), not looking at approvals."""
    start, end = month_bounds(month)
    jobs = _jobs(start, end)
    arrivals = _arrivals(start, end)
    all_jobs = [j for js in jobs.values() for j in js]
    repeats = _repeats(all_jobs)
    resolution = _resolution({j[1] for j in all_jobs})
    orders = {j[0] for j in all_jobs}
    ratings = _ratings(orders, {j[1] for j in all_jobs})
    parts = _parts(orders)
    complaints = _valid_complaints(start, end)
    month_incidents = incidents.incidents_counting_in(start.date(), (end - timedelta(days=1)).date())
    by_staff_incidents: dict[int, list[incidents.IncidentRow]] = defaultdict(list)
    for inc in month_incidents:
        by_staff_incidents[inc.staff_id].append(inc)
    techs = _technicians(start, end, set(jobs) | set(arrivals))

    raw: list[tuple[int, str, dict, dict]] = []
    for sid, name in techs.items():
        mine = jobs.get(sid, [])
        ev: dict[str, list[Evidence]] = {k: [] for k in EVIDENCE_KEYS}
        fig: dict[str, float | None] = {}
        fig["jobs_completed"] = float(len(mine))
        ftf, met, costs = [], [], []
        my_orders = {j[0] for j in mine}
        my_tickets = {j[1] for j in mine}
        for oid, tid, number, accepted, category in mine:
            ev["jobs_completed"].append(Evidence(tid, number, _t(accepted), (category,), True))
            rep = repeats.get(oid)
            ftf.append(rep is None)
            ev["first_time_fix_rate"].append(
                Evidence(
                    tid, number, _t(accepted), (rep[0] if rep else "", _t(rep[1]) if rep else ""), rep is None
                )
            )
            res = resolution.get(tid)
            if res is not None:
                clock, due, done = res
                on_time = done is not None and done <= due
                met.append(on_time)
                ev["sla_met_rate"].append(
                    Evidence(tid, number, _t(accepted), (clock, _t(due), _t(done)), on_time)
                )
            lines = parts.get(oid, [])
            cost = sum((q * c for _n, q, c in lines), Decimal(0))
            costs.append(cost)
            text = "; ".join(f"{n} ×{q.normalize():f} @ {c:.2f}" for n, q, c in lines)
            ev["parts_cost_per_job"].append(Evidence(tid, number, _t(accepted), (text, float(cost)), None))
        fig["first_time_fix_rate"] = _rate(ftf)
        fig["sla_met_rate"] = _rate(met)
        arr = arrivals.get(sid, [])
        fig["on_time_rate"] = _rate([not late for *_r, late in arr])
        for tid, number, window, arrived, late in arr:
            ev["on_time_rate"].append(Evidence(tid, number, _t(arrived), (_t(window),), not late))
        numbers = {j[1]: j[2] for j in mine}
        means = []
        for tid, oid, a, q, t, at in ratings:
            if (oid is not None and oid in my_orders) or (oid is None and tid in my_tickets):
                mean = (a + q + t) / 3.0
                means.append(mean)
                ev["satisfaction"].append(
                    Evidence(tid, numbers.get(tid, ""), _t(at), (a, q, t, round(mean, 2)))
                )
        fig["satisfaction"] = sum(means) / len(means) if means else None
        vc = complaints.get(sid, [])
        fig["valid_complaints"] = float(len(vc))
        for tid, number, received, ctype, reason in vc:
            ev["valid_complaints"].append(Evidence(tid, number, _t(received), (ctype, reason), False))
        fig["parts_cost_per_job"] = float(sum(costs) / len(costs)) if costs else None
        extra: dict[str, Any] = {"penalties": 0, "penalty_total": 0.0, "rewards": 0, "reward_total": 0.0}
        review = []
        for inc in by_staff_incidents.get(sid, []):
            key = "rewards" if inc.kind == incidents.REWARD else "penalties"
            extra[key] += 1
            extra["reward_total" if key == "rewards" else "penalty_total"] += float(inc.amount)
            ev[key].append(
                Evidence(
                    inc.ticket_id,
                    inc.ticket_number,
                    _t(inc.day),
                    (inc.incident_type, float(inc.amount), inc.description, inc.ordinal),
                    not inc.dismissal_review if key == "penalties" else True,
                )
            )
            if inc.dismissal_review and inc.incident_type not in review:
                review.append(inc.incident_type)
        extra["dismissal_review"] = tuple(review)
        extra["worked"] = bool(mine or arr)
        raw.append((sid, name, fig, {"evidence": ev, **extra}))

    weights = settings.appraisal_weights()
    bands = settings.grade_bands()
    incident_pts = settings.incident_points()
    most_jobs = int(max((f["jobs_completed"] or 0 for _s, _n, f, _e in raw), default=0))
    highest = max((f["parts_cost_per_job"] or 0.0 for _s, _n, f, _e in raw), default=0.0)
    out = []
    for sid, name, fig, extra in raw:
        score = score_of(points(fig, most_jobs, highest), weights) if extra["worked"] else None
        if score is not None:
            score = with_incidents(score, extra["penalties"], extra["rewards"], incident_pts)
        out.append(
            TechnicianMonth(
                sid,
                name,
                month,
                fig,
                extra["penalties"],
                round(extra["penalty_total"], 2),
                extra["rewards"],
                round(extra["reward_total"], 2),
                score,
                settings.grade_for(score, bands) if score is not None else "",
                extra["dismissal_review"],
                extra["evidence"],
                score,
            )
        )
    return out


# -- approved months ---------------------------------------------------------------------------


def _snapshot(row: TechnicianMonth, weights: dict, bands: list) -> str:
    data = {
        **row.figures,
        "name": row.name,
        "penalties": row.penalties,
        "penalty_total": row.penalty_total,
        "rewards": row.rewards,
        "reward_total": row.reward_total,
        "dismissal_review": list(row.dismissal_review),
        "weights": weights,
        "bands": bands,
        "evidence": {
            k: [[e.ticket_id, e.number, e.at, list(e.cols), e.ok] for e in rows]
            for k, rows in row.evidence.items()
        },
    }
    return json.dumps(data, ensure_ascii=False)


def _from_snapshot(a: Appraisal, adjustments: list[Adjustment]) -> tuple[TechnicianMonth, dict, list]:
    data = json.loads(a.figures or "{}")
    bands = data.get("bands") or settings.grade_bands()
    approved = float(a.score) if a.score is not None else None
    delta = sum(x.score_delta for x in adjustments)
    score = None if approved is None else round(approved + delta, 2)
    grade = a.grade if not adjustments or score is None else settings.grade_for(score, bands)
    evidence = {
        k: [Evidence(r[0], r[1], r[2], tuple(r[3]), r[4]) for r in rows]
        for k, rows in (data.get("evidence") or {}).items()
    }
    row = TechnicianMonth(
        a.staff_id,
        data.get("name") or a.staff.name,
        a.month,
        {k: data.get(k) for k in FIGURES},
        int(data.get("penalties", 0)),
        float(data.get("penalty_total", 0)),
        int(data.get("rewards", 0)),
        float(data.get("reward_total", 0)),
        score,
        grade,
        tuple(data.get("dismissal_review") or ()),
        evidence,
        approved,
        tuple(adjustments),
        a.id,
    )
    return row, data.get("weights") or settings.appraisal_weights(), bands


def appraise_month(month: str, *, viewer_id: int | None) -> MonthAppraisal:
    """The month's table: the approved snapshot (with adjustments) if approved, else live. Only a
    role that may view appraisals reads it (R10.1: the window hiding the tab is not enough)."""
    permissions.require(viewer_id, permissions.VIEW_APPRAISAL)
    return _month_table(month)


def _month_table(month: str) -> MonthAppraisal:
    month_bounds(month)
    stored = list(
        Appraisal.select(Appraisal, Staff)
        .join(Staff, on=Appraisal.staff == Staff.id)
        .where((Appraisal.month == month) & Appraisal.approved_at.is_null(False))
        .order_by(Staff.name, Staff.id)
    )
    if not stored:
        return MonthAppraisal(
            month, compute_month(month), False, "", None, settings.appraisal_weights(), settings.grade_bands()
        )
    adj: dict[int, list[Adjustment]] = defaultdict(list)
    for x in (
        AppraisalAdjustment.select(AppraisalAdjustment, Staff)
        .join(Staff, on=AppraisalAdjustment.by == Staff.id)
        .where(AppraisalAdjustment.appraisal.in_([a.id for a in stored]))
        .order_by(AppraisalAdjustment.at, AppraisalAdjustment.id)
    ):
        adj[x.appraisal_id].append(Adjustment(float(x.score_delta), x.reason, x.by.name, x.at))
    rows, weights, bands = [], {}, []
    for a in stored:
        row, weights, bands = _from_snapshot(a, adj.get(a.id, []))
        rows.append(row)
    approver = Staff.get_or_none(Staff.id == stored[0].approved_by_id)
    return MonthAppraisal(
        month, rows, True, approver.name if approver else "", stored[0].approved_at, weights, bands
    )


def approve_month(month: str, actor_id: int | None, now: datetime) -> int:
    """R8.4: the manager approves a finished month; its figures are frozen. Returns the rows."""
    permissions.require(actor_id, permissions.APPROVE_APPRAISAL)
    _start, end = month_bounds(month)
    if end > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{month} is not over yet; approve it after its last day."),
            field="month",
            month=month,
        )
    with db.write_transaction():
        if (
            Appraisal.select()
            .where((Appraisal.month == month) & Appraisal.approved_at.is_null(False))
            .exists()
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{month} is already approved; record a correction as an adjustment."
                ),
                month=month,
            )
        rows = compute_month(month)
        weights, bands = settings.appraisal_weights(), settings.grade_bands()
        for row in rows:
            values = {
                "figures": _snapshot(row, weights, bands),
                "score": None if row.score is None else Decimal(str(row.score)).quantize(Decimal("0.01")),
                "grade": row.grade,
                "approved_by": actor_id,
                "approved_at": now,
            }
            existing = Appraisal.get_or_none((Appraisal.staff == row.staff_id) & (Appraisal.month == month))
            if existing is None:
                Appraisal.create(staff=row.staff_id, month=month, **values)
            else:
                Appraisal.update(**values).where(Appraisal.id == existing.id).execute()
        audit.record(actor_id, "approve", "appraisal", month, now, {"technicians": (None, len(rows))})
    return len(rows)


def adjust(
    month: str, staff_id: int, score_delta: str | float, reason: str, actor_id: int | None, now: datetime
) -> None:
    """R8.4: a correction to an approved appraisal is a new, recorded score change."""
    permissions.require(actor_id, permissions.APPROVE_APPRAISAL)
    try:
        delta = Decimal(str(score_delta).strip()).quantize(Decimal("0.01"))
    except InvalidOperation as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the change of score as a number, e.g. -5 or 2.5."),
            field="delta",
        ) from err
    if delta == 0 or abs(delta) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The change of score is between -100 and 100, and not 0."),
            field="delta",
        )
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the appraisal is corrected."), field="reason"
        )
    with db.write_transaction():
        a = Appraisal.get_or_none(
            (Appraisal.staff == staff_id) & (Appraisal.month == month) & Appraisal.approved_at.is_null(False)
        )
        if a is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only an approved appraisal is adjusted; an unapproved month follows its records.",
                )
            )
        if a.score is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This technician has no score that month."))
        AppraisalAdjustment.create(appraisal=a, score_delta=delta, reason=reason.strip(), by=actor_id, at=now)
        audit.record(
            actor_id, "adjust", "appraisal", f"{month}/{staff_id}", now, {"score_delta": (None, delta)}
        )


# -- a technician's trend and the registers -------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    month: str
    score: float | None
    first_time_fix_rate: float | None
    sla_met_rate: float | None
    on_time_rate: float | None
    approved: bool


def trend(staff_id: int, last_month: str, count: int = 12) -> list[TrendPoint]:
    """A technician's month-by-month score and key rates, oldest first."""
    out = []
    for m in months_back(last_month, count):
        month = _month_table(m)
        row = next((r for r in month.rows if r.staff_id == staff_id), None)
        if row is None:
            out.append(TrendPoint(m, None, None, None, None, month.approved))
            continue
        f = row.figures
        out.append(
            TrendPoint(
                m,
                row.score,
                f.get("first_time_fix_rate"),
                f.get("sla_met_rate"),
                f.get("on_time_rate"),
                month.approved,
            )
        )
    return out


def month_figures(months: list[str]):
    """For the appraisal register (app/registers/appraisal.appraisal_rows): every technician's
    month — approved snapshots as approved, other months live."""
    from app.registers.appraisal import IncidentTotals, MonthFigures

    out = []
    for m in months:
        a = _month_table(m)
        for r in a.rows:
            if (
                r.score is None
                and not any(r.figures.get(k) for k in FIGURES)
                and not (r.penalties or r.rewards)
            ):
                continue
            out.append(
                MonthFigures(
                    r.staff_id,
                    m,
                    {k: v for k, v in r.figures.items() if v is not None},
                    r.score,
                    r.grade,
                    a.approved_by if a.approved else "",
                    a.approved_at if a.approved else None,
                    IncidentTotals(
                        r.penalties,
                        Decimal(str(r.penalty_total)).quantize(Decimal("0.01")),
                        r.rewards,
                        Decimal(str(r.reward_total)).quantize(Decimal("0.01")),
                    ),
                )
            )
    return out

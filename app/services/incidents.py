"""R8.2 penalty and R8.3 reward incidents of a member of staff.

A penalty's type is one of `vocab.PENALTY_TYPES`; its amount defaults to the office setting
(`settings.penalty_amounts()`, seed 001). The third "not obeying dispatch / leaving the post"
or the third "false expense claim" of the same person leads to a dismissal review (R8.2): the
incident that reaches three of one such type, and every later one, carries the warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Appraisal, Incident, Staff, Ticket
from app.services import audit, settings

PENALTY, REWARD = "penalty", "reward"
REWARD_TYPES = ["outstanding", "customer_praise"]  # R8.3 outstanding performance; praised by a customer
DISMISSAL_TYPES = ("disobeying_dispatch", "false_claim")  # R8.2: the third time → dismissal review
DISMISSAL_COUNT = 3


@dataclass(frozen=True)
class IncidentRow:
    id: int
    staff_id: int
    staff_name: str
    kind: str
    incident_type: str
    amount: Decimal
    day: date
    description: str
    ticket_id: int | None
    ticket_number: str
    ordinal: int  # the how-many-th incident of this type for this person
    dismissal_review: bool
    counts_in: str = ""  # YYYY-MM of the appraisal it counts in (R8.4)


@dataclass(frozen=True)
class Recorded:
    incident_id: int
    ordinal: int
    dismissal_review: bool
    counts_in: str = ""  # YYYY-MM of the appraisal it counts in
    booked_later: bool = False  # its own month is approved: it counts in `counts_in` instead


def _month(day: date) -> str:
    return f"{day:%Y-%m}"


def _next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def approved_months() -> set[str]:
    return {
        m
        for (m,) in Appraisal.select(Appraisal.month)
        .where(Appraisal.approved_at.is_null(False))
        .distinct()
        .tuples()
    }


def month_counted(day: date) -> str:
    """R8.4: an approved month is locked, so an incident dated in it counts in the first month
    after it that is not approved yet."""
    locked = approved_months()
    month = _month(day)
    while month in locked:
        month = _next_month(month)
    return month


def default_amount(incident_type: str) -> Decimal:
    """R8.2: the office's amount for a penalty type (0 for rewards: the amount is entered)."""
    return Decimal(str(settings.penalty_amounts().get(incident_type, 0))).quantize(Decimal("0.01"))


def _amount(value: str | Decimal | float | None, incident_type: str) -> Decimal:
    if value in (None, ""):
        return default_amount(incident_type)
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount."), field="amount", value=value
        ) from err
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An amount cannot be negative."), field="amount")
    return amount


def record_incident(
    staff_id: int | None,
    kind: str,
    incident_type: str,
    day: date,
    description: str,
    ticket_number: str,
    amount: str | Decimal | float | None,
    actor_id: int | None,
    now: datetime,
) -> Recorded:
    """Record a penalty (R8.2) or reward (R8.3). `amount` None → the office's default."""
    permissions.require(actor_id, permissions.RECORD_INCIDENT)
    staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    if staff is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the member of staff."), field="staff")
    if kind not in (PENALTY, REWARD):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose penalty or reward."), field="kind")
    types = vocab.PENALTY_TYPES if kind == PENALTY else REWARD_TYPES
    if incident_type not in types:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the type of incident."), field="type")
    if day is None or day > now.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The incident's date cannot be in the future."), field="day"
        )
    if not description.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what happened."), field="description")
    value = _amount(amount, incident_type)
    ticket_id = None
    if ticket_number.strip():
        ticket = Ticket.get_or_none(Ticket.number == ticket_number.strip().upper())
        if ticket is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "There is no ticket {number}; check the number or leave it empty."
                ),
                field="ticket",
                number=ticket_number.strip(),
            )
        ticket_id = ticket.id
    with db.write_transaction():
        counts_in = month_counted(day)
        booked_later = counts_in != _month(day)
        row = Incident.create(
            staff=staff,
            kind=kind,
            incident_type=incident_type,
            amount=value,
            day=day,
            description=description.strip(),
            ticket_id=ticket_id,
            recorded_by=actor_id,
            recorded_at=now,
            counts_in=counts_in if booked_later else "",
        )
        audit.record(
            actor_id,
            "incident",
            "staff",
            staff.id,
            now,
            {
                "kind": (None, kind),
                "type": (None, incident_type),
                "amount": (None, value),
                "day": (None, day),
                **({"counts_in": (None, counts_in)} if booked_later else {}),
            },
        )
    ordinal = _ordinals([row.staff_id]).get(row.id, 1)
    return Recorded(
        row.id,
        ordinal,
        incident_type in DISMISSAL_TYPES and ordinal >= DISMISSAL_COUNT,
        counts_in,
        booked_later,
    )


def _ordinals(staff_ids: list[int]) -> dict[int, int]:
    """incident id → its number among the same person's incidents of the same type."""
    seen: dict[tuple[int, str], int] = {}
    out: dict[int, int] = {}
    q = (
        Incident.select(Incident.id, Incident.staff, Incident.incident_type)
        .where(Incident.staff.in_(staff_ids or [0]))
        .order_by(Incident.day, Incident.id)
        .tuples()
    )
    for iid, sid, itype in q:
        seen[(sid, itype)] = seen.get((sid, itype), 0) + 1
        out[iid] = seen[(sid, itype)]
    return out


def incidents_between(
    first: date, last: date, staff_ids: list[int] | None = None, month: str | None = None
) -> list[IncidentRow]:
    """Incidents dated first ≤ day ≤ last (of some people), with their ordinals (R8.2). With
    `month`: those counting in that appraisal month instead (R8.4: dated in it and not booked
    later, or booked into it from a locked month)."""
    q = (
        Incident.select(Incident, Staff.id, Staff.name)
        .join(Staff, on=Incident.staff == Staff.id)
        .order_by(Incident.day, Incident.id)
    )
    if month is None:
        q = q.where((Incident.day >= first) & (Incident.day <= last))
    else:
        q = q.where(
            (Incident.counts_in == month)
            | ((Incident.counts_in == "") & (Incident.day >= first) & (Incident.day <= last))
        )
    if staff_ids is not None:
        q = q.where(Incident.staff.in_(staff_ids or [0]))
    rows = list(q)
    ordinals = _ordinals(list({r.staff_id for r in rows}))
    numbers = dict(
        Ticket.select(Ticket.id, Ticket.number)
        .where(Ticket.id.in_([r.ticket_id for r in rows if r.ticket_id] or [0]))
        .tuples()
    )
    out = []
    for r in rows:
        n = ordinals.get(r.id, 1)
        out.append(
            IncidentRow(
                r.id,
                r.staff_id,
                r.staff.name,
                r.kind,
                r.incident_type,
                Decimal(r.amount),
                r.day,
                r.description,
                r.ticket_id,
                numbers.get(r.ticket_id, ""),
                n,
                r.incident_type in DISMISSAL_TYPES and n >= DISMISSAL_COUNT,
                r.counts_in or _month(r.day),
            )
        )
    return out


def incidents_counting_in(month_first: date, month_last: date) -> list[IncidentRow]:
    """The incidents of one appraisal month (R8.4)."""
    return incidents_between(month_first, month_last, month=_month(month_first))


def incidents_of(staff_id: int) -> list[IncidentRow]:
    return incidents_between(date.min, date.max, [staff_id])

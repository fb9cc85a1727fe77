"""The work order from confirmed appointment to closing (R4.3–R4.6, R5.4, R7.1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from app import db, permissions, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import (
    Customer,
    SatisfactionRating,
    Site,
    Staff,
    Ticket,
    WorkOrder,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import audit, pauses, warranty_status
from app.services.dispatch import move


def _order(order_id: int) -> tuple[WorkOrder, Ticket]:
    order = WorkOrder.get_by_id(order_id)
    return order, order.ticket


def confirm_appointment(order_id: int, actor_id: int | None, now: datetime) -> None:
    """The customer was contacted, the request confirmed, the appointment agreed: the first
    response (R3) and the handling plan are done."""
    permissions.require(actor_id, permissions.DISPATCH)
    with db.write_transaction():
        order, ticket = _order(order_id)
        if order.customer_confirmed_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The appointment is already confirmed."))
        order.customer_confirmed_at = now
        order.save()
        move(ticket, workflow.SCHEDULED, actor_id, now, first_response_at=now, plan_at=now)


def record_arrival(order_id: int, arrived_at: datetime, actor_id: int | None, now: datetime) -> bool:
    """R4.3: arriving after the window start is late. Returns whether it was late."""
    permissions.require_order_access(actor_id, order_id)
    if arrived_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The arrival time cannot be in the future."), field="arrived_at"
        )
    with db.write_transaction():
        order, ticket = _order(order_id)
        if order.status != workflow.ORDER_SCHEDULED:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The arrival is already recorded."))
        # R4.3: a technician cannot arrive before being sent, nor before the call came in
        sent = max(order.created_at, ticket.received_at)
        if arrived_at < sent.replace(second=0, microsecond=0):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The arrival cannot be before the order was dispatched ({sent}); check the date and time.",
                ),
                field="arrived_at",
                sent=f"{sent:%Y-%m-%d %H:%M}",
            )
        if ticket.status != workflow.SCHEDULED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Confirm the appointment with the customer before recording the arrival."
                )
            )
        order.arrived_at = arrived_at
        order.late = arrived_at > order.window_start
        order.status = workflow.ORDER_ON_SITE
        order.save()
        move(ticket, workflow.IN_PROGRESS, actor_id, now)
    return order.late


@dataclass
class PartLine:
    name: str
    quantity: str | Decimal
    unit_cost: str | Decimal


@dataclass
class WorkRecord:
    diagnosis: str
    work_done: str
    parts: list[PartLine]
    labour_cost: str | Decimal
    customer_caused: bool = False  # R5.4: damage by the customer or others is paid service
    quote_amount: str | Decimal | None = None
    customer_consented: bool = False  # R4.4: consent to charges before work starts
    technician_fault_repeat: bool = False  # R4.7: a repeat caused by the earlier technician's work
    free_reason: str = ""  # a quote of 0 needs a reason (a free redo after a rejected acceptance)


def _money(value: str | Decimal | None, field: str) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else "0")).quantize(Decimal("0.01"))
    except InvalidOperation as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount."), field=field, value=value
        ) from err
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An amount cannot be negative."), field=field)
    return amount


def charge_decision(order_id: int, customer_caused: bool, today) -> bool:
    """R5.4: True when the work is free (in warranty, quality problem) — the lookup's answer."""
    order = WorkOrder.get_by_id(order_id)
    t = order.ticket
    return (
        warranty_status.is_free_service(t.site_id, t.work_category, customer_caused, today, t.product_model)
        if t.site_id
        else False
    )


def record_work(order_id: int, data: WorkRecord, actor_id: int | None, now: datetime) -> bool:
    """R4.4: diagnosis, work done, parts and labour, with the free/paid decision of R5.4.

    Paid work needs a quote and the customer's recorded consent first. Returns True if free.
    """
    permissions.require_order_access(actor_id, order_id)
    parts = []
    for i, p in enumerate(data.parts):
        if not p.name.strip():
            continue
        qty = _money(p.quantity, f"part_{i}")
        if qty <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A part's quantity must be above 0."), field=f"part_{i}"
            )
        parts.append((p.name.strip(), qty, _money(p.unit_cost, f"part_{i}")))
    labour = _money(data.labour_cost, "labour_cost")
    with db.write_transaction():
        order = WorkOrder.get_by_id(order_id)
        if order.status != workflow.ORDER_ON_SITE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record the arrival on site before the work."))
        free = charge_decision(order_id, data.customer_caused, now.date())
        quote = None
        if not free:
            quote = _money(data.quote_amount, "quote_amount")
            if data.quote_amount in (None, ""):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Out of warranty or caused by the customer: give the customer a quote first.",
                    ),
                    field="quote_amount",
                )
            if quote == 0 and not data.free_reason.strip():
                # a free redo (the customer did not accept the first work, R4.5) is quoted 0 with its reason
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A quote of 0 needs a reason, e.g. a free redo after a rejected acceptance."
                    ),
                    field="free_reason",
                )
            if quote > 0 and not data.customer_consented:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Paid work needs the customer's consent to the quote before it starts."
                    ),
                    field="consent",
                )
        order.diagnosis = data.diagnosis.strip()
        order.work_done = data.work_done.strip()
        order.labour_cost = labour
        order.charged = not free and bool(quote)
        order.quote_amount = quote
        order.free_reason = data.free_reason.strip() if quote == 0 else ""
        if order.charged and order.customer_consent_at is None:
            order.customer_consent_at = now
        order.repeat_fault_technician = data.technician_fault_repeat and order.repeat_repair
        order.save()
        WorkOrderPart.delete().where(WorkOrderPart.work_order == order.id).execute()
        for name, qty, cost in parts:
            WorkOrderPart.create(work_order=order, name=name, quantity=qty, unit_cost=cost)
        audit.record(
            actor_id,
            "record_work",
            "work_order",
            order.id,
            now,
            {"charged": (None, not free), "labour": (None, labour)},
        )
    return free


def finish_work(order_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require_order_access(actor_id, order_id)
    with db.write_transaction():
        order, ticket = _order(order_id)
        if order.status != workflow.ORDER_ON_SITE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record the arrival on site before finishing."))
        if not order.work_done.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Record the work done before finishing."), field="work_done"
            )
        order.status = workflow.ORDER_DONE
        order.finished_at = now
        order.save()
        move(ticket, workflow.AWAITING_ACCEPTANCE, actor_id, now)


def record_acceptance(
    order_id: int, accepted: bool, signer: str, reason: str, actor_id: int | None, now: datetime
) -> None:
    """R4.5: accepted → completed; not accepted → the ticket goes back to the queue."""
    permissions.require_order_access(actor_id, order_id)
    with db.write_transaction():
        order, ticket = _order(order_id)
        if order.status != workflow.ORDER_DONE or ticket.status != workflow.AWAITING_ACCEPTANCE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Finish the work before the customer's acceptance.")
            )
        if accepted and not signer.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the name of the customer who signed."), field="signer"
            )
        if not accepted and not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say why the customer did not accept."), field="reason"
            )
        order.accepted = accepted
        if accepted:
            order.accepted_at = now
            order.acceptance_signer = signer.strip()
            order.save()
            move(ticket, workflow.COMPLETED, actor_id, now, completed_at=now)
        else:
            order.status = workflow.ORDER_REJECTED
            order.rejection_reason = reason.strip()
            order.save()
            move(ticket, workflow.REGISTERED, actor_id, now)


def _may_rate(ticket_id: int, order_id: int | None, actor_id: int | None) -> None:
    """R7.1/R10.1: the order's own technicians (or the dispatching desk) record the customer's
    rating on site; the counter records it from the customer's answer on the phone."""
    if order_id is not None:
        order = WorkOrder.get_or_none(WorkOrder.id == order_id)
        if order is None or order.ticket_id != ticket_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This work order is not of this ticket."))
    if permissions.can(actor_id, permissions.RECORD_WORK):
        if order_id is not None:
            permissions.require_order_access(actor_id, order_id)
            return
        if permissions.role_of(actor_id) != "technician":
            return
        from app.models import WorkOrderTechnician

        mine = (
            WorkOrderTechnician.select()
            .join(WorkOrder)
            .where((WorkOrder.ticket == ticket_id) & (WorkOrderTechnician.staff == actor_id))
        )
        if not mine.exists():
            raise permissions.PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "This work order is not assigned to you.")
            )
        return
    permissions.require(actor_id, permissions.FOLLOW_UP)


def current_rating(ticket_id: int, order_id: int | None) -> SatisfactionRating | None:
    """The rating that counts for the order (or the ticket): the latest, a correction replacing
    the entry before it."""
    q = SatisfactionRating.select().where(SatisfactionRating.ticket == ticket_id)
    if order_id is not None:
        q = q.where(SatisfactionRating.work_order_id == order_id)
    else:
        q = q.where(SatisfactionRating.work_order_id.is_null())
    # the entry made last (not the latest clock reading: a desk's clock may be behind another's)
    return q.order_by(SatisfactionRating.id.desc()).first()


def record_rating(
    ticket_id: int,
    order_id: int | None,
    attitude: int,
    quality: int,
    timeliness: int,
    comment: str,
    actor_id: int | None,
    now: datetime,
    correction_reason: str = "",
) -> None:
    """R7.1: attitude, quality and timeliness rated 1–5, once per order (or per ticket rated
    without an order). A correction is a new entry with its reason, kept in the audit trail;
    the latest entry counts."""
    _may_rate(ticket_id, order_id, actor_id)
    for field, value in (("attitude", attitude), ("quality", quality), ("timeliness", timeliness)):
        if not 1 <= int(value) <= 5:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Rate from 1 (poor) to 5 (excellent)."), field=field
            )
    with db.write_transaction():
        before = current_rating(ticket_id, order_id)
        if before is not None and not correction_reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The customer's rating of this order is already recorded; to correct it, say why.",
                ),
                field="correction_reason",
            )
        SatisfactionRating.create(
            ticket=ticket_id,
            work_order_id=order_id,
            attitude=attitude,
            quality=quality,
            timeliness=timeliness,
            comment=comment.strip(),
            recorded_at=now,
            recorded_by=actor_id,
        )
        old = [before.attitude, before.quality, before.timeliness] if before is not None else None
        changes: dict = {"ratings": (old, [attitude, quality, timeliness])}
        if before is not None:
            changes["reason"] = (None, correction_reason.strip())
        audit.record(
            actor_id, "rate" if before is None else "correct_rating", "ticket", ticket_id, now, changes
        )


def mark_report_done(order_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require_order_access(actor_id, order_id)
    with db.write_transaction():
        WorkOrder.update(report_done=True).where(WorkOrder.id == order_id).execute()
        audit.record(actor_id, "report", "work_order", order_id, now)


def is_rated(ticket_id: int) -> bool:
    """R7.1: the satisfaction survey of the ticket is recorded."""
    return SatisfactionRating.select().where(SatisfactionRating.ticket == ticket_id).exists()


def closing_gaps(ticket_id: int) -> list[str]:
    """R4.6: what is still missing before the ticket may be closed (codes; empty = may close)."""
    ticket = Ticket.get_by_id(ticket_id)
    gaps = []
    accepted = WorkOrder.select().where((WorkOrder.ticket == ticket_id) & (WorkOrder.accepted == True))  # noqa: E712
    if ticket.kind in ("repair", "complaint"):
        if not accepted.exists():
            gaps.append("acceptance")
        if not accepted.where(WorkOrder.report_done == True).exists():  # noqa: E712
            gaps.append("report")
        if not is_rated(ticket_id):
            gaps.append("ratings")
        if ticket.status != workflow.FOLLOWED_UP:
            gaps.append("follow_up")
    return gaps


def close_ticket(ticket_id: int, actor_id: int | None, now: datetime) -> None:
    """R4.6 消单: refuses while acceptance, the service report, ratings or follow-up are missing."""
    permissions.require(actor_id, permissions.DISPATCH)
    with db.write_transaction():
        gaps = closing_gaps(ticket_id)
        if gaps:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The ticket cannot be closed yet; missing: {missing}."),
                missing=", ".join(gaps),
            )
        move(Ticket.get_by_id(ticket_id), workflow.CLOSED, actor_id, now)


def cancel_ticket(ticket_id: int, reason: str, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.DISPATCH)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the ticket is cancelled."), field="reason")
    with db.write_transaction():
        ticket = Ticket.get_by_id(ticket_id)
        if workflow.CANCELLED not in workflow.allowed_next(ticket.status, ticket.kind):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a ticket not yet completed can be cancelled; this one is completed or closed.",
                )
            )
        ticket.cancel_reason = reason.strip()
        # R4.8: a job called off on site (technician there or work done, not yet accepted) ends
        # its live order too, which frees the technician's time
        WorkOrder.update(status=workflow.ORDER_CANCELLED).where(
            (WorkOrder.ticket == ticket_id)
            & WorkOrder.status.in_([workflow.ORDER_SCHEDULED, workflow.ORDER_ON_SITE, workflow.ORDER_DONE])
        ).execute()
        move(ticket, workflow.CANCELLED, actor_id, now)


# What may be done with a work order now (OrderView.allowed): one word per step of the dialog.
CONFIRM = "confirm"  # the customer confirmed the appointment
ARRIVE = "arrive"  # the technician's arrival
RECORD_WORK = "record_work"  # diagnosis, work, parts, labour (and finishing it)
ACCEPTANCE = "acceptance"  # the customer accepts or refuses (R4.5)
RATE = "rate"  # the satisfaction survey (R7.1)
REPORT = "report"  # the service report is done
PAUSE = "pause"  # stop the clock (R3.4)
RESUME = "resume"
CLOSE = "close"  # 消单 (R4.6)


@dataclass(frozen=True)
class OrderView:
    """A work order as its dialog shows it, with the steps its state allows (the rules live here,
    not in the widget; the services still refuse anything else)."""

    order_id: int
    ticket_id: int
    number: str
    ticket_status: str
    order_status: str
    paused: bool
    customer: str
    contact_phone: str
    address: str
    problem: str
    window_start: datetime
    window_end: datetime
    technicians: tuple[str, ...]
    late: bool
    repeat_repair: bool
    arrived_at: datetime | None
    diagnosis: str
    work_done: str
    labour_cost: Decimal
    parts: tuple[PartLine, ...]
    accepted: bool
    charged: bool
    allowed: frozenset[str]
    # what else is saved, so a reopened order shows every field as stored (nothing defaulted)
    kind: str = ""
    confirmed_at: datetime | None = None
    quote_amount: Decimal | None = None
    free_reason: str = ""
    consented: bool = False
    repeat_fault_technician: bool = False
    rejected: bool = False  # the customer did not accept (R4.5)
    signer: str = ""
    rejection_reason: str = ""
    report_done: bool = False
    ratings: tuple[int, int, int] | None = None  # attitude, quality, timeliness; None = not rated
    comment: str = ""
    gaps: tuple[str, ...] = ()  # what closing still needs (R4.6)


def order_view(order_id: int) -> OrderView:
    """The work order, its ticket's facts and `allowed`: the steps its state permits now."""
    order = WorkOrder.get_by_id(order_id)
    ticket = Ticket.get_by_id(order.ticket_id)
    customer = Customer.get_by_id(ticket.customer_id)
    site = Site.get_or_none(Site.id == ticket.site_id) if ticket.site_id else None
    names = tuple(
        s.name
        for s in Staff.select(Staff.name)
        .join(WorkOrderTechnician, on=WorkOrderTechnician.staff == Staff.id)
        .where(WorkOrderTechnician.work_order == order_id)
        .order_by(WorkOrderTechnician.id)
    )
    paused = pauses.open_pause(ticket.id) is not None
    rating = (
        SatisfactionRating.select()
        .where(SatisfactionRating.ticket == ticket.id)
        .order_by(SatisfactionRating.id.desc())
        .first()
    )
    s = ticket.status
    allowed = set()
    if order.customer_confirmed_at is None and s == workflow.DISPATCHED:
        allowed.add(CONFIRM)
    if order.status == workflow.ORDER_SCHEDULED and s == workflow.SCHEDULED:
        allowed.add(ARRIVE)
    if order.status == workflow.ORDER_ON_SITE:
        allowed.add(RECORD_WORK)
    if order.status == workflow.ORDER_DONE and s == workflow.AWAITING_ACCEPTANCE:
        allowed.add(ACCEPTANCE)
    if order.accepted and s not in (workflow.CLOSED, workflow.CANCELLED):
        allowed.add(RATE)  # a first survey, or its correction with a reason, until the ticket closes
    if order.accepted and not order.report_done:
        allowed.add(REPORT)
    if s in workflow.OPEN_STATES:
        allowed.add(RESUME if paused else PAUSE)
    if s == workflow.FOLLOWED_UP:
        allowed.add(CLOSE)
    return OrderView(
        order_id=order.id,
        ticket_id=ticket.id,
        number=ticket.number,
        ticket_status=s,
        order_status=order.status,
        paused=paused,
        customer=customer.name,
        contact_phone=ticket.contact_phone,
        address=site.address if site else "",
        problem=ticket.problem,
        window_start=order.window_start,
        window_end=order.window_end,
        technicians=names,
        late=bool(order.late),
        repeat_repair=bool(order.repeat_repair),
        arrived_at=order.arrived_at,
        diagnosis=order.diagnosis,
        work_done=order.work_done,
        labour_cost=order.labour_cost,
        parts=tuple(
            PartLine(p.name, p.quantity, p.unit_cost) for p in order.parts.order_by(WorkOrderPart.id)
        ),
        accepted=bool(order.accepted),
        charged=bool(order.charged),
        allowed=frozenset(allowed),
        kind=ticket.kind,
        confirmed_at=order.customer_confirmed_at,
        quote_amount=order.quote_amount,
        free_reason=order.free_reason,
        consented=order.customer_consent_at is not None,
        repeat_fault_technician=bool(order.repeat_fault_technician),
        rejected=order.accepted is False,
        signer=order.acceptance_signer,
        rejection_reason=order.rejection_reason,
        report_done=bool(order.report_done),
        ratings=(rating.attitude, rating.quality, rating.timeliness) if rating else None,
        comment=rating.comment if rating else "",
        gaps=tuple(closing_gaps(ticket.id)),
    )


def ticket_of_order(order_id: int) -> int:
    return WorkOrder.get_by_id(order_id).ticket_id


def first_order_id() -> int | None:
    """The oldest work order (the smoke test prints its sheet)."""
    order = WorkOrder.select(WorkOrder.id).order_by(WorkOrder.id).first()
    return order.id if order else None


@dataclass(frozen=True)
class Slot:
    """An order's appointment, for moving it: when, how long, who, and its ticket's number."""

    number: str
    start: datetime
    minutes: int
    technician_ids: tuple[int, ...]


def order_slot(order_id: int) -> Slot:
    order = WorkOrder.get_by_id(order_id)
    techs = tuple(
        a.staff_id
        for a in WorkOrderTechnician.select(WorkOrderTechnician.staff)
        .where(WorkOrderTechnician.work_order == order_id)
        .order_by(WorkOrderTechnician.id)
    )
    number = Ticket.select(Ticket.number).where(Ticket.id == order.ticket_id).scalar()
    minutes = int((order.window_end - order.window_start).total_seconds() // 60)
    return Slot(number, order.window_start, minutes, techs)

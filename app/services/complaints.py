"""R6 complaint handling: the steps of R6.1 on the Complaint record, R6.2 customer escalation,
R3.2 the major complaint's report to the manager.

The steps, in order (each refuses until the one before it is done):

1. classify — attitude, quality, timeliness, fees or other (and whether it is major, R3.2);
2. responsible — the department (and, if known, the member of staff); stamps `forwarded_at`
   (R3 "forward" clock);
3. investigation — what was found;
4. validity — valid or invalid, with the reason (R6.1: a malicious complaint may be refused);
5. plan — the handling plan of a valid complaint; stamps `plan_at` (R3 "plan" clock) and moves
   a registered ticket to in progress;
6. approval — by the head (Staff.role "department_head") of the department that owns the
   complaint (its responsible department, else the ticket's): they approve, or send the plan
   back with a reason, which reopens step 5 (R6.1a); a valid complaint's plan must be approved
   before the customer is answered;
7. answer — the answer to the customer; stamps `answered_at` (R3 "complaint_answer");
8. result — the handling is done and what was done is fed back; stamps `result_at`
   (R3 "complaint_result") and moves in progress → awaiting acceptance;
9. accepted — the customer's acceptance, satisfied or not, with remarks (R6.1a): satisfied →
   completed; not satisfied keeps the ticket awaiting acceptance, reopens step 8 for a new
   result and offers the R6.2 escalation;
10. follow-up — the follow-up visit (R7.2): completed → followed up.

The ticket's R4.8 state changes only through `dispatch.move` (which stamps the clocks and
recomputes the deadlines, so overdue complaints escalate like repairs, R3.2). A complaint that
was dispatched to a technician moves through its work order instead: then the steps here only
stamp the clocks they meet.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import db, permissions, workflow
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import AuditEntry, Complaint, Department, FollowUpVisit, Staff, Ticket, WorkOrder
from app.services import audit, deadlines
from app.services.dispatch import move

COMPLAINT_TYPES = ["attitude", "quality", "timeliness", "fees", "other"]  # R6.1
STEPS = [
    "classify",
    "responsible",
    "investigation",
    "validity",
    "plan",
    "approval",
    "answer",
    "result",
    "accepted",
    "follow_up",
]
APPROVER_ROLE = "department_head"
_LIVE_ORDERS = workflow.LIVE_ORDER_STATES


@dataclass(frozen=True)
class ComplaintRecord:
    """The complaint's recorded content, as the dialog shows it (plain data, no model)."""

    complaint_type: str
    responsible_department_id: int | None
    responsible_staff_id: int | None
    investigation: str
    valid: bool | None
    validity_reason: str
    plan: str
    approved_by_id: int | None
    approved_at: datetime | None
    answer: str
    follow_up: str
    customer_escalated_at: datetime | None
    customer_escalation_note: str
    reported_to_manager_at: datetime | None
    result_text: str
    customer_satisfied: bool | None
    acceptance_remarks: str
    plan_returned_reason: str
    plan_returned_at: datetime | None

    @classmethod
    def of(cls, c: Complaint) -> ComplaintRecord:
        return cls(
            c.complaint_type,
            c.responsible_department_id,
            c.responsible_staff_id,
            c.investigation,
            c.valid,
            c.validity_reason,
            c.plan,
            c.approved_by_id,
            c.approved_at,
            c.answer,
            c.follow_up,
            c.customer_escalated_at,
            c.customer_escalation_note,
            c.reported_to_manager_at,
            c.result_text,
            c.customer_satisfied,
            c.acceptance_remarks,
            c.plan_returned_reason,
            c.plan_returned_at,
        )


@dataclass(frozen=True)
class ComplaintState:
    """What the dialog shows: the record, the ticket's state and which steps are done/possible."""

    ticket_id: int
    number: str
    status: str
    major: bool
    problem: str
    complaint_about: str
    complaint: ComplaintRecord
    done: frozenset[str]
    next_steps: frozenset[str]  # steps that may be recorded now
    via_work_order: bool


def _complaint(ticket: Ticket) -> Complaint:
    if ticket.kind != "complaint":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This ticket is not a complaint."))
    row = Complaint.get_or_none(Complaint.ticket == ticket.id)
    return row if row is not None else Complaint(ticket=ticket)


def _has_live_order(ticket_id: int) -> bool:
    return (
        WorkOrder.select()
        .where((WorkOrder.ticket == ticket_id) & WorkOrder.status.in_(_LIVE_ORDERS))
        .exists()
    )


def _done(c: Complaint, t: Ticket) -> set[str]:
    done = set()
    if c.complaint_type:
        done.add("classify")
    if c.responsible_department_id is not None:
        done.add("responsible")
    if c.investigation:
        done.add("investigation")
    if c.valid is not None:
        done.add("validity")
    if c.plan:
        done.add("plan")
    if c.approved_at is not None:
        done.add("approval")
    if c.answer:
        done.add("answer")
    if t.result_at is not None and c.customer_satisfied is not False:
        done.add("result")
    if t.status in (workflow.COMPLETED, workflow.FOLLOWED_UP, workflow.CLOSED):
        done.add("accepted")
    if c.follow_up:
        done.add("follow_up")
    return done


def _possible(c: Complaint, t: Ticket, done: set[str]) -> set[str]:
    if t.status in (workflow.CANCELLED, workflow.CLOSED):
        return set()
    ok = {"classify"}
    if "classify" in done:
        ok.add("responsible")
    if "responsible" in done:
        ok.add("investigation")
    if "investigation" in done:
        ok.add("validity")
    if c.valid is True and "approval" not in done:
        ok.add("plan")
    if c.valid is True and "plan" in done and "approval" not in done:
        ok.add("approval")
    if (c.valid is False or "approval" in done) and "result" not in done:
        ok.add("answer")
    if "answer" in done and "result" not in done:
        ok.add("result")
    if "result" in done and t.status == workflow.AWAITING_ACCEPTANCE and not _has_live_order(t.id):
        ok.add("accepted")
    if "accepted" in done and "follow_up" not in done:
        ok.add("follow_up")
    return ok


def state(ticket_id: int) -> ComplaintState:
    t = Ticket.get_by_id(ticket_id)
    c = _complaint(t)
    done = _done(c, t)
    via_orders = WorkOrder.select().where(WorkOrder.ticket == ticket_id).exists()
    return ComplaintState(
        t.id,
        t.number,
        t.status,
        bool(t.major),
        t.problem,
        t.complaint_about,
        ComplaintRecord.of(c),
        frozenset(done),
        frozenset(_possible(c, t, done)),
        via_orders,
    )


def _begin(ticket_id: int, step: str, actor_id: int | None) -> tuple[Ticket, Complaint]:
    """Load the ticket and its record inside the caller's transaction; refuse a step out of order."""
    permissions.require(actor_id, permissions.HANDLE_COMPLAINT)
    t = Ticket.get_by_id(ticket_id)
    c = _complaint(t)
    if step not in _possible(c, t, _done(c, t)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This step cannot be recorded now; complete the steps before it first ({step}).",
            ),
            step=step,
        )
    return t, c


def _advance(t: Ticket, target: str | None, actor_id: int | None, now: datetime, **stamps: datetime) -> None:
    """Move the ticket to `target` when R4.8 allows it and no work order carries it; otherwise
    only stamp the clocks (met the first time) and recompute the deadlines."""
    movable = target is not None and target != t.status and not _has_live_order(t.id)
    if movable and target in workflow.allowed_next(t.status, t.kind):
        move(t, target, actor_id, now, **stamps)
        return
    changed = {}
    for field, value in stamps.items():
        if getattr(t, field) is None:
            setattr(t, field, value)
            changed[field] = (None, value)
    if changed:
        t.updated_at = now
        t.save()
        deadlines.recompute(t, now)
        audit.record(actor_id, "stamp", "ticket", t.number, now, changed)


def _save(c: Complaint, t: Ticket, actor_id: int | None, now: datetime, action: str, changes: dict) -> None:
    c.save()
    audit.record(actor_id, action, "complaint", t.number, now, changes)


def _text(value: str, field: str, message: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(message, field=field)
    return value


def classify(ticket_id: int, complaint_type: str, major: bool, actor_id: int | None, now: datetime) -> None:
    """R6.1 classify; R3.2 a major complaint has its result due in 2 working days."""
    if complaint_type not in COMPLAINT_TYPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the type of complaint."), field="complaint_type"
        )
    with db.write_transaction():
        t, c = _begin(ticket_id, "classify", actor_id)
        before = (c.complaint_type, bool(t.major))
        c.complaint_type = complaint_type
        _save(c, t, actor_id, now, "classify", {"complaint_type": (before[0], complaint_type)})
        if bool(major) != before[1]:
            t.major = bool(major)
            t.updated_at = now
            t.save()
            deadlines.recompute(t, now)
            audit.record(actor_id, "major", "ticket", t.number, now, {"major": (before[1], bool(major))})


def name_responsible(
    ticket_id: int, department_id: int | None, staff_id: int | None, actor_id: int | None, now: datetime
) -> None:
    """R6.1/R2: the responsible department (and person); forwarding it meets the R3 clock."""
    if department_id is None or Department.get_or_none(Department.id == department_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the responsible department."), field="department"
        )
    if staff_id is not None and Staff.get_or_none(Staff.id == staff_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a member of staff."), field="staff")
    with db.write_transaction():
        t, c = _begin(ticket_id, "responsible", actor_id)
        changes = {
            "responsible_department": (c.responsible_department_id, department_id),
            "responsible_staff": (c.responsible_staff_id, staff_id),
        }
        c.responsible_department = department_id
        c.responsible_staff = staff_id
        _save(c, t, actor_id, now, "responsible", changes)
        _advance(t, None, actor_id, now, forwarded_at=now)


def record_investigation(ticket_id: int, text: str, actor_id: int | None, now: datetime) -> None:
    text = _text(
        text, "investigation", QT_TRANSLATE_NOOP("errors", "Write down what the investigation found.")
    )
    with db.write_transaction():
        t, c = _begin(ticket_id, "investigation", actor_id)
        changes = {"investigation": (c.investigation, text)}
        c.investigation = text
        _save(c, t, actor_id, now, "investigate", changes)


def mark_validity(ticket_id: int, valid: bool, reason: str, actor_id: int | None, now: datetime) -> None:
    """R6.1: valid or invalid, always with the reason. Changing it withdraws an unapproved plan."""
    reason = _text(
        reason,
        "validity_reason",
        QT_TRANSLATE_NOOP("errors", "Give the reason the complaint is valid or invalid."),
    )
    with db.write_transaction():
        t, c = _begin(ticket_id, "validity", actor_id)
        if c.approved_at is not None and valid is not True:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The handling plan is already approved; the complaint stays valid."
                ),
                field="valid",
            )
        changes = {"valid": (c.valid, bool(valid)), "validity_reason": (c.validity_reason, reason)}
        c.valid = bool(valid)
        c.validity_reason = reason
        _save(c, t, actor_id, now, "validity", changes)


def enter_plan(ticket_id: int, plan: str, actor_id: int | None, now: datetime) -> None:
    """R6.1 plan (measures, time, person in charge); meets the R3 plan clock."""
    plan = _text(
        plan,
        "plan",
        QT_TRANSLATE_NOOP("errors", "Write the handling plan: the measures, by when, and who is in charge."),
    )
    with db.write_transaction():
        t, c = _begin(ticket_id, "plan", actor_id)
        changes = {"plan": (c.plan, plan)}
        c.plan = plan
        _save(c, t, actor_id, now, "plan", changes)
        _advance(t, workflow.IN_PROGRESS, actor_id, now, plan_at=now)


def owning_department(c: Complaint, t: Ticket) -> int | None:
    """R6.1a: the department whose head approves the plan."""
    return c.responsible_department_id or t.department_id


def plan_owner(ticket_id: int) -> tuple[int | None, str]:
    """(id, name) of the department whose head approves the complaint's plan."""
    t = Ticket.get_by_id(ticket_id)
    owner = owning_department(_complaint(t), t)
    dept = Department.get_or_none(Department.id == owner) if owner else None
    return (dept.id, dept.name) if dept else (None, "")


def may_decide_plan(ticket_id: int, staff_id: int | None) -> bool:
    """R6.1a: whether this member of staff heads the department that owns the complaint."""
    head = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    if head is None or head.role != APPROVER_ROLE or not head.active or head.department_id is None:
        return False
    return plan_owner(ticket_id)[0] == head.department_id


def _head_of_owner(ticket_id: int, approver_id: int | None) -> tuple[Staff, Ticket, Complaint]:
    """Inside the caller's transaction: refuse anyone but the owning department's head."""
    approver = Staff.get_or_none(Staff.id == approver_id) if approver_id else None
    if approver is None or approver.role != APPROVER_ROLE or not approver.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a department head can approve a handling plan; ask the head of the "
                "responsible department to sign in and approve it.",
            ),
            field="approve",
        )
    permissions.require(approver_id, permissions.APPROVE_COMPLAINT_PLAN)
    t = Ticket.get_by_id(ticket_id)
    c = _complaint(t)
    owner = owning_department(c, t)
    if owner is None or approver.department_id != owner:
        dept = Department.get_or_none(Department.id == owner) if owner else None
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This plan belongs to {department}; only that department's head approves it or sends it back.",
            ),
            field="approve",
            department=dept.name if dept else "—",
        )
    if "approval" not in _possible(c, t, _done(c, t)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no handling plan waiting for approval."))
    return approver, t, c


def approve_plan(ticket_id: int, approver_id: int | None, now: datetime) -> None:
    """R6.1/R6.1a: the plan is approved by the head of the owning department — the signed-in one."""
    with db.write_transaction():
        approver, t, c = _head_of_owner(ticket_id, approver_id)
        c.approved_by = approver.id
        c.approved_at = now
        _save(c, t, approver.id, now, "approve_plan", {"approved_by": (None, approver.name)})


def return_plan(ticket_id: int, reason: str, approver_id: int | None, now: datetime) -> None:
    """R6.1a: the head sends the plan back with a reason; the handler writes a new plan."""
    reason = _text(reason, "return_reason", QT_TRANSLATE_NOOP("errors", "Say why the plan is sent back."))
    with db.write_transaction():
        approver, t, c = _head_of_owner(ticket_id, approver_id)
        changes = {"plan": (c.plan, ""), "plan_returned_reason": (c.plan_returned_reason, reason)}
        c.plan = ""
        c.plan_returned_reason = reason
        c.plan_returned_at = now
        _save(c, t, approver.id, now, "return_plan", changes)


@dataclass(frozen=True)
class AwaitingPlan:
    ticket_id: int
    number: str
    customer: str
    complaint_about: str
    plan: str
    since: datetime | None  # when the plan was written


def plans_awaiting(head_id: int | None) -> list[AwaitingPlan]:
    """R6.1a: the plans waiting for this head's approval (their department's complaints)."""
    from app.models import Customer

    head = Staff.get_or_none(Staff.id == head_id) if head_id else None
    if head is None or head.role != APPROVER_ROLE or head.department_id is None:
        return []
    dept = head.department_id
    q = (
        Complaint.select(Complaint, Ticket, Customer)
        .join(Ticket)
        .join(Customer)
        .where(
            (Complaint.valid == True)  # noqa: E712
            & (Complaint.plan != "")
            & Complaint.approved_at.is_null()
            & (
                (Complaint.responsible_department == dept)
                | (Complaint.responsible_department.is_null() & (Ticket.department == dept))
            )
            & Ticket.status.not_in([workflow.CANCELLED, workflow.CLOSED])
        )
        .order_by(Ticket.plan_at, Ticket.id)
    )
    return [
        AwaitingPlan(
            c.ticket.id,
            c.ticket.number,
            c.ticket.customer.name,
            c.ticket.complaint_about,
            c.plan,
            c.ticket.plan_at,
        )
        for c in q
    ]


def answer_customer(ticket_id: int, answer: str, actor_id: int | None, now: datetime) -> None:
    """R6.1 answer; meets the R3 complaint-answer clock (3 working days)."""
    answer = _text(answer, "answer", QT_TRANSLATE_NOOP("errors", "Write what the customer was told."))
    with db.write_transaction():
        t, c = _begin(ticket_id, "answer", actor_id)
        changes = {"answer": (c.answer, answer)}
        c.answer = answer
        _save(c, t, actor_id, now, "answer", changes)
        # R3.0: answering the customer is a contact that confirms the request — it meets the
        # first response if nothing did before (an acknowledgement, contacts.acknowledge)
        _advance(t, workflow.IN_PROGRESS, actor_id, now, answered_at=now, first_response_at=now)


def feed_back_result(ticket_id: int, result: str, actor_id: int | None, now: datetime) -> None:
    """R6.1a: what was done is fed back; meets the R3 result clock (7 / 2 working days)."""
    result = _text(result, "result_text", QT_TRANSLATE_NOOP("errors", "Write what was done to put it right."))
    with db.write_transaction():
        t, c = _begin(ticket_id, "result", actor_id)
        changes = {"result_text": (c.result_text, result)}
        c.result_text = result
        c.customer_satisfied = None  # a new result waits for the customer's word again
        _save(c, t, actor_id, now, "result", changes)
        _advance(t, workflow.AWAITING_ACCEPTANCE, actor_id, now, result_at=now)


def accept_result(ticket_id: int, satisfied: bool, remarks: str, actor_id: int | None, now: datetime) -> None:
    """R6.1a: the customer's acceptance of the result. Satisfied: the complaint is completed
    (the follow-up clock starts). Not satisfied (remarks required): the handler feeds back a new
    result, and the customer may escalate (R6.2)."""
    remarks = remarks.strip()
    if not satisfied and not remarks:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what the customer is not satisfied with."), field="remarks"
        )
    with db.write_transaction():
        t, c = _begin(ticket_id, "accepted", actor_id)
        changes = {
            "customer_satisfied": (c.customer_satisfied, bool(satisfied)),
            "acceptance_remarks": (c.acceptance_remarks, remarks),
        }
        c.customer_satisfied = bool(satisfied)
        c.acceptance_remarks = remarks
        _save(c, t, actor_id, now, "acceptance", changes)
        if satisfied:
            move(t, workflow.COMPLETED, actor_id, now, completed_at=now)


def record_follow_up(
    ticket_id: int, text: str, satisfaction: int | None, actor_id: int | None, now: datetime
) -> None:
    """R6.1 follow up / R7.2: the visit is kept with the other follow-up visits."""
    text = _text(text, "follow_up", QT_TRANSLATE_NOOP("errors", "Write what the follow-up found."))
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Rate the customer's satisfaction from 1 to 5."), field="satisfaction"
        )
    with db.write_transaction():
        t, c = _begin(ticket_id, "follow_up", actor_id)
        changes = {"follow_up": (c.follow_up, text)}
        c.follow_up = text
        _save(c, t, actor_id, now, "follow_up", changes)
        if t.status == workflow.COMPLETED:
            FollowUpVisit.create(
                ticket=t, at=now, by=actor_id, reached=True, satisfaction=satisfaction, remarks=text
            )
            move(t, workflow.FOLLOWED_UP, actor_id, now, followed_up_at=now)


def record_customer_escalation(ticket_id: int, note: str, actor_id: int | None, now: datetime) -> None:
    """R6.2: a customer unhappy with the answer or result takes it higher; who and when are kept."""
    permissions.require(actor_id, permissions.HANDLE_COMPLAINT)
    note = _text(
        note, "escalation_note", QT_TRANSLATE_NOOP("errors", "Say to whom the customer escalated and why.")
    )
    with db.write_transaction():
        t = Ticket.get_by_id(ticket_id)
        c = _complaint(t)
        if not c.answer:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A customer escalates after being answered; record the answer first."
                )
            )
        changes = {
            "customer_escalated_at": (c.customer_escalated_at, now),
            "customer_escalation_note": (c.customer_escalation_note, note),
        }
        if c.customer_escalated_at is None:
            c.customer_escalated_at = now
        c.customer_escalation_note = note
        _save(c, t, actor_id, now, "customer_escalation", changes)


def report_to_manager(ticket_id: int, actor_id: int | None, now: datetime) -> None:
    """R3.2: a major complaint is reported to the manager at once; who and when are kept."""
    permissions.require(actor_id, permissions.HANDLE_COMPLAINT)
    with db.write_transaction():
        t = Ticket.get_by_id(ticket_id)
        c = _complaint(t)
        if not t.major:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only a major complaint is reported to the manager.")
            )
        if c.reported_to_manager_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Already reported to the manager."))
        c.reported_to_manager_at = now
        _save(c, t, actor_id, now, "report_manager", {"reported_to_manager_at": (None, now)})


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    after: dict[str, Any] = dataclasses.field(default_factory=dict)  # what the step decided (names, not ids)


def history(ticket_id: int) -> list[HistoryEntry]:
    """Who recorded which step when and what they decided (R10.2), oldest first, from the trail."""
    number = Ticket.get_by_id(ticket_id).number
    q = (
        AuditEntry.select()
        .where((AuditEntry.entity.in_(["complaint", "ticket"])) & (AuditEntry.entity_id == number))
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    out = []
    for e in q:
        try:
            changes = json.loads(e.changes or "{}")
        except ValueError:
            changes = {}
        after = {k: v[1] if isinstance(v, list) and len(v) == 2 else v for k, v in changes.items()}
        if after.get("responsible_department"):
            dept = Department.get_or_none(Department.id == after["responsible_department"])
            after["responsible_department"] = dept.name if dept else ""
        if after.get("responsible_staff"):
            person = Staff.get_or_none(Staff.id == after["responsible_staff"])
            after["responsible_staff"] = person.name if person else ""
        out.append(HistoryEntry(e.at, e.actor_name, e.action, after))
    return out

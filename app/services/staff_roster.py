"""The staff roster: adding, editing, deactivating and reactivating staff.

Staff are never deleted: a deactivated technician leaves the dispatch lanes and the pickers but
keeps every ticket, work order, incident and appraisal that names them (R8, R10.2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import peewee

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from app.models import Department, Staff
from app.phones import is_valid_phone, normalize_phone
from app.services import audit


@dataclass
class StaffInput:
    name: str
    role: str
    phone: str = ""
    department_id: int | None = None
    skills: list[str] = field(default_factory=list)
    active_from: date | None = None
    active_to: date | None = None
    # The user saw the "same name" warning and saves anyway.
    confirmed_duplicate: bool = False


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    phone: str
    role: str
    department_code: str
    department_name: str
    skills: tuple[str, ...]
    active: bool
    active_from: date | None
    active_to: date | None
    department_id: int | None = None  # a retired one is named too, so an edit does not lose it


class DuplicateNameWarning(Exception):
    """Another member of staff has the same name; allowed, but the user is asked first."""

    def __init__(self, others: list[Staff]) -> None:
        self.others = tuple(s.name for s in others)  # plain names: the window asks by them
        super().__init__(", ".join(self.others))


def skills_of(staff: Staff) -> list[str]:
    return [s for s in staff.skills.split(",") if s]


def roster(include_inactive: bool = False) -> list[StaffRow]:
    q = Staff.select(Staff, Department).join(Department, peewee.JOIN.LEFT_OUTER)
    if not include_inactive:
        q = q.where(Staff.active == True)  # noqa: E712
    return [_row(s) for s in q.order_by(Staff.active.desc(), Staff.name, Staff.id)]


def _row(s: Staff) -> StaffRow:
    dept = s.department if s.department_id else None
    return StaffRow(
        s.id,
        s.name,
        s.phone,
        s.role,
        dept.code if dept else "",
        dept.name if dept else "",
        tuple(skills_of(s)),
        s.active,
        s.active_from,
        s.active_to,
        s.department_id,
    )


def dispatch_lanes(day: date) -> list[Staff]:
    """Technicians who can be dispatched on `day`: active and within their active dates."""
    q = Staff.select().where(
        (Staff.active == True)  # noqa: E712
        & (Staff.role == "technician")
        & (Staff.active_from.is_null() | (Staff.active_from <= day))
        & (Staff.active_to.is_null() | (Staff.active_to >= day))
    )
    return list(q.order_by(Staff.name, Staff.id))


def same_name(name: str, exclude_id: int | None = None) -> list[Staff]:
    q = Staff.select().where(Staff.name == name.strip())
    if exclude_id:
        q = q.where(Staff.id != exclude_id)
    return list(q.order_by(Staff.id))


def check(data: StaffInput) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not data.name.strip():
        errors.append(ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the person's name."), field="name"))
    elif len(data.name.strip()) > 64:
        errors.append(
            ValidationError(QT_TRANSLATE_NOOP("errors", "Shorten the name to 64 characters."), field="name")
        )
    if data.phone.strip() and not is_valid_phone(data.phone):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{phone}” is not a phone number: use 11 digits for a mobile or area code and number for a landline.",
                ),
                field="phone",
                phone=data.phone,
            )
        )
    if data.role not in vocab.ROLES:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the person's role."), field="role"))
    if data.department_id is not None:
        dept = Department.get_or_none(Department.id == data.department_id)
        if dept is None or dept.retired:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose a department that is still in use."),
                    field="department",
                )
            )
    unknown = [s for s in data.skills if s not in vocab.SKILLS]
    if unknown:
        errors.append(
            ValidationError(QT_TRANSLATE_NOOP("errors", "Choose skills from the list."), field="skills")
        )
    if data.active_from and data.active_to and data.active_to < data.active_from:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The last working day cannot be before the first."),
                field="active_to",
            )
        )
    return errors


def _raise_first(errors: list[ValidationError]) -> None:
    if errors:
        raise ValidationErrors(errors)


def _values(data: StaffInput) -> dict:
    skills = [s for s in vocab.SKILLS if s in data.skills]  # vocabulary order, no duplicates
    return {
        "name": data.name.strip(),
        "phone": normalize_phone(data.phone) if data.phone.strip() else "",
        "role": data.role,
        "department": data.department_id,
        "skills": ",".join(skills),
        "active_from": data.active_from,
        "active_to": data.active_to,
    }


def add_staff(
    data: StaffInput,
    actor_id: int | None,
    now: datetime,
    password: str | None = None,
    repeated: str | None = None,
) -> int:
    """Add a member of staff; raises ValidationError, or DuplicateNameWarning unless confirmed.

    `password` (typed twice) is the first password, changed by its owner at the first sign-in;
    None adds someone who cannot sign in yet."""
    from app.services import accounts

    permissions.require(actor_id, permissions.MANAGE_STAFF)
    errors = check(data)
    if password is not None:
        try:
            accounts.check_new_password(password, repeated or "")
        except ValidationError as err:
            errors.append(err)
    _raise_first(errors)
    if not data.confirmed_duplicate:
        others = same_name(data.name)
        if others:
            raise DuplicateNameWarning(others)
    values = _values(data)
    with db.write_transaction():
        staff = Staff.create(**values, active=True, created_at=now)
        audit.record(
            actor_id,
            "add",
            "staff",
            staff.id,
            now,
            {k: (None, v) for k, v in values.items() if v not in (None, "")},
        )
        if password is not None:
            accounts._store_password(staff.id, password, forced=True)
            audit.record(actor_id, "reset_password", "staff", staff.id, now)
    return staff.id


def _other_active_admins(staff_id: int) -> int:
    return (
        Staff.select()
        .where((Staff.role == "admin") & (Staff.active == True) & (Staff.id != staff_id))  # noqa: E712
        .count()
    )


def _keep_an_admin(staff: Staff, new_role: str | None, leaving: bool) -> None:
    """Someone must always manage staff, settings and backups: the last active administrator
    can be neither demoted nor deactivated."""
    if staff.role != "admin" or not staff.active or (new_role == "admin" and not leaving):
        return
    if _other_active_admins(staff.id) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is the office's only administrator. Make someone else administrator first.",
            ),
            field="role",
            name=staff.name,
        )


def update_staff(staff_id: int, data: StaffInput, actor_id: int | None, now: datetime) -> list[str]:
    """Save an edit. A last working day that ends the roster period releases the appointments
    after it, as deactivating does; returns the ticket numbers that went back to the queue."""
    permissions.require(actor_id, permissions.MANAGE_STAFF)
    _raise_first(check(data))
    if not data.confirmed_duplicate:
        others = same_name(data.name, exclude_id=staff_id)
        staff = Staff.get_by_id(staff_id)
        if others and staff.name != data.name.strip():
            raise DuplicateNameWarning(others)
    values = _values(data)
    with db.write_transaction():
        staff = Staff.get_by_id(staff_id)
        _keep_an_admin(staff, data.role, leaving=False)
        before = {k: getattr(staff, k + "_id" if k == "department" else k) for k in values}
        changes = {k: (before[k], v) for k, v in values.items() if before[k] != v}
        if not changes:
            return []
        Staff.update(**values).where(Staff.id == staff_id).execute()
        audit.record(actor_id, "edit", "staff", staff_id, now, changes)
        if "active_to" in changes and data.active_to is not None:
            return _release_orders(staff_id, actor_id, now, after=data.active_to)
        return []


@dataclass(frozen=True)
class OpenOrder:
    """An appointment of someone leaving the roster, shown before they are deactivated."""

    order_id: int
    ticket_number: str
    window_start: datetime
    customer: str
    address: str
    shared: bool  # other technicians stay on it, so it stays on the board


def open_orders(staff_id: int, after: date | None = None) -> list[OpenOrder]:
    """The person's appointments not yet started (work orders still 'scheduled'), all of them or
    those on days after `after` (their last working day)."""
    from app.models import Customer, Site, Ticket, WorkOrder, WorkOrderTechnician

    q = (
        WorkOrder.select(WorkOrder.id, Ticket.number, WorkOrder.window_start, Customer.name, Site.address)
        .join(WorkOrderTechnician, on=WorkOrderTechnician.work_order == WorkOrder.id)
        .switch(WorkOrder)
        .join(Ticket)
        .join(Customer)
        .switch(Ticket)
        .join(Site, peewee.JOIN.LEFT_OUTER)
        .where((WorkOrderTechnician.staff == staff_id) & (WorkOrder.status == "scheduled"))
        .order_by(WorkOrder.window_start, WorkOrder.id)
        .tuples()
    )
    if after is not None:
        q = q.where(
            WorkOrder.window_start >= datetime.combine(after, datetime.min.time()) + timedelta(days=1)
        )
    rows = list(q)
    others = {
        oid
        for (oid,) in WorkOrderTechnician.select(WorkOrderTechnician.work_order)
        .where(
            WorkOrderTechnician.work_order.in_([r[0] for r in rows] or [0])
            & (WorkOrderTechnician.staff != staff_id)
        )
        .tuples()
    }
    return [OpenOrder(oid, n, start, c, a or "", oid in others) for oid, n, start, c, a in rows]


def _release_orders(
    staff_id: int, actor_id: int | None, now: datetime, after: date | None = None
) -> list[str]:
    """Inside the caller's transaction: take the person off their open appointments. A shared
    order keeps its other technicians; an order of theirs alone is cancelled and its ticket goes
    back to the dispatch queue (R4.1), so the supervisor dispatches it again."""
    from app import workflow
    from app.models import Ticket, WorkOrder, WorkOrderTechnician
    from app.services.dispatch import move

    back = []
    for o in open_orders(staff_id, after):
        WorkOrderTechnician.delete().where(
            (WorkOrderTechnician.work_order == o.order_id) & (WorkOrderTechnician.staff == staff_id)
        ).execute()
        if o.shared:
            rest = list(
                WorkOrderTechnician.select()
                .where(WorkOrderTechnician.work_order == o.order_id)
                .order_by(WorkOrderTechnician.id)
            )
            if not any(r.lead for r in rest):
                WorkOrderTechnician.update(lead=True).where(WorkOrderTechnician.id == rest[0].id).execute()
            audit.record(
                actor_id, "unassign", "work_order", o.order_id, now, {"technicians": (staff_id, None)}
            )
            continue
        WorkOrder.update(status="cancelled").where(WorkOrder.id == o.order_id).execute()
        ticket = WorkOrder.get_by_id(o.order_id).ticket
        if ticket.status == workflow.SCHEDULED:
            move(ticket, workflow.DISPATCHED, actor_id, now)
            ticket = Ticket.get_by_id(ticket.id)
        if ticket.status == workflow.DISPATCHED:
            move(ticket, workflow.REGISTERED, actor_id, now)
        audit.record(actor_id, "requeue", "work_order", o.order_id, now, {"technicians": (staff_id, None)})
        back.append(o.ticket_number)
    return back


def deactivate(staff_id: int, last_day: date, actor_id: int | None, now: datetime) -> list[str]:
    """Take someone off the roster from the day after `last_day`; their history stays.

    Their appointments not yet started are released (see `_release_orders`; the window lists
    them first with `open_orders`). Returns the ticket numbers that went back to the queue."""
    permissions.require(actor_id, permissions.MANAGE_STAFF)
    if actor_id is not None and staff_id == actor_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "You cannot deactivate yourself; ask another administrator.")
        )
    with db.write_transaction():
        staff = Staff.get_by_id(staff_id)
        if not staff.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person is already inactive."))
        if staff.active_from and last_day < staff.active_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The last working day cannot be before the first."),
                field="active_to",
            )
        _keep_an_admin(staff, None, leaving=True)
        Staff.update(active=False, active_to=last_day).where(Staff.id == staff_id).execute()
        audit.record(
            actor_id,
            "deactivate",
            "staff",
            staff_id,
            now,
            {"active": (True, False), "active_to": (staff.active_to, last_day)},
        )
        return _release_orders(staff_id, actor_id, now)


def reactivate(staff_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.MANAGE_STAFF)
    with db.write_transaction():
        staff = Staff.get_by_id(staff_id)
        if staff.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This person is already active."))
        Staff.update(active=True, active_to=None).where(Staff.id == staff_id).execute()
        audit.record(
            actor_id,
            "reactivate",
            "staff",
            staff_id,
            now,
            {"active": (False, True), "active_to": (staff.active_to, None)},
        )


def staff_record(staff_id: int) -> StaffRow:
    """One member of staff, for the edit dialog."""
    return _row(
        Staff.select(Staff, Department)
        .join(Department, peewee.JOIN.LEFT_OUTER)
        .where(Staff.id == staff_id)
        .get()
    )


def name_of(staff_id: int | None) -> str:
    """The member of staff's name; "" for nobody or an unknown id."""
    if staff_id is None:
        return ""
    staff = Staff.get_or_none(Staff.id == staff_id)
    return staff.name if staff else ""

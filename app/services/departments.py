"""R2.3: the office's department list and the R2.1 cause category → department routing.

A department that anything refers to (staff, tickets, complaints, routing) cannot be deleted,
only retired: retired departments drop out of the pickers but keep their history. Routing
is read when a ticket is registered, so a change applies to new tickets only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import CauseRoute, Complaint, Department, Staff, Ticket
from app.services import audit


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    code: str
    name: str
    retired: bool
    in_use: bool


def in_use(department_id: int) -> bool:
    return (
        Staff.select().where(Staff.department == department_id).exists()
        or Ticket.select().where(Ticket.department == department_id).exists()
        or Complaint.select().where(Complaint.responsible_department == department_id).exists()
        or CauseRoute.select().where(CauseRoute.department == department_id).exists()
    )


def departments(include_retired: bool = True) -> list[DepartmentRow]:
    q = Department.select().order_by(Department.retired, Department.id)
    if not include_retired:
        q = q.where(Department.retired == False)  # noqa: E712
    return [DepartmentRow(d.id, d.code, d.name, d.retired, in_use(d.id)) for d in q]


def _check_name(name: str, exclude_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the department's name."), field="name")
    if len(name) > 64:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Shorten the name to 64 characters."), field="name")
    q = Department.select().where(Department.name == name)
    if exclude_id:
        q = q.where(Department.id != exclude_id)
    if q.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A department called “{name}” already exists; choose another name."),
            field="name",
            name=name,
        )
    return name


def add_department(name: str, actor_id: int | None, now: datetime) -> int:
    """Add a department; its code is made up (shipped departments keep their own codes)."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    name = _check_name(name)
    with db.write_transaction():
        n = Department.select().count() + 1
        while Department.select().where(Department.code == f"dept_{n}").exists():
            n += 1
        dept = Department.create(code=f"dept_{n}", name=name, retired=False)
        audit.record(actor_id, "add", "department", dept.code, now, {"name": (None, name)})
    return dept.id


def rename_department(department_id: int, name: str, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    name = _check_name(name, exclude_id=department_id)
    with db.write_transaction():
        dept = Department.get_by_id(department_id)
        if dept.name == name:
            return
        Department.update(name=name).where(Department.id == department_id).execute()
        audit.record(actor_id, "rename", "department", dept.code, now, {"name": (dept.name, name)})


def retire_department(department_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    with db.write_transaction():
        dept = Department.get_by_id(department_id)
        if dept.code == vocab.COORDINATING_DEPARTMENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The after-sales management department coordinates tickets; it cannot be retired.",
                )
            )
        if CauseRoute.select().where(CauseRoute.department == department_id).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A cause category is routed to this department: route it elsewhere first."
                ),
                field="routing",
            )
        Department.update(retired=True).where(Department.id == department_id).execute()
        audit.record(actor_id, "retire", "department", dept.code, now, {"retired": (False, True)})


def restore_department(department_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    with db.write_transaction():
        dept = Department.get_by_id(department_id)
        Department.update(retired=False).where(Department.id == department_id).execute()
        audit.record(actor_id, "restore", "department", dept.code, now, {"retired": (True, False)})


def delete_department(department_id: int, actor_id: int | None, now: datetime) -> None:
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    with db.write_transaction():
        dept = Department.get_by_id(department_id)
        if in_use(department_id) or dept.code == vocab.COORDINATING_DEPARTMENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{name}” is in use by staff, tickets or the routing, so it cannot be deleted; retire it instead.",
                ),
                name=dept.name,
            )
        dept.delete_instance()
        audit.record(actor_id, "delete", "department", dept.code, now, {"name": (dept.name, None)})


def routing() -> dict[str, int | None]:
    """Cause category → department id (None: the supervisor names one per ticket)."""
    routes = {r.cause_category: r.department_id for r in CauseRoute.select()}
    return {cause: routes.get(cause) for cause in vocab.CAUSE_CATEGORIES}


def set_routing(routes: dict[str, int | None], actor_id: int | None, now: datetime) -> int:
    """Save the routing (R2.1/R2.3); returns how many categories changed. New tickets only."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    for cause, dept_id in routes.items():
        if cause not in vocab.CAUSE_CATEGORIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a cause category from the list."), field=cause
            )
        if dept_id is not None:
            dept = Department.get_or_none(Department.id == dept_id)
            if dept is None or dept.retired:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Route each cause to a department that is still in use."),
                    field=cause,
                )
    with db.write_transaction():
        before = routing()
        changes = {c: (before.get(c), d) for c, d in routes.items() if before.get(c) != d}
        for cause, dept_id in routes.items():
            if cause in changes:
                CauseRoute.insert(cause_category=cause, department=dept_id).on_conflict(
                    conflict_target=[CauseRoute.cause_category], update={CauseRoute.department: dept_id}
                ).execute()
        if changes:
            audit.record(actor_id, "edit", "routing", "cause_route", now, changes)
    return len(changes)

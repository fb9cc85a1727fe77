"""R10.1: what each role may do — the one table. The UI hides what a role cannot do; the
services refuse it anyway (`require`)."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, ValidationError

REGISTER_TICKET = "register_ticket"
LOOK_UP = "look_up"
DISPATCH = "dispatch"  # assign, reschedule, confirm appointments, pause, cancel, close
RECORD_WORK = "record_work"  # arrival, work, acceptance, ratings (a technician: own orders only)
FOLLOW_UP = "follow_up"
HANDLE_COMPLAINT = "handle_complaint"
APPROVE_COMPLAINT_PLAN = "approve_complaint_plan"
EDIT_WARRANTY = "edit_warranty"  # products, contract terms, patrols, summaries
EDIT_WARRANTY_TERMS = "edit_warranty_terms"  # the office's default terms
VIEW_APPRAISAL = "view_appraisal"
APPROVE_APPRAISAL = "approve_appraisal"
RECORD_INCIDENT = "record_incident"
RECORD_TRAINING = "record_training"
EXPORT_REGISTERS = "export_registers"
EXPORT_UNMASKED = "export_unmasked"  # registers with full phone numbers
CONSOLIDATE_PACKS = "consolidate_packs"  # head office: many branches' monthly packs in one workbook
MANAGE_STAFF = "manage_staff"
MANAGE_SETTINGS = "manage_settings"
VIEW_AUDIT = "view_audit"
BACKUP = "backup"

_COUNTER = {REGISTER_TICKET, LOOK_UP, FOLLOW_UP}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "receptionist": frozenset(_COUNTER | {HANDLE_COMPLAINT}),
    "technician": frozenset({LOOK_UP, RECORD_WORK}),
    "supervisor": frozenset(
        _COUNTER
        | {
            DISPATCH,
            RECORD_WORK,
            HANDLE_COMPLAINT,
            EDIT_WARRANTY,
            VIEW_APPRAISAL,
            RECORD_INCIDENT,
            RECORD_TRAINING,
            EXPORT_REGISTERS,
        }
    ),
    "department_head": frozenset({LOOK_UP, HANDLE_COMPLAINT, APPROVE_COMPLAINT_PLAN}),
    "manager": frozenset(
        _COUNTER
        | {
            DISPATCH,
            RECORD_WORK,
            HANDLE_COMPLAINT,
            EDIT_WARRANTY,
            EDIT_WARRANTY_TERMS,
            VIEW_APPRAISAL,
            APPROVE_APPRAISAL,
            RECORD_INCIDENT,
            RECORD_TRAINING,
            EXPORT_REGISTERS,
            EXPORT_UNMASKED,
            CONSOLIDATE_PACKS,
            VIEW_AUDIT,
        }
    ),
    "admin": frozenset({LOOK_UP, MANAGE_STAFF, MANAGE_SETTINGS, EDIT_WARRANTY_TERMS, VIEW_AUDIT, BACKUP}),
}


# How a person names each action in a refusal (R10.1): never the internal code.
ACTION_LABELS: dict[str, str] = {
    REGISTER_TICKET: QT_TRANSLATE_NOOP("actions", "register calls and tickets"),
    LOOK_UP: QT_TRANSLATE_NOOP("actions", "look up customers and sites"),
    DISPATCH: QT_TRANSLATE_NOOP("actions", "dispatch and close work orders"),
    RECORD_WORK: QT_TRANSLATE_NOOP("actions", "record work on an order"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("actions", "record follow-up visits"),
    HANDLE_COMPLAINT: QT_TRANSLATE_NOOP("actions", "handle complaints"),
    APPROVE_COMPLAINT_PLAN: QT_TRANSLATE_NOOP("actions", "approve complaint plans"),
    EDIT_WARRANTY: QT_TRANSLATE_NOOP("actions", "edit products, contract terms and patrols"),
    EDIT_WARRANTY_TERMS: QT_TRANSLATE_NOOP("actions", "edit warranty terms"),
    VIEW_APPRAISAL: QT_TRANSLATE_NOOP("actions", "view staff appraisals"),
    APPROVE_APPRAISAL: QT_TRANSLATE_NOOP("actions", "approve and correct appraisals"),
    RECORD_INCIDENT: QT_TRANSLATE_NOOP("actions", "record penalties and rewards"),
    RECORD_TRAINING: QT_TRANSLATE_NOOP("actions", "record training"),
    EXPORT_REGISTERS: QT_TRANSLATE_NOOP("actions", "export registers"),
    EXPORT_UNMASKED: QT_TRANSLATE_NOOP("actions", "export full phone numbers"),
    CONSOLIDATE_PACKS: QT_TRANSLATE_NOOP("actions", "combine the branches' monthly packs"),
    MANAGE_STAFF: QT_TRANSLATE_NOOP("actions", "manage staff and passwords"),
    MANAGE_SETTINGS: QT_TRANSLATE_NOOP("actions", "change office settings"),
    VIEW_AUDIT: QT_TRANSLATE_NOOP("actions", "view the audit trail"),
    BACKUP: QT_TRANSLATE_NOOP("actions", "back up and restore the office"),
}


class ActionName(str):
    """A refusal's action as a person names it; the UI translates it (context "actions")."""


class PermissionDenied(ValidationError):
    pass


def role_of(staff_id: int | None) -> str | None:
    from app.models import Staff

    if staff_id is None:
        return None
    staff = Staff.get_or_none(Staff.id == staff_id)
    return staff.role if staff is not None and staff.active else None


def can(staff_id: int | None, action: str) -> bool:
    role = role_of(staff_id)
    return role is not None and action in ROLE_PERMISSIONS.get(role, frozenset())


def require(staff_id: int | None, action: str) -> None:
    """Refuse the action unless the (active) member of staff's role allows it."""
    if not can(staff_id, action):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Your role does not allow you to {action}. Ask a colleague whose role does."
            ),
            action=ActionName(ACTION_LABELS.get(action, action)),
        )


def require_order_access(staff_id: int | None, order_id: int) -> None:
    """R4/R10.1: a technician records work on their own orders only."""
    require(staff_id, RECORD_WORK)
    if role_of(staff_id) == "technician":
        from app.models import WorkOrderTechnician

        mine = WorkOrderTechnician.select().where(
            (WorkOrderTechnician.work_order == order_id) & (WorkOrderTechnician.staff == staff_id)
        )
        if not mine.exists():
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "This work order is not assigned to you."))

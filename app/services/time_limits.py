"""R3 time limits as office settings: validating, saving, restoring the shipped values.

Saving recomputes every open ticket's deadlines (R3.3); closed and cancelled tickets keep the
deadlines they had.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, time

from app import db, permissions, sla
from app.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from app.services import audit, deadlines, settings

UNITS = (sla.HOURS, sla.WORKING_DAYS, sla.END_OF_DAY)
MAX_HOURS = 24 * 366
MAX_WORKING_DAYS = 366

# Which clock each limit key sets, and which tickets it applies to (for the grid).
# kind: "" = every kind; urgency: "" either, "urgent", "normal"; variant: a qualifier or "".
LIMIT_SCOPE: dict[str, tuple[str, str, str, str]] = {
    "first_response": (sla.FIRST_RESPONSE, "", "normal", ""),
    "first_response_urgent": (sla.FIRST_RESPONSE, "", "urgent", ""),
    "urgent_dispatch": (sla.URGENT_DISPATCH, "", "urgent", ""),
    "forward": (sla.FORWARD, "", "", ""),
    "plan_repair": (sla.PLAN, "repair", "", ""),
    "plan_complaint": (sla.PLAN, "complaint", "", ""),
    "repair_simple": (sla.REPAIR, "repair", "", "simple"),
    "repair_complex": (sla.REPAIR, "repair", "", "complex"),
    "complaint_answer": (sla.COMPLAINT_ANSWER, "complaint", "", ""),
    "complaint_result": (sla.COMPLAINT_RESULT, "complaint", "", ""),
    "complaint_result_major": (sla.COMPLAINT_RESULT, "complaint", "", "major"),
    "follow_up": (sla.FOLLOW_UP, "", "", ""),
}


def current() -> dict[str, sla.Limit]:
    return settings.sla_limits()


def office_hours() -> tuple[time, time]:
    """R3.0: the hours working-day limits count (set in the office settings)."""
    return settings.office_hours()


def check(limits: Mapping[str, sla.Limit]) -> list[ValidationError]:
    """Each error's field is the limit key of the offending row."""
    errors: list[ValidationError] = []
    for key, limit in limits.items():
        if key not in sla.DEFAULT_LIMITS:
            errors.append(ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown time limit."), field=key))
            continue
        if limit.unit not in UNITS:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose hours, working days or end of the same day."),
                    field=key,
                )
            )
            continue
        if limit.unit == sla.END_OF_DAY:
            continue
        amount = limit.amount
        if not isinstance(amount, int | float) or math.isnan(amount) or amount < 0:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A time limit cannot be negative: enter a number above 0."),
                    field=key,
                )
            )
        elif amount == 0:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A time limit of 0 is always breached: enter a number above 0."
                    ),
                    field=key,
                )
            )
        elif limit.unit == sla.HOURS and amount > MAX_HOURS:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter at most {max} hours, or count in working days."),
                    field=key,
                    max=MAX_HOURS,
                )
            )
        elif limit.unit == sla.WORKING_DAYS and amount > MAX_WORKING_DAYS:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter at most {max} working days."),
                    field=key,
                    max=MAX_WORKING_DAYS,
                )
            )
    return errors


def _stored_form(limits: Mapping[str, sla.Limit]) -> dict[str, dict]:
    """Only the limits that differ from the shipped ones are stored."""
    out = {}
    for key, limit in limits.items():
        amount = 0 if limit.unit == sla.END_OF_DAY else limit.amount
        if sla.Limit(amount, limit.unit) != sla.DEFAULT_LIMITS[key]:
            out[key] = {"amount": amount, "unit": limit.unit}
    return out


def save_limits(limits: Mapping[str, sla.Limit], actor_id: int | None, now: datetime) -> int:
    """Save the limits given (others keep their value); returns how many open tickets'
    next deadline moved. All or nothing: any invalid limit refuses the whole change."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    errors = check(limits)
    if errors:
        raise ValidationErrors(errors)
    with db.write_transaction():
        before = settings.sla_limits()
        after = {**before, **limits}
        after = {
            k: sla.Limit(0, v.unit) if v.unit == sla.END_OF_DAY else sla.Limit(float(v.amount), v.unit)
            for k, v in after.items()
        }
        changes = {
            k: (_plain(before[k]), _plain(after[k]))
            for k in after
            if (before[k].amount, before[k].unit) != (after[k].amount, after[k].unit)
        }
        if not changes:
            return 0
        settings.put(settings.SLA_LIMITS, _stored_form(after))
        audit.record(actor_id, "edit", "setting", settings.SLA_LIMITS, now, changes)
        return deadlines.recompute_open_tickets(now)


def restore_defaults(actor_id: int | None, now: datetime) -> int:
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    return save_limits(sla.DEFAULT_LIMITS, actor_id, now)


def _plain(limit: sla.Limit) -> str:
    amount = int(limit.amount) if float(limit.amount).is_integer() else limit.amount
    return f"{amount} {limit.unit}" if limit.unit != sla.END_OF_DAY else limit.unit

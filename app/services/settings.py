"""Office settings shared by every desk (stored in the database as JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.models import Setting
from app.sla import DEFAULT_LIMITS, Limit

BRANCH_NAME = "branch.name"
BRANCH_CODE = "branch.code"
BRANCH_ADDRESS = "branch.address"
BRANCH_PHONE = "branch.phone"
SLA_LIMITS = "sla.limits"
REPEAT_WINDOW_DAYS = "repeat.window_days"

DEFAULTS: dict[str, Any] = {
    REPEAT_WINDOW_DAYS: 90,  # R4.7
    "appointment.default_minutes": 120,
    "sla.warn_hours": 4,
}


@dataclass(frozen=True)
class Branch:
    name: str
    code: str
    address: str = ""
    phone: str = ""


def get(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def put(key: str, value: Any) -> None:
    """Write one setting. Callers run inside their own transaction and audit the change."""
    text = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}
    ).execute()


def is_initialised() -> bool:
    return Setting.get_or_none(Setting.key == BRANCH_CODE) is not None


def branch() -> Branch:
    return Branch(
        name=get(BRANCH_NAME, ""),
        code=get(BRANCH_CODE, ""),
        address=get(BRANCH_ADDRESS, ""),
        phone=get(BRANCH_PHONE, ""),
    )


def sla_limits() -> dict[str, Limit]:
    stored = get(SLA_LIMITS, {}) or {}
    limits = dict(DEFAULT_LIMITS)
    for key, value in stored.items():
        if key in limits:
            limits[key] = Limit(float(value["amount"]), value["unit"])
    return limits


def warn_hours() -> float:
    return float(get("sla.warn_hours"))

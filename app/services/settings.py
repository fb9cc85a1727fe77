"""Office settings shared by every desk (stored in the database as JSON)."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import time
from typing import Any

from app.models import Setting
from app.sla import DEFAULT_LIMITS, Limit

BRANCH_NAME = "branch.name"
BRANCH_CODE = "branch.code"
BRANCH_ADDRESS = "branch.address"
BRANCH_PHONE = "branch.phone"
SLA_LIMITS = "sla.limits"
REPEAT_WINDOW_DAYS = "repeat.window_days"
APPOINTMENT_MINUTES = "appointment.default_minutes"
WARN_HOURS = "sla.warn_hours"
PENALTY_AMOUNTS = "penalty.amounts"
APPRAISAL_WEIGHTS = "appraisal.weights"
GRADE_BANDS = "appraisal.grade_bands"
INCIDENT_POINTS = "appraisal.incident_points"
EXPORT_MASK_PHONES = "export.mask_phones"
# The office's working language ("zh_CN", "en"): what the headless commands write in by default.
OFFICE_LANGUAGE = "office.language"
# Limits of an import from head office (a bigger list is split into several files).
IMPORT_MAX_MB = "import.max_mb"
IMPORT_MAX_ROWS = "import.max_rows"
OFFICE_HOURS = "office.hours"  # R3.0 {"opens": "HH:MM", "closes": "HH:MM"}

# The one place the shipped values of office settings live (the appraisal reads these too).
DEFAULTS: dict[str, Any] = {
    REPEAT_WINDOW_DAYS: 90,  # R4.7
    APPOINTMENT_MINUTES: 120,
    WARN_HOURS: 4,
    # R8.2 penalty amounts in yuan per incident (seed 001). The seeds give no amount for false
    # expense claims, only "the third time leads to dismissal review": 100 like leaving the post.
    PENALTY_AMOUNTS: {
        "arguing": 20,
        "asking_gifts": 20,
        "personal_delay": 20,
        "repeat_fault": 20,
        "late_arrival": 20,
        "disobeying_dispatch": 100,
        "false_claim": 100,
    },
    # R8.4 weights of the R8.1 figures in the score, in percent (they add up to 100).
    APPRAISAL_WEIGHTS: {
        "jobs_completed": 10,
        "first_time_fix_rate": 20,
        "sla_met_rate": 20,
        "on_time_rate": 15,
        "satisfaction": 25,
        "valid_complaints": 10,
        "parts_cost_per_job": 0,
    },
    # R8.4 points each penalty incident takes off the score, and each reward adds (0–100 kept).
    INCIDENT_POINTS: {"penalty": 2, "reward": 2},
    # R8.4 grade bands on the 0–100 score: from ≤ score < to (the top band includes 100).
    GRADE_BANDS: [
        {"grade": "A", "from": 90, "to": 100},
        {"grade": "B", "from": 80, "to": 90},
        {"grade": "C", "from": 70, "to": 80},
        {"grade": "D", "from": 60, "to": 70},
        {"grade": "E", "from": 0, "to": 60},
    ],
    EXPORT_MASK_PHONES: True,  # R10.1
    OFFICE_LANGUAGE: "",  # empty: the system's language
    IMPORT_MAX_MB: 20,
    IMPORT_MAX_ROWS: 50_000,
    OFFICE_HOURS: {"opens": "09:00", "closes": "18:00"},  # R3.0
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
        return copy.deepcopy(DEFAULTS.get(key, default))
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


def _hhmm(text: str) -> time:
    hours, minutes = str(text).split(":")
    return time(int(hours), int(minutes))


def office_hours() -> tuple[time, time]:
    """R3.0: the office's opening and closing time (working-day limits count the time between)."""
    value = get(OFFICE_HOURS) or DEFAULTS[OFFICE_HOURS]
    try:
        opens, closes = _hhmm(value["opens"]), _hhmm(value["closes"])
    except (KeyError, ValueError, TypeError):
        opens, closes = _hhmm(DEFAULTS[OFFICE_HOURS]["opens"]), _hhmm(DEFAULTS[OFFICE_HOURS]["closes"])
    if opens >= closes:  # never stored by the settings dialog; keep a broken row from stopping the clocks
        opens, closes = _hhmm(DEFAULTS[OFFICE_HOURS]["opens"]), _hhmm(DEFAULTS[OFFICE_HOURS]["closes"])
    return opens, closes


def office_hours_value(opens: time, closes: time) -> dict[str, str]:
    return {"opens": opens.strftime("%H:%M"), "closes": closes.strftime("%H:%M")}


def warn_hours() -> float:
    return float(get(WARN_HOURS))


def penalty_amounts() -> dict[str, float]:
    """R8.2: yuan per incident type; types added later keep their shipped amount."""
    return {**DEFAULTS[PENALTY_AMOUNTS], **(get(PENALTY_AMOUNTS) or {})}


def appraisal_weights() -> dict[str, float]:
    """R8.4: percent weight per R8.1 figure."""
    return {**DEFAULTS[APPRAISAL_WEIGHTS], **(get(APPRAISAL_WEIGHTS) or {})}


def incident_points() -> dict[str, float]:
    """R8.4: {"penalty": points off per penalty incident, "reward": points on per reward}."""
    return {**DEFAULTS[INCIDENT_POINTS], **(get(INCIDENT_POINTS) or {})}


def grade_bands() -> list[dict[str, Any]]:
    """R8.4: [{"grade", "from", "to"}], highest band first."""
    return sorted(get(GRADE_BANDS) or DEFAULTS[GRADE_BANDS], key=lambda b: -b["from"])


def grade_for(score: float, bands: list[dict[str, Any]] | None = None) -> str:
    """The grade whose band holds `score` (from ≤ score < to; the top band includes its end)."""
    bands = bands if bands is not None else grade_bands()
    top = max((b["to"] for b in bands), default=0)
    for b in bands:
        if b["from"] <= score < b["to"] or (score == b["to"] == top):
            return b["grade"]
    return ""

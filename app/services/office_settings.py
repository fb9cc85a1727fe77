"""The office settings dialog's data: branch, office hours (R3.0), tickets, penalties (R8.2),
appraisal (R8.4), export.

Saving validates everything first and writes nothing when anything is wrong; each changed
setting gets its own audit entry with the value before and after. Changing the branch code
never renumbers existing tickets (R1.6): numbers are taken once, when a ticket is registered.
Changing the office hours recomputes every open ticket's deadlines, like a calendar change (R3.3).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

from app import db, permissions, vocab
from app.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from app.phones import is_valid_phone, normalize_phone
from app.services import audit, deadlines, settings

_CODE = re.compile(r"^[A-Z]{2,6}$")
MAX_REPEAT_DAYS = 3650
MAX_APPOINTMENT_MINUTES = 24 * 60
MAX_PENALTY = 100_000


@dataclass
class OfficeSettings:
    branch_name: str
    branch_code: str
    branch_address: str = ""
    branch_phone: str = ""
    repeat_window_days: int = 90
    appointment_minutes: int = 120
    penalties: dict[str, float] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    grade_bands: list[dict[str, Any]] = field(default_factory=list)  # {"grade", "from", "to"}
    # R8.4 points each penalty takes off the score / each reward adds
    incident_points: dict[str, float] = field(default_factory=lambda: {"penalty": 2, "reward": 2})
    mask_phones: bool = True
    office_language: str = ""  # "", "zh_CN", "en": what the headless commands write in
    opens: time = time(9, 0)  # R3.0 office hours
    closes: time = time(18, 0)


OFFICE_LANGUAGES = ("", "zh_CN", "en")


def load() -> OfficeSettings:
    b = settings.branch()
    return OfficeSettings(
        branch_name=b.name,
        branch_code=b.code,
        branch_address=b.address,
        branch_phone=b.phone,
        repeat_window_days=int(settings.get(settings.REPEAT_WINDOW_DAYS)),
        appointment_minutes=int(settings.get(settings.APPOINTMENT_MINUTES)),
        penalties=settings.penalty_amounts(),
        weights=settings.appraisal_weights(),
        grade_bands=settings.grade_bands(),
        incident_points=settings.incident_points(),
        mask_phones=bool(settings.get(settings.EXPORT_MASK_PHONES)),
        office_language=str(settings.get(settings.OFFICE_LANGUAGE) or ""),
        opens=settings.office_hours()[0],
        closes=settings.office_hours()[1],
    )


def _bad_number(value: object) -> bool:
    return not isinstance(value, int | float) or isinstance(value, bool) or math.isnan(value)


def check_bands(bands: list[dict[str, Any]]) -> list[ValidationError]:
    """R8.4 grade bands: named, 0 ≤ from < to ≤ 100, no overlaps, no gaps, covering 0–100."""
    errors: list[ValidationError] = []
    if not bands:
        return [
            ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one grade band."), field="grade_bands")
        ]
    names = [str(b.get("grade", "")).strip() for b in bands]
    for b, name in zip(bands, names, strict=True):
        lo, hi = b.get("from"), b.get("to")
        if not name:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Give every grade band a name, e.g. A."), field="grade_bands"
                )
            )
        elif _bad_number(lo) or _bad_number(hi) or not 0 <= lo < hi <= 100:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Grade {grade}: the band must run from a lower to a higher score between 0 and 100.",
                    ),
                    field="grade_bands",
                    grade=name,
                )
            )
    if len(set(names)) != len(names):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Each grade may appear only once."), field="grade_bands"
            )
        )
    if errors:
        return errors
    ordered = sorted(bands, key=lambda b: b["from"])
    for low, high in itertools.pairwise(ordered):
        if high["from"] < low["to"]:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Grades {a} and {b} overlap ({a} ends at {end}, {b} starts at {start}): make one band end where the next starts.",
                    ),
                    field="grade_bands",
                    a=low["grade"],
                    b=high["grade"],
                    end=_num(low["to"]),
                    start=_num(high["from"]),
                )
            )
        elif high["from"] > low["to"]:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No grade covers scores from {end} to {start}: make one band end where the next starts.",
                    ),
                    field="grade_bands",
                    end=_num(low["to"]),
                    start=_num(high["from"]),
                )
            )
    if not errors and (ordered[0]["from"] != 0 or ordered[-1]["to"] != 100):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The grade bands must cover every score from 0 to 100."),
                field="grade_bands",
            )
        )
    return errors


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def check(s: OfficeSettings) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not s.branch_name.strip():
        errors.append(
            ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the branch name."), field="branch_name")
        )
    if not _CODE.match(s.branch_code.strip().upper()):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The branch code is 2 to 6 Latin letters, e.g. SH; it starts every ticket number.",
                ),
                field="branch_code",
            )
        )
    if s.branch_phone.strip() and not is_valid_phone(s.branch_phone):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{phone}” is not a phone number: use 11 digits for a mobile or area code and number for a landline.",
                ),
                field="branch_phone",
                phone=s.branch_phone,
            )
        )
    if _bad_number(s.repeat_window_days) or not 1 <= s.repeat_window_days <= MAX_REPEAT_DAYS:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The repeat repair window is 1 to {max} days."),
                field="repeat_window_days",
                max=MAX_REPEAT_DAYS,
            )
        )
    if _bad_number(s.appointment_minutes) or not 15 <= s.appointment_minutes <= MAX_APPOINTMENT_MINUTES:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An appointment lasts 15 minutes to 24 hours."),
                field="appointment_minutes",
            )
        )
    if not isinstance(s.opens, time) or not isinstance(s.closes, time) or s.opens >= s.closes:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The office closes after it opens: make the closing time later than the opening time.",
                ),
                field="office_hours",
            )
        )
    for kind in vocab.PENALTY_TYPES:
        amount = s.penalties.get(kind)
        if _bad_number(amount) or not 0 <= amount <= MAX_PENALTY:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A penalty amount is 0 to {max} yuan; it cannot be negative."
                    ),
                    field="penalty:" + kind,
                    max=MAX_PENALTY,
                )
            )
            break
    weights = [s.weights.get(f) for f in vocab.APPRAISAL_FIGURES]
    if any(_bad_number(w) or w < 0 for w in weights):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An appraisal weight cannot be negative."), field="weights"
            )
        )
    elif abs(sum(weights) - 100) > 1e-6:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The appraisal weights add up to {total}%; make them add up to 100%."
                ),
                field="weights",
                total=_num(round(sum(weights), 2)),
            )
        )
    points = [s.incident_points.get(k) for k in ("penalty", "reward")]
    if any(_bad_number(p) or not 0 <= p <= 100 for p in points):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The points of a penalty or a reward are 0 to 100."),
                field="incident_points",
            )
        )
    errors += check_bands(s.grade_bands)
    return errors


def save(s: OfficeSettings, actor_id: int | None, now: datetime) -> list[str]:
    """Validate and save; returns the keys that changed. All or nothing."""
    permissions.require(actor_id, permissions.MANAGE_SETTINGS)
    errors = check(s)
    if errors:
        raise ValidationErrors(errors)
    values: dict[str, Any] = {
        settings.BRANCH_NAME: s.branch_name.strip(),
        settings.BRANCH_CODE: s.branch_code.strip().upper(),
        settings.BRANCH_ADDRESS: s.branch_address.strip(),
        settings.BRANCH_PHONE: normalize_phone(s.branch_phone) if s.branch_phone.strip() else "",
        settings.REPEAT_WINDOW_DAYS: int(s.repeat_window_days),
        settings.APPOINTMENT_MINUTES: int(s.appointment_minutes),
        settings.PENALTY_AMOUNTS: {k: _plain_number(s.penalties[k]) for k in vocab.PENALTY_TYPES},
        settings.APPRAISAL_WEIGHTS: {k: _plain_number(s.weights[k]) for k in vocab.APPRAISAL_FIGURES},
        settings.GRADE_BANDS: [
            {"grade": str(b["grade"]).strip(), "from": _plain_number(b["from"]), "to": _plain_number(b["to"])}
            for b in sorted(s.grade_bands, key=lambda b: -b["from"])
        ],
        settings.EXPORT_MASK_PHONES: bool(s.mask_phones),
        settings.OFFICE_LANGUAGE: s.office_language if s.office_language in OFFICE_LANGUAGES else "",
        settings.OFFICE_HOURS: settings.office_hours_value(s.opens, s.closes),
        settings.INCIDENT_POINTS: {k: _plain_number(s.incident_points[k]) for k in ("penalty", "reward")},
    }
    before = load()
    old: dict[str, Any] = {
        settings.BRANCH_NAME: before.branch_name,
        settings.BRANCH_CODE: before.branch_code,
        settings.BRANCH_ADDRESS: before.branch_address,
        settings.BRANCH_PHONE: before.branch_phone,
        settings.REPEAT_WINDOW_DAYS: before.repeat_window_days,
        settings.APPOINTMENT_MINUTES: before.appointment_minutes,
        settings.PENALTY_AMOUNTS: before.penalties,
        settings.APPRAISAL_WEIGHTS: before.weights,
        settings.GRADE_BANDS: before.grade_bands,
        settings.EXPORT_MASK_PHONES: before.mask_phones,
        settings.OFFICE_LANGUAGE: before.office_language,
        settings.OFFICE_HOURS: settings.office_hours_value(before.opens, before.closes),
        settings.INCIDENT_POINTS: {
            k: _plain_number(before.incident_points[k]) for k in ("penalty", "reward")
        },
    }
    changed = [k for k, v in values.items() if old[k] != v]
    with db.write_transaction():
        for key in changed:
            settings.put(key, values[key])
            audit.record(actor_id, "edit", "setting", key, now, {"value": (old[key], values[key])})
        if settings.OFFICE_HOURS in changed:
            deadlines.recompute_open_tickets(now)  # R3.3: deadlines follow the office hours
    return changed


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)

"""Screen words of the appraisal that ui/labels.py does not hold yet (reward types, evidence
columns), and how figures are written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.labels import label

_REWARDS = {
    "outstanding": QT_TRANSLATE_NOOP("appraisal", "Outstanding performance"),
    "customer_praise": QT_TRANSLATE_NOOP("appraisal", "Praised by a customer"),
}
_COMPLAINT_TYPES = {
    "attitude": QT_TRANSLATE_NOOP("appraisal", "Service attitude"),
    "quality": QT_TRANSLATE_NOOP("appraisal", "Quality"),
    "timeliness": QT_TRANSLATE_NOOP("appraisal", "Timeliness"),
    "fees": QT_TRANSLATE_NOOP("appraisal", "Fees"),
    "other": QT_TRANSLATE_NOOP("appraisal", "Other"),
}
_EXTRA = {
    "penalties": QT_TRANSLATE_NOOP("appraisal", "Penalties (yuan)"),
    "rewards": QT_TRANSLATE_NOOP("appraisal", "Rewards (yuan)"),
}
RATES = ("first_time_fix_rate", "sla_met_rate", "on_time_rate")


def reward_label(code: str) -> str:
    source = _REWARDS.get(code)
    return QCoreApplication.translate("appraisal", source) if source else code


def complaint_type_label(code: str) -> str:
    source = _COMPLAINT_TYPES.get(code)
    return QCoreApplication.translate("appraisal", source) if source else code


def incident_type_label(code: str) -> str:
    return reward_label(code) if code in _REWARDS else label("penalty", code)


def key_label(key: str) -> str:
    """A figure's or a total's name."""
    return QCoreApplication.translate("appraisal", _EXTRA[key]) if key in _EXTRA else label("figure", key)


def figure_text(key: str, value: float | None) -> str:
    if value is None:
        return "—"
    if key in RATES:
        return f"{value * 100:.0f}%"
    if key in ("jobs_completed", "valid_complaints"):
        return f"{value:.0f}"
    if key == "parts_cost_per_job":
        return f"{value:.2f}"
    return f"{value:.2f}"


def money(value: float) -> str:
    return f"{value:.2f}"

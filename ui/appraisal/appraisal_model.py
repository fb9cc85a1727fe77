"""The month's table: one row per technician, one column per R8.1 figure and total."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services.appraisal import FIGURES, TechnicianMonth
from ui.appraisal.texts import figure_text, key_label, money
from ui.row_table_model import Column, RowTableModel

WARNING = QColor("#f9d6d5")

# Column index → the evidence key a click opens (the name, score and grade open the page).
EVIDENCE_COLUMNS: dict[int, str] = {1 + i: key for i, key in enumerate(FIGURES)}
EVIDENCE_COLUMNS[1 + len(FIGURES)] = "penalties"
EVIDENCE_COLUMNS[2 + len(FIGURES)] = "rewards"


# Short headers so the month fits a screen; the header's tooltip gives the full name.
_SHORT = {
    "jobs_completed": QT_TRANSLATE_NOOP("appraisal", "Jobs"),
    "first_time_fix_rate": QT_TRANSLATE_NOOP("appraisal", "First-time fix"),
    "sla_met_rate": QT_TRANSLATE_NOOP("appraisal", "Time limits met"),
    "on_time_rate": QT_TRANSLATE_NOOP("appraisal", "On time"),
    "satisfaction": QT_TRANSLATE_NOOP("appraisal", "Satisfaction"),
    "valid_complaints": QT_TRANSLATE_NOOP("appraisal", "Valid complaints"),
    "parts_cost_per_job": QT_TRANSLATE_NOOP("appraisal", "Parts / job"),
}


def _short(key: str) -> str:
    return QCoreApplication.translate("appraisal", _SHORT[key])


def _figure(key: str) -> Column:
    return Column(
        lambda: _short(key),
        lambda r: figure_text(key, r.figures.get(key)),
        sort_key=lambda r: r.figures.get(key),
    )


def _warnings(r: TechnicianMonth) -> str:
    return QCoreApplication.translate("appraisal", "Dismissal review") if r.dismissal_review else ""


COLUMNS = [
    Column(lambda: QCoreApplication.translate("appraisal", "Technician"), lambda r: r.name),
    *(_figure(k) for k in FIGURES),
    Column(
        lambda: key_label("penalties"),
        lambda r: f"{money(r.penalty_total)} ({r.penalties})" if r.penalties else "—",
        background=lambda r: WARNING if r.dismissal_review else None,
        sort_key=lambda r: r.penalty_total,
    ),
    Column(
        lambda: key_label("rewards"),
        lambda r: f"{money(r.reward_total)} ({r.rewards})" if r.rewards else "—",
        sort_key=lambda r: r.reward_total,
    ),
    Column(
        lambda: QCoreApplication.translate("appraisal", "Score"),
        lambda r: "—" if r.score is None else f"{r.score:.1f}" + ("*" if r.adjustments else ""),
        bold=lambda r: True,
        sort_key=lambda r: r.score,
    ),
    Column(
        lambda: QCoreApplication.translate("appraisal", "Grade"),
        lambda r: r.grade or "—",
        bold=lambda r: True,
    ),
    Column(
        lambda: QCoreApplication.translate("appraisal", "Warnings"),
        _warnings,
        background=lambda r: WARNING if r.dismissal_review else None,
    ),
]


_FULL = {1 + i: key for i, key in enumerate(FIGURES)}


class AppraisalTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section in _FULL
        ):
            return key_label(_FULL[section])
        return super().headerData(section, orientation, role)

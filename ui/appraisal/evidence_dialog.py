"""No number without its evidence: the records behind one figure of one technician's month."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from app.services.appraisal import Evidence, TechnicianMonth
from ui.appraisal.texts import complaint_type_label, figure_text, incident_type_label, key_label
from ui.labels import label
from ui.row_table_model import Column, RowTableModel
from ui.widgets import read_only_table


def _yes_no(ok: bool | None) -> str:
    if ok is None:
        return ""
    return (
        QCoreApplication.translate("appraisal", "yes")
        if ok
        else QCoreApplication.translate("appraisal", "NO")
    )


def _c(i: int, fmt: Callable = str) -> Callable[[Evidence], str]:
    return lambda e: fmt(e.cols[i]) if i < len(e.cols) and e.cols[i] not in (None, "") else ""


_TICKET = Column(lambda: QCoreApplication.translate("appraisal", "Ticket no."), lambda e: e.number)
_ok = lambda header: Column(header, lambda e: _yes_no(e.ok))  # noqa: E731

# Per figure: the columns that say why each record counts the way it does.
COLUMNS: dict[str, list[Column]] = {
    "jobs_completed": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Accepted at"), lambda e: e.at),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Category"), _c(0, lambda v: label("category", v))
        ),
    ],
    "first_time_fix_rate": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Accepted at"), lambda e: e.at),
        Column(lambda: QCoreApplication.translate("appraisal", "Repeat ticket (technician's fault)"), _c(0)),
        Column(lambda: QCoreApplication.translate("appraisal", "Repeat received at"), _c(1)),
        _ok(lambda: QCoreApplication.translate("appraisal", "First-time fix")),
    ],
    "sla_met_rate": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Accepted at"), lambda e: e.at),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Time limit"), _c(0, lambda v: label("clock", v))
        ),
        Column(lambda: QCoreApplication.translate("appraisal", "Due"), _c(1)),
        Column(lambda: QCoreApplication.translate("appraisal", "Done"), _c(2)),
        _ok(lambda: QCoreApplication.translate("appraisal", "Met")),
    ],
    "on_time_rate": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Appointment from"), _c(0)),
        Column(lambda: QCoreApplication.translate("appraisal", "Arrived at"), lambda e: e.at),
        _ok(lambda: QCoreApplication.translate("appraisal", "On time")),
    ],
    "satisfaction": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Rated at"), lambda e: e.at),
        Column(lambda: QCoreApplication.translate("appraisal", "Attitude"), _c(0)),
        Column(lambda: QCoreApplication.translate("appraisal", "Quality"), _c(1)),
        Column(lambda: QCoreApplication.translate("appraisal", "Timeliness"), _c(2)),
        Column(lambda: QCoreApplication.translate("appraisal", "Average"), _c(3, lambda v: f"{v:.2f}")),
    ],
    "valid_complaints": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Received at"), lambda e: e.at),
        Column(lambda: QCoreApplication.translate("appraisal", "Type"), _c(0, complaint_type_label)),
        Column(lambda: QCoreApplication.translate("appraisal", "Why valid"), _c(1)),
    ],
    "parts_cost_per_job": [
        _TICKET,
        Column(lambda: QCoreApplication.translate("appraisal", "Accepted at"), lambda e: e.at),
        Column(lambda: QCoreApplication.translate("appraisal", "Parts"), _c(0)),
        Column(lambda: QCoreApplication.translate("appraisal", "Cost"), lambda e: f"{e.cols[1]:.2f}"),
    ],
}
_INCIDENTS = [
    Column(lambda: QCoreApplication.translate("appraisal", "Date"), lambda e: e.at),
    Column(lambda: QCoreApplication.translate("appraisal", "Type"), _c(0, incident_type_label)),
    Column(lambda: QCoreApplication.translate("appraisal", "Amount"), lambda e: f"{e.cols[1]:.2f}"),
    Column(lambda: QCoreApplication.translate("appraisal", "Description"), _c(2)),
    Column(lambda: QCoreApplication.translate("appraisal", "Time of this type"), _c(3)),
    _TICKET,
]
COLUMNS["penalties"] = _INCIDENTS
COLUMNS["rewards"] = _INCIDENTS


class EvidenceDialog(QDialog):
    def __init__(self, row: TechnicianMonth, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(
            QCoreApplication.translate("appraisal", "%1 · %2 · %3")
            .replace("%1", row.name)
            .replace("%2", row.month)
            .replace("%3", key_label(key))
        )
        records = row.evidence.get(key, [])
        value = (
            figure_text(key, row.figures.get(key))
            if key in row.figures
            else f"{row.penalty_total if key == 'penalties' else row.reward_total:.2f}"
        )
        self.summary = QLabel(objectName="evidence_summary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            QCoreApplication.translate("appraisal", "%1 = %2, from these %3 records.")
            .replace("%1", key_label(key))
            .replace("%2", value)
            .replace("%3", str(len(records)))
        )
        self.model = RowTableModel(COLUMNS[key], self)
        self.model.set_rows(records)
        self.table = read_only_table("evidence_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if row.approved_score is not None and row.appraisal_id is not None:
            note = QLabel(
                QCoreApplication.translate(
                    "appraisal", "As approved: later changes to the records do not change these."
                )
            )
            note.setStyleSheet("color: #555;")
        else:
            note = QLabel(
                QCoreApplication.translate(
                    "appraisal", "Live: these follow the records until the month is approved."
                )
            )
            note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(820, 420)

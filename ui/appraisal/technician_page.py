"""A technician's page: the month-by-month trend of score and key rates, incidents, training."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services import appraisal, incidents, staff_roster, training
from ui.appraisal.texts import incident_type_label, key_label
from ui.appraisal.trend_chart import TrendChart
from ui.formatting import date_text
from ui.row_table_model import Column, RowTableModel
from ui.widgets import read_only_table

MONTHS = 12


def trend_columns() -> list[Column]:
    def pct(attr):
        return lambda p: "—" if getattr(p, attr) is None else f"{getattr(p, attr) * 100:.0f}%"

    return [
        Column(lambda: QCoreApplication.translate("appraisal", "Month"), lambda p: p.month),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Score"),
            lambda p: "—" if p.score is None else f"{p.score:.1f}",
        ),
        Column(lambda: key_label("first_time_fix_rate"), pct("first_time_fix_rate")),
        Column(lambda: key_label("sla_met_rate"), pct("sla_met_rate")),
        Column(lambda: key_label("on_time_rate"), pct("on_time_rate")),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Approved"),
            lambda p: QCoreApplication.translate("appraisal", "yes") if p.approved else "",
        ),
    ]


def incident_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("appraisal", "Date"), lambda r: date_text(r.day)),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Kind"),
            lambda r: (
                QCoreApplication.translate("appraisal", "Reward")
                if r.kind == "reward"
                else QCoreApplication.translate("appraisal", "Penalty")
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Type"),
            lambda r: incident_type_label(r.incident_type),
        ),
        Column(lambda: QCoreApplication.translate("appraisal", "Amount"), lambda r: f"{r.amount:.2f}"),
        Column(lambda: QCoreApplication.translate("appraisal", "Ticket no."), lambda r: r.ticket_number),
        Column(
            lambda: QCoreApplication.translate("appraisal", "Warning"),
            lambda r: (
                QCoreApplication.translate("appraisal", "Dismissal review") if r.dismissal_review else ""
            ),
        ),
        Column(lambda: QCoreApplication.translate("appraisal", "Description"), lambda r: r.description),
    ]


def training_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("appraisal", "Date"), lambda s: date_text(s.day)),
        Column(lambda: QCoreApplication.translate("appraisal", "Topic"), lambda s: s.topic),
        Column(lambda: QCoreApplication.translate("appraisal", "Trainer"), lambda s: s.trainer),
        Column(lambda: QCoreApplication.translate("appraisal", "Hours"), lambda s: f"{s.hours:g}"),
    ]


def _table(name: str, model) -> QWidget:
    view = read_only_table(name, model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class TechnicianPage(QDialog):
    def __init__(self, staff_id: int, last_month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = staff_roster.name_of(staff_id)
        self.setWindowTitle(self.tr("Technician %1").replace("%1", name))
        self.points = appraisal.trend(staff_id, last_month, MONTHS)
        self.heading = QLabel(
            self.tr("%1: the %2 months up to %3 (filled dots: approved months)")
            .replace("%1", name)
            .replace("%2", str(MONTHS))
            .replace("%3", last_month)
        )
        self.heading.setWordWrap(True)
        self.chart = TrendChart()
        self.chart.setObjectName("trend_chart")
        self.chart.set_points(
            self.points,
            {
                "score": self.tr("Score"),
                "first_time_fix_rate": key_label("first_time_fix_rate"),
                "sla_met_rate": key_label("sla_met_rate"),
                "on_time_rate": key_label("on_time_rate"),
            },
        )
        self.trend_model = RowTableModel(trend_columns(), self)
        self.trend_model.set_rows(list(reversed(self.points)))
        self.incident_model = RowTableModel(incident_columns(), self)
        self.incident_model.set_rows(list(reversed(incidents.incidents_of(staff_id))))
        self.training_model = RowTableModel(training_columns(), self)
        self.training_model.set_rows(training.sessions_of(staff_id))
        self.pages = QTabWidget()
        self.pages.addTab(_table("trend_table", self.trend_model), self.tr("Months"))
        self.pages.addTab(_table("incident_table", self.incident_model), self.tr("Incidents"))
        self.pages.addTab(_table("training_table", self.training_model), self.tr("Training"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.pages, 2)
        layout.addWidget(buttons)
        self.resize(900, 680)

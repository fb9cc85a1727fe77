"""R8.2/R8.3: recording a penalty or a reward; a penalty's amount starts at the office's amount."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app import vocab
from app.services import incidents, intake
from ui import events, operations
from ui.appraisal.texts import incident_type_label
from ui.service_dialog import ServiceDialog
from ui.widgets import DateField, select_data


class IncidentDialog(ServiceDialog):
    changes = frozenset({events.APPRAISAL})

    def __init__(
        self,
        clock: Callable[[], datetime],
        staff_id: int | None,
        technician_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record an incident"))
        self._clock, self._staff_id = clock, staff_id
        self.recorded: incidents.Recorded | None = None
        self.staff = QComboBox(objectName="staff")
        for sid, name, _role in intake.staff_choices(["technician"]):
            self.staff.addItem(name, sid)
        if technician_id is not None:
            select_data(self.staff, technician_id)
        self.kind = QComboBox(objectName="kind")
        self.kind.addItem(self.tr("Penalty"), incidents.PENALTY)
        self.kind.addItem(self.tr("Reward"), incidents.REWARD)
        self.type = QComboBox(objectName="type")
        self.amount = QLineEdit(objectName="amount")
        self.day = DateField(objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(clock().date()))
        self.description = QLineEdit(objectName="description")
        self.ticket = QLineEdit(objectName="ticket")
        self.ticket.setPlaceholderText(self.tr("e.g. SH-20261122-0007 (optional)"))
        self.form.addRow(self.tr("&Technician"), self.staff)
        self.form.addRow(self.tr("&Penalty or reward"), self.kind)
        self.form.addRow(self.tr("T&ype"), self.type)
        self.form.addRow(self.tr("&Amount (yuan)"), self.amount)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("D&escription"), self.description)
        self.form.addRow(self.tr("Tic&ket"), self.ticket)
        self.kind.currentIndexChanged.connect(self._fill_types)
        self.type.currentIndexChanged.connect(self._default_amount)
        self._fill_types()
        self.setMinimumWidth(560)

    def _fill_types(self) -> None:
        penalty = self.kind.currentData() == incidents.PENALTY
        self.type.blockSignals(True)
        self.type.clear()
        for code in vocab.PENALTY_TYPES if penalty else incidents.REWARD_TYPES:
            self.type.addItem(incident_type_label(code), code)
        self.type.blockSignals(False)
        self._default_amount()

    def _default_amount(self) -> None:
        code = self.type.currentData()
        if self.kind.currentData() == incidents.PENALTY and code:
            self.amount.setText(f"{incidents.default_amount(code):.2f}")
        else:
            self.amount.clear()

    def submit(self, op: operations.Op) -> None:
        self.recorded = incidents.record_incident(
            self.staff.currentData(),
            self.kind.currentData(),
            self.type.currentData(),
            self.day.date().toPython(),
            self.description.text(),
            self.ticket.text(),
            self.amount.text(),
            op.actor,
            op.now,
        )

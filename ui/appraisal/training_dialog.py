"""R8.5: the training record — past sessions, and a new session with who attended."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.services import intake, training
from ui import events, operations
from ui.appraisal.technician_page import training_columns
from ui.formatting import names_text
from ui.row_table_model import Column, RowTableModel
from ui.service_dialog import ServiceDialog
from ui.widgets import DateField, read_only_table


class TrainingDialog(ServiceDialog):
    changes = frozenset({events.APPRAISAL})

    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Training records"))
        self._clock, self._staff_id = clock, staff_id
        self.session_id: int | None = None
        self.model = RowTableModel(
            [*training_columns(), Column(lambda: self.tr("Attendees"), lambda s: names_text(s.attendees))],
            self,
        )
        self.model.set_rows(training.sessions())
        self.table = read_only_table("sessions", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = DateField(objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(clock().date()))
        self.topic = QLineEdit(objectName="topic")
        self.trainer = QLineEdit(objectName="trainer")
        self.hours = QDoubleSpinBox(objectName="hours")
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(2)
        self.attendees = QListWidget(objectName="attendees")
        for sid, name, _role in intake.staff_choices(["technician", "supervisor", "receptionist"]):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.setMaximumHeight(150)
        self.layout().insertWidget(0, QLabel(self.tr("Sessions held")))
        self.layout().insertWidget(1, self.table)
        self.layout().insertWidget(2, QLabel(self.tr("Record a new session:")))
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("T&opic"), self.topic)
        self.form.addRow(self.tr("T&rainer"), self.trainer)
        self.form.addRow(self.tr("&Hours"), self.hours)
        self.form.addRow(self.tr("&Attended"), self.attendees)
        self.resize(760, 640)

    def checked_ids(self) -> list[int]:
        return [
            self.attendees.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.attendees.count())
            if self.attendees.item(i).checkState() == Qt.CheckState.Checked
        ]

    def submit(self, op: operations.Op) -> None:
        self.session_id = training.record_session(
            self.day.date().toPython(),
            self.topic.text(),
            self.trainer.text(),
            self.hours.value(),
            self.checked_ids(),
            op.actor,
            op.now,
        )

"""R7.2: recording a follow-up call or visit (reached or not)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.services import follow_ups
from app.services.follow_ups import FollowUpDue
from ui import events, operations
from ui.service_dialog import ServiceDialog


class FollowUpDialog(ServiceDialog):
    changes = frozenset({events.FOLLOW_UPS, events.TICKETS})

    def __init__(
        self,
        due: FollowUpDue,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Follow-up of %1").replace("%1", due.number))
        self._due, self._clock, self._staff_id = due, clock, staff_id
        self.method = QComboBox(objectName="method")
        self.method.addItem(self.tr("Phone call"), "phone")
        self.method.addItem(self.tr("Visit"), "visit")
        self.reached = QCheckBox(self.tr("The &customer was reached"), objectName="reached")
        self.reached.setChecked(True)
        self.satisfaction = QSpinBox(objectName="satisfaction")
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setValue(5)
        self.reached.toggled.connect(self.satisfaction.setEnabled)
        self.remarks = QLineEdit(objectName="remarks")
        self.form.addRow(self.tr("Customer"), QLineEdit(f"{due.customer} {due.phone}", readOnly=True))
        self.form.addRow(self.tr("&How"), self.method)
        self.form.addRow("", self.reached)
        self.form.addRow(self.tr("&Satisfaction (1–5)"), self.satisfaction)
        self.form.addRow(self.tr("&Remarks"), self.remarks)

    def submit(self, op: operations.Op) -> None:
        reached = self.reached.isChecked()
        follow_ups.record_follow_up(
            self._due.ticket_id,
            reached,
            self.satisfaction.value() if reached else None,
            self.remarks.text(),
            self.method.currentData(),
            op.actor,
            op.now,
        )

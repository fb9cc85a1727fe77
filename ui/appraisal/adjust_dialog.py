"""R8.4: a correction to an approved appraisal — a recorded change of score with its reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services import appraisal
from ui import events, operations
from ui.service_dialog import ServiceDialog
from ui.widgets import select_data


class AdjustDialog(ServiceDialog):
    changes = frozenset({events.APPRAISAL})

    def __init__(
        self,
        month: appraisal.MonthAppraisal,
        clock: Callable[[], datetime],
        staff_id: int | None,
        technician_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Adjust the approved appraisal of %1").replace("%1", month.month))
        self._month, self._clock, self._staff_id = month.month, clock, staff_id
        self.technician = QComboBox(objectName="technician")
        for r in month.rows:
            if r.score is not None:
                self.technician.addItem(f"{r.name} ({r.score:.1f}, {r.grade})", r.staff_id)
        if technician_id is not None:
            select_data(self.technician, technician_id)
        self.delta = QLineEdit(objectName="delta")
        self.delta.setPlaceholderText(self.tr("e.g. -5 or 2.5"))
        self.reason = QLineEdit(objectName="reason")
        self.form.addRow(self.tr("&Technician"), self.technician)
        self.form.addRow(self.tr("&Change of score"), self.delta)
        self.form.addRow(self.tr("&Reason"), self.reason)

    def submit(self, op: operations.Op) -> None:
        appraisal.adjust(
            self._month,
            self.technician.currentData(),
            self.delta.text(),
            self.reason.text(),
            op.actor,
            op.now,
        )

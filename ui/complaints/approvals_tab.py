"""A department head's first screen: the complaint plans waiting for their approval (R6.1a)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import complaints
from ui import events
from ui.complaints.complaint_dialog import open_complaint
from ui.formatting import datetime_text
from ui.row_table_model import Column, RowTableModel
from ui.widgets import read_only_table


class ApprovalsTab(QWidget):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock, self._staff_id = clock, staff_id
        self.title = QLabel(objectName="approvals_title")
        self.title.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(lambda: self.tr("Ticket"), lambda p: p.number),
                Column(lambda: self.tr("Customer"), lambda p: p.customer),
                Column(lambda: self.tr("Complaint about"), lambda p: p.complaint_about),
                Column(lambda: self.tr("Plan written"), lambda p: datetime_text(p.since)),
                Column(lambda: self.tr("Plan"), lambda p: p.plan.replace("\n", " ")),
            ],
            self,
        )
        self.view = read_only_table("approvals", self.model)
        self.view.activated.connect(lambda index: self.open_plan(index.row()))
        self.open_button = QPushButton(objectName="open_plan")
        self.open_button.clicked.connect(lambda: self.open_plan(self._selected_row()))
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        events.subscribe(self, {events.TICKETS}, self.reload)
        self.retranslate_ui()
        self.reload()

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if self.model.rowCount() == 1 else -1)

    def open_plan(self, row: int):
        if not 0 <= row < self.model.rowCount():
            return None
        dialog = open_complaint(self.window(), self.model.row_at(row).ticket_id, self._clock, self._staff_id)
        dialog.finished.connect(lambda _r: self.reload())
        return dialog

    def reload(self) -> None:
        self.model.set_rows(complaints.plans_awaiting(self._staff_id))
        self.view.resizeColumnsToContents()
        self._retitle()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # another desk may have written a plan since
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retitle(self) -> None:
        n = self.model.rowCount()
        self.title.setText(
            self.tr("%n handling plan(s) of your department wait for your approval.", "", n)
            if n
            else self.tr("No handling plan waits for your approval.")
        )

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("&Open the complaint…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._retitle()

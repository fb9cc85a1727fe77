"""The staff appraisal tab (R8): a month's technicians with their R8.1 figures, score and grade;
every figure opens the records behind it; incidents, training, approval (R8.4) and corrections.

Only roles allowed by `appraisal.can_view_appraisal` see it; others get a plain page saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.services import appraisal
from ui import events, msgbox, operations
from ui.appraisal.adjust_dialog import AdjustDialog
from ui.appraisal.appraisal_model import EVIDENCE_COLUMNS, AppraisalTableModel
from ui.appraisal.evidence_dialog import EvidenceDialog
from ui.appraisal.incident_dialog import IncidentDialog
from ui.appraisal.technician_page import TechnicianPage
from ui.appraisal.texts import incident_type_label, key_label
from ui.appraisal.training_dialog import TrainingDialog
from ui.formatting import datetime_text, names_text
from ui.widgets import read_only_table

MONTHS_LISTED = 24


class NotPermittedPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="not_permitted")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #666; font-size: 14pt;")
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr(
                "Staff appraisals are for the manager and the supervisor; your role is not permitted to see them."
            )
        )


class AppraisalTab(QWidget):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock, self._staff_id = clock, staff_id
        self.current: appraisal.MonthAppraisal | None = None
        self.stack = QStackedLayout(self)
        self.permitted = appraisal.can_view_appraisal(staff_id)
        if not self.permitted:
            self.not_permitted = NotPermittedPage()
            self.stack.addWidget(self.not_permitted)
            return
        self._build()
        self.retranslate_ui()
        self.reload()
        # Appraisals are figures over tickets, orders, follow-ups and staff records (R8).
        events.subscribe(
            self,
            {
                events.APPRAISAL,
                events.TICKETS,
                events.ORDERS,
                events.FOLLOW_UPS,
                events.STAFF,
                events.SETTINGS,
            },
            self.reload,
        )

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        self.month_label = QLabel()
        self.month = QComboBox(objectName="month")
        this_month = appraisal.month_of(self._clock().date())
        for m in reversed(appraisal.months_back(this_month, MONTHS_LISTED)):
            self.month.addItem(m, m)
        self.month.setCurrentIndex(1)  # last month: the one usually appraised
        self.month_label.setBuddy(self.month)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.incident_button = QPushButton(objectName="record_incident")
        self.incident_button.clicked.connect(lambda: self.record_incident())
        self.training_button = QPushButton(objectName="training")
        self.training_button.clicked.connect(lambda: self.open_training())
        self.page_button = QPushButton(objectName="technician_page")
        self.page_button.clicked.connect(lambda: self.open_technician_page())
        self.approve_button = QPushButton(objectName="approve")
        self.approve_button.clicked.connect(lambda: self.approve())
        self.adjust_button = QPushButton(objectName="adjust")
        self.adjust_button.clicked.connect(lambda: self.adjust())
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        for b in (
            self.incident_button,
            self.training_button,
            self.page_button,
            self.approve_button,
            self.adjust_button,
        ):
            top.addWidget(b)
        self.status = QLabel(objectName="appraisal_status")
        self.status.setWordWrap(True)
        self.model = AppraisalTableModel(self)
        self.table = read_only_table("appraisal_table", self.model)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._on_table_clicked)
        self.warnings = QLabel(objectName="appraisal_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.weights = QLabel(objectName="appraisal_weights")
        self.weights.setWordWrap(True)
        self.weights.setStyleSheet("color: #555;")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.hint)
        layout.addWidget(self.weights)
        self.stack.addWidget(page)
        self.can_approve = appraisal.can_approve(self._staff_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.permitted:
            self.retranslate_ui()
            self._show_status()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.month_label.setText(self.tr("&Month"))
        self.incident_button.setText(self.tr("Record in&cident…"))
        self.training_button.setText(self.tr("&Training records…"))
        self.page_button.setText(self.tr("Technician &page…"))
        self.approve_button.setText(self.tr("Appro&ve month…"))
        self.adjust_button.setText(self.tr("Ad&just…"))
        self.hint.setText(
            self.tr("Click a figure to see the records behind it; click a name for the technician's trend.")
        )
        self.model.retranslate()

    # -- data -----------------------------------------------------------------------------
    @property
    def month_code(self) -> str:
        return self.month.currentData()

    def reload(self) -> None:
        self.current = appraisal.appraise_month(self.month_code, viewer_id=self._staff_id)
        self.model.set_rows(self.current.rows)
        self._show_status()

    def _show_status(self) -> None:
        cur = self.current
        if cur is None:
            return
        if cur.approved:
            self.status.setText(
                self.tr(
                    "Approved by %1 on %2 — locked: later changes to the records do not change it; a correction is an adjustment (scores marked *)."
                )
                .replace("%1", cur.approved_by)
                .replace("%2", datetime_text(cur.approved_at))
            )
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.status.setText(self.tr("Not approved: the figures follow the records as they change."))
            self.status.setStyleSheet("")
        self.approve_button.setEnabled(self.can_approve and not cur.approved)
        self.adjust_button.setEnabled(self.can_approve and cur.approved)
        self.incident_button.setEnabled(True)
        lines = [
            self.tr("%1: dismissal review — third %2.")
            .replace("%1", r.name)
            .replace("%2", names_text(incident_type_label(t) for t in r.dismissal_review))
            for r in cur.rows
            if r.dismissal_review
        ]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        weights = "; ".join(f"{key_label(k)} {cur.weights.get(k, 0):g}%" for k in appraisal.FIGURES)
        bands = ", ".join(f"{b['grade']} {b['from']:g}–{b['to']:g}" for b in cur.bands)
        self.weights.setText(
            self.tr("Score weights (office settings): %1. Grades: %2.")
            .replace("%1", weights)
            .replace("%2", bands)
        )

    def row_for(self, staff_id: int):
        return next(r for r in self.model.rows() if r.staff_id == staff_id)

    # -- actions ----------------------------------------------------------------------------
    def _on_table_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        key = EVIDENCE_COLUMNS.get(index.column())
        if key is not None:
            self.open_evidence(row.staff_id, key)
        elif index.column() == 0:
            self.open_technician_page(row.staff_id)

    def open_evidence(self, staff_id: int, key: str) -> EvidenceDialog:
        dialog = EvidenceDialog(self.row_for(staff_id), key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _selected_staff(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).staff_id if index.isValid() else None

    def open_technician_page(self, staff_id: int | None = None) -> TechnicianPage | None:
        staff_id = staff_id if staff_id is not None else self._selected_staff()
        if staff_id is None:
            msgbox.information(
                self, self.tr("Technician page"), self.tr("Choose a technician in the table first.")
            )
            return None
        page = TechnicianPage(staff_id, self.month_code, self)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.show()
        return page

    def record_incident(self) -> None:
        dialog = IncidentDialog(self._clock, self._staff_id, self._selected_staff(), self)
        if dialog.exec() != IncidentDialog.DialogCode.Accepted or dialog.recorded is None:
            return  # when accepted, its notice has reloaded this tab
        day = dialog.day.date().toPython()
        if dialog.recorded.dismissal_review:
            msgbox.warning(
                self,
                self.tr("Dismissal review"),
                self.tr("This is %1's third “%2”: under the office rules it leads to a dismissal review.")
                .replace("%1", dialog.staff.currentText())
                .replace("%2", dialog.type.currentText()),
            )
        if dialog.recorded.booked_later:  # R8.4: its own month is locked
            msgbox.information(
                self,
                self.tr("Month already approved"),
                self.tr("%1 is approved and locked, so this incident counts in the appraisal of %2 instead.")
                .replace("%1", appraisal.month_of(day))
                .replace("%2", dialog.recorded.counts_in),
            )

    def open_training(self) -> None:
        TrainingDialog(self._clock, self._staff_id, self).exec()

    def approve(self) -> None:
        cur = self.current
        if cur is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Approve %1").replace("%1", cur.month),
            self.tr(
                "Approve the appraisal of %1? Its figures, scores and grades are then locked; later corrections are recorded adjustments."
            ).replace("%1", cur.month),
        ):
            return
        operations.run_op(
            self,
            lambda op: appraisal.approve_month(cur.month, op.actor, op.now),
            clock=self._clock,
            actor=self._staff_id,
            changes={events.APPRAISAL},
            title=self.tr("Not approved"),
        )

    def adjust(self) -> None:
        if self.current is None or not self.current.approved:
            return
        dialog = AdjustDialog(self.current, self._clock, self._staff_id, self._selected_staff(), self)
        dialog.exec()  # an adjustment publishes its notice; this tab reloads on it

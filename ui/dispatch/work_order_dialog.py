"""One work order from confirmed appointment to closing (R4.3–R4.6, R5.4, R7.1, R3.4).

Every button runs one service call through ui/operations.run_op; which steps are enabled comes
from the service (`work_orders.order_view(...).allowed`), which refuses the others anyway. After
each step the dialog reloads, and the change notice tells every other screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import vocab
from app.phones import format_phone
from app.services import pauses
from app.services import work_orders as wo
from ui import events, labels, operations
from ui.dispatch.parts_model import PartsModel
from ui.errors import error_text
from ui.formatting import datetime_text

_GAP_TEXT = {
    "acceptance": QT_TRANSLATE_NOOP("WorkOrderDialog", "customer acceptance"),
    "report": QT_TRANSLATE_NOOP("WorkOrderDialog", "service report"),
    "ratings": QT_TRANSLATE_NOOP("WorkOrderDialog", "satisfaction survey"),
    "follow_up": QT_TRANSLATE_NOOP("WorkOrderDialog", "follow-up visit"),
}


class WorkOrderDialog(QDialog):
    def __init__(
        self,
        order_id: int,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._order_id, self._clock, self._staff_id = order_id, clock, staff_id
        self.setMinimumWidth(720)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        self.confirm_button = QPushButton(self.tr("&Confirm appointment with customer"))
        self.arrived_at = QDateTimeEdit(objectName="arrived_at")
        self.arrived_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrival_button = QPushButton(self.tr("Record a&rrival"))
        steps = QHBoxLayout()
        steps.addWidget(self.confirm_button)
        steps.addStretch(1)
        steps.addWidget(QLabel(self.tr("Arrived at")))
        steps.addWidget(self.arrived_at)
        steps.addWidget(self.arrival_button)

        self.work_box = QGroupBox(self.tr("Work on site (R4.4)"))
        self.diagnosis = QLineEdit(objectName="diagnosis")
        self.work_done = QPlainTextEdit(objectName="work_done")
        self.work_done.setTabChangesFocus(True)
        self.work_done.setMaximumHeight(60)
        self.parts = PartsModel(self)
        self.parts_view = QTableView(objectName="parts")
        self.parts_view.setModel(self.parts)
        self.parts_view.setMaximumHeight(110)
        self.parts_view.horizontalHeader().setStretchLastSection(True)
        self.add_part = QPushButton(self.tr("Add part"))
        self.add_part.clicked.connect(self.parts.add_row)
        self.labour = QLineEdit("0", objectName="labour_cost")
        self.customer_caused = QCheckBox(
            self.tr("Damage caused by the customer or others"), objectName="customer_caused"
        )
        self.decision = QLabel(objectName="decision")
        self.quote = QLineEdit(objectName="quote_amount")
        self.consent = QCheckBox(self.tr("Customer agreed to the quote before work"), objectName="consent")
        self.fault = QCheckBox(self.tr("Repeat caused by the earlier technician's work"), objectName="fault")
        self.save_work_button = QPushButton(self.tr("&Save work"))
        self.finish_button = QPushButton(self.tr("&Finish work"))
        form = QFormLayout(self.work_box)
        form.addRow(self.tr("Diagnosis"), self.diagnosis)
        form.addRow(self.tr("Work done"), self.work_done)
        parts_row = QHBoxLayout()
        parts_row.addWidget(self.parts_view, 1)
        parts_row.addWidget(self.add_part)
        form.addRow(self.tr("Parts"), parts_row)
        form.addRow(self.tr("Labour (yuan)"), self.labour)
        form.addRow("", self.customer_caused)
        form.addRow(self.tr("Charge"), self.decision)
        form.addRow(self.tr("Quote (yuan)"), self.quote)
        form.addRow("", self.consent)
        form.addRow("", self.fault)
        work_buttons = QHBoxLayout()
        work_buttons.addStretch(1)
        work_buttons.addWidget(self.save_work_button)
        work_buttons.addWidget(self.finish_button)
        form.addRow(work_buttons)

        self.accept_box = QGroupBox(self.tr("Acceptance and survey (R4.5, R7.1)"))
        grid = QGridLayout(self.accept_box)
        self.signer = QLineEdit(objectName="signer")
        self.reject_reason = QLineEdit(objectName="reason")
        self.accept_button = QPushButton(self.tr("Customer &accepted"))
        self.reject_button = QPushButton(self.tr("Customer did &not accept"))
        self.ratings = {k: QSpinBox(objectName=k) for k in ("attitude", "quality", "timeliness")}
        for spin in self.ratings.values():
            spin.setRange(1, 5)
            spin.setValue(5)
        self.comment = QLineEdit(objectName="comment")
        self.rate_button = QPushButton(self.tr("Save &ratings"))
        self.report_button = QPushButton(self.tr("Service re&port filed"))
        grid.addWidget(QLabel(self.tr("Signed by")), 0, 0)
        grid.addWidget(self.signer, 0, 1)
        grid.addWidget(self.accept_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Why not")), 1, 0)
        grid.addWidget(self.reject_reason, 1, 1)
        grid.addWidget(self.reject_button, 1, 2)
        rates = QHBoxLayout()
        for key, text in (
            ("attitude", self.tr("Attitude")),
            ("quality", self.tr("Quality")),
            ("timeliness", self.tr("Timeliness")),
        ):
            rates.addWidget(QLabel(text))
            rates.addWidget(self.ratings[key])
        rates.addWidget(QLabel(self.tr("Comment")))
        rates.addWidget(self.comment, 1)
        grid.addLayout(rates, 2, 0, 1, 2)
        grid.addWidget(self.rate_button, 2, 2)
        grid.addWidget(self.report_button, 3, 2)

        self.pause_reason = QComboBox(objectName="pause_reason")
        for code in vocab.PAUSE_REASONS:
            self.pause_reason.addItem(labels.label("pause", code), code)
        self.pause_note = QLineEdit(objectName="pause_note")
        self.pause_button = QPushButton(self.tr("&Pause clock"))
        self.resume_button = QPushButton(self.tr("R&esume clock"))
        self.close_button = QPushButton(self.tr("C&lose ticket"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.pause_reason)
        bottom.addWidget(self.pause_note, 1)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.resume_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addWidget(self.work_box)
        layout.addWidget(self.accept_box)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

        # run_op calls the work at once, so each lambda reads the form as it is when clicked.
        oid = self._order_id
        self.confirm_button.clicked.connect(
            lambda: self._do(lambda op: wo.confirm_appointment(oid, op.actor, op.now))
        )
        self.arrival_button.clicked.connect(
            lambda: self._do(lambda op: wo.record_arrival(oid, self._arrived_at(), op.actor, op.now))
        )
        self.save_work_button.clicked.connect(
            lambda: self._do(lambda op: wo.record_work(oid, self._work_record(), op.actor, op.now))
        )
        self.finish_button.clicked.connect(self._finish)
        self.accept_button.clicked.connect(
            lambda: self._do(
                lambda op: wo.record_acceptance(oid, True, self.signer.text(), "", op.actor, op.now)
            )
        )
        self.reject_button.clicked.connect(
            lambda: self._do(
                lambda op: wo.record_acceptance(oid, False, "", self.reject_reason.text(), op.actor, op.now)
            )
        )
        self.rate_button.clicked.connect(self._rate)
        self.report_button.clicked.connect(
            lambda: self._do(lambda op: wo.mark_report_done(oid, op.actor, op.now))
        )
        self.pause_button.clicked.connect(
            lambda: self._do(
                lambda op: pauses.pause(
                    self._ticket_id,
                    self.pause_reason.currentData(),
                    self.pause_note.text(),
                    op.actor,
                    op.now,
                )
            )
        )
        self.resume_button.clicked.connect(
            lambda: self._do(lambda op: pauses.resume(self._ticket_id, op.actor, op.now))
        )
        self.close_button.clicked.connect(self._close_ticket)
        self.customer_caused.toggled.connect(self._show_decision)

    def _arrived_at(self) -> datetime:
        return self.arrived_at.dateTime().toPython().replace(second=0, microsecond=0)

    def _work_record(self) -> wo.WorkRecord:
        return wo.WorkRecord(
            self.diagnosis.text(),
            self.work_done.toPlainText(),
            self.parts.parts(),
            self.labour.text(),
            self.customer_caused.isChecked(),
            self.quote.text() or None,
            self.consent.isChecked(),
            self.fault.isChecked(),
        )

    def _rate(self) -> None:
        scores = [self.ratings[k].value() for k in ("attitude", "quality", "timeliness")]
        comment = self.comment.text()
        self._do(
            lambda op: wo.record_rating(self._ticket_id, self._order_id, *scores, comment, op.actor, op.now)
        )

    def _finish(self) -> None:
        # Unsaved edits of the work are saved first, so "Finish" never loses what was typed.
        record = self._work_record()
        if self._do(lambda op: wo.record_work(self._order_id, record, op.actor, op.now), reload=False):
            self._do(lambda op: wo.finish_work(self._order_id, op.actor, op.now))

    def _close_ticket(self) -> None:
        gaps = wo.closing_gaps(self._ticket_id)
        if gaps:
            missing = ", ".join(self.tr(_GAP_TEXT[g]) for g in gaps)
            self.error.setText(self.tr("Cannot close yet. Still missing: %1.").replace("%1", missing))
            return
        self._do(lambda op: wo.close_ticket(self._ticket_id, op.actor, op.now))

    def _do(self, work: Callable[[operations.Op], object], reload: bool = True) -> bool:
        """One step through the operation runner; every screen showing orders hears of it."""
        self.error.clear()
        done = operations.run_op(
            self,
            work,
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS, events.ORDERS},
            on_invalid=lambda problems: self.error.setText("\n".join(error_text(p) for p in problems)),
        )
        if done and reload:
            self.reload()
        return bool(done)

    def _show_decision(self) -> None:
        free = wo.charge_decision(self._order_id, self.customer_caused.isChecked(), self._clock().date())
        self.decision.setText(
            self.tr("Free: in warranty, quality problem (R5.4)")
            if free
            else self.tr("Paid service: quote and consent first (R5.4)")
        )
        self.quote.setEnabled(not free)
        self.consent.setEnabled(not free)

    def reload(self) -> None:
        view = wo.order_view(self._order_id)
        self._ticket_id = view.ticket_id
        may = view.allowed.__contains__
        self.setWindowTitle(self.tr("Work order for %1").replace("%1", view.number))
        state = labels.label("status", view.ticket_status) + (
            " · " + self.tr("clock paused") if view.paused else ""
        )
        self.summary.setText(
            f"<b>{view.number}</b> · {state}<br>{view.customer} {format_phone(view.contact_phone)} · "
            f"{view.address}<br>{view.problem}<br>"
            + self.tr("Appointment %1 – %2 · %3")
            .replace("%1", datetime_text(view.window_start))
            .replace("%2", datetime_text(view.window_end)[-5:])
            .replace("%3", "、".join(view.technicians))
            + (" · " + self.tr("late arrival") if view.late else "")
            + (" · " + self.tr("repeat repair") if view.repeat_repair else "")
        )
        self.confirm_button.setEnabled(may(wo.CONFIRM))
        self.arrival_button.setEnabled(may(wo.ARRIVE))
        self.arrived_at.setEnabled(may(wo.ARRIVE))
        if view.arrived_at is None:
            self.arrived_at.setDateTime(QDateTime(self._clock()))
        on_site = may(wo.RECORD_WORK)
        for w in (
            self.diagnosis,
            self.work_done,
            self.parts_view,
            self.add_part,
            self.labour,
            self.customer_caused,
            self.fault,
            self.save_work_button,
            self.finish_button,
        ):
            w.setEnabled(on_site)
        self.fault.setVisible(view.repeat_repair)
        if on_site and not self.diagnosis.text():
            self.diagnosis.setText(view.diagnosis)
            self.work_done.setPlainText(view.work_done)
            self.labour.setText(str(view.labour_cost))
            self.parts.set_parts(list(view.parts))
        for w in (self.signer, self.reject_reason, self.accept_button, self.reject_button):
            w.setEnabled(may(wo.ACCEPTANCE))
        self.rate_button.setEnabled(may(wo.RATE))
        self.report_button.setEnabled(may(wo.REPORT))
        self.pause_button.setEnabled(may(wo.PAUSE))
        self.resume_button.setEnabled(may(wo.RESUME))
        self.close_button.setEnabled(may(wo.CLOSE))
        if on_site:
            self._show_decision()
        else:
            self.decision.setText(
                self.tr("Charged") if view.charged else (self.tr("Free") if view.work_done else "")
            )
            self.quote.setEnabled(False)
            self.consent.setEnabled(False)

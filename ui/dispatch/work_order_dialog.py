"""One work order from confirmed appointment to closing (R4.3–R4.6, R5.4, R7.1, R3.4).

Every button runs one service call through ui/operations.run_op; which steps are enabled comes
from the service (`work_orders.order_view(...).allowed`), which refuses the others anyway. After
each step the dialog reloads (showing exactly what is saved), and the change notice tells every
other screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import vocab, workflow
from app.phones import format_phone
from app.services import pauses
from app.services import work_orders as wo
from ui import events, labels, operations
from ui.dispatch.parts_model import PartsModel
from ui.errors import problems_text
from ui.formatting import datetime_text, names_text
from ui.widgets import DateTimeField, compact_rows

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
        self._work_dirty = False  # typed work not yet saved is never overwritten by a reload
        self.setMinimumWidth(760)
        self._build()
        self.retranslate_ui()
        self.reload()
        self._open_tall()

    def _build(self) -> None:
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        self.confirm_button = QPushButton(objectName="confirm")
        self.arrived_at = DateTimeField(objectName="arrived_at")
        self.arrived_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrived_label = QLabel()
        self.arrived_label.setBuddy(self.arrived_at)
        self.arrival_button = QPushButton(objectName="record_arrival")
        steps = QHBoxLayout()
        steps.addWidget(self.confirm_button)
        steps.addStretch(1)
        steps.addWidget(self.arrived_label)
        steps.addWidget(self.arrived_at)
        steps.addWidget(self.arrival_button)

        self.work_box = QGroupBox()
        self.diagnosis = QLineEdit(objectName="diagnosis")
        self.work_done = QPlainTextEdit(objectName="work_done")
        self.work_done.setTabChangesFocus(True)
        self.work_done.setMaximumHeight(60)
        self.parts = PartsModel(self)
        self.parts_view = QTableView(objectName="parts")
        self.parts_view.setModel(self.parts)
        compact_rows(self.parts_view)
        self.parts_view.setMinimumHeight(
            self.parts_view.horizontalHeader().sizeHint().height()
            + 3 * self.parts_view.verticalHeader().defaultSectionSize()
            + 2 * self.parts_view.frameWidth()
        )  # three parts in view, however small the screen
        header = self.parts_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are never cut short
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.parts_view.verticalHeader().hide()
        self.add_part = QPushButton(objectName="add_part")
        self.add_part.clicked.connect(self._add_part)
        self.remove_part = QPushButton(objectName="remove_part")
        self.remove_part.clicked.connect(self._remove_part)
        self.totals = QLabel(objectName="totals")
        self.labour = QLineEdit(objectName="labour_cost")
        self.customer_caused = QCheckBox(objectName="customer_caused")
        self.decision = QLabel(objectName="decision")
        self.quote = QLineEdit(objectName="quote_amount")
        self.free_reason = QLineEdit(objectName="free_reason")
        self.consent = QCheckBox(objectName="consent")
        self.fault = QCheckBox(objectName="fault")
        self.save_work_button = QPushButton(objectName="save_work")
        self.finish_button = QPushButton(objectName="finish_work")
        form = QFormLayout(self.work_box)
        self._work_labels = {
            key: QLabel()
            for key in ("diagnosis", "work_done", "parts", "labour", "charge", "quote", "free_reason")
        }
        for key, widget in (
            ("diagnosis", self.diagnosis),
            ("work_done", self.work_done),
            ("labour", self.labour),
            ("quote", self.quote),
            ("free_reason", self.free_reason),
        ):
            self._work_labels[key].setBuddy(widget)
        self._work_labels["parts"].setBuddy(self.parts_view)
        form.addRow(self._work_labels["diagnosis"], self.diagnosis)
        form.addRow(self._work_labels["work_done"], self.work_done)
        parts_row = QHBoxLayout()
        parts_row.addWidget(self.parts_view, 1)
        part_buttons = QVBoxLayout()
        part_buttons.addWidget(self.add_part)
        part_buttons.addWidget(self.remove_part)
        part_buttons.addStretch(1)
        parts_row.addLayout(part_buttons)
        form.addRow(self._work_labels["parts"], parts_row)
        # A box sits beside the field it qualifies, and the totals beside the buttons: the
        # dialog fits a 1366×768 screen under its taskbar with three rows of parts in view.
        labour_row = QHBoxLayout()
        labour_row.addWidget(self.labour, 1)
        labour_row.addWidget(self.customer_caused)
        form.addRow(self._work_labels["labour"], labour_row)
        form.addRow(self._work_labels["charge"], self.decision)
        form.addRow(self._work_labels["quote"], self.quote)
        free_row = QHBoxLayout()
        free_row.addWidget(self.free_reason, 1)
        free_row.addWidget(self.consent)
        form.addRow(self._work_labels["free_reason"], free_row)
        form.addRow("", self.fault)
        work_buttons = QHBoxLayout()
        work_buttons.addWidget(self.totals)
        work_buttons.addStretch(1)
        work_buttons.addWidget(self.save_work_button)
        work_buttons.addWidget(self.finish_button)
        form.addRow(work_buttons)

        self.accept_box = QGroupBox()
        grid = QGridLayout(self.accept_box)
        self.signer = QLineEdit(objectName="signer")
        self.reject_reason = QLineEdit(objectName="reason")
        self.accept_button = QPushButton(objectName="accepted")
        self.reject_button = QPushButton(objectName="not_accepted")
        # R7.1: ratings start empty ("—") and must be chosen; a saved survey shows its values
        self.ratings = {k: QSpinBox(objectName=k) for k in ("attitude", "quality", "timeliness")}
        for spin in self.ratings.values():
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(0)
        self.comment = QLineEdit(objectName="comment")
        self.rate_button = QPushButton(objectName="save_ratings")
        # R7.1: a recorded survey is corrected, never overwritten: a new entry with its reason
        self.correction_reason = QLineEdit(objectName="correction_reason")
        self.correction_label = QLabel()
        self.correction_label.setBuddy(self.correction_reason)
        self._rated = False
        self.report_button = QPushButton(objectName="report_filed")
        self.signer_label, self.reason_label = QLabel(), QLabel()
        self.signer_label.setBuddy(self.signer)
        self.reason_label.setBuddy(self.reject_reason)
        grid.addWidget(self.signer_label, 0, 0)
        grid.addWidget(self.signer, 0, 1)
        grid.addWidget(self.accept_button, 0, 2)
        grid.addWidget(self.reason_label, 1, 0)
        grid.addWidget(self.reject_reason, 1, 1)
        grid.addWidget(self.reject_button, 1, 2)
        rates = QHBoxLayout()
        self._rating_labels = {k: QLabel() for k in (*self.ratings, "comment")}
        for key, spin in self.ratings.items():
            self._rating_labels[key].setBuddy(spin)
            rates.addWidget(self._rating_labels[key])
            rates.addWidget(spin)
        self._rating_labels["comment"].setBuddy(self.comment)
        rates.addWidget(self._rating_labels["comment"])
        rates.addWidget(self.comment, 1)
        grid.addLayout(rates, 2, 0, 1, 2)
        grid.addWidget(self.rate_button, 2, 2)
        correction = QHBoxLayout()
        correction.addWidget(self.correction_label)
        correction.addWidget(self.correction_reason, 1)
        grid.addLayout(correction, 3, 0, 1, 2)
        grid.addWidget(self.report_button, 3, 2)

        self.pause_reason = QComboBox(objectName="pause_reason")
        for code in vocab.PAUSE_REASONS:
            self.pause_reason.addItem(labels.label("pause", code), code)
        self.pause_note = QLineEdit(objectName="pause_note")
        self.pause_button = QPushButton(objectName="pause")  # pauses, or resumes a paused clock
        self.close_button = QPushButton(objectName="close_ticket")
        self.close_note = QLabel(objectName="close_note")
        self.close_note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pause_reason)
        bottom.addWidget(self.pause_note, 1)
        bottom.addWidget(self.pause_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_note, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addWidget(self.work_box, 1)  # room the screen gives goes to the parts list
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
        self.save_work_button.clicked.connect(self._save_work)
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
        self.rate_button.clicked.connect(self._save_ratings)
        self.report_button.clicked.connect(
            lambda: self._do(lambda op: wo.mark_report_done(oid, op.actor, op.now))
        )
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.close_button.clicked.connect(self._close_ticket)
        self.customer_caused.toggled.connect(self._show_decision)
        for edit in (self.diagnosis, self.labour, self.quote, self.free_reason):
            edit.textEdited.connect(self._mark_dirty)
        self.work_done.textChanged.connect(lambda: self._mark_dirty() if self.work_done.hasFocus() else None)
        for box in (self.customer_caused, self.consent, self.fault):
            box.clicked.connect(self._mark_dirty)
        self.parts.dataChanged.connect(self._on_parts_changed)
        self.parts.rowsInserted.connect(self._on_parts_changed)
        self.parts.rowsRemoved.connect(self._on_parts_changed)

    def _open_tall(self) -> None:
        """As tall as the work needs and the screen allows: Qt opens a window at most 2/3 of the
        screen high, and the parts list got three rows even on a 1920×1080 screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().height() - 40  # its title bar
            height = max(self.minimumSizeHint().height(), min(self.sizeHint().height(), room))
            self.resize(max(self.width(), self.sizeHint().width()), height)

    # -- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.confirm_button.setText(self.tr("&Confirm appointment with customer"))
        self.arrived_label.setText(self.tr("Arri&ved at"))
        self.arrival_button.setText(self.tr("&Record arrival"))
        self.work_box.setTitle(self.tr("Work on site"))
        texts = {
            "diagnosis": self.tr("&Diagnosis"),
            "work_done": self.tr("&Work done"),
            "parts": self.tr("Parts"),
            "labour": self.tr("La&bour (yuan)"),
            "charge": self.tr("Charge"),
            "quote": self.tr("&Quote (yuan)"),
            "free_reason": self.tr("Reas&on for a quote of 0"),
        }
        for key, text in texts.items():
            self._work_labels[key].setText(text)
        self.free_reason.setPlaceholderText(
            self.tr("e.g. free redo: the customer did not accept the first work")
        )
        self.add_part.setText(self.tr("Add &part"))
        self.remove_part.setText(self.tr("Re&move part"))
        self.customer_caused.setText(self.tr("Damage ca&used by the customer or others"))
        self.consent.setText(self.tr("Customer agreed to the quote before wor&k"))
        self.fault.setText(self.tr("Repeat caused by the earlier tec&hnician's work"))
        self.save_work_button.setText(self.tr("&Save work"))
        self.finish_button.setText(self.tr("&Finish work"))
        self.accept_box.setTitle(self.tr("Acceptance and survey"))
        self.signer_label.setText(self.tr("Si&gned by"))
        self.reason_label.setText(self.tr("Why not"))
        self.accept_button.setText(self.tr("Customer &accepted"))
        self.reject_button.setText(self.tr("Customer did &not accept"))
        self._rating_labels["attitude"].setText(self.tr("A&ttitude"))
        self._rating_labels["quality"].setText(self.tr("Qual&ity"))
        self._rating_labels["timeliness"].setText(self.tr("Tim&eliness"))
        self._rating_labels["comment"].setText(self.tr("Comment"))
        for spin in self.ratings.values():
            spin.setToolTip(self.tr("1 = poor … 5 = excellent; choose one"))
        self.rate_button.setText(self.tr("Correct surve&y") if self._rated else self.tr("Save surve&y"))
        self.correction_label.setText(self.tr("Reason for the correction (&X)"))
        self.correction_reason.setPlaceholderText(
            self.tr("e.g. the customer's answer was taken down wrongly")
        )
        self.report_button.setText(self.tr("Service report fi&led"))
        self.close_button.setText(self.tr("Close ticket (&Z)"))

    # -- work ---------------------------------------------------------------------------------
    def _mark_dirty(self, *_args) -> None:
        self._work_dirty = True

    def _on_parts_changed(self, *_args) -> None:
        self._work_dirty = True
        self._show_totals()

    def _add_part(self) -> None:
        self.parts.add_row()
        self.parts_view.setFocus()
        self.parts_view.setCurrentIndex(self.parts.index(self.parts.rowCount() - 1, 0))
        self.parts_view.edit(self.parts_view.currentIndex())

    def _remove_part(self) -> None:
        index = self.parts_view.currentIndex()
        if index.isValid():
            self.parts.remove_row(index.row())

    @staticmethod
    def _amount(text: str) -> Decimal:
        try:
            return Decimal(str(text).strip() or "0")
        except InvalidOperation:
            return Decimal(0)

    def _show_totals(self) -> None:
        parts_total = sum(
            (self._amount(str(p.quantity)) * self._amount(str(p.unit_cost)) for p in self.parts.parts()),
            Decimal(0),
        )
        labour = self._amount(self.labour.text())
        self.totals.setText(
            self.tr("Parts %1 yuan · labour %2 yuan · total %3 yuan")
            .replace("%1", f"{parts_total:.2f}")
            .replace("%2", f"{labour:.2f}")
            .replace("%3", f"{parts_total + labour:.2f}")
        )

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
            self.free_reason.text(),
        )

    def _save_work(self) -> bool:
        record = self._work_record()
        self._work_dirty = False
        ok = self._do(lambda op: wo.record_work(self._order_id, record, op.actor, op.now))
        self._work_dirty = not ok
        return ok

    def _finish(self) -> None:
        # Unsaved edits of the work are saved first, so "Finish" never loses what was typed.
        record = self._work_record()
        self._work_dirty = False
        if self._do(lambda op: wo.record_work(self._order_id, record, op.actor, op.now), reload=False):
            self._do(lambda op: wo.finish_work(self._order_id, op.actor, op.now))
        else:
            self._work_dirty = True

    def _save_ratings(self) -> None:
        values = {k: spin.value() for k, spin in self.ratings.items()}
        unset = [k for k, v in values.items() if v == 0]
        if unset:
            self.error.setText(self.tr("Choose a rating from 1 to 5 for attitude, quality and timeliness."))
            self.ratings[unset[0]].setFocus()
            return
        scores = [values[k] for k in ("attitude", "quality", "timeliness")]
        comment = self.comment.text()
        reason = self.correction_reason.text()
        if self._rated and not reason.strip():
            self.error.setText(self.tr("The survey is already recorded: say why it is corrected."))
            self.correction_reason.setFocus()
            return
        self._do(
            lambda op: wo.record_rating(
                self._ticket_id, self._order_id, *scores, comment, op.actor, op.now, correction_reason=reason
            )
        )

    def _pause_or_resume(self) -> None:
        tid = self._ticket_id
        if self._paused:
            self._do(lambda op: pauses.resume(tid, op.actor, op.now))
        else:
            reason, note = self.pause_reason.currentData(), self.pause_note.text()
            self._do(lambda op: pauses.pause(tid, reason, note, op.actor, op.now))

    def _missing_text(self, gaps) -> str:
        return ", ".join(self.tr(_GAP_TEXT[g]) for g in gaps)

    def _close_ticket(self) -> None:
        gaps = wo.closing_gaps(self._ticket_id)
        if gaps:
            self.error.setText(
                self.tr("Cannot close yet. Still missing: %1.").replace("%1", self._missing_text(gaps))
            )
            return
        self._do(lambda op: wo.close_ticket(self._ticket_id, op.actor, op.now))

    def _show_problems(self, problems) -> None:
        self.error.setText(problems_text(problems))
        widget = self.findChild(QWidget, problems[0].field or "") if problems else None
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def _do(self, work: Callable[[operations.Op], object], reload: bool = True) -> bool:
        """One step through the operation runner; every screen showing orders hears of it."""
        self.error.clear()
        done = operations.run_op(
            self,
            work,
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS, events.ORDERS},
            on_invalid=self._show_problems,
        )
        if done and reload:
            self.reload()
        return bool(done)

    def _show_decision(self) -> None:
        free = wo.charge_decision(self._order_id, self.customer_caused.isChecked(), self._clock().date())
        self.decision.setText(
            self.tr("Free: in warranty, quality problem")
            if free
            else self.tr("Paid service: quote and consent first (a free redo is quoted 0 with its reason)")
        )
        for w in (self.quote, self.consent, self.free_reason):
            w.setEnabled(not free and self._on_site)

    # -- showing what is saved ------------------------------------------------------------------
    def _fill_work(self, view: wo.OrderView) -> None:
        """Every work field shows exactly what is saved (R4.4); nothing defaults over it."""
        self.diagnosis.setText(view.diagnosis)
        self.work_done.setPlainText(view.work_done)
        self.labour.setText(f"{view.labour_cost:.2f}" if view.labour_cost else "")
        self.parts.set_parts(list(view.parts))
        self.quote.setText("" if view.quote_amount is None else f"{view.quote_amount:.2f}")
        self.free_reason.setText(view.free_reason)
        self.consent.setChecked(view.consented)
        self.fault.setChecked(view.repeat_fault_technician)
        # the customer-caused box is not stored as such: work charged where it would be free was
        self.customer_caused.blockSignals(True)
        self.customer_caused.setChecked(
            view.charged
            and view.work_done != ""
            and wo.charge_decision(self._order_id, False, self._clock().date())
        )
        self.customer_caused.blockSignals(False)
        self._work_dirty = False
        self._show_totals()

    def reload(self) -> None:
        view = wo.order_view(self._order_id)
        self._ticket_id = view.ticket_id
        self.setWindowTitle(self.tr("Work order for %1").replace("%1", view.number))
        paused = view.paused
        self._paused = paused
        may = view.allowed.__contains__
        state = labels.label("status", view.ticket_status) + (
            " · " + self.tr("clock paused") if paused else ""
        )
        self.summary.setText(
            f"<b>{view.number}</b> · {state}<br>{view.customer} {format_phone(view.contact_phone)} · "
            f"{view.address}<br>{view.problem}<br>"
            + self.tr("Appointment %1 – %2 · %3")
            .replace("%1", datetime_text(view.window_start))
            .replace("%2", datetime_text(view.window_end)[-5:])
            .replace("%3", names_text(view.technicians))
            + (" · " + self.tr("late arrival") if view.late else "")
            + (" · " + self.tr("repeat repair") if view.repeat_repair else "")
        )
        s = view.ticket_status
        self.confirm_button.setEnabled(may(wo.CONFIRM))
        self.arrival_button.setEnabled(may(wo.ARRIVE))
        self.arrived_at.setEnabled(may(wo.ARRIVE))
        self.arrived_at.setDateTime(
            QDateTime(view.arrived_at or self._clock().replace(second=0, microsecond=0))
        )
        on_site = may(wo.RECORD_WORK)
        self._on_site = on_site
        for w in (
            self.diagnosis,
            self.work_done,
            self.parts_view,
            self.add_part,
            self.remove_part,
            self.labour,
            self.customer_caused,
            self.fault,
            self.save_work_button,
            self.finish_button,
        ):
            w.setEnabled(on_site)
        self.fault.setVisible(view.repeat_repair)
        if not self._work_dirty:
            self._fill_work(view)
        for w in (self.signer, self.reject_reason, self.accept_button, self.reject_button):
            w.setEnabled(may(wo.ACCEPTANCE))
        self.signer.setText(view.signer)
        self.reject_reason.setText(view.rejection_reason)
        for spin, value in zip(self.ratings.values(), view.ratings or (0, 0, 0), strict=True):
            spin.setValue(value)
            spin.setEnabled(may(wo.RATE))
        self.comment.setText(view.comment)
        self.comment.setEnabled(may(wo.RATE))
        self.rate_button.setEnabled(may(wo.RATE))
        self._rated = view.ratings is not None
        self.rate_button.setText(self.tr("Correct surve&y") if self._rated else self.tr("Save surve&y"))
        self.correction_reason.clear()
        for w in (self.correction_label, self.correction_reason):
            w.setVisible(self._rated)
        self.correction_reason.setEnabled(may(wo.RATE))
        self.report_button.setEnabled(may(wo.REPORT))
        self.pause_button.setText(self.tr("Resume clock (&J)") if paused else self.tr("Pause clock (&J)"))
        self.pause_button.setEnabled(may(wo.RESUME) or may(wo.PAUSE))
        self.pause_reason.setEnabled(may(wo.PAUSE))
        self.pause_note.setEnabled(may(wo.PAUSE))
        # R4.6: closing says what it still needs, all the time, not only when refused
        closable = s not in (workflow.CLOSED, workflow.CANCELLED)
        self.close_button.setEnabled(closable)
        if not closable:
            self.close_note.setText("")
        elif view.gaps:
            self.close_note.setText(
                self.tr("To close, still missing: %1.").replace("%1", self._missing_text(view.gaps))
            )
        else:
            self.close_note.setText(self.tr("Everything is recorded: the ticket may be closed."))
        if on_site:
            self._show_decision()
        else:
            self.decision.setText(
                self.tr("Charged") if view.charged else (self.tr("Free") if view.work_done else "")
            )
            for w in (self.quote, self.consent, self.free_reason):
                w.setEnabled(False)

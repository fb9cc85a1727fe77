"""Recording what happens on a call about a ticket, from the ticket list (R1.7, R3.0, R4.8):
answering and closing a consultation or suggestion, a reminder (催单) on an open ticket, the
acknowledgement that is a complaint's first response, and calling a job off with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import contacts
from app.services import work_orders as wo
from ui import events, operations
from ui.admin.common import DIALOG_STYLE, mark_invalid, message_label
from ui.errors import error_text

ANSWER = "answer"
REMINDER = "reminder"
ACKNOWLEDGE = "acknowledge"
CANCEL = "cancel"


class CallDialog(QDialog):
    """One text (and for a reminder, who called); Save writes it through the service."""

    def __init__(
        self,
        mode: str,
        ticket_id: int,
        number: str,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._ticket_id = ticket_id
        self._number = number
        self._clock = clock
        self._staff_id = staff_id
        self.setStyleSheet(DIALOG_STYLE)
        # which ticket, in the dialog itself: a window manager may show no title bar
        self.ticket_label = QLabel(number, objectName="ticket")
        font = self.ticket_label.font()
        font.setBold(True)
        self.ticket_label.setFont(font)
        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)
        self.caller = QLineEdit(objectName="caller")
        self.caller.setMaxLength(contacts.MAX_CALLER)
        self.text = QPlainTextEdit(objectName="text")
        self.text.setTabChangesFocus(True)
        self.caller_label, self.text_label = QLabel(), QLabel()
        self.caller_label.setBuddy(self.caller)
        self.text_label.setBuddy(self.text)
        form = QFormLayout()
        if mode == REMINDER:
            form.addRow(self.caller_label, self.caller)
        else:
            self.caller.hide()
            self.caller_label.hide()
        form.addRow(self.text_label, self.text)
        self.errors = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ticket_label)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 260)
        (self.caller if mode == REMINDER else self.text).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        n = self._number
        if self.mode == ANSWER:
            self.setWindowTitle(self.tr("Answer and close %1").replace("%1", n))
            self.intro.setText(
                self.tr("The answer is recorded with your name and the time, and the ticket closes.")
            )
            self.text_label.setText(self.tr("&Answer given *"))
        elif self.mode == REMINDER:
            self.setWindowTitle(self.tr("Reminder on %1").replace("%1", n))
            self.intro.setText(
                self.tr(
                    "The customer called again about this open ticket: the call is recorded on it, no new ticket."
                )
            )
            self.caller_label.setText(self.tr("&Who called"))
            self.text_label.setText(self.tr("What was &said *"))
        elif self.mode == ACKNOWLEDGE:
            self.setWindowTitle(self.tr("Call to the customer about %1").replace("%1", n))
            self.intro.setText(
                self.tr(
                    "A call confirming the complaint was received and is being handled: the first one is the first response."
                )
            )
            self.text_label.setText(self.tr("What the customer was &told *"))
        else:
            self.setWindowTitle(self.tr("Cancel %1").replace("%1", n))
            self.intro.setText(
                self.tr(
                    "The ticket is cancelled with its reason, and an appointment or job under way ends with it."
                )
            )
            self.text_label.setText(self.tr("&Reason *"))
        if self.mode == CANCEL:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Cancel the ticket"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep the ticket"))

    def accept(self) -> None:
        mark_invalid(self.text, False)
        text, caller, tid = self.text.toPlainText(), self.caller.text(), self._ticket_id

        def work(op: operations.Op) -> None:
            if self.mode == ANSWER:
                contacts.answer_and_close(tid, text, op.actor, op.now)
            elif self.mode == REMINDER:
                contacts.record_reminder(tid, caller, text, op.actor, op.now)
            elif self.mode == ACKNOWLEDGE:
                contacts.acknowledge(tid, text, op.actor, op.now)
            else:
                wo.cancel_ticket(tid, text, op.actor, op.now)

        done = operations.run_op(
            self,
            work,
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS, events.ORDERS},
            on_invalid=self._show_errors,
        )
        if done:
            super().accept()

    def _show_errors(self, problems: list[ValidationError]) -> None:
        self.errors.setText("\n".join(error_text(e) for e in problems))
        if any(e.field in ("note", "answer", "reason") for e in problems):
            mark_invalid(self.text, True)
            self.text.setFocus()

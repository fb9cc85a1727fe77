"""A ticket's details, read-only (later issues add actions)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app import sla
from app.phones import format_phone
from app.services import ticket_list
from ui import labels
from ui.formatting import date_text, datetime_text, deadline_left_text, duration_text, names_text


class TicketDetailsDialog(QDialog):
    def __init__(self, ticket_id: int, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        d = ticket_list.details(ticket_id, now)
        calendar = ticket_list.office_calendar()
        t = d.ticket
        self.ticket_id = ticket_id
        self.setWindowTitle(self.tr("Ticket %1").replace("%1", t.number))
        self.setMinimumWidth(560)

        def value(text: str) -> QLabel:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        main = QGroupBox(self.tr("Registration"))
        form = QFormLayout(main)
        state = labels.label("status", t.status)
        if t.escalated:
            state += " · " + self.tr("escalated")
        rows = [
            (self.tr("Ticket no."), t.number),
            (self.tr("State"), state),
            (self.tr("Kind"), labels.label("kind", t.kind) + (" · " + self.tr("urgent") if t.urgent else "")),
            (self.tr("Channel"), labels.label("channel", t.channel)),
            (self.tr("Customer"), d.customer.name),
            (self.tr("Phones"), ", ".join(format_phone(p) for p in d.phones)),
            (self.tr("Site address"), d.site.address if d.site else ""),
            (self.tr("Contract no."), d.site.contract_no if d.site else ""),
            (self.tr("Completed on"), date_text(d.site.completion_date) if d.site else ""),
            (self.tr("Category"), labels.label("category", t.work_category) if t.work_category else ""),
            (self.tr("Model"), t.product_model),
            (self.tr("Cause"), labels.label("cause", t.cause_category) if t.cause_category else ""),
            (
                self.tr("Responsible dept."),
                labels.department_label(d.department.code, d.department.name) if d.department else "",
            ),
            (self.tr("Problem"), t.problem),
            (
                self.tr("Received"),
                f"{datetime_text(t.received_at)}  {d.received_by.name if d.received_by else ''}",
            ),
        ]
        if t.kind == "complaint":
            rows.append((self.tr("Complaint about"), t.complaint_about))
        if d.repeat_of_number:
            rows.append((self.tr("Possible repeat of"), d.repeat_of_number))
        if t.cancel_reason:
            rows.append((self.tr("Cancelled because"), t.cancel_reason))
        for name, text in rows:
            form.addRow(name, value(text))

        times = QGroupBox(self.tr("Deadlines"))
        tform = QFormLayout(times)
        for dl in d.deadlines:
            if dl.met_at:
                status = self.tr("done %1").replace("%1", datetime_text(dl.met_at))
                if dl.met_at > dl.due_at:
                    status += " · " + self.tr("late")
            elif dl.paused:
                status = self.tr("paused: the deadline moves on while the ticket waits")
            else:
                status = deadline_left_text(dl, now, calendar)
            text = f"{datetime_text(dl.due_at)}   {status}"
            if dl.paused_seconds:
                # office time for a working-day clock, in office days: "2d 21h" was 69 office hours
                paused = duration_text(dl.paused_seconds, sla.day_seconds(dl.unit, calendar))
                text += "   " + self.tr("paused %1").replace("%1", paused)
            label = value(text)
            if dl.met_at is None and dl.breached(now):
                label.setStyleSheet("color: #b3261e; font-weight: bold;")
            tform.addRow(labels.label("clock", dl.clock), label)
        for p in d.pauses:
            end = datetime_text(p.ended_at) if p.ended_at else self.tr("still paused")
            tform.addRow(
                self.tr("Paused"),
                value(f"{datetime_text(p.started_at)} – {end}  {labels.label('pause', p.reason)}"),
            )

        calls = QGroupBox(self.tr("Calls and escalations"))
        cform = QFormLayout(calls)
        if d.answer is not None:
            cform.addRow(
                self.tr("Answered"),
                value(f"{datetime_text(d.answer.at)}  {d.answer.by}: {d.answer.text}"),
            )
        for c in d.calls:
            who = f"{c.caller} · " if c.caller else ""
            name = self.tr("Reminder") if c.kind == "reminder" else self.tr("Call to the customer")
            cform.addRow(name, value(f"{datetime_text(c.at)}  {who}{c.note}  ({c.recorded_by})"))
        for to, at, clocks in d.escalations:
            overdue = names_text(labels.label("clock", c) for c in clocks)
            text = f"{datetime_text(at)}  {labels.label('escalation', to)}"
            if overdue:
                text += "  " + self.tr("overdue: %1").replace("%1", overdue)
            cform.addRow(self.tr("Escalated"), value(text))
        calls.setVisible(cform.rowCount() > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(main)
        layout.addWidget(times)
        layout.addWidget(calls)
        layout.addWidget(buttons)

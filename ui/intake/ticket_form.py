"""The registration form (R1.3): customer, site and contact, keyboard-first."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import limits, vocab
from app.errors import ValidationError
from app.phones import format_phone
from app.services import intake
from app.services.lookup import SiteMatch
from app.workflow import OPEN_STATES
from ui import events, labels, msgbox, operations
from ui.errors import error_text
from ui.formatting import datetime_text
from ui.widgets import DateTimeField, MessageLabel, OptionalDateEdit, relabel_combo, select_data

RECEIVED_TICK_MS = 5_000  # how often an untouched "received at" catches up with the clock

FORM_STYLE = """
*[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }
QLabel#errors { color: #b3261e; }
QLabel#result { color: #1b5e20; }
QLabel#linked { color: #0b57d0; }
"""


class TicketForm(QWidget):
    """Emits `saved(ticket_id)` after a registration is stored."""

    saved = Signal(int)

    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._staff_id = staff_id
        self._customer_id: int | None = None
        self._site_id: int | None = None
        self.setStyleSheet(FORM_STYLE)
        self._build()
        self._load_choices()
        self.retranslate_ui()
        self.clear()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.customer_name = QLineEdit(objectName="customer_name")
        self.phone = QLineEdit(objectName="phone")
        self.address = QLineEdit(objectName="address")
        self.district = QLineEdit(objectName="district")
        self.contract_no = QLineEdit(objectName="contract_no")
        self.project_name = QLineEdit(objectName="project_name")
        self.completion_date = OptionalDateEdit()
        self.completion_date.setObjectName("completion_date")
        self.linked = QLabel(objectName="linked")
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(self.unlink_customer)
        self.new_site_button = QPushButton()
        self.new_site_button.clicked.connect(self.new_site_for_customer)

        self.kind = QComboBox(objectName="kind")
        self.channel = QComboBox(objectName="channel")
        self.work_category = QComboBox(objectName="work_category")
        self.product_model = QLineEdit(objectName="product_model")
        self.purchase_date = OptionalDateEdit()
        self.purchase_date.setObjectName("purchase_date")
        self.cause_category = QComboBox(objectName="cause_category")
        self.department = QComboBox(objectName="department")
        self.urgent = QCheckBox(objectName="urgent")
        self.complex_repair = QCheckBox(objectName="complex_repair")
        self.major = QCheckBox(objectName="major")
        self.complaint_about = QLineEdit(objectName="complaint_about")
        # One definition of each text field's limit (app/limits.py: the models' max_length, which
        # both backends' columns and the services' check share): typing stops where saving would.
        for widget, table, column in (
            (self.customer_name, "customer", "name"),
            (self.address, "site", "address"),
            (self.district, "site", "district"),
            (self.contract_no, "site", "contract_no"),
            (self.project_name, "site", "project_name"),
            (self.product_model, "ticket", "product_model"),
            (self.complaint_about, "ticket", "complaint_about"),
        ):
            widget.setMaxLength(limits.max_length(table, column))
        self.problem = QPlainTextEdit(objectName="problem")
        self.problem.setTabChangesFocus(True)
        self.problem.setMinimumHeight(44)
        self.problem.setMaximumHeight(64)
        self.received_at = DateTimeField(objectName="received_at")
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)
        # R1.3: "received at" is the moment of the call. Untouched, it follows the clock and is
        # taken when saving; once the receptionist edits it, their time stands (and says so).
        self._received_edited = False
        self._setting_received = False
        self.received_at.dateTimeChanged.connect(self._on_received_edited)
        self.received_note = QLabel(objectName="received_note")
        self._received_timer = QTimer(self, interval=RECEIVED_TICK_MS)
        self._received_timer.timeout.connect(self._follow_clock)
        self._received_timer.start()
        self.received_by = QComboBox(objectName="received_by")

        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(objectName="clear")
        self.clear_button.clicked.connect(self.clear)
        self.errors = MessageLabel(objectName="errors")
        self.errors.setWordWrap(True)
        self.result = MessageLabel(objectName="result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Three label+field pairs per row: the whole form fits above a ten-row ticket list at
        # 1366×768 (two pairs per row left the list two or three rows).
        self.customer_box = QGroupBox()
        grid = QGridLayout(self.customer_box)
        grid.setVerticalSpacing(4)
        self._labels: dict[str, QLabel] = {}
        self._row(grid, 0, 0, "customer_name", self.customer_name)
        self._row(grid, 0, 2, "phone", self.phone)
        self._row(grid, 0, 4, "district", self.district)
        self._row(grid, 1, 0, "address", self.address, span=3)
        self._row(grid, 1, 4, "contract_no", self.contract_no)
        self._row(grid, 2, 0, "project_name", self.project_name)
        self._row(grid, 2, 2, "completion_date", self.completion_date)
        link_row = QHBoxLayout()
        link_row.addWidget(self.linked, 1)
        link_row.addWidget(self.new_site_button)
        link_row.addWidget(self.unlink_button)
        grid.addLayout(link_row, 2, 4, 1, 2)
        self.linked.setWordWrap(True)

        self.contact_box = QGroupBox()
        grid = QGridLayout(self.contact_box)
        grid.setVerticalSpacing(4)
        self._row(grid, 0, 0, "kind", self.kind)
        self._row(grid, 0, 2, "channel", self.channel)
        self._row(grid, 0, 4, "work_category", self.work_category)
        self._row(grid, 1, 0, "product_model", self.product_model)
        self._row(grid, 1, 2, "cause_category", self.cause_category)
        self._row(grid, 1, 4, "department", self.department)
        self._row(grid, 2, 0, "purchase_date", self.purchase_date)
        flags = QHBoxLayout()
        for box in (self.urgent, self.complex_repair, self.major):
            flags.addWidget(box)
        flags.addStretch(1)
        grid.addLayout(flags, 2, 2, 1, 4)
        self._row(grid, 3, 0, "complaint_about", self.complaint_about, span=5)
        self._row(grid, 4, 0, "problem", self.problem, span=5)
        received = QHBoxLayout()
        received.setContentsMargins(0, 0, 0, 0)
        received.addWidget(self.received_at, 1)
        received.addWidget(self.received_note)
        received_box = QWidget()
        received_box.setLayout(received)
        self._row(grid, 5, 0, "received_at", received_box)
        self._labels["received_at"].setBuddy(self.received_at)
        self._row(grid, 5, 2, "received_by", self.received_by)
        grid.addWidget(self.clear_button, 5, 4)
        grid.addWidget(self.save_button, 5, 5)
        for g in (self.customer_box.layout(), grid):
            for col in (1, 3, 5):
                g.setColumnStretch(col, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.errors)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.cause_category.currentIndexChanged.connect(self._on_cause_changed)
        for field, widget in self._field_widgets().items():
            signal = getattr(widget, "textChanged", None) or getattr(widget, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(lambda *_a, f=field: self._clear_error(f))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.clear)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the eye: left to right, then down, each field once."""
        order = [
            self.customer_name,
            self.phone,
            self.district,
            self.address,
            self.contract_no,
            self.project_name,
            self.completion_date,
            self.new_site_button,
            self.unlink_button,
            self.kind,
            self.channel,
            self.work_category,
            self.product_model,
            self.cause_category,
            self.department,
            self.purchase_date,
            self.urgent,
            self.complex_repair,
            self.major,
            self.complaint_about,
            self.problem,
            self.received_at,
            self.received_by,
            self.clear_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _row(self, grid: QGridLayout, row: int, col: int, key: str, widget: QWidget, span: int = 1) -> None:
        label = QLabel()
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._labels[key] = label
        grid.addWidget(
            label, row, col, Qt.AlignmentFlag.AlignTop if key == "problem" else Qt.AlignmentFlag(0)
        )
        grid.addWidget(widget, row, col + 1, 1, span)

    def _load_choices(self) -> None:
        for code in vocab.KINDS:
            self.kind.addItem(code, code)
        for code in vocab.CHANNELS:
            self.channel.addItem(code, code)
        self.work_category.addItem("", "")
        for code in vocab.ALL_CATEGORIES:
            self.work_category.addItem(code, code)
        self.cause_category.addItem("", "")
        for code in vocab.CAUSE_CATEGORIES:
            self.cause_category.addItem(code, code)
        self.reload_people()

    def reload_people(self) -> None:
        """Departments and staff come from the office's lists (they can change)."""
        self.department.clear()
        self.department.addItem("", None)
        for dept_id, code, name in intake.department_choices():
            self.department.addItem(labels.department_label(code, name), dept_id)
        current = self.received_by.currentData()
        self.received_by.clear()
        for staff_id, name, _role in intake.staff_choices():
            self.received_by.addItem(name, staff_id)
        select_data(self.received_by, current or self._staff_id)

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.customer_box.setTitle(self.tr("Customer and site"))
        self.contact_box.setTitle(self.tr("Contact"))
        texts = {
            "customer_name": self.tr("Na&me *"),
            "phone": self.tr("&Phone *"),
            "address": self.tr("Sit&e address *"),
            "district": self.tr("District"),
            "contract_no": self.tr("Contract no."),
            "project_name": self.tr("Project"),
            "completion_date": self.tr("Completed on"),
            "kind": self.tr("&Kind *"),
            "channel": self.tr("Cha&nnel *"),
            "work_category": self.tr("Ca&tegory *"),
            "product_model": self.tr("Model"),
            "cause_category": self.tr("Ca&use"),
            "department": self.tr("Responsible dept."),
            "purchase_date": self.tr("Bought/completed"),
            "complaint_about": self.tr("Complaint about (&J) *"),
            "problem": self.tr("P&roblem *"),
            "received_at": self.tr("Recei&ved at"),
            "received_by": self.tr("Received b&y *"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.customer_name.setPlaceholderText(self.tr("Customer's full name"))
        self.phone.setPlaceholderText(self.tr("Mobile or landline; several separated by commas"))
        self.address.setPlaceholderText(self.tr("District, road, number, building and room"))
        self.contract_no.setPlaceholderText(self.tr("e.g. HT2025-0123"))
        self.problem.setPlaceholderText(self.tr("The problem in the customer's own words"))
        self.complaint_about.setPlaceholderText(self.tr("Whom or what the complaint is about"))
        self.urgent.setText(self.tr("Ur&gent (safety hazard)"))
        self.urgent.setToolTip(
            self.tr("Leak near electrics, gas, falling parts, no water or power: dispatch at once.")
        )
        self.complex_repair.setText(self.tr("Complex repair"))
        self.major.setText(self.tr("Major complaint"))
        self.save_button.setText(self.tr("&Save ticket"))
        self.save_button.setToolTip(self.tr("Save the registration (Ctrl+S)"))
        self.clear_button.setText(self.tr("New registration"))
        self.clear_button.setToolTip(self.tr("Clear the form (Ctrl+N)"))
        self.unlink_button.setText(self.tr("New customer"))
        self.new_site_button.setText(self.tr("New site for this customer"))
        relabel_combo(self.kind, {c: labels.label("kind", c) for c in vocab.KINDS})
        relabel_combo(self.channel, {c: labels.label("channel", c) for c in vocab.CHANNELS})
        relabel_combo(self.work_category, {c: labels.label("category", c) for c in vocab.ALL_CATEGORIES})
        relabel_combo(self.cause_category, {c: labels.label("cause", c) for c in vocab.CAUSE_CATEGORIES})
        for i, (_id, code, name) in enumerate(intake.department_choices(), start=1):
            if i < self.department.count():
                self.department.setItemText(i, labels.department_label(code, name))
        self._update_link_text()
        self._update_received_note()

    # -- customer link ------------------------------------------------------------------
    def use_match(self, match: SiteMatch) -> None:
        """Fill the form from a search result: an existing customer (and site)."""
        self._customer_id = match.customer_id
        self._site_id = match.site_id
        self.customer_name.setText(match.customer_name)
        self.phone.setText(", ".join(format_phone(p) for p in match.phones))
        self.address.setText(match.address)
        self.district.setText(match.district)
        self.contract_no.setText(match.contract_no)
        self.project_name.setText(match.project_name)
        self.completion_date.set_value(match.completion_date)
        self._apply_link_state()
        self.kind.setFocus()

    def start_new_customer(self, typed: str) -> None:
        """Nothing matched the search: begin a new customer with what was typed."""
        self.unlink_customer()
        digits = "".join(ch for ch in typed if ch.isdigit())
        if digits and len(digits) >= len(typed.replace(" ", "").replace("-", "")) - 1:
            self.phone.setText(typed.strip())
            self.customer_name.setFocus()
        else:
            self.customer_name.setText(typed.strip())
            self.phone.setFocus()

    def unlink_customer(self) -> None:
        self._customer_id = None
        self._site_id = None
        self._apply_link_state()

    def new_site_for_customer(self) -> None:
        self._site_id = None
        for w in (self.address, self.district, self.contract_no, self.project_name):
            w.clear()
        self.completion_date.clear_date()
        self._apply_link_state()
        self.address.setFocus()

    def _apply_link_state(self) -> None:
        customer_locked = self._customer_id is not None
        site_locked = self._site_id is not None
        for w in (self.customer_name, self.phone):
            w.setReadOnly(customer_locked)
        for w in (self.address, self.district, self.contract_no, self.project_name):
            w.setReadOnly(site_locked)
        self.completion_date.setReadOnly(site_locked)
        self.unlink_button.setVisible(customer_locked)
        self.new_site_button.setVisible(site_locked)
        self._update_link_text()

    def _update_link_text(self) -> None:
        if self._customer_id is None:
            self.linked.setText(self.tr("New customer: fill in name, phone and site."))
            self.linked.setToolTip("")
            return
        text = (
            self.tr("Existing customer, new site.")
            if self._site_id is None
            else self.tr("Existing customer and site.")
        )
        # R1.4: a returning customer's open tickets are shown as soon as they are picked
        open_now = intake.open_tickets_of_customer(self._customer_id)
        if open_now:
            text += " " + self.tr("Open: %1").replace("%1", ", ".join(t.number for t in open_now[:3]))
            if len(open_now) > 3:
                text += " …"
        self.linked.setText(text)
        self.linked.setToolTip("\n".join(self._ticket_line(t) for t in open_now))

    # -- kind-dependent fields ----------------------------------------------------------
    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        complaint = kind == "complaint"
        for w in (self.complaint_about, self._labels["complaint_about"], self.major):
            w.setVisible(complaint)
        self.complex_repair.setVisible(kind == "repair")

    def _on_cause_changed(self) -> None:
        select_data(self.department, intake.proposed_department(self.cause_category.currentData() or ""))

    # -- saving -------------------------------------------------------------------------
    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "customer_name": self.customer_name,
            "phone": self.phone,
            "address": self.address,
            "kind": self.kind,
            "channel": self.channel,
            "work_category": self.work_category,
            "cause_category": self.cause_category,
            "complaint_about": self.complaint_about,
            "problem": self.problem,
            "received_by": self.received_by,
            "purchase_date": self.purchase_date,
        }

    def collect(self) -> intake.TicketInput:
        phones = [p.strip() for p in self.phone.text().replace("，", ",").replace(";", ",").split(",")]
        new_customer = None
        if self._customer_id is None:
            new_customer = intake.CustomerInput(self.customer_name.text(), [p for p in phones if p])
        new_site = None
        if self._site_id is None:
            new_site = intake.SiteInput(
                self.address.text(),
                self.district.text(),
                self.contract_no.text(),
                self.project_name.text(),
                self.completion_date.value(),
            )
        return intake.TicketInput(
            kind=self.kind.currentData(),
            channel=self.channel.currentData(),
            problem=self.problem.toPlainText(),
            received_at=self.received_time(),
            received_by_id=self.received_by.currentData(),
            customer_id=self._customer_id,
            new_customer=new_customer,
            site_id=self._site_id,
            new_site=new_site,
            work_category=self.work_category.currentData() or "",
            product_model=self.product_model.text(),
            purchase_date=self.purchase_date.value(),
            cause_category=self.cause_category.currentData() or "",
            department_id=self.department.currentData(),
            urgent=self.urgent.isChecked(),
            complex_repair=self.complex_repair.isChecked() and self.kind.currentData() == "repair",
            major=self.major.isChecked(),
            complaint_about=self.complaint_about.text() if self.kind.currentData() == "complaint" else "",
        )

    # -- received at ----------------------------------------------------------------------
    def received_time(self) -> datetime:
        """The time the call is registered with: the receptionist's, or the moment of saving."""
        if self._received_edited:
            return self.received_at.dateTime().toPython().replace(second=0, microsecond=0)
        return self._clock().replace(second=0, microsecond=0)

    def _show_received(self, moment: datetime) -> None:
        self._setting_received = True
        self.received_at.setDateTime(QDateTime(moment.replace(second=0, microsecond=0)))
        self._setting_received = False

    def _on_received_edited(self) -> None:
        if not self._setting_received and not self._received_edited:
            self._received_edited = True
            self._update_received_note()

    def _follow_clock(self) -> None:
        if not self._received_edited and not self.received_at.hasFocus():
            self._show_received(self._clock())

    def _update_received_note(self) -> None:
        self.received_note.setText(self.tr("edited") if self._received_edited else self.tr("now"))
        self.received_note.setToolTip(
            self.tr("Typed by the receptionist; kept as typed.")
            if self._received_edited
            else self.tr("Follows the clock; the moment of saving is recorded.")
        )

    def save(self) -> bool:
        data = self.collect()
        self.show_errors([])  # register_ticket checks every field (R1.3); on_invalid marks them

        def register(op: operations.Op) -> intake.Registered:
            return intake.register_ticket(replace(data, actor_id=op.actor), op.now)

        save = partial(
            operations.run_op,
            self,
            register,
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS, events.CUSTOMERS},
            on_invalid=self.show_errors,
        )
        try:
            done = save(expect=(intake.RepeatWarning,))
        except intake.RepeatWarning as warning:
            answer = self._ask_about_similar(warning)
            if answer == "cancel":
                return False
            if answer == "reminder":
                latest = warning.open_tickets[-1]
                self.record_reminder(latest.ticket_id, latest.number)  # the call dialog, filled in
                return False
            data.confirmed_repeat = True
            done = save()
        if not done:
            return False
        reg = done.value
        self.clear()
        self.result.setText(self._result_text(reg))
        self.saved.emit(reg.ticket_id)
        return True

    def _ticket_line(self, t: intake.SimilarTicket) -> str:
        when = (
            self.tr("completed %1").replace("%1", datetime_text(t.completed_at))
            if t.completed_at and t.status not in OPEN_STATES
            else self.tr("received %1").replace("%1", datetime_text(t.received_at))
        )
        return f"{t.number} · {labels.label('status', t.status)} · {when}\n    {t.problem}"

    def _ask_about_similar(self, warning: intake.RepeatWarning) -> str:
        """R1.4/R1.7/R4.7: say which it likely is, show those tickets, and let the person choose:
        'reminder' (record the call on the open ticket), 'new' or 'cancel'."""
        parts = []
        if warning.open_tickets:
            parts.append(
                self.tr("Likely a reminder of an open ticket of this site and category:")
                + "\n"
                + "\n".join(self._ticket_line(t) for t in warning.open_tickets)
            )
        if warning.recent_repair is not None:
            parts.append(
                self.tr("Likely a repeat repair: the same work was completed here recently:")
                + "\n"
                + self._ticket_line(warning.recent_repair)
            )
        text = "\n\n".join(parts)
        if warning.open_tickets:
            first = warning.open_tickets[-1].number  # the latest: the one the reminder goes on
            choices = [
                self.tr("Record a reminder on %1").replace("%1", first),
                self.tr("Register a new ticket"),
                self.tr("Back to the form"),
            ]
            title = self.tr("Likely a reminder")
            return ("reminder", "new", "cancel")[msgbox.choose(self, title, text, choices)]
        choices = [self.tr("Register as a repeat repair"), self.tr("Back to the form")]
        return ("new", "cancel")[msgbox.choose(self, self.tr("Likely a repeat repair"), text, choices)]

    def record_reminder(self, ticket_id: int, number: str):
        """R1.7: the reminder dialog for the open ticket, with the caller and their words from
        the form; once saved, the form is cleared for the next caller."""
        from ui.intake.call_dialogs import REMINDER, CallDialog

        dialog = CallDialog(REMINDER, ticket_id, number, self._clock, self._staff_id, self)
        dialog.caller.setText(self.customer_name.text().strip())
        dialog.text.setPlainText(self.problem.toPlainText().strip())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def recorded() -> None:
            self.clear()
            self.result.setText(self.tr("Recorded a reminder on ticket %1.").replace("%1", number))

        dialog.accepted.connect(recorded)
        dialog.open()
        return dialog

    def _result_text(self, reg: intake.Registered) -> str:
        parts = [f"{labels.label('clock', d.clock)} {datetime_text(d.due_at)}" for d in reg.deadlines]
        text = self.tr("Saved ticket %1.").replace("%1", reg.number)
        if parts:
            text += " " + self.tr("Deadlines: %1").replace("%1", " · ".join(parts))
        return text

    def show_errors(self, problems: list[ValidationError]) -> None:
        widgets = self._field_widgets()
        for w in widgets.values():
            self._mark(w, False)
        first: QWidget | None = None
        for err in problems:
            w = widgets.get(err.field or "")
            if w is not None:
                self._mark(w, True)
                w.setToolTip(error_text(err))
                first = first or w
        self.errors.setText("\n".join(error_text(e) for e in problems))
        if first is not None:
            first.setFocus()

    def _clear_error(self, field: str) -> None:
        w = self._field_widgets()[field]
        if w.property("invalid"):
            self._mark(w, False)
            w.setToolTip("")

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def clear(self) -> None:
        self.unlink_customer()
        for w in (
            self.customer_name,
            self.phone,
            self.address,
            self.district,
            self.contract_no,
            self.project_name,
            self.product_model,
            self.complaint_about,
        ):
            w.clear()
        self.problem.clear()
        self.completion_date.clear_date()
        self.purchase_date.clear_date()
        for combo in (self.kind, self.channel, self.work_category, self.cause_category, self.department):
            combo.setCurrentIndex(0)
        for box in (self.urgent, self.complex_repair, self.major):
            box.setChecked(False)
        self._received_edited = False
        self._show_received(self._clock())
        self._update_received_note()
        select_data(self.received_by, self._staff_id)
        self.show_errors([])
        self.result.clear()
        self._on_kind_changed()

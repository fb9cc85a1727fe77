"""R6 complaint handling: one dialog walks a complaint through the R6.1 steps, shows its R3
deadlines, records R6.2 escalation and the R3.2 report of a major complaint, and who did what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import permissions
from app.errors import ValidationError
from app.services import complaints, deadlines, intake, staff_roster, ticket_list
from ui import events, operations
from ui.appraisal.texts import complaint_type_label
from ui.errors import problems_text
from ui.formatting import datetime_text, deadline_left_text
from ui.labels import department_label, label
from ui.row_table_model import Column, RowTableModel
from ui.widgets import read_only_table, select_data

BREACHED = QColor("#f9d6d5")

_ACTIONS = {
    "register": QT_TRANSLATE_NOOP("complaints", "Registered"),
    "classify": QT_TRANSLATE_NOOP("complaints", "Classified"),
    "major": QT_TRANSLATE_NOOP("complaints", "Marked major / not major"),
    "responsible": QT_TRANSLATE_NOOP("complaints", "Responsible department named"),
    "investigate": QT_TRANSLATE_NOOP("complaints", "Investigation recorded"),
    "validity": QT_TRANSLATE_NOOP("complaints", "Valid / invalid decided"),
    "plan": QT_TRANSLATE_NOOP("complaints", "Handling plan entered"),
    "approve_plan": QT_TRANSLATE_NOOP("complaints", "Plan approved"),
    "return_plan": QT_TRANSLATE_NOOP("complaints", "Plan sent back"),
    "acceptance": QT_TRANSLATE_NOOP("complaints", "Customer's acceptance"),
    "answer": QT_TRANSLATE_NOOP("complaints", "Customer answered"),
    "result": QT_TRANSLATE_NOOP("complaints", "Result fed back"),
    "follow_up": QT_TRANSLATE_NOOP("complaints", "Followed up"),
    "customer_escalation": QT_TRANSLATE_NOOP("complaints", "Customer escalated to a higher level"),
    "report_manager": QT_TRANSLATE_NOOP("complaints", "Reported to the manager as a major complaint"),
    "status": QT_TRANSLATE_NOOP("complaints", "Status changed"),
    "stamp": QT_TRANSLATE_NOOP("complaints", "Time limit met"),
    "escalate": QT_TRANSLATE_NOOP("complaints", "Escalated as overdue"),
}


def _detail(h: complaints.HistoryEntry) -> str:
    """What the step decided, in words (R10.2): the type, the names, the texts typed."""
    a = h.after
    if h.action == "classify":
        return complaint_type_label(a.get("complaint_type") or "")
    if h.action == "major":
        return (
            QCoreApplication.translate("complaints", "major")
            if a.get("major")
            else QCoreApplication.translate("complaints", "not major")
        )
    if h.action == "responsible":
        return " / ".join(x for x in (a.get("responsible_department"), a.get("responsible_staff")) if x)
    if h.action == "validity":
        verdict = (
            QCoreApplication.translate("complaints", "valid")
            if a.get("valid")
            else QCoreApplication.translate("complaints", "invalid")
        )
        return f"{verdict}: {a.get('validity_reason', '')}"
    if h.action == "acceptance":
        verdict = (
            QCoreApplication.translate("complaints", "satisfied")
            if a.get("customer_satisfied")
            else QCoreApplication.translate("complaints", "not satisfied")
        )
        remarks = a.get("acceptance_remarks") or ""
        return f"{verdict}: {remarks}" if remarks else verdict
    if h.action == "status" and a.get("status"):
        return QCoreApplication.translate("complaints", "now %1").replace("%1", label("status", a["status"]))
    for key in (
        "investigation",
        "plan",
        "plan_returned_reason",
        "answer",
        "result_text",
        "follow_up",
        "customer_escalation_note",
    ):
        if a.get(key):
            return str(a[key])
    return ""


def _what(h: complaints.HistoryEntry) -> str:
    detail = _detail(h)
    if not detail:
        return _action(h.action)
    return (
        QCoreApplication.translate("complaints", "%1: %2")
        .replace("%1", _action(h.action))
        .replace("%2", detail)
    )


def _action(code: str) -> str:
    source = _ACTIONS.get(code)
    return QCoreApplication.translate("complaints", source) if source else code


class ComplaintDialog(QDialog):
    def __init__(
        self,
        ticket_id: int,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ticket_id, self._clock, self._staff_id = ticket_id, clock, staff_id
        self._is_head = permissions.role_of(staff_id) == complaints.APPROVER_ROLE
        self._may_approve = False
        self.groups: dict[str, QGroupBox] = {}
        self._build()
        self.reload()
        self.resize(1140, 780)

    # -- building -----------------------------------------------------------------------
    def _group(self, step: str, title: str, form: QFormLayout, button: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        box.setProperty("title_text", title)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        self.groups[step] = box
        return box

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(lambda: self._run(slot))
        return b

    def _build(self) -> None:
        self.heading = QLabel(objectName="complaint_heading")
        self.heading.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        steps = QVBoxLayout()

        f = QFormLayout()
        self.complaint_type = QComboBox(objectName="complaint_type")
        for code in complaints.COMPLAINT_TYPES:
            self.complaint_type.addItem(complaint_type_label(code), code)
        self.major = QCheckBox(self.tr("Major complaint (result within 2 working days)"), objectName="major")
        f.addRow(self.tr("&Type"), self.complaint_type)
        f.addRow("", self.major)
        steps.addWidget(
            self._group(
                "classify",
                self.tr("1. Classify"),
                f,
                self._button("do_classify", self.tr("Save"), self._classify),
            )
        )

        f = QFormLayout()
        self.department = QComboBox(objectName="department")
        for did, code, name in intake.department_choices():
            self.department.addItem(department_label(code, name), did)
        self.staff = QComboBox(objectName="staff")
        self.staff.addItem(self.tr("— nobody in particular —"), None)
        for sid, name, role in intake.staff_choices():
            self.staff.addItem(f"{name} ({label('role', role)})", sid)
        f.addRow(self.tr("&Department"), self.department)
        f.addRow(self.tr("&Person"), self.staff)
        steps.addWidget(
            self._group(
                "responsible",
                self.tr("2. Responsible department and person (forwarded)"),
                f,
                self._button("do_responsible", self.tr("Save"), self._responsible),
            )
        )

        f = QFormLayout()
        self.investigation = QPlainTextEdit(objectName="investigation")
        self.investigation.setFixedHeight(60)
        f.addRow(self.tr("&Found"), self.investigation)
        steps.addWidget(
            self._group(
                "investigation",
                self.tr("3. Investigation"),
                f,
                self._button("do_investigation", self.tr("Save"), self._investigation),
            )
        )

        f = QFormLayout()
        self.valid = QRadioButton(self.tr("Valid"), objectName="valid")
        self.invalid = QRadioButton(self.tr("Invalid (or refused as malicious)"), objectName="invalid")
        row = QHBoxLayout()
        row.addWidget(self.valid)
        row.addWidget(self.invalid)
        row.addStretch(1)
        self.validity_reason = QLineEdit(objectName="validity_reason")
        f.addRow(self.tr("Decision"), row)
        f.addRow(self.tr("&Reason"), self.validity_reason)
        steps.addWidget(
            self._group(
                "validity",
                self.tr("4. Valid or invalid"),
                f,
                self._button("do_validity", self.tr("Save"), self._validity),
            )
        )

        f = QFormLayout()
        self.plan = QPlainTextEdit(objectName="plan")
        self.plan.setFixedHeight(60)
        self.plan.setPlaceholderText(self.tr("Measures, by when, and who is in charge"))
        f.addRow(self.tr("P&lan"), self.plan)
        self.plan_returned = QLabel(objectName="plan_returned")
        self.plan_returned.setWordWrap(True)
        self.plan_returned.setStyleSheet("color: #8a4b00;")
        f.addRow(self.plan_returned)
        steps.addWidget(
            self._group(
                "plan", self.tr("5. Handling plan"), f, self._button("do_plan", self.tr("Save"), self._plan)
            )
        )

        f = QFormLayout()
        self.approval = QLabel(objectName="approval")
        self.approval.setWordWrap(True)
        f.addRow(self.approval)
        self.return_reason = QLineEdit(objectName="return_reason")
        self.return_reason.setPlaceholderText(self.tr("What the plan lacks, if you send it back"))
        self.return_button = self._button("return_plan", self.tr("Send the plan back"), self._return)
        back = QHBoxLayout()
        back.addWidget(self.return_reason, 1)
        back.addWidget(self.return_button)
        self.return_label = QLabel(self.tr("Send &back because"))
        self.return_label.setBuddy(self.return_reason)
        f.addRow(self.return_label, back)
        steps.addWidget(
            self._group(
                "approval",
                self.tr("6. Approval by the department head"),
                f,
                self._button("approve", self.tr("Approve the plan"), self._approve),
            )
        )

        f = QFormLayout()
        self.answer = QPlainTextEdit(objectName="answer")
        self.answer.setFixedHeight(60)
        f.addRow(self.tr("&What the customer was told"), self.answer)
        steps.addWidget(
            self._group(
                "answer",
                self.tr("7. Answer to the customer"),
                f,
                self._button("do_answer", self.tr("Save"), self._answer),
            )
        )

        f = QFormLayout()
        self.result_text = QPlainTextEdit(objectName="result_text")
        self.result_text.setFixedHeight(60)
        self.result_text.setPlaceholderText(self.tr("What was done to put it right, as told to the customer"))
        f.addRow(self.tr("What w&as done"), self.result_text)
        steps.addWidget(
            self._group(
                "result",
                self.tr("8. Result fed back"),
                f,
                self._button("do_result", self.tr("Save"), self._result),
            )
        )

        f = QFormLayout()
        self.satisfied = QRadioButton(self.tr("Satisfied"), objectName="satisfied")
        self.not_satisfied = QRadioButton(self.tr("Not satisfied"), objectName="not_satisfied")
        row = QHBoxLayout()
        row.addWidget(self.satisfied)
        row.addWidget(self.not_satisfied)
        row.addStretch(1)
        self.acceptance_remarks = QLineEdit(objectName="remarks")
        self.acceptance_remarks.setPlaceholderText(self.tr("What the customer said"))
        self.acceptance_note = QLabel(objectName="acceptance_note")
        self.acceptance_note.setWordWrap(True)
        f.addRow(self.tr("The customer is"), row)
        f.addRow(self.tr("R&emarks"), self.acceptance_remarks)
        f.addRow(self.acceptance_note)
        steps.addWidget(
            self._group(
                "accepted",
                self.tr("9. Customer's acceptance"),
                f,
                self._button("do_accepted", self.tr("Save"), self._accepted),
            )
        )

        f = QFormLayout()
        self.follow_up = QPlainTextEdit(objectName="follow_up")
        self.follow_up.setFixedHeight(60)
        self.satisfaction = QSpinBox(objectName="satisfaction")
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setValue(5)
        f.addRow(self.tr("F&ollow-up"), self.follow_up)
        f.addRow(self.tr("&Satisfaction (1–5)"), self.satisfaction)
        steps.addWidget(
            self._group(
                "follow_up",
                self.tr("10. Follow-up"),
                f,
                self._button("do_follow_up", self.tr("Save"), self._follow_up),
            )
        )

        f = QFormLayout()
        self.manager_report = QLabel(objectName="manager_report")
        self.escalation = QLineEdit(objectName="escalation_note")
        self.escalation.setPlaceholderText(self.tr("To whom the customer went, and why"))
        self.escalated = QLabel(objectName="escalated")
        self.escalated.setWordWrap(True)
        report = self._button("report_manager", self.tr("Report to the manager"), self._report)
        escalate = self._button("customer_escalation", self.tr("Record escalation"), self._escalate)
        r1 = QHBoxLayout()
        r1.addWidget(self.manager_report, 1)
        r1.addWidget(report)
        r2 = QHBoxLayout()
        r2.addWidget(self.escalation, 1)
        r2.addWidget(escalate)
        f.addRow(self.tr("Major complaint"), r1)
        f.addRow(self.tr("Customer escalated to a higher level"), r2)
        f.addRow("", self.escalated)
        self.report_button, self.escalate_button = report, escalate
        extra = QGroupBox(self.tr("Reports and escalation"))
        extra.setLayout(f)
        steps.addWidget(extra)
        steps.addStretch(1)

        inner = QWidget()
        inner.setLayout(steps)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.deadline_model = RowTableModel(
            [
                Column(lambda: self.tr("Time limit"), lambda d: label("clock", d.clock)),
                Column(lambda: self.tr("Due"), lambda d: datetime_text(d.due_at)),
                Column(lambda: self.tr("Met"), lambda d: datetime_text(d.met_at)),
                Column(
                    lambda: self.tr("Left"),
                    lambda d: deadline_left_text(d, self._clock(), self._calendar),
                    background=lambda d: BREACHED if d.breached(self._clock()) else None,
                ),
            ],
            self,
        )
        self.deadline_view = read_only_table("complaint_deadlines", self.deadline_model)
        self.history_model = RowTableModel(
            [
                Column(lambda: self.tr("When"), lambda h: datetime_text(h.at)),
                Column(lambda: self.tr("Who"), lambda h: h.actor),
                Column(lambda: self.tr("What"), _what),
            ],
            self,
        )
        self.history_view = read_only_table("complaint_history", self.history_model)
        for view in (self.deadline_view, self.history_view):
            view.setSortingEnabled(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("Time limits")))
        sv.addWidget(self.deadline_view, 1)
        sv.addWidget(QLabel(self.tr("Who did what")))
        sv.addWidget(self.history_view, 2)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 500])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # -- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        s = complaints.state(self.ticket_id)
        self.state = s
        c = s.complaint
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", s.number))
        self.heading.setText(
            self.tr("%1 · %2 · about: %3\n%4")
            .replace("%1", s.number)
            .replace("%2", label("status", s.status))
            .replace("%3", s.complaint_about)
            .replace("%4", s.problem)
        )
        select_data(self.complaint_type, c.complaint_type or "attitude")
        self.major.setChecked(s.major)
        if c.responsible_department_id:
            select_data(self.department, c.responsible_department_id)
        select_data(self.staff, c.responsible_staff_id)
        self.investigation.setPlainText(c.investigation)
        if c.valid is not None:
            (self.valid if c.valid else self.invalid).setChecked(True)
        self.validity_reason.setText(c.validity_reason)
        self.plan.setPlainText(c.plan)
        self.plan_returned.setText(
            self.tr("Sent back at %1: %2. Write a new plan.")
            .replace("%1", datetime_text(c.plan_returned_at))
            .replace("%2", c.plan_returned_reason)
            if c.plan_returned_at and not c.plan
            else ""
        )
        self.plan_returned.setVisible(bool(self.plan_returned.text()))
        owner = complaints.plan_owner(self.ticket_id)
        self._may_approve = self._is_head and complaints.may_decide_plan(self.ticket_id, self._staff_id)
        if c.approved_at is not None:
            self.approval.setText(
                self.tr("Approved by %1 at %2.")
                .replace("%1", staff_roster.name_of(c.approved_by_id))
                .replace("%2", datetime_text(c.approved_at))
            )
        elif self._may_approve:
            self.approval.setText(
                self.tr("The plan is your department's: approve it, or send it back saying what it lacks.")
            )
        else:
            self.approval.setText(
                self.tr("The head of %1 approves the plan: ask them to sign in and approve it.").replace(
                    "%1", owner[1] or "—"
                )
            )
        self.answer.setPlainText(c.answer)
        self.follow_up.setPlainText(c.follow_up)
        self.result_text.setPlainText(c.result_text)
        if c.customer_satisfied is not None:
            (self.satisfied if c.customer_satisfied else self.not_satisfied).setChecked(True)
        self.acceptance_remarks.setText(c.acceptance_remarks)
        self.acceptance_note.setText(
            self.tr(
                "The customer is not satisfied: feed back a new result above, and if they take it "
                "higher, record the escalation below."
            )
            if c.customer_satisfied is False
            else ""
        )
        self.acceptance_note.setVisible(bool(self.acceptance_note.text()))
        for step, box in self.groups.items():
            done = step in s.done
            box.setTitle(box.property("title_text") + ("  ✓" if done else ""))
            box.setEnabled(step in s.next_steps)
        self.groups["approval"].findChild(QPushButton, "approve").setVisible(self._may_approve)
        for w in (self.return_button, self.return_reason, self.return_label):
            w.setVisible(self._may_approve)
        if c.reported_to_manager_at:
            self.manager_report.setText(
                self.tr("Reported at %1.").replace("%1", datetime_text(c.reported_to_manager_at))
            )
        elif s.major:
            self.manager_report.setText(self.tr("Not reported yet — report it at once."))
        else:
            self.manager_report.setText(self.tr("Not a major complaint."))
        self.report_button.setEnabled(s.major and c.reported_to_manager_at is None)
        self.escalate_button.setEnabled(bool(c.answer))
        self.escalation.setEnabled(bool(c.answer))
        if c.customer_satisfied is False and not c.customer_escalated_at:
            self.escalation.setPlaceholderText(
                self.tr("The customer is not satisfied: to whom they went, and why")
            )
        self.escalated.setText(
            self.tr("Escalated at %1: %2")
            .replace("%1", datetime_text(c.customer_escalated_at))
            .replace("%2", c.customer_escalation_note)
            if c.customer_escalated_at
            else ""
        )
        self._calendar = ticket_list.office_calendar()
        self.deadline_model.set_rows(deadlines.as_they_stand(self.ticket_id, self._clock()))
        self.history_model.set_rows(complaints.history(self.ticket_id))

    # -- actions --------------------------------------------------------------------------
    def _run(self, action: Callable[[], None]) -> None:
        self.error.clear()
        if operations.run_op(
            self,
            lambda _op: action(),
            clock=self._clock,
            actor=self._staff_id,
            changes={events.TICKETS},
            on_invalid=lambda problems: self.error.setText(problems_text(problems)),
        ):
            self.reload()

    def _args(self) -> tuple:
        return self._staff_id, self._clock()

    def _classify(self) -> None:
        complaints.classify(
            self.ticket_id, self.complaint_type.currentData(), self.major.isChecked(), *self._args()
        )

    def _responsible(self) -> None:
        complaints.name_responsible(
            self.ticket_id, self.department.currentData(), self.staff.currentData(), *self._args()
        )

    def _investigation(self) -> None:
        complaints.record_investigation(self.ticket_id, self.investigation.toPlainText(), *self._args())

    def _validity(self) -> None:
        if not (self.valid.isChecked() or self.invalid.isChecked()):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose valid or invalid."), field="valid")
        complaints.mark_validity(
            self.ticket_id, self.valid.isChecked(), self.validity_reason.text(), *self._args()
        )

    def _plan(self) -> None:
        complaints.enter_plan(self.ticket_id, self.plan.toPlainText(), *self._args())

    def _approve(self) -> None:
        complaints.approve_plan(self.ticket_id, *self._args())

    def _answer(self) -> None:
        complaints.answer_customer(self.ticket_id, self.answer.toPlainText(), *self._args())

    def _return(self) -> None:
        complaints.return_plan(self.ticket_id, self.return_reason.text(), *self._args())
        self.return_reason.clear()

    def _result(self) -> None:
        complaints.feed_back_result(self.ticket_id, self.result_text.toPlainText(), *self._args())

    def _accepted(self) -> None:
        if not (self.satisfied.isChecked() or self.not_satisfied.isChecked()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose whether the customer is satisfied."), field="satisfied"
            )
        complaints.accept_result(
            self.ticket_id, self.satisfied.isChecked(), self.acceptance_remarks.text(), *self._args()
        )

    def _follow_up(self) -> None:
        complaints.record_follow_up(
            self.ticket_id, self.follow_up.toPlainText(), self.satisfaction.value(), *self._args()
        )

    def _report(self) -> None:
        complaints.report_to_manager(self.ticket_id, *self._args())

    def _escalate(self) -> None:
        complaints.record_customer_escalation(self.ticket_id, self.escalation.text(), *self._args())
        self.escalation.clear()


def open_complaint(
    parent: QWidget | None, ticket_id: int, clock: Callable[[], datetime], staff_id: int | None
) -> ComplaintDialog:
    """Open the handling dialog of a complaint ticket (modal to its window, not blocking)."""
    dialog = ComplaintDialog(ticket_id, clock, staff_id, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog

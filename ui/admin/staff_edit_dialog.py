"""Adding or editing one member of staff."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import vocab
from app.errors import ValidationError
from app.phones import format_phone
from app.services import accounts, intake, staff_roster
from app.services.staff_roster import DuplicateNameWarning, StaffInput
from ui import events, labels, msgbox, operations
from ui.admin.common import AdminDialog, mark_invalid
from ui.widgets import OptionalDateEdit, relabel_combo, select_data


class StaffEditDialog(AdminDialog):
    """Accepts after the service saved; `staff_id` is then the saved person."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        actor_id: int | None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, actor_id, parent)
        self.staff_id = staff_id
        self.released: list[str] = []  # tickets returned to the queue by a new last working day
        self.name = QLineEdit(objectName="name")
        self.name.setMaxLength(64)
        self.phone = QLineEdit(objectName="phone")
        self.role = QComboBox(objectName="role")
        for code in vocab.ROLES:
            self.role.addItem(code, code)
        self.department = QComboBox(objectName="department")
        self.department.addItem("", None)
        for dept_id, code, name in intake.department_choices():
            self.department.addItem(labels.department_label(code, name), dept_id)
        self.skills_box = QWidget(objectName="skills")
        grid = QGridLayout(self.skills_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.skill_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(vocab.SKILLS):
            box = QCheckBox(objectName="skill_" + code)
            self.skill_checks[code] = box
            grid.addWidget(box, i // 4, i % 4)
        self.active_from = OptionalDateEdit()
        self.active_from.setObjectName("active_from")
        self.active_to = OptionalDateEdit()
        self.active_to.setObjectName("active_to")
        # A new person gets a first password (R10.2); they choose their own at the first sign-in.
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form = QFormLayout()
        self._labels = {
            key: QLabel()
            for key in ("name", "phone", "role", "department", "skills", "from", "to", "password", "repeat")
        }
        for key, widget in (
            ("name", self.name),
            ("phone", self.phone),
            ("role", self.role),
            ("department", self.department),
            ("skills", self.skills_box),
            ("from", self.active_from),
            ("to", self.active_to),
            *((("password", self.password), ("repeat", self.repeat)) if staff_id is None else ()),
        ):
            self._labels[key].setBuddy(widget)
            self.form.addRow(self._labels[key], widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if staff_id is not None:
            self._load(staff_roster.staff_record(staff_id))
        else:
            select_data(self.role, "technician")
            self.active_from.set_value(clock().date())
        self.retranslate_ui()

    def _load(self, staff: staff_roster.StaffRow) -> None:
        self.name.setText(staff.name)
        self.phone.setText(format_phone(staff.phone))
        select_data(self.role, staff.role)
        if staff.department_id and self.department.findData(staff.department_id) < 0:
            # retired: still shown, so editing does not lose it silently
            label = labels.department_label(staff.department_code, staff.department_name)
            self.department.addItem(label, staff.department_id)
        select_data(self.department, staff.department_id)
        for code in staff.skills:
            if code in self.skill_checks:
                self.skill_checks[code].setChecked(True)
        self.active_from.set_value(staff.active_from)
        self.active_to.set_value(staff.active_to)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add staff") if self.staff_id is None else self.tr("Edit staff"))
        for key, text in {
            "name": self.tr("&Name *"),
            "phone": self.tr("&Phone"),
            "role": self.tr("&Role *"),
            "department": self.tr("&Department"),
            "skills": self.tr("S&kills"),
            "from": self.tr("Active &from"),
            "to": self.tr("Active &to"),
            "password": self.tr("First pass&word *"),
            "repeat": self.tr("Repeat pa&ssword *"),
        }.items():
            self._labels[key].setText(text)
        self.phone.setPlaceholderText(self.tr("Mobile or landline"))
        self.password.setPlaceholderText(
            self.tr("At least %1 characters; they change it at the first sign-in").replace(
                "%1", str(accounts.MIN_LENGTH)
            )
        )
        relabel_combo(self.role, {c: labels.label("role", c) for c in vocab.ROLES})
        self.department.setItemText(0, self.tr("(none)"))
        for code, box in self.skill_checks.items():
            box.setText(labels.label("skill", code))

    def value(self, confirmed_duplicate: bool = False) -> StaffInput:
        return StaffInput(
            name=self.name.text(),
            role=self.role.currentData(),
            phone=self.phone.text(),
            department_id=self.department.currentData(),
            skills=[code for code, box in self.skill_checks.items() if box.isChecked()],
            active_from=self.active_from.value(),
            active_to=self.active_to.value(),
            confirmed_duplicate=confirmed_duplicate,
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "phone": self.phone,
            "role": self.role,
            "department": self.department,
            "skills": self.skills_box,
            "active_to": self.active_to,
            "password": self.password,
            "repeat": self.repeat,
        }

    def show_problems(self, problems: list[ValidationError]) -> None:
        """Each problem on its field; the first named field takes the focus."""
        super().show_problems(problems)
        widgets = self._field_widgets()
        for err in problems:
            if err.field in widgets:
                mark_invalid(widgets[err.field], True)
        first = next((widgets[e.field] for e in problems if e.field in widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, op: operations.Op, confirmed: bool) -> int | list[str]:
        data = self.value(confirmed)
        if self.staff_id is None:
            return staff_roster.add_staff(data, op.actor, op.now, self.password.text(), self.repeat.text())
        return staff_roster.update_staff(self.staff_id, data, op.actor, op.now)

    def _confirm_same_name(self, warning: DuplicateNameWarning) -> bool:
        return msgbox.confirm(
            self,
            self.tr("Same name"),
            self.tr(
                "%n other member(s) of staff are already called “%1”. Save anyway?",
                "",
                len(warning.others),
            ).replace("%1", self.name.text().strip()),
        )

    def accept(self) -> None:
        for widget in self._field_widgets().values():
            mark_invalid(widget, False)
        # released appointments of someone leaving are back in the queue: tickets and orders too
        changes = {events.STAFF, events.TICKETS, events.ORDERS}
        try:
            done = self.run(lambda op: self._save(op, False), changes, expect=(DuplicateNameWarning,))
        except DuplicateNameWarning as warning:
            if not self._confirm_same_name(warning):
                return
            done = self.run(lambda op: self._save(op, True), changes)
        if not done:
            return
        if self.staff_id is None:
            self.staff_id = done.value
        else:
            self.released = done.value
        super().accept()

"""First run: name the branch, its code, the first user; optionally load the demo office."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import db
from app.errors import ValidationError
from app.services import accounts, setup
from ui import clock, operations
from ui.errors import problems_text


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this branch"))
        self.staff_id: int | None = None
        intro = QLabel(
            self.tr(
                "Welcome. Name this branch office and give its code: the code starts every ticket number (e.g. SH-20261122-0007)."
            )
        )
        intro.setWordWrap(True)
        self.branch_name = QLineEdit(objectName="branch_name")
        self.branch_name.setPlaceholderText(self.tr("e.g. 上海浦东售后服务部"))
        self.branch_code = QLineEdit(objectName="branch_code")
        self.branch_code.setPlaceholderText(self.tr("2–6 letters, e.g. SH"))
        self.branch_code.setMaxLength(6)
        self.first_user = QLineEdit(objectName="first_user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("Fill with a demo office to try the program"), objectName="demo")
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Branch &name"), self.branch_name)
        form.addRow(self.tr("Branch &code"), self.branch_code)
        form.addRow(self.tr("&Your name"), self.first_user)
        form.addRow(self.tr("&Password (8 characters or more)"), self.password)
        form.addRow(self.tr("&Repeat the password"), self.repeat)
        form.addRow("", self.demo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        def set_up(op: operations.Op) -> int:
            # You become the administrator; nothing is saved unless the password is good too.
            accounts.check_new_password(self.password.text(), self.repeat.text())
            with db.database.atomic():
                staff_id = setup.set_up_branch(
                    self.branch_name.text(), self.branch_code.text(), self.first_user.text(), op.now
                )
                accounts.set_password(staff_id, self.password.text(), self.repeat.text(), staff_id, op.now)
            return staff_id

        done = operations.run_op(self, set_up, clock=clock.now, actor=None, on_invalid=self._show_problems)
        if done:
            self.staff_id = done.value
            super().accept()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        self.error.setText(problems_text(problems))
        widget = self.findChild(QLineEdit, problems[0].field or "")
        if widget is not None:
            widget.setFocus()

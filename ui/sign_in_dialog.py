"""Sign-in at a shared counter PC: pick your name, type your password (R10.2)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.services import accounts
from ui import labels, operations
from ui.service_dialog import ServiceDialog
from ui.widgets import select_data


class SignInDialog(ServiceDialog):
    def __init__(
        self,
        clock: Callable[[], datetime],
        preselect: int | None = None,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._clock = clock
        self.staff_id: int | None = None
        self.setWindowTitle(self.tr("Locked — sign in again") if locked else self.tr("Sign in"))
        self.user = QComboBox(objectName="user")
        for sid, name, role in accounts.sign_in_choices():
            self.user.addItem(f"{name}  ({labels.label('role', role)})", sid)
        select_data(self.user, preselect)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr("The program was locked after a pause. Sign in to continue, or choose another name.")
        )
        hint.setWordWrap(True)
        if locked:
            self.form.addRow(hint)
        self.form.addRow(self.tr("&Name"), self.user)
        self.form.addRow(self.tr("&Password"), self.password)
        self.password.setFocus()

    def submit(self, op: operations.Op) -> None:
        try:
            staff = accounts.sign_in(self.user.currentData(), self.password.text(), op.now)
        finally:
            self.password.clear()
        self.staff_id = staff.id

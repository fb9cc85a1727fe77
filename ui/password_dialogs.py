"""Passwords in a person's hands (R10.2): change your own (File ▸ Change password, and at the
first sign-in after the administrator set or reset it), and the administrator's reset."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.services import accounts
from ui import events, operations
from ui.service_dialog import ServiceDialog


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(ServiceDialog):
    """The signed-in person changes their own password; `forced` after a reset."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        staff_id: int,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._clock, self._staff_id, self._owner = clock, staff_id, staff_id
        self.setWindowTitle(self.tr("Change password"))
        if forced:
            hint = QLabel(
                self.tr(
                    "Your password was set by the administrator. Choose your own password now; "
                    "only you will know it."
                ),
                objectName="hint",
            )
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.current = _secret("current")
        self.password = _secret("password")
        self.repeat = _secret("repeat")
        self.form.addRow(self.tr("&Current password"), self.current)
        self.form.addRow(self.tr("&New password"), self.password)
        self.form.addRow(self.tr("&Repeat the new password"), self.repeat)
        self.form.addRow(QLabel(self.tr("At least %1 characters.").replace("%1", str(accounts.MIN_LENGTH))))
        self.current.setFocus()

    def submit(self, op: operations.Op) -> None:
        accounts.change_password(
            self._owner, self.current.text(), self.password.text(), self.repeat.text(), op.now
        )


class ResetPasswordDialog(ServiceDialog):
    """The administrator gives someone a new password; they choose their own at the next sign-in."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        actor_id: int | None,
        staff_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._clock, self._staff_id, self._person = clock, actor_id, staff_id
        self.changes = frozenset({events.STAFF})
        self.setWindowTitle(self.tr("Reset password of %1").replace("%1", name))
        hint = QLabel(
            self.tr("Tell %1 this password; they choose their own at the next sign-in.").replace("%1", name)
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.password = _secret("password")
        self.repeat = _secret("repeat")
        self.form.addRow(self.tr("&New password"), self.password)
        self.form.addRow(self.tr("&Repeat it"), self.repeat)
        self.password.setFocus()

    def submit(self, op: operations.Op) -> None:
        accounts.set_password(self._person, self.password.text(), self.repeat.text(), op.actor, op.now)

"""Who is at the desk: the main window belongs to the signed-in member of staff.

Switching user or signing in again after the idle lock as someone else opens a fresh window
for them (the previous person's half-typed form is theirs, not the next person's)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog

from app.services import settings
from ui.i18n import LanguageManager
from ui.idle_lock import IdleWatcher
from ui.main_window import MainWindow
from ui.sign_in_dialog import SignInDialog

STAFF_KEY = "desk/staff_id"
LOCK_MINUTES = "security.lock_minutes"


def ask_sign_in(
    clock: Callable[[], datetime], preselect: int | None = None, locked: bool = False
) -> int | None:
    """The signed-in staff id, or None when the person cancelled."""
    dialog = SignInDialog(clock, preselect or QSettings().value(STAFF_KEY, 0, type=int), locked)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not ensure_own_password(clock, dialog.staff_id):
        return None
    QSettings().setValue(STAFF_KEY, dialog.staff_id)
    return dialog.staff_id


def ensure_own_password(clock: Callable[[], datetime], staff_id: int) -> bool:
    """R10.2: a password the administrator set or reset is replaced by the person's own before
    they work; cancelling leaves them signed out."""
    from app.services import accounts
    from ui.password_dialogs import ChangePasswordDialog

    if not accounts.must_change_password(staff_id):
        return True
    return ChangePasswordDialog(clock, staff_id, forced=True).exec() == QDialog.DialogCode.Accepted


class Session(QObject):
    def __init__(
        self, languages: LanguageManager, clock: Callable[[], datetime], database_label: str
    ) -> None:
        super().__init__()
        self._languages, self._clock, self._label = languages, clock, database_label
        self.window: MainWindow | None = None
        self.staff_id: int | None = None
        self.idle = IdleWatcher(float(settings.get(LOCK_MINUTES, 10)), self)
        self.idle.idle.connect(self.lock)

    def open(self, staff_id: int) -> MainWindow:
        if self.window is not None:
            old, self.window = self.window, None
            old.close()
            old.deleteLater()
        self.staff_id = staff_id
        QSettings().setValue(STAFF_KEY, staff_id)
        self.window = MainWindow(self._languages, self._clock, staff_id, self._label)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.show()
        return self.window

    def switch_user(self) -> None:
        staff_id = ask_sign_in(self._clock)
        if staff_id is not None and staff_id != self.staff_id:
            self.open(staff_id)

    def lock(self) -> None:
        """Auto-lock: the window hides until someone signs in (the same person keeps their work)."""
        if self.window is None or not self.window.isVisible():
            return
        self.window.hide()
        while True:
            staff_id = ask_sign_in(self._clock, self.staff_id, locked=True)
            if staff_id is not None:
                break
        if staff_id == self.staff_id:
            self.window.show()
        else:
            self.open(staff_id)

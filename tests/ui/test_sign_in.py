"""Sign-in at the counter, roles in the window, switch user, auto-lock (R10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Staff
from app.services import accounts
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from ui.main_window import MainWindow
from ui.sign_in_dialog import SignInDialog


@pytest.fixture
def people(office, admin):
    ids = {"desk": office, "admin": admin}
    ids["receptionist"] = Staff.create(name="陈静", role="receptionist", created_at=NOW).id
    for sid in ids.values():
        accounts.set_password(sid, "counter-2026", "counter-2026", admin, NOW)
    return ids


def _dialog(qtbot, preselect=None):
    dialog = SignInDialog(lambda: NOW, preselect)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_password_is_told_and_the_right_one_signs_in(qtbot, people, languages):
    dialog = _dialog(qtbot, people["receptionist"])
    type_text(qtbot, dialog.password, "counter-2025")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Wrong password" in dialog.error.text()
    assert dialog.password.text() == ""  # never left in the field
    type_text(qtbot, dialog.password, "counter-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.staff_id == people["receptionist"]


def _window(qtbot, languages, staff_id):
    win = MainWindow(languages, lambda: NOW, staff_id, "test.db")
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_receptionist_sees_no_appraisal_and_no_office_menu_R10_1(qtbot, people, languages):
    win = _window(qtbot, languages, people["receptionist"])
    assert [win.tabs.isTabVisible(i) for i in range(4)] == [True, True, True, False]
    assert not win.office_menu.menuAction().isVisible() and not win.audit_action.isVisible()
    assert win.intake.form.isEnabled()


def test_a_manager_sees_the_appraisal_and_an_administrator_the_office_menu_R10_1(qtbot, people, languages):
    manager = _window(qtbot, languages, people["desk"])
    assert manager.tabs.isTabVisible(3) and manager.audit_action.isVisible()
    assert not manager.office_menu.menuAction().isVisible()
    admin = _window(qtbot, languages, people["admin"])
    assert admin.office_menu.menuAction().isVisible() and not admin.tabs.isTabVisible(3)
    # looks up, does not register: told so, instead of a greyed-out form
    assert not admin.intake.form.isVisibleTo(admin.intake) and admin.intake.role_note.isVisibleTo(
        admin.intake
    )


def test_switch_user_opens_the_window_of_the_person_who_signed_in(qtbot, people, languages, monkeypatch):
    from ui import session

    monkeypatch.setattr(session, "ask_sign_in", lambda clock, *a, **k: people["receptionist"])
    desk = session.Session(languages, lambda: NOW, "test.db")
    first = desk.open(people["desk"])
    qtbot.addWidget(first)
    first.switch_user_action.trigger()
    assert desk.staff_id == people["receptionist"] and desk.window is not first
    qtbot.addWidget(desk.window)
    assert not desk.window.tabs.isTabVisible(3)


def test_idle_minutes_lock_the_window_until_someone_signs_in_R10(qtbot, people, languages, monkeypatch):
    from ui import session
    from ui.idle_lock import IdleWatcher

    asked = []
    monkeypatch.setattr(
        session, "ask_sign_in", lambda clock, pre=None, locked=False: asked.append((pre, locked)) or pre
    )
    desk = session.Session(languages, lambda: NOW, "test.db")
    win = desk.open(people["desk"])
    qtbot.addWidget(win)
    clock = [0.0]
    desk.idle = IdleWatcher(10, desk, monotonic=lambda: clock[0])
    desk.idle.idle.connect(desk.lock)
    clock[0] = 9 * 60
    desk.idle.check()
    assert asked == []
    clock[0] = 10 * 60
    desk.idle.check()
    assert asked == [(people["desk"], True)] and desk.window is win and win.isVisible()


def test_the_audit_trail_is_browsable_and_read_only_R10_2(qtbot, people, languages):
    from ui.audit_dialog import AuditDialog

    dialog = AuditDialog(lambda: NOW, None, people["admin"])
    qtbot.addWidget(dialog)
    actions = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert "set a new password for 陈静 (to be changed at the next sign-in)" in actions
    assert "changed their own password" in actions  # the administrator's own
    type_text(qtbot, dialog.text, "set up the office")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 3).data() == "set up the office 上海浦东售后服务部"
    assert not dialog.model.flags(dialog.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    QApplication.processEvents()


def test_switching_user_or_the_idle_lock_shows_no_customer_data_behind_the_sign_in_R10_1(
    qtbot, people, languages, monkeypatch
):
    from tests.app.factories import register
    from ui import session
    from ui.intake.ticket_details_dialog import TicketDetailsDialog

    reg = register(people["desk"])
    seen = []

    def sign_in(clock, pre=None, locked=False):
        # what a passer-by sees while the sign-in dialog is up
        seen.append(sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()))
        return pre if locked else None  # the lock: the same person; switching: cancelled

    monkeypatch.setattr(session, "ask_sign_in", sign_in)
    desk = session.Session(languages, lambda: NOW, "test.db")
    win = desk.open(people["desk"])
    qtbot.addWidget(win)
    details = win.intake.open_ticket(reg.ticket_id)  # a customer's ticket open over the window
    assert details.isVisible()
    win.switch_user_action.trigger()
    desk.lock()
    assert seen == [[], []]
    assert win.isVisible() and details.isVisible()  # back as the person left it
    assert isinstance(details, TicketDetailsDialog)

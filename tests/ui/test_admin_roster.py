"""The Office menu's staff roster and departments, driven as a user would (issue 9.1, 9.2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.models import Staff
from tests.conftest import NOW
from tests.ui.dialogs import Boxes, when_dialog_opens
from tests.ui.keyboard import type_text
from ui import msgbox
from ui.admin.office_menu import install_office_menu
from ui.admin.staff_edit_dialog import StaffEditDialog
from ui.password_dialogs import ResetPasswordDialog


def _names(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_office_menu_sits_in_the_menu_bar(window, admin):
    menu = install_office_menu(window, lambda: NOW, admin)
    assert menu.title() == "&Office"
    assert menu.menuAction() in window.menuBar().actions()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Staff roster…",
        "&Departments and routing…",
        "&Time limits…",
        "Working &calendar…",
        "Office s&ettings…",
    ]


def test_add_a_technician_and_see_them_in_the_roster_and_the_pickers(qtbot, window, admin):
    menu = install_office_menu(window, lambda: NOW, admin)
    roster = menu.open_dialog("roster")
    assert _names(roster.model) == ["王丽", "系统管理员"]
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    edit = roster.findChild(StaffEditDialog)
    assert edit is not None and edit.isVisible()
    type_text(qtbot, edit.name, "李强")
    type_text(qtbot, edit.phone, "139 1111 2222")
    assert edit.role.currentText() == "Technician"
    edit.skill_checks["plumbing"].click()
    edit.skill_checks["waterproofing"].click()
    type_text(qtbot, edit.password, "li-qiang-01")
    type_text(qtbot, edit.repeat, "li-qiang-01")
    qtbot.mouseClick(edit.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    assert "李强" in _names(roster.model)
    row = roster.model.row_of(Staff.get(Staff.name == "李强").id)
    assert roster.model.index(row, 4).data() == "Plumbing, Waterproofing"
    assert roster.model.index(row, 1).data() == "13911112222"
    assert "李强" in [
        window.intake.form.received_by.itemText(i) for i in range(window.intake.form.received_by.count())
    ]


def test_a_bad_phone_is_shown_on_the_dialog_and_nothing_saved(qtbot, window, admin):
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = roster.add_staff()
    type_text(qtbot, edit.name, "李强")
    type_text(qtbot, edit.phone, "12345")
    edit.accept()
    assert edit.isVisible()
    assert "is not a phone number" in edit.errors.text()
    assert edit.phone.property("invalid") is True
    assert Staff.select().count() == 2  # the desk's user and the administrator


def test_a_duplicate_name_asks_first(qtbot, window, admin, monkeypatch):
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a: asked.append(a[2]) or True)
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = roster.add_staff()
    type_text(qtbot, edit.name, "王丽")
    type_text(qtbot, edit.password, "wang-li-02")
    type_text(qtbot, edit.repeat, "wang-li-02")
    edit.accept()
    assert asked and "王丽" in asked[0]
    assert Staff.select().where(Staff.name == "王丽").count() == 2


def test_deactivate_hides_from_roster_but_show_inactive_lists_them(qtbot, window, admin, monkeypatch):
    monkeypatch.setattr(msgbox, "confirm", lambda *a: True)
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = roster.add_staff()
    type_text(qtbot, edit.name, "李强")
    type_text(qtbot, edit.password, "li-qiang-01")
    type_text(qtbot, edit.repeat, "li-qiang-01")
    edit.accept()
    roster.view.selectRow(roster.model.row_of(Staff.get(Staff.name == "李强").id))
    qtbot.mouseClick(roster.deactivate_button, Qt.MouseButton.LeftButton)
    assert "李强" not in _names(roster.model)
    roster.show_inactive.click()
    row = roster.model.row_of(Staff.get(Staff.name == "李强").id)
    assert roster.model.index(row, 7).data() == "Inactive"


def test_routing_and_departments_dialog(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("departments")
    type_text(qtbot, dialog.new_name, "质量管理部")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert "质量管理部" in [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    combo = dialog.route_combos["other"]
    combo.setCurrentIndex(combo.findText("质量管理部"))
    qtbot.mouseClick(dialog.save_routes_button, Qt.MouseButton.LeftButton)
    assert "new tickets" in dialog.result.text()
    # a department in use cannot be deleted
    dialog.view.selectRow(
        [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())].index("project")
    )
    assert not dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert "route it elsewhere first" in dialog.errors.text()


def test_the_administrator_adds_a_technician_with_a_password_who_then_signs_in_R10_2(
    qtbot, window, admin, monkeypatch
):
    from ui import session
    from ui.sign_in_dialog import SignInDialog

    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = roster.add_staff()
    type_text(qtbot, edit.name, "李强")
    type_text(qtbot, edit.password, "li-qiang-01")
    type_text(qtbot, edit.repeat, "li-qiang-02")
    qtbot.mouseClick(edit.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert edit.isVisible() and "two passwords differ" in edit.errors.text()
    edit.repeat.clear()
    type_text(qtbot, edit.repeat, "li-qiang-01")
    qtbot.mouseClick(edit.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not edit.isVisible()
    tech = Staff.get(Staff.name == "李强").id

    # 李强 signs in with the first password and must choose his own before working
    def sign_in(dialog):
        assert isinstance(dialog, SignInDialog)
        dialog.user.setCurrentIndex(dialog.user.findData(tech))
        type_text(qtbot, dialog.password, "li-qiang-01")

        def change(change_dialog):
            assert "set by the administrator" in change_dialog.findChild(QLabel, "hint").text()
            type_text(qtbot, change_dialog.current, "li-qiang-01")
            type_text(qtbot, change_dialog.password, "my-own-secret")
            type_text(qtbot, change_dialog.repeat, "my-own-secret")

        when_dialog_opens(qtbot, change)

    when_dialog_opens(qtbot, sign_in)
    assert session.ask_sign_in(lambda: NOW) == tech
    from app.services import accounts

    assert not accounts.must_change_password(tech)
    assert accounts.sign_in(tech, "my-own-secret", NOW).id == tech


def test_the_administrator_resets_a_password_from_the_roster_R10_2(qtbot, window, admin):
    from app.services import accounts

    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    roster.view.selectRow(roster.model.row_of(window._staff_id))
    qtbot.mouseClick(roster.reset_button, Qt.MouseButton.LeftButton)
    dialog = roster.findChild(ResetPasswordDialog)
    type_text(qtbot, dialog.password, "fresh-start-1")
    type_text(qtbot, dialog.repeat, "fresh-start-1")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "New password set for 王丽" in roster.result.text()
    assert accounts.must_change_password(window._staff_id)
    assert accounts.sign_in(window._staff_id, "fresh-start-1", NOW).id == window._staff_id


def test_deactivating_a_technician_lists_their_appointments_and_requeues_them_R4_1(
    qtbot, window, admin, monkeypatch
):
    from datetime import datetime

    from app.services import dispatch
    from tests.app.factories import register

    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    reg = register(window._staff_id)
    dispatch.assign(
        reg.ticket_id, [tech], datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 10), window._staff_id, NOW
    )
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a: asked.append(a[2]) or True)
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    roster.view.selectRow(roster.model.row_of(tech))
    qtbot.mouseClick(roster.deactivate_button, Qt.MouseButton.LeftButton)
    number = reg.number
    assert number in asked[0] and "dispatch queue" in asked[0]
    assert "went back to the dispatch queue: " + number in roster.result.text()
    window.tabs.setCurrentWidget(window.dispatch)
    queue = window.dispatch.queue
    qtbot.waitUntil(lambda: number in [queue.item_at(r).number for r in range(queue.rowCount())])


def _open_editor_of(qtbot, roster, staff_id) -> StaffEditDialog:
    """Select the person's row and press Enter, as the supervisor does."""
    roster.view.setFocus()
    roster.view.selectRow(roster.model.row_of(staff_id))
    qtbot.keyClick(roster.view, Qt.Key.Key_Return)
    edit = roster.findChild(StaffEditDialog)
    assert edit is not None and edit.isVisible()
    return edit


def _save(qtbot, edit) -> None:
    qtbot.mouseClick(edit.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_edit_a_phone_from_the_roster_and_the_roster_and_database_show_it(qtbot, window, admin):
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = _open_editor_of(qtbot, roster, window._staff_id)
    assert edit.name.text() == "王丽" and edit.role.currentText() == "Manager"
    edit.phone.selectAll()
    type_text(qtbot, edit.phone, "138 0000 1234")
    _save(qtbot, edit)
    assert not edit.isVisible()
    assert "Saved 王丽." in roster.result.text()
    row = roster.model.row_of(window._staff_id)
    assert roster.model.index(row, 1).data() == "13800001234"
    assert roster.selected_id() == window._staff_id
    assert Staff.get_by_id(window._staff_id).phone == "13800001234"


def test_the_only_administrator_cannot_be_demoted_and_the_role_field_says_why(qtbot, window, admin):
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = _open_editor_of(qtbot, roster, admin)
    edit.role.setFocus()
    edit.role.setCurrentIndex(edit.role.findText("Technician"))
    _save(qtbot, edit)
    assert edit.isVisible()
    assert (
        edit.errors.text()
        == "系统管理员 is the office's only administrator. Make someone else administrator first."
    )
    assert edit.role.property("invalid") is True
    assert edit.focusWidget() is edit.role
    assert Staff.get_by_id(admin).role == "admin"


def test_a_busy_database_on_save_says_nothing_was_saved_and_keeps_the_dialog(
    qtbot, window, admin, monkeypatch
):
    import peewee

    from app.services import staff_roster

    boxes = Boxes(monkeypatch)

    def busy(*_a, **_k):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(staff_roster, "update_staff", busy)
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    edit = _open_editor_of(qtbot, roster, window._staff_id)
    edit.phone.selectAll()
    type_text(qtbot, edit.phone, "138 0000 1234")
    _save(qtbot, edit)
    assert edit.isVisible()
    assert boxes.kinds() == ["critical"] and "the office database is busy" in boxes.text()
    assert Staff.get_by_id(window._staff_id).phone != "13800001234"


def test_nobody_deactivates_themselves_and_the_roster_says_why(qtbot, window, admin, monkeypatch):
    boxes = Boxes(monkeypatch)
    roster = install_office_menu(window, lambda: NOW, admin).open_dialog("roster")
    roster.view.selectRow(roster.model.row_of(admin))
    qtbot.mouseClick(roster.deactivate_button, Qt.MouseButton.LeftButton)
    assert boxes.kinds() == ["confirm"]
    assert roster.errors.text() == "You cannot deactivate yourself; ask another administrator."
    assert roster.result.text() == ""
    assert Staff.get_by_id(admin).active


def test_a_department_renamed_elsewhere_shows_in_the_open_roster(qtbot, window, admin, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.models import Department

    project = Department.get(Department.code == "project")
    tech = Staff.create(name="赵师傅", role="technician", department=project, created_at=NOW).id
    menu = install_office_menu(window, lambda: NOW, admin)
    roster = menu.open_dialog("roster")
    departments = menu.open_dialog("departments")
    codes = [departments.model.index(r, 1).data() for r in range(departments.model.rowCount())]
    departments.view.selectRow(codes.index("project"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("工程部", True))
    qtbot.mouseClick(departments.rename_button, Qt.MouseButton.LeftButton)
    assert roster.model.index(roster.model.row_of(tech), 3).data() == "工程部"

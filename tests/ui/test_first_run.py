"""First run: the branch name and code are asked for and checked (issue: first-run dialog)."""

from PySide6.QtCore import Qt

from app.models import Staff
from app.services import accounts, settings
from tests.conftest import NOW
from tests.ui.keyboard import type_text


def test_first_run_refuses_a_bad_code_then_sets_up_the_branch(qtbot, fresh_db, languages):
    from ui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.branch_name, "上海浦东售后服务部")
    type_text(qtbot, dialog.branch_code, "S1")
    type_text(qtbot, dialog.first_user, "王丽")
    type_text(qtbot, dialog.password, "counter-2026")
    type_text(qtbot, dialog.repeat, "counter-2026")
    qtbot.keyClick(dialog.first_user, Qt.Key.Key_Return)
    assert "2 to 6 Latin letters" in dialog.error.text()
    assert not settings.is_initialised()
    dialog.branch_code.clear()
    type_text(qtbot, dialog.branch_code, "pd")
    qtbot.keyClick(dialog.first_user, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.branch().code == "PD" and settings.branch().name == "上海浦东售后服务部"
    assert Staff.get_by_id(dialog.staff_id).name == "王丽"
    assert Staff.get_by_id(dialog.staff_id).role == "admin"
    assert accounts.sign_in(dialog.staff_id, "counter-2026", NOW).name == "王丽"


def test_first_run_refuses_a_short_password_and_saves_nothing(qtbot, fresh_db, languages):
    from ui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.branch_name.setText("上海浦东售后服务部")
    dialog.branch_code.setText("SH")
    dialog.first_user.setText("王丽")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert "at least 8 characters" in dialog.error.text()
    assert not settings.is_initialised() and Staff.select().count() == 0

"""First run: the branch name and code are asked for and checked (issue: first-run dialog)."""

from PySide6.QtCore import Qt

from app.models import Staff
from app.services import settings
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
    qtbot.keyClick(dialog.first_user, Qt.Key.Key_Return)
    assert "2 to 6 Latin letters" in dialog.error.text()
    assert not settings.is_initialised()
    dialog.branch_code.clear()
    type_text(qtbot, dialog.branch_code, "pd")
    qtbot.keyClick(dialog.first_user, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.branch().code == "PD" and settings.branch().name == "上海浦东售后服务部"
    assert Staff.get_by_id(dialog.staff_id).name == "王丽"

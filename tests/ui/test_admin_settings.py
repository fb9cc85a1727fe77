"""The admin settings dialog refuses overlapping bands with a message on the dialog (R8.4)."""

from __future__ import annotations

from app.services import settings
from tests.conftest import NOW
from ui.admin.office_menu import install_office_menu


def test_overlapping_bands_are_refused_on_the_dialog(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    dialog.branch_address.setText("浦东新区张杨路500号")
    dialog.bands.setData(dialog.bands.index(1, 2), 95)  # B up to 95 overlaps A from 90
    dialog.accept()
    assert dialog.isVisible()
    assert "Grades B and A overlap" in dialog.errors.text()
    assert dialog.tabs.currentIndex() == 3
    assert settings.branch().address == ""  # nothing half-saved


def test_saving_settings_changes_the_window_title_and_is_kept(qtbot, window, admin):
    dialog = install_office_menu(window, lambda: NOW, admin).open_dialog("settings")
    dialog.branch_code.setText("PD")
    dialog.repeat_window_days.setValue(60)
    dialog.accept()
    assert not dialog.isVisible()
    assert set(dialog.changed) == {settings.BRANCH_CODE, settings.REPEAT_WINDOW_DAYS}
    assert settings.branch().code == "PD" and settings.get(settings.REPEAT_WINDOW_DAYS) == 60

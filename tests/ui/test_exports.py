"""The Export menu: registers exported in the background to a file; a locked target is
explained and another name can be chosen; forms saved as PDF (R9)."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from app.files import excel_lock_file
from tests.app.factories import register
from tests.conftest import NOW
from ui.exports.export_menu import install_export_menu


def _open(qtbot, action, act):
    """Trigger `action`; act on the modal dialog it opens, then close it."""
    seen = {}

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() == "qt_progress":
            QTimer.singleShot(20, run)
            return
        seen["dialog"] = dialog
        try:
            act(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, run)
    action.trigger()
    return seen["dialog"]


def test_export_menu_writes_the_chosen_registers_and_offers_to_open_them_R9(qtbot, window, tmp_path):
    register(window._staff_id, received_at=NOW - timedelta(days=30))
    install_export_menu(window, lambda: NOW, window._staff_id)
    menu = window.export_menu
    assert menu.menu.title() == "E&xport" and menu.export_action.isVisible()
    assert menu.export_action in menu.toolbar.actions()
    target = tmp_path / "pack.xlsx"

    def act(dialog):
        dialog.select_all()
        assert dialog.period().label == "2026-10"
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=10_000)  # written in the background
        assert dialog.open_file_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(dialog)

    _open(qtbot, menu.export_action, act)
    wb = openpyxl.load_workbook(target)
    assert len(wb.sheetnames) == 11  # every register and the pack sheet
    rows = list(wb["Intake register"].iter_rows(min_row=3, values_only=True))
    assert len(rows) == 1 and "****" in rows[0][5]


def test_a_workbook_open_in_excel_is_explained_and_another_name_can_be_chosen(qtbot, window, tmp_path):
    install_export_menu(window, lambda: NOW, window._staff_id)
    target = tmp_path / "open.xlsx"
    target.write_bytes(b"in use")
    excel_lock_file(target).write_bytes(b"owner")

    def act(dialog):
        dialog.path.setText(str(target))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "open in another program" in dialog.error.text(), timeout=10_000)
        assert dialog.isVisible() and dialog.saved_path is None
        dialog.path.setText(str(tmp_path / "other.xlsx"))
        qtbot.waitUntil(ok.isEnabled)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved_path == tmp_path / "other.xlsx", timeout=10_000)

    _open(qtbot, window.export_menu.export_action, act)
    assert target.read_bytes() == b"in use"
    assert openpyxl.load_workbook(tmp_path / "other.xlsx").sheetnames == ["Intake register"]


def test_print_dialog_saves_a_blank_survey_and_explains_a_missing_ticket(qtbot, window, tmp_path):
    from app import forms

    install_export_menu(window, lambda: NOW, window._staff_id)

    def act(dialog):
        dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(forms.SERVICE_SHEET))
        dialog.subject.setText("SH-19990101-0001")
        written: list = []
        dialog.write_pdf(tmp_path / "x.pdf", written.append)
        qtbot.waitUntil(lambda: "SH-19990101-0001" in dialog.error.text(), timeout=10_000)
        dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(forms.SURVEY))
        dialog.subject.clear()
        dialog.write_pdf(tmp_path / "survey.pdf", written.append)
        qtbot.waitUntil(lambda: written == [tmp_path / "survey.pdf"], timeout=10_000)

    _open(qtbot, window.export_menu.print_action, act)
    assert (tmp_path / "survey.pdf").read_bytes().startswith(b"%PDF")


def test_preview_with_the_number_left_empty_asks_for_it_and_prints_nobodys_card(qtbot, window, tmp_path):
    """Preview pressed before a number is typed: "type the ticket's number", not "no ticket has
    the number  ." (seen in the window); for a warranty card, a site without a contract no. must
    not answer the empty field."""
    from app import forms
    from app.models import Site, Ticket

    reg = register(window._staff_id)
    Site.update(contract_no="").where(Site.id == Ticket.get_by_id(reg.ticket_id).site_id).execute()
    install_export_menu(window, lambda: NOW, window._staff_id)
    seen = {}

    def act(dialog):
        dialog.subject.clear()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
        seen["sheet"] = dialog.error.text()
        dialog.form_kind.setFocus()
        while dialog.form_kind.currentData() != forms.WARRANTY_CARD:
            qtbot.keyClick(dialog.form_kind, Qt.Key.Key_Down)
        dialog.error.clear()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
        seen["card"] = dialog.error.text()

    _open(qtbot, window.export_menu.print_action, act)
    assert seen == {
        "sheet": "Type the ticket's number first.",
        "card": "Type the project's contract no. first.",
    }


@pytest.mark.parametrize("disk", ["simulated", "real"])
def test_a_full_disk_in_the_window_is_one_sentence_and_leaves_no_file(
    qtbot, window, tmp_path, monkeypatch, disk
):
    """Issue 15, point 9, in the window: exporting to a full USB stick says so in one sentence
    on the dialog's error line (not as a defect), writes nothing there, and the dialog stays."""
    import errno
    import subprocess
    import sys

    register(window._staff_id, received_at=NOW - timedelta(days=30))
    install_export_menu(window, lambda: NOW, window._staff_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    if disk == "real":
        mounted = (
            sys.platform == "linux"
            and not subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(usb)], capture_output=True
            ).returncode
        )
        if not mounted:
            pytest.skip("cannot mount a small file system here")
        with open(usb / ".filler", "wb", buffering=0) as f, pytest.raises(OSError):
            while True:
                f.write(b"x" * 512)
    else:

        def full(self, filename):
            raise OSError(errno.ENOSPC, "No space left on device", str(filename))

        monkeypatch.setattr(openpyxl.Workbook, "save", full)
    try:

        def act(dialog):
            dialog.path.setText(str(usb / "intake.xlsx"))
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "disk is full" in dialog.error.text(), timeout=15_000)
            assert dialog.isVisible() and dialog.saved_path is None
            assert "\n" not in dialog.error.text() and "Errno" not in dialog.error.text()

        _open(qtbot, window.export_menu.export_action, act)
        assert sorted(p.name for p in usb.iterdir()) == ([".filler"] if disk == "real" else [])
    finally:
        if disk == "real":
            subprocess.run(["umount", "-l", str(usb)], capture_output=True)


def test_alt_o_in_the_print_dialog_goes_on_to_the_number_field(qtbot, window):
    """Alt+O ("for one ticket") is pressed to type the number: the letters land in its field,
    not on the radio button."""
    install_export_menu(window, lambda: NOW, window._staff_id)
    seen = {}

    def act(dialog):
        dialog.subject.clear()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        dialog.form_kind.setFocus()
        qtbot.keyClick(dialog.form_kind, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.batch.isChecked)  # a mnemonic clicks after a short animation
        seen["batch"] = QApplication.focusWidget() is dialog.day or dialog.day.isAncestorOf(
            QApplication.focusWidget()
        )
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.one.isChecked)
        qtbot.keyClicks(QApplication.focusWidget(), "SH-20261128-0002")
        seen["typed"] = dialog.subject.text()

    _open(qtbot, window.export_menu.print_action, act)
    assert seen == {"batch": True, "typed": "SH-20261128-0002"}


def test_the_preview_is_named_for_the_form_fits_the_screen_and_can_print(qtbot, window):
    """Seen at 1366×768: the preview was 900 px tall (its foot off the screen) and titled with
    its temporary file's name ("service-sheet.pdf")."""
    from app import forms

    install_export_menu(window, lambda: NOW, window._staff_id)
    seen = {}

    def act(dialog):
        dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(forms.SURVEY))
        dialog.subject.clear()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: hasattr(QApplication.activeModalWidget(), "view"), timeout=15_000)
        viewer = QApplication.activeModalWidget()
        room = viewer.screen().availableGeometry()
        seen["title"] = viewer.windowTitle()
        seen["fits"] = viewer.frameGeometry().height() <= room.height()
        seen["buttons"] = sorted(b.text() for b in viewer.findChildren(QPushButton) if b.isVisible())
        seen["focus"] = QApplication.focusWidget() is viewer.view
        viewer.reject()

    _open(qtbot, window.export_menu.print_action, act)
    assert seen == {
        "title": "Satisfaction survey — preview",
        "fits": True,
        "buttons": ["Close", "P&rint…"],
        "focus": True,
    }


def test_save_as_pdf_suggests_the_forms_name_and_what_it_is_for(qtbot, window, monkeypatch):
    """The save dialog offered "service-sheet.pdf" (the form's code) in a Chinese office; it
    offers the form's name and the ticket or the day, as the office files it."""
    from PySide6.QtWidgets import QFileDialog

    from app import forms

    offered = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (offered.append(a[2]), ("", ""))[1])
    )
    install_export_menu(window, lambda: NOW, window._staff_id)

    def act(dialog):
        dialog.form_kind.setCurrentIndex(dialog.form_kind.findData(forms.SERVICE_SHEET))
        dialog.subject.setText("SH-20261115-0001")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.batch, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _open(qtbot, window.export_menu.print_action, act)
    assert [name.rsplit("/", 1)[-1] for name in offered] == [
        "Service report sheet-SH-20261115-0001.pdf",
        "Service report sheet-2026-11-24.pdf",
    ]

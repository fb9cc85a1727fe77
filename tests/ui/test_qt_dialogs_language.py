"""Qt's own dialogs in the UI language: the file dialog (Qt's, as the program uses it), the print
and page set-up dialogs, the colour dialog, message-box buttons, input and progress dialogs.
Every text they show in zh_CN is Chinese (qtbase_zh_CN plus ui/qt_strings.py for the texts Qt
6.11 renamed)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ui.i18n import LanguageManager, compile_translations

LATIN = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Paper sizes are names or measures, the same in a Chinese dialog: A4, JIS B5, ANSI C, 10 x 11 in …
PAPER = re.compile(r"(ANSI [A-E]|(JIS |ISO )?[A-Z]{1,3}\d+\b.*|[\d.]+ x [\d.]+ (in|mm)|.*\(\d.*(in|mm)\))")


def _english_texts(w: QWidget, skip: set[str]) -> list[str]:
    texts = [w.windowTitle()]
    for c in w.findChildren(QWidget):
        if isinstance(c, QLabel):
            texts.append(c.text())
        if isinstance(c, QAbstractButton):
            texts.append(c.text())
        if isinstance(c, QGroupBox):
            texts.append(c.title())
        if isinstance(c, QComboBox) and c.objectName() not in ("lookInCombo", "fileTypeCombo"):
            texts += [c.itemText(i) for i in range(c.count())]
        texts.append(c.toolTip())
    texts += [a.text() for a in w.findChildren(QAction)]
    return sorted({t for t in texts if t and t not in skip and LATIN.search(t) and not CJK.search(t)})


@pytest.fixture
def chinese(qapp):
    compile_translations()  # the .qm from the .ts, as the program does at start
    languages = LanguageManager.for_application(QApplication.instance())
    languages.apply("zh_CN")
    yield
    languages.apply("en")


def test_qt_dialogs_show_no_english_in_a_chinese_office(qtbot, chinese):
    printer = QPrinter()
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "标题", "内容")
    for b in (
        buttons.Yes,
        buttons.No,
        buttons.Ok,
        buttons.Cancel,
        buttons.Save,
        buttons.Discard,
        buttons.Close,
    ):
        box.addButton(b)
    files = QFileDialog(None)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs = {
        "file": files,
        "print": QPrintDialog(printer),
        "page setup": QPageSetupDialog(printer),
        "colour": QColorDialog(),
        "message box": box,
        "input": QInputDialog(),
        "progress": QProgressDialog(),
    }
    # Paper names (JIS B0 …) and the colour dialog's "HTML" are names, the same in Chinese.
    names = {"HTML(&H)：", "HTML:"}
    left = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        found = [t for t in _english_texts(dialog, names) if not PAPER.fullmatch(t)]
        if found:
            left[name] = found
    assert left == {}
    assert files.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："

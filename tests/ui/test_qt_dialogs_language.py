"""Qt's own dialogs in the UI language: the file dialog (Qt's, as the program uses it), the print
and page set-up dialogs, the colour dialog, message-box buttons, input and progress dialogs.
Every text they show in zh_CN is Chinese (qtbase_zh_CN plus ui/qt_strings.py for the texts Qt
6.11 renamed).

The dialogs are opened in a fresh process: switching the application's language here would
send LanguageChange to every window other tests left open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, re
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractButton, QApplication, QColorDialog, QComboBox, QFileDialog,
    QGroupBox, QInputDialog, QLabel, QMessageBox, QProgressDialog, QWidget)
from ui.i18n import LanguageManager, compile_translations

LATIN = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Paper sizes are names or measures, the same in a Chinese dialog: A4, JIS B5, ANSI C, 10 x 11 in …
PAPER = re.compile(r"(ANSI [A-E]|(JIS |ISO )?[A-Z]{1,3}\d+\b.*|[\d.]+ x [\d.]+ (in|mm)|.*\(\d.*(in|mm)\))")
NAMES = {"HTML(&H)：", "HTML:"}  # the colour dialog's HTML field is called so in Chinese too

def english(w):
    texts = [w.windowTitle()]
    for c in w.findChildren(QWidget):
        if isinstance(c, (QLabel, QAbstractButton)):
            texts.append(c.text())
        if isinstance(c, QGroupBox):
            texts.append(c.title())
        if isinstance(c, QComboBox) and c.objectName() not in ("lookInCombo", "fileTypeCombo"):
            texts += [c.itemText(i) for i in range(c.count())]
        texts.append(c.toolTip())
    texts += [a.text() for a in w.findChildren(QAction)]
    return sorted({t for t in texts if t and t not in NAMES and LATIN.search(t) and not CJK.search(t)
                   and not PAPER.fullmatch(t)})

app = QApplication([])
compile_translations()  # the .qm from the .ts, as the program does at start
LanguageManager.for_application(app).apply("zh_CN")
printer = QPrinter()
B = QMessageBox.StandardButton
box = QMessageBox(QMessageBox.Icon.Question, "标题", "内容")
for b in (B.Yes, B.No, B.Ok, B.Cancel, B.Save, B.Discard, B.Close, B.Open, B.Retry):
    box.addButton(b)
files = QFileDialog(None)
files.setOption(QFileDialog.Option.DontUseNativeDialog)
dialogs = {"file": files, "print": QPrintDialog(printer), "page setup": QPageSetupDialog(printer),
           "colour": QColorDialog(), "message box": box, "input": QInputDialog(), "progress": QProgressDialog()}
left = {name: english(d) for name, d in dialogs.items()}
left["look in"] = [files.findChild(QLabel, "lookInLabel").text()]
print(json.dumps(left, ensure_ascii=False))
"""


def test_qt_dialogs_show_no_english_in_a_chinese_office():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    left = json.loads(out.stdout.strip().splitlines()[-1])
    assert left.pop("look in") == ["查找范围(&L)："]
    assert {k: v for k, v in left.items() if v} == {}

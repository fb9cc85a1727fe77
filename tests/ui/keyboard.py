"""Typing as a person does: ASCII as key clicks, Chinese as an input method's commit."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """QTest cannot click non-ASCII keys; a Chinese IME commits whole words instead."""
    widget.setFocus()
    for ascii_run, chars in itertools.groupby(text, key=str.isascii):
        run = "".join(chars)
        if ascii_run:
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def press_f5(qtbot, window, loaded=None) -> None:
    """Work written behind the screen's back (by a test's factory, as another desk would): the
    person presses F5 and the tab in front reloads; `loaded`, the signal of a list that reads in
    the background, is waited for."""
    if loaded is None:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        return
    with qtbot.waitSignal(loaded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_F5)

"""Typing as a person does: ASCII as key clicks, Chinese as an input method's commit."""

from __future__ import annotations

import itertools

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

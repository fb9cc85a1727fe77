"""Collecting the Alt+letter mnemonics a person can press in one window (issue 16, point 4).

Qt does not warn about two `&X` in one window: a second Alt+X only cycles the focus, and with
a read-only field in the cycle, what is typed next is lost. Only what is visible counts (the
other tab pages' shortcuts are not active)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+key → the texts that claim it, for the widgets now visible in `window`."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = _key(text)
        if key:
            found[key].append(text)

    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and not w.isVisibleTo(window):
            continue
        if w.window() is not window:
            continue  # a child dialog is its own window
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text())
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}


def dead_mnemonics(window: QWidget) -> list[str]:
    """Visible labels with an `&X` but no buddy: Qt shows the ampersand as it is ("&Name") and
    Alt+X does nothing."""
    return [
        w.text()
        for w in window.findChildren(QLabel)
        if w.window() is window
        and w.isVisibleTo(window)
        and w.buddy() is None
        and w.textFormat() != Qt.TextFormat.RichText
        and _key(w.text())
    ]

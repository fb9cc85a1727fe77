"""Auto-lock after idle minutes (a setting): a shared counter PC must not stay signed in."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, monotonic=time.monotonic) -> None:
        super().__init__(parent)
        self._limit = minutes * 60
        self._monotonic = monotonic
        self._last = monotonic()
        self._timer = QTimer(self, interval=15_000)
        self._timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        if minutes > 0:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last = self._monotonic()
        return False

    def check(self) -> None:
        if self._limit > 0 and self._monotonic() - self._last >= self._limit:
            self._last = self._monotonic()
            self.idle.emit()
